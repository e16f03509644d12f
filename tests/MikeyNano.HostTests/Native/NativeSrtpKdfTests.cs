using System;
using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MikeyNano.Native;
using MikeyNano.NativeHost;
using MikeyNano.Srtp;

namespace MikeyNano.HostTests.Native
{
    /// <summary>
    /// The native SRTP key derivation (mn_srtp_kdf, RFC 3711 4.3.1/4.3.3 with the AES-CM PRF; RFC 6188 for AES-192/256;
    /// RFC 7714 11's 12-octet salt) through the library's seam as P/Invoke serves it (INativeKernels.SrtpKdf): the RFC
    /// vectors, 10,000 random inputs against the managed SrtpKeyDerivation, a fifth of them also against an oracle of
    /// .NET's AES (ECB of the IV blocks, the IV computed as RFC 3711 writes it, in 128-bit integers), and the refusals.
    /// Not parallel with other classes: the backend choice is process-wide.
    /// </summary>
    [TestClass]
    [DoNotParallelize]
    public class NativeSrtpKdfTests
    {
        private const int Inputs = 10000;

        [TestCleanup]
        public void BackToManaged() => NativeArithmetic.Use(null);

        /// <summary>The P/Invoke seam, with the library itself switched back to managed code so that the managed
        /// reference cannot reach the native KDF.</summary>
        private static INativeKernels Seam()
        {
            Assert.IsTrue(HostNativeArithmetic.Enable(), "libmikeynano_native did not load");
            INativeKernels k = NativeArithmetic.Kernels!;
            NativeArithmetic.Use(null);
            return k;
        }

        private static byte[] Native(INativeKernels k, byte[] key, byte[] salt, int label, ulong r, int n)
        {
            byte[] output = new byte[n];
            Array.Fill(output, (byte)0x5C); // what was in the buffer must not show
            Assert.AreEqual(NativeBackend.Ok, Kdf(k, output, key, salt, label, r), $"key {key.Length}, salt {salt.Length}, label {label}, r {r:X}, {n} octets");
            return output;
        }

        /// <summary>RFC 3711 4.3.1 in its own terms: key_id = label || r (8 + 48 bits), x = key_id XOR master_salt (112
        /// bits; a 96-bit salt is first padded on the right, RFC 7714 11), keystream block j = AES(k_master, x * 2^16 + j),
        /// with .NET's AES (OpenSSL on Linux) as the block cipher.</summary>
        private static byte[] Oracle(byte[] key, byte[] salt, int label, ulong r, int n)
        {
            UInt128 s = 0;
            for (int i = 0; i < 14; i++) s = (s << 8) | (i < salt.Length ? salt[i] : 0u);
            UInt128 x = (((UInt128)(uint)label << 48) | r) ^ s;
            int blocks = (n + 15) / 16;
            byte[] ivs = new byte[16 * blocks];
            for (int j = 0; j < blocks; j++) BinaryPrimitives.WriteUInt128BigEndian(ivs.AsSpan(16 * j), (x << 16) + (uint)j);
            using var aes = System.Security.Cryptography.Aes.Create();
            aes.Key = key;
            return aes.EncryptEcb(ivs, PaddingMode.None).AsSpan(0, n).ToArray();
        }

        /// <summary>The seam's SrtpKdf with r split into the two words the InternalCall takes.</summary>
        private static int Kdf(INativeKernels k, byte[] output, byte[] key, byte[] salt, int label, ulong r) =>
            k.SrtpKdf(output, key, salt, label, (uint)(r >> 32), (uint)r);

        private static byte[] Bytes(Random rng, int n) { var b = new byte[n]; rng.NextBytes(b); return b; }

        // RFC 3711 Appendix B.3 and RFC 6188 7.2/7.4 (copied from /work/shared/vectors/rfc3711-rfc6188-srtp.txt)
        private const string B3Key = "E1F97A0D3E018BE0D64FA32C06DE4139", B3Salt = "0EC675AD498AFEEBB6960B3AABE6";
        private const string Aes256Key = "F0F04914B513F2763A1B1FA130F10E2998F6F6E43E4309D1E622A0E332B9F1B6", Aes256Salt = "3B04803DE51EE7C96423AB5B78D2";
        private const string Aes192Key = "73EDC66C4FA15776FB57F9505C17136550FFDA71F3E8E5F1", Aes192Salt = "C8522F3ACD4CE86D5ADD78EDBB11";

        [TestMethod]
        [DataRow(B3Key, B3Salt, 0, "C61E7A93744F39EE10734AFE3FF7A087", DisplayName = "RFC 3711 B.3 cipher key")]
        [DataRow(B3Key, B3Salt, 2, "30CBBC08863D8C85D49DB34A9AE1", DisplayName = "RFC 3711 B.3 cipher salt")]
        [DataRow(B3Key, B3Salt, 1, "CEBE321F6FF7716B6FD4AB49AF256A156D38BAA48F0A0ACF3C34E2359E6CDBCE" +
                                   "E049646C43D9327AD175578EF72270986371C10C9A369AC2F94A8C5FBCDDDC25", DisplayName = "RFC 3711 B.3 auth key, 64 of its 94 octets")]
        [DataRow(Aes256Key, Aes256Salt, 0, "5BA1064E30EC51613CAD926C5A28EF731EC7FB397F70A960653CAF06554CD8C4", DisplayName = "RFC 6188 7.2 cipher key")]
        [DataRow(Aes256Key, Aes256Salt, 2, "FA31791685CA444A9E07C6C64E93", DisplayName = "RFC 6188 7.2 cipher salt")]
        [DataRow(Aes256Key, Aes256Salt, 1, "FD9C32D39ED5FBB5A9DC96B30818454D1313DC05", DisplayName = "RFC 6188 7.2 auth key")]
        [DataRow(Aes192Key, Aes192Salt, 0, "31874736A8F1143870C26E4857D8A5B2C4A354407FAADABB", DisplayName = "RFC 6188 7.4 cipher key")]
        [DataRow(Aes192Key, Aes192Salt, 2, "2372B82D639B6D8503A47ADC0A6C", DisplayName = "RFC 6188 7.4 cipher salt")]
        [DataRow(Aes192Key, Aes192Salt, 1, "355B10973CD95B9EACF4061C7E1A7151E7CFBFCB", DisplayName = "RFC 6188 7.4 auth key")]
        public void PublishedVectors(string key, string salt, int label, string expected)
        {
            byte[] k = Convert.FromHexString(key), s = Convert.FromHexString(salt);
            int n = expected.Length / 2;
            Assert.AreEqual(expected, Convert.ToHexString(Native(Seam(), k, s, label, 0, n)), "native");
            Assert.AreEqual(expected, Convert.ToHexString(Oracle(k, s, label, 0, n)), "the oracle itself");
            Assert.AreEqual(expected, Convert.ToHexString(SrtpKeyDerivation.Derive(k, s, (byte)label, 0, n)), "managed");
        }

        [TestMethod]
        public void RandomInputsAgreeWithTheManagedKdfAndWithDotNetAes()
        {
            INativeKernels k = Seam();
            var rng = new Random(2405);
            int againstOracle = 0;
            for (int t = 0; t < Inputs; t++)
            {
                byte[] key = Bytes(rng, 16 + 8 * (t % 3));
                byte[] salt = Bytes(rng, (t / 3) % 2 == 0 ? 14 : 12);
                int label = t % 8 < 6 ? t % 8 : rng.Next(256);
                ulong r = (t % 50) switch
                {
                    0 => 0,
                    1 => (1UL << 48) - 1,
                    _ => (ulong)rng.NextInt64(1L << 48),
                };
                int n = 1 + (t % 64 == 63 ? 63 : rng.Next(64));
                string native = Convert.ToHexString(Native(k, key, salt, label, r, n));
                string managed = Convert.ToHexString(SrtpKeyDerivation.Derive(key, salt, (byte)label, r, n));
                if (native != managed) Assert.Fail($"input {t}: key {key.Length}, salt {salt.Length}, label {label}, r {r:X}, {n} octets: native {native}, managed {managed}");
                if (t % 5 != 0) continue;
                string oracle = Convert.ToHexString(Oracle(key, salt, label, r, n));
                if (native != oracle) Assert.Fail($"input {t}: key {key.Length}, salt {salt.Length}, label {label}, r {r:X}, {n} octets: native {native}, .NET AES {oracle}");
                againstOracle++;
            }
            Assert.AreEqual(Inputs / 5, againstOracle);
        }

        [TestMethod]
        public void LabelAndRChangeTheKeyWhereRfc3711PutsThem()
        {
            // r != 0 and a 12-octet salt: values of pyca/cryptography and the openssl CLI (AES-ECB of the IV blocks,
            // computed outside the repo; the same as firmware/native/test/test_srtp_kdf.c)
            INativeKernels k = Seam();
            byte[] b3Key = Convert.FromHexString(B3Key), b3Salt = Convert.FromHexString(B3Salt);
            Assert.AreEqual("53870B4B8E2AF0C6F0CC8B1544C34138", Convert.ToHexString(Native(k, b3Key, b3Salt, 0, 1, 16)));
            Assert.AreEqual("69B8BB17A9C4BE6E0474E8BD0C4432FF21490474", Convert.ToHexString(Native(k, b3Key, b3Salt, 1, (1UL << 48) - 1, 20)));
            Assert.AreEqual("91CFD7D53A61AEEF338DA41470C129B5900CAC0985D686E4",
                Convert.ToHexString(Native(k, Convert.FromHexString(Aes192Key), Convert.FromHexString("C8522F3ACD4CE86D5ADD78ED"), 0, 1UL << 32, 24)));
        }

        [TestMethod]
        public void OutOfRangeArgumentsAreRefusedWithTheOutputZeroed()
        {
            INativeKernels k = Seam();
            byte[] key16 = new byte[16], salt14 = new byte[14];
            void Refused(string what, int n, byte[] key, byte[] salt, int label, ulong r)
            {
                byte[] output = new byte[n];
                Array.Fill(output, (byte)0xA5);
                Assert.AreEqual(NativeBackend.ErrorEncoding, Kdf(k, output, key, salt, label, r), what);
                Assert.IsTrue(Array.TrueForAll(output, b => b == 0), what + ": output not zeroed");
            }
            foreach (int kl in new[] { 0, 1, 15, 17, 23, 25, 31, 33, 64 }) Refused("key " + kl, 16, new byte[kl], salt14, 0, 0);
            foreach (int sl in new[] { 0, 11, 13, 15, 16, 32 }) Refused("salt " + sl, 16, key16, new byte[sl], 0, 0);
            foreach (int label in new[] { 256, 0x1FF, -1, int.MinValue, int.MaxValue }) Refused("label " + label, 16, key16, salt14, label, 0);
            foreach (ulong r in new[] { 1UL << 48, (1UL << 48) + 1, 1UL << 63, ulong.MaxValue }) Refused("r " + r.ToString("X"), 16, key16, salt14, 0, r);
            foreach (int n in new[] { 0, 65, 100, 4096 }) Refused(n + " octets", n, key16, salt14, 0, 0);

            // the edges that are allowed
            Assert.AreEqual(NativeBackend.Ok, Kdf(k, new byte[64], new byte[32], new byte[12], 255, (1UL << 48) - 1));
            Assert.AreEqual(NativeBackend.Ok, Kdf(k, new byte[1], new byte[24], salt14, 0, 0));

            // a null array: NullReferenceException before the C sees it, as the firmware's marshalling throws it
            Assert.ThrowsExactly<NullReferenceException>(() => Kdf(k, null!, key16, salt14, 0, 0), "null output");
            Assert.ThrowsExactly<NullReferenceException>(() => Kdf(k, new byte[16], null!, salt14, 0, 0), "null key");
            Assert.ThrowsExactly<NullReferenceException>(() => Kdf(k, new byte[16], key16, null!, 0, 0), "null salt");
        }
    }
}
