using System;
using MikeyNano.Hashing;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Dn = System.Security.Cryptography;
using NanoAes = MikeyNano.Ciphers.Aes;
using NanoAesGcm = MikeyNano.Ciphers.AesGcm;
using NanoCounterMode = MikeyNano.Ciphers.CounterMode;

namespace MikeyNano.HostTests.Oracles
{
    /// <summary>
    /// Differential tests of the device hashing and cipher code against .NET's System.Security.Cryptography (OpenSSL on
    /// Linux): 1,000+ random inputs per algorithm with lengths that include 0 and every block boundary. Each test uses a
    /// seeded System.Random (seed in every failure message; override with MIKEYNANO_SEED to replay another run).
    /// </summary>
    [TestClass]
    public class HashCipherOracleTests
    {
        private const int Runs = 1000;

        /// <summary>Lengths 0..max, with a third of them at or next to a multiple of the block size.</summary>
        private static int Length(Random rng, int i, int block, int max)
        {
            if (i < 3 * block && i <= max) return i; // every length 0 .. 3 blocks first
            if (rng.Next(3) == 0) return Math.Min(max, block * rng.Next(1, 6) + rng.Next(-1, 2));
            return rng.Next(max + 1);
        }

        /// <summary>Feeds data in random pieces (including empty ones).</summary>
        private static void Feed(Random rng, byte[] data, Action<byte[], int, int> update)
        {
            int o = 0;
            while (o < data.Length)
            {
                int n = rng.Next(0, Math.Min(data.Length - o, 150) + 1);
                update(data, o, n);
                o += n;
            }
            update(data, o, 0);
        }

        [TestMethod]
        public void Sha1AndSha256MatchDotNet()
        {
            int seed = OracleRandom.Seed(180_4);
            var rng = new Random(seed);
            var s1 = new Sha1();
            var s256 = new Sha256();
            var d1 = new byte[20];
            var d256 = new byte[32];
            for (int i = 0; i < Runs; i++)
            {
                byte[] m = OracleRandom.Bytes(rng, Length(rng, i, 64, 1200));
                string what = $"seed={seed} run={i} len={m.Length}";
                CollectionAssert.AreEqual(Dn.SHA1.HashData(m), Sha1.Hash(m), "SHA-1 one-shot " + what);
                CollectionAssert.AreEqual(Dn.SHA256.HashData(m), Sha256.Hash(m), "SHA-256 one-shot " + what);
                Feed(rng, m, s1.Update);
                s1.Final(d1, 0);
                CollectionAssert.AreEqual(Dn.SHA1.HashData(m), d1, "SHA-1 in pieces " + what);
                Feed(rng, m, s256.Update);
                s256.Final(d256, 0);
                CollectionAssert.AreEqual(Dn.SHA256.HashData(m), d256, "SHA-256 in pieces " + what);
            }
        }

        [TestMethod]
        public void HmacSha1AndSha256MatchDotNet()
        {
            int seed = OracleRandom.Seed(2104);
            var rng = new Random(seed);
            var tag = new byte[32];
            for (int i = 0; i < Runs; i++)
            {
                byte[] key = OracleRandom.Bytes(rng, i < 200 ? i : rng.Next(0, 200)); // key lengths 0..199: below, at and above the 64-octet block
                byte[] m = OracleRandom.Bytes(rng, Length(rng, i, 64, 600));
                string what = $"seed={seed} run={i} key={key.Length} len={m.Length}";
                CollectionAssert.AreEqual(Dn.HMACSHA1.HashData(key, m), Hmac.Sha1(key, m), "HMAC-SHA-1 " + what);
                CollectionAssert.AreEqual(Dn.HMACSHA256.HashData(key, m), Hmac.Sha256(key, m), "HMAC-SHA-256 " + what);
                // A keyed object reused for two messages, fed in pieces.
                var mac = new Hmac(i % 2 == 0 ? new Sha1() : new Sha256(), key);
                byte[] m2 = OracleRandom.Bytes(rng, rng.Next(0, 200));
                Feed(rng, m, mac.Update);
                mac.Final(tag, 0);
                byte[] want = i % 2 == 0 ? Dn.HMACSHA1.HashData(key, m) : Dn.HMACSHA256.HashData(key, m);
                CollectionAssert.AreEqual(want, tag[..mac.MacSize], "keyed object, message 1 " + what);
                Feed(rng, m2, mac.Update);
                mac.Final(tag, 0);
                want = i % 2 == 0 ? Dn.HMACSHA1.HashData(key, m2) : Dn.HMACSHA256.HashData(key, m2);
                CollectionAssert.AreEqual(want, tag[..mac.MacSize], "keyed object, message 2 " + what);
            }
        }

        [TestMethod]
        public void AesBlockAndCounterModeMatchDotNetEcbKeystream()
        {
            int seed = OracleRandom.Seed(3711);
            var rng = new Random(seed);
            int[] keySizes = { 16, 24, 32 };
            for (int i = 0; i < Runs; i++)
            {
                byte[] key = OracleRandom.Bytes(rng, keySizes[i % 3]);
                byte[] counter = OracleRandom.Bytes(rng, 16);
                if (rng.Next(4) == 0) for (int j = 16 - rng.Next(1, 17); j < 16; j++) counter[j] = 0xFF; // carries, incl. the 2^128 wrap
                byte[] data = OracleRandom.Bytes(rng, Length(rng, i, 16, 300));
                string what = $"seed={seed} run={i} key={key.Length} len={data.Length} ctr={Convert.ToHexString(counter)}";
                using var dn = Dn.Aes.Create();
                dn.Key = key;
                var ours = new NanoAes(key);

                byte[] block = OracleRandom.Bytes(rng, 16);
                byte[] e = new byte[16];
                ours.EncryptBlock(block, 0, e, 0);
                CollectionAssert.AreEqual(dn.EncryptEcb(block, Dn.PaddingMode.None), e, "block " + what);

                // Oracle keystream: ECB over counter, counter+1, ... (128-bit big-endian increment).
                int blocks = (data.Length + 15) / 16;
                byte[] counters = new byte[16 * blocks];
                byte[] c = (byte[])counter.Clone();
                for (int b = 0; b < blocks; b++)
                {
                    Array.Copy(c, 0, counters, 16 * b, 16);
                    for (int j = 15; j >= 0 && ++c[j] == 0; j--) { }
                }
                byte[] ks = dn.EncryptEcb(counters, Dn.PaddingMode.None);
                byte[] want = new byte[data.Length];
                for (int j = 0; j < data.Length; j++) want[j] = (byte)(data[j] ^ ks[j]);

                int inOff = rng.Next(3), outOff = rng.Next(3);
                byte[] input = new byte[data.Length + inOff];
                Array.Copy(data, 0, input, inOff, data.Length);
                byte[] output = new byte[data.Length + outOff];
                byte[] counterCopy = (byte[])counter.Clone();
                NanoCounterMode.Transform(ours, counter, input, inOff, output, outOff, data.Length);
                CollectionAssert.AreEqual(want, output[outOff..], "CTR " + what);
                CollectionAssert.AreEqual(counterCopy, counter, "counter unchanged " + what);
                NanoCounterMode.Transform(ours, counter, input, inOff, input, inOff, data.Length);
                CollectionAssert.AreEqual(want, input[inOff..], "CTR in place " + what);
            }
        }

        [TestMethod]
        public void AesGcmMatchesDotNetBothWaysAndRejectsTampering()
        {
            int seed = OracleRandom.Seed(38_0);
            var rng = new Random(seed);
            int[] keySizes = { 16, 24, 32 };
            for (int i = 0; i < Runs; i++)
            {
                byte[] key = OracleRandom.Bytes(rng, keySizes[i % 3]);
                byte[] iv = OracleRandom.Bytes(rng, 12); // .NET accepts only 96-bit nonces; other lengths are covered by the spec vectors
                byte[] p = OracleRandom.Bytes(rng, Length(rng, i, 16, 300));
                byte[] aad = OracleRandom.Bytes(rng, rng.Next(3) == 0 ? 0 : rng.Next(0, 70));
                int tagLength = 12 + rng.Next(5); // .NET supports 12..16
                string what = $"seed={seed} run={i} key={key.Length} len={p.Length} aad={aad.Length} tag={tagLength}";

                using var dn = new Dn.AesGcm(key, tagLength);
                byte[] dnC = new byte[p.Length];
                byte[] dnT = new byte[tagLength];
                dn.Encrypt(iv, p, dnC, dnT, aad);

                var ours = new NanoAesGcm(new NanoAes(key));
                byte[] c = new byte[p.Length];
                byte[] t = new byte[tagLength];
                ours.Encrypt(iv, 0, 12, aad, 0, aad.Length, p, 0, p.Length, c, 0, t, 0, tagLength);
                CollectionAssert.AreEqual(dnC, c, "ciphertext " + what);
                CollectionAssert.AreEqual(dnT, t, "tag " + what);

                byte[] back = new byte[p.Length];
                ours.Decrypt(iv, 0, 12, aad, 0, aad.Length, dnC, 0, dnC.Length, back, 0, dnT, 0, tagLength);
                CollectionAssert.AreEqual(p, back, "ours decrypts .NET's " + what);
                byte[] dnBack = new byte[p.Length];
                dn.Decrypt(iv, c, t, dnBack, aad);
                CollectionAssert.AreEqual(p, dnBack, ".NET decrypts ours " + what);

                // Tamper with one bit of the tag, the ciphertext or the AAD: rejected, output wiped.
                int where = rng.Next(3);
                byte[] tc = (byte[])c.Clone(), tt = (byte[])t.Clone(), ta = (byte[])aad.Clone();
                if (where == 1 && tc.Length == 0) where = 0;
                if (where == 2 && ta.Length == 0) where = 0;
                if (where == 0) tt[rng.Next(tt.Length)] ^= (byte)(1 << rng.Next(8));
                else if (where == 1) tc[rng.Next(tc.Length)] ^= (byte)(1 << rng.Next(8));
                else ta[rng.Next(ta.Length)] ^= (byte)(1 << rng.Next(8));
                byte[] outBuf = OracleRandom.Bytes(rng, p.Length);
                Assert.ThrowsExactly<MikeyNano.Errors.AuthenticationException>(
                    () => ours.Decrypt(iv, 0, 12, ta, 0, ta.Length, tc, 0, tc.Length, outBuf, 0, tt, 0, tagLength), "tampered " + where + " " + what);
                CollectionAssert.AreEqual(new byte[p.Length], outBuf, "wiped " + what);
            }
        }
    }
}
