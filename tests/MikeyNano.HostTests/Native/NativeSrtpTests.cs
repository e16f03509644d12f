using System;
using System.Buffers.Binary;
using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MikeyNano.Ciphers;
using MikeyNano.Hashing;
using MikeyNano.Libsrtp;
using MikeyNano.NativeHost;
using MikeyNano.Srtp;

namespace MikeyNano.HostTests.Native
{
    /// <summary>
    /// The native SRTP packet path (firmware/native mn_srtp.h) through P/Invoke against the managed code: each kernel on
    /// its known answers and on 10,000 random inputs (random keys, lengths 0..1500 including non-multiples of 16), and
    /// whole SRTP packets against the managed SrtpContext (10,000 per suite, ROC wrap included) and libsrtp.
    /// </summary>
    [TestClass]
    public class NativeSrtpTests
    {
        private const int Inputs = 10000;

        private static byte[] Bytes(Random rng, int n) { var b = new byte[n]; rng.NextBytes(b); return b; }

        private static string H(byte[] b, int o, int n) => Convert.ToHexString(b, o, n);

        private static int RandomKeyLength(Random rng) => 16 + 8 * rng.Next(3);

        [TestMethod]
        public void KnownAnswersThroughPInvoke()
        {
            byte[] k = NativeBackend.AesExpand(Convert.FromHexString("000102030405060708090a0b0c0d0e0f"));
            byte[] b = Convert.FromHexString("00112233445566778899aabbccddeeff");
            NativeBackend.AesEncryptBlocks(k, b, 0, b, 0, 1);
            Assert.AreEqual("69C4E0D86A7B0430D8CDB78070B4C55A", H(b, 0, 16), "FIPS 197 C.1");

            k = NativeBackend.AesExpand(Convert.FromHexString("2B7E151628AED2A6ABF7158809CF4F3C"));
            byte[] ks = new byte[32];
            NativeBackend.AesCtrXor(k, Convert.FromHexString("F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000"), 16, ks, 0, ks, 0, 32);
            Assert.AreEqual("E03EAD0935C95E80E166B16DD92B4EB4D23513162B02D0F72A43A2FE4A5F97AB", H(ks, 0, 32), "RFC 3711 B.2");

            byte[] mac = new byte[20];
            byte[] key = new byte[80];
            Array.Fill(key, (byte)0xaa);
            byte[] m = System.Text.Encoding.ASCII.GetBytes("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data");
            NativeBackend.HmacSha1(NativeBackend.HmacSha1Init(key), m, 0, 40, m, 40, m.Length - 40, mac, 0);
            Assert.AreEqual("E8E99D0F45237D786D6BBAA7965C7808BBFF1A91", H(mac, 0, 20), "RFC 2202 case 7");
            Assert.AreEqual("A9993E364706816ABA3E25717850C26C9CD0D89D", H(NativeBackend.Sha1(System.Text.Encoding.ASCII.GetBytes("abc"), 0, 3), 0, 20), "FIPS 180 abc");
            Assert.AreEqual("DA39A3EE5E6B4B0D3255BFEF95601890AFD80709", H(NativeBackend.Sha1(m, 0, 0), 0, 20), "SHA-1 of nothing");

            byte[] g = NativeBackend.GcmInit(Convert.FromHexString("feffe9928665731c6d6a8f9467308308"));
            byte[] iv = Convert.FromHexString("cafebabefacedbaddecaf888");
            byte[] aad = Convert.FromHexString("feedfacedeadbeeffeedfacedeadbeefabaddad2");
            byte[] p = Convert.FromHexString("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
            byte[] c = new byte[p.Length], tag = new byte[16];
            Assert.AreEqual(NativeBackend.Ok, NativeBackend.GcmSeal(g, iv, aad, 0, aad.Length, p, 0, c, 0, p.Length, tag, 0, 16));
            Assert.AreEqual("5BC94FBC3221A5DB94FAE95AE7121A47", H(tag, 0, 16), "GCM test case 4 tag");
            StringAssert.StartsWith(H(c, 0, c.Length), "42831EC2217774244B7221B784D0D49C", "GCM test case 4 ciphertext");
        }

        [TestMethod]
        public void AesBlocksAgreeOnRandomKeysAndData()
        {
            var rng = new Random(101);
            for (int t = 0; t < Inputs; t++)
            {
                byte[] key = Bytes(rng, RandomKeyLength(rng));
                int blocks = rng.Next(94); // 0..1488 octets
                byte[] input = Bytes(rng, 16 * blocks + 3);
                byte[] ours = new byte[input.Length], theirs = new byte[input.Length];
                new Aes(key).EncryptBlocks(input, 3, ours, 0, blocks);
                NativeBackend.AesEncryptBlocks(NativeBackend.AesExpand(key), input, 3, theirs, 0, blocks);
                if (H(ours, 0, 16 * blocks) != H(theirs, 0, 16 * blocks)) Assert.Fail($"input {t}: key {key.Length}, {blocks} blocks");
            }
        }

        [TestMethod]
        public void CounterModeAgreesOnRandomKeysCountersAndLengths()
        {
            var rng = new Random(102);
            for (int t = 0; t < Inputs; t++)
            {
                byte[] key = Bytes(rng, RandomKeyLength(rng));
                byte[] counter = Bytes(rng, 16);
                if (rng.Next(8) == 0) counter.AsSpan(12).Fill(0xFF); // carries across the 32- and 128-bit wraps
                int counterBytes = rng.Next(2) == 0 ? 16 : 4;
                int len = rng.Next(1501);
                byte[] input = Bytes(rng, len);
                byte[] ours = new byte[len], theirs = new byte[len];
                new Aes(key).CounterXor(counter, 0, counterBytes, input, 0, ours, 0, len);
                NativeBackend.AesCtrXor(NativeBackend.AesExpand(key), counter, counterBytes, input, 0, theirs, 0, len);
                if (H(ours, 0, len) != H(theirs, 0, len)) Assert.Fail($"input {t}: key {key.Length}, counter bytes {counterBytes}, length {len}");
            }
        }

        [TestMethod]
        public void Sha1AndHmacSha1AgreeOnRandomKeysAndLengths()
        {
            var rng = new Random(103);
            byte[] mac = new byte[20];
            for (int t = 0; t < Inputs; t++)
            {
                int len = rng.Next(1501);
                byte[] data = Bytes(rng, len);
                if (H(Sha1Managed(data), 0, 20) != H(NativeBackend.Sha1(data, 0, len), 0, 20)) Assert.Fail($"SHA-1 input {t}, length {len}");
                byte[] key = Bytes(rng, rng.Next(100)); // includes keys over one block (hashed first)
                int split = rng.Next(len + 1);
                NativeBackend.HmacSha1(NativeBackend.HmacSha1Init(key), data, 0, split, data, split, len - split, mac, 0);
                if (H(Hmac.Sha1(key, data), 0, 20) != H(mac, 0, 20)) Assert.Fail($"HMAC input {t}: key {key.Length}, length {len}, split {split}");
            }
        }

        private static byte[] Sha1Managed(byte[] data) => MikeyNano.Hashing.Sha1.Hash(data);

        [TestMethod]
        public void GHashAgreesOnRandomKeysAndLengths()
        {
            var rng = new Random(104);
            byte[] ours = new byte[16];
            for (int t = 0; t < Inputs; t++)
            {
                byte[] h = Bytes(rng, 16);
                int aadLen = rng.Next(40), len = rng.Next(1501);
                byte[] aad = Bytes(rng, aadLen), data = Bytes(rng, len);
                var managed = new GHash(h, 0);
                managed.Update(aad, 0, aadLen);
                managed.Update(data, 0, len);
                managed.UpdateLengths(aadLen, len);
                managed.Final(ours, 0);
                byte[] g = NativeBackend.GHashInit(h), y = new byte[16];
                NativeBackend.GHashUpdate(g, y, aad, 0, aadLen);
                NativeBackend.GHashUpdate(g, y, data, 0, len);
                NativeBackend.GHashLengths(g, y, aadLen, len);
                if (H(ours, 0, 16) != H(y, 0, 16)) Assert.Fail($"input {t}: aad {aadLen}, length {len}");
            }
        }

        [TestMethod]
        public void GcmSealAndOpenAgreeOnRandomKeysAndLengths()
        {
            var rng = new Random(105);
            for (int t = 0; t < Inputs; t++)
            {
                byte[] key = Bytes(rng, RandomKeyLength(rng)), iv = Bytes(rng, 12);
                int aadLen = rng.Next(64), len = rng.Next(1501), tagLen = rng.Next(2) == 0 ? 16 : 4 + rng.Next(13);
                byte[] aad = Bytes(rng, aadLen), p = Bytes(rng, len);
                byte[] c1 = new byte[len], t1 = new byte[16], c2 = new byte[len], t2 = new byte[16];
                new AesGcm(new Aes(key)).Encrypt(iv, 0, 12, aad, 0, aadLen, p, 0, len, c1, 0, t1, 0, tagLen);
                byte[] g = NativeBackend.GcmInit(key);
                Assert.AreEqual(NativeBackend.Ok, NativeBackend.GcmSeal(g, iv, aad, 0, aadLen, p, 0, c2, 0, len, t2, 0, tagLen));
                if (H(c1, 0, len) + H(t1, 0, tagLen) != H(c2, 0, len) + H(t2, 0, tagLen))
                    Assert.Fail($"seal input {t}: key {key.Length}, aad {aadLen}, length {len}, tag {tagLen}");
                byte[] back = new byte[len];
                Assert.AreEqual(NativeBackend.Ok, NativeBackend.GcmOpen(g, iv, aad, 0, aadLen, c1, 0, back, 0, len, t1, 0, tagLen), $"open input {t}");
                if (H(back, 0, len) != H(p, 0, len)) Assert.Fail($"open input {t}");
                if (t % 10 == 0)
                {
                    // one flipped bit anywhere (AAD, ciphertext or tag): refused, output zeroed
                    int where = rng.Next(aadLen + len + tagLen);
                    if (where < aadLen) aad[where] ^= 1; else if (where < aadLen + len) c1[where - aadLen] ^= 1; else t1[where - aadLen - len] ^= 1;
                    Array.Fill(back, (byte)0x77);
                    Assert.AreEqual(NativeBackend.ErrorAuthentication, NativeBackend.GcmOpen(g, iv, aad, 0, aadLen, c1, 0, back, 0, len, t1, 0, tagLen), $"tampered input {t}");
                    Assert.IsTrue(Array.TrueForAll(back, x => x == 0), $"rejected output not zeroed, input {t}");
                }
            }
        }

        // ---- whole SRTP packets ----

        private static (SrtpPolicy policy, int suite, LibsrtpProfile profile) Suite(bool gcm) =>
            gcm ? (SrtpPolicy.AeadAes128Gcm(), NativeBackend.SrtpAesGcm, LibsrtpProfile.AeadAes128Gcm)
                : (SrtpPolicy.AesCm128HmacSha1_80(), NativeBackend.SrtpAesCmHmacSha1, LibsrtpProfile.AesCm128HmacSha1_80);

        /// <summary>The native session keys of a stream's RTP direction, from the master key and salt by the managed
        /// RFC 3711 4.3 KDF (kdr = 0, so r = 0).</summary>
        private static byte[] NativeKeys(SrtpPolicy policy, int suite, byte[] masterKey, byte[] masterSalt)
        {
            byte[] enc = SrtpKeyDerivation.Derive(masterKey, masterSalt, SrtpKeyDerivation.LabelRtpEncryption, 0, policy.EncryptionKeyLength);
            byte[] salt = SrtpKeyDerivation.Derive(masterKey, masterSalt, SrtpKeyDerivation.LabelRtpSalt, 0, policy.SaltKeyLength);
            byte[] auth = suite == NativeBackend.SrtpAesGcm ? null
                : SrtpKeyDerivation.Derive(masterKey, masterSalt, SrtpKeyDerivation.LabelRtpAuthentication, 0, policy.AuthKeyLength);
            return NativeBackend.SrtpKeysInit(suite, enc, salt, auth);
        }

        private static byte[] RtpPacket(Random rng, uint ssrc, int seq, int csrcs, int payload)
        {
            byte[] p = Bytes(rng, 12 + 4 * csrcs + payload);
            p[0] = (byte)(0x80 | csrcs);
            p[1] &= 0x7F;
            BinaryPrimitives.WriteUInt16BigEndian(p.AsSpan(2), (ushort)seq);
            BinaryPrimitives.WriteUInt32BigEndian(p.AsSpan(8), ssrc);
            return p;
        }

        [TestMethod]
        [DataRow(false)]
        [DataRow(true)]
        public void PacketsAgreeWithTheManagedContext(bool gcm)
        {
            var (policy, suite, _) = Suite(gcm);
            var rng = new Random(gcm ? 107 : 106);
            byte[] masterKey = Bytes(rng, policy.EncryptionKeyLength), masterSalt = Bytes(rng, policy.SaltKeyLength);
            uint ssrc = (uint)rng.Next(), roc = (uint)rng.Next(1000);
            var tx = new SrtpContext(masterKey, masterSalt, ssrc, roc, policy);
            byte[] keys = NativeKeys(policy, suite, masterKey, masterSalt);
            int tagLen = policy.RtpTagLength;
            int seq = 0xFFFF - 5000; // crosses a ROC wrap
            for (int t = 0; t < Inputs; t++, seq = (seq + 1) & 0xFFFF)
            {
                int csrcs = rng.Next(3), payload = rng.Next(1501), header = 12 + 4 * csrcs;
                byte[] rtp = RtpPacket(rng, ssrc, seq, csrcs, payload);
                byte[] managed = new byte[rtp.Length + tagLen];
                int n = tx.ProtectRtp(rtp, 0, rtp.Length, managed, 0);
                Assert.AreEqual(rtp.Length + tagLen, n);
                byte[] native = new byte[n];
                rtp.CopyTo(native, 0);
                Assert.AreEqual(NativeBackend.Ok, NativeBackend.SrtpProtect(keys, native, 0, header, payload, tx.Roc, native, rtp.Length, tagLen));
                if (H(managed, 0, n) != H(native, 0, n)) Assert.Fail($"packet {t}: seq {seq}, ROC {tx.Roc}, header {header}, payload {payload}");
                // and back: the native unprotect of the managed packet is the RTP packet; a flipped bit is refused
                if (t % 4 == 0)
                {
                    Assert.AreEqual(NativeBackend.Ok, NativeBackend.SrtpUnprotect(keys, native, 0, header, payload, tx.Roc, native, rtp.Length, tagLen));
                    Assert.AreEqual(H(rtp, 0, rtp.Length), H(native, 0, rtp.Length), $"unprotect packet {t}");
                    managed[rng.Next(n)] ^= 0x10;
                    byte[] before = (byte[])managed.Clone();
                    Assert.AreEqual(NativeBackend.ErrorAuthentication, NativeBackend.SrtpUnprotect(keys, managed, 0, header, payload, tx.Roc, managed, rtp.Length, tagLen), $"tampered packet {t}");
                    Assert.AreEqual(H(before, 0, n), H(managed, 0, n), "a rejected packet is left unchanged");
                }
            }
            Assert.AreEqual(roc + 1, tx.Roc, "the run crossed one ROC wrap");
            NativeBackend.Wipe(keys, 0, keys.Length);
        }

        [TestMethod]
        [DataRow(false)]
        [DataRow(true)]
        public void PacketsAgreeWithLibsrtp(bool gcm)
        {
            if (!LibsrtpSession.IsAvailable) Assert.Inconclusive("libsrtp2 is not installed");
            var (policy, suite, profile) = Suite(gcm);
            var rng = new Random(gcm ? 109 : 108);
            byte[] masterKey = Bytes(rng, policy.EncryptionKeyLength), masterSalt = Bytes(rng, policy.SaltKeyLength);
            uint ssrc = (uint)rng.Next(), roc = 7;
            using var libsrtp = new LibsrtpSession(profile, masterKey, masterSalt, ssrc, roc);
            byte[] keys = NativeKeys(policy, suite, masterKey, masterSalt);
            int tagLen = policy.RtpTagLength;
            for (int t = 0, seq = 0xFFFF - 1000; t < 2000; t++, seq = (seq + 1) & 0xFFFF)
            {
                if (seq == 0) roc++;
                int payload = rng.Next(1400);
                byte[] rtp = RtpPacket(rng, ssrc, seq, 0, payload);
                byte[] theirs = new byte[rtp.Length + LibsrtpSession.TrailerRoom];
                rtp.CopyTo(theirs, 0);
                int m = libsrtp.Protect(theirs, 0, rtp.Length);
                byte[] native = new byte[rtp.Length + tagLen];
                rtp.CopyTo(native, 0);
                Assert.AreEqual(NativeBackend.Ok, NativeBackend.SrtpProtect(keys, native, 0, 12, payload, roc, native, rtp.Length, tagLen));
                Assert.AreEqual(m, native.Length);
                if (H(theirs, 0, m) != H(native, 0, m)) Assert.Fail($"packet {t}: seq {seq}, ROC {roc}, payload {payload}");
            }
        }

        /// <summary>Host time per 20 ms voice packet (12-octet header + 160-octet payload, the bench's srtp group):
        /// native (P/Invoke included) vs managed vs libsrtp, the fastest of three interleaved medians each, printed to the
        /// test output. What it asserts is that the three produced the same last packet.</summary>
        [TestMethod]
        [DataRow(false)]
        [DataRow(true)]
        public void ProtectTimePerVoicePacket(bool gcm)
        {
            var (policy, suite, profile) = Suite(gcm);
            var rng = new Random(110);
            byte[] masterKey = Bytes(rng, policy.EncryptionKeyLength), masterSalt = Bytes(rng, policy.SaltKeyLength), payload = Bytes(rng, 160);
            const uint Ssrc = 0x5EED5EED;
            int tagLen = policy.RtpTagLength;
            byte[] keys = NativeKeys(policy, suite, masterKey, masterSalt);
            var tx = new SrtpContext(masterKey, masterSalt, Ssrc, 0, policy);
            byte[] plain = RtpPacket(rng, Ssrc, 0, 0, 0);
            plain = [.. plain, .. payload];
            byte[] managedOut = new byte[256], nativeOut = new byte[256], libOut = new byte[172 + LibsrtpSession.TrailerRoom];
            int seq = 0, mseq = 0, lseq = 0;
            uint roc = 0; // the runs cross sequence-number wraps
            Action nativeOp = () =>
            {
                seq = (seq + 1) & 0xFFFF;
                if (seq == 0) roc++;
                Array.Copy(plain, nativeOut, 172);
                nativeOut[2] = (byte)(seq >> 8); nativeOut[3] = (byte)seq;
                NativeBackend.SrtpProtect(keys, nativeOut, 0, 12, 160, roc, nativeOut, 172, tagLen);
            };
            Action managedOp = () => { mseq = (mseq + 1) & 0xFFFF; tx.ProtectFrame(plain[1] & 0x7F, false, mseq, BinaryPrimitives.ReadUInt32BigEndian(plain.AsSpan(4)), payload, 0, 160, managedOut, 0); };
            using var l = LibsrtpSession.IsAvailable ? new LibsrtpSession(profile, masterKey, masterSalt, Ssrc) : null;
            Action libOp = () =>
            {
                lseq = (lseq + 1) & 0xFFFF;
                Array.Copy(plain, libOut, 172);
                libOut[2] = (byte)(lseq >> 8); libOut[3] = (byte)lseq;
                int len = 172;
                if (l.TryRun(0, libOut, 0, ref len) != 0) throw new InvalidOperationException("srtp_protect");
            };
            // three interleaved rounds, the fastest median of each: on a shared machine the least disturbed
            double native = double.MaxValue, managed = double.MaxValue, lib = l == null ? double.NaN : double.MaxValue;
            for (int round = 0; round < 3; round++)
            {
                native = Math.Min(native, Median(nativeOp));
                managed = Math.Min(managed, Median(managedOp));
                if (l != null) lib = Math.Min(lib, Median(libOp));
            }
            if (l != null)
            {
                // the last packets: the same sequence numbers were protected the same number of times on all three
                Assert.AreEqual(seq, lseq);
                Assert.AreEqual(H(libOut, 0, 172 + tagLen), H(nativeOut, 0, 172 + tagLen), "native and libsrtp, last packet");
            }
            Assert.AreEqual(seq, mseq);
            Assert.AreEqual(H(managedOut, 0, 172 + tagLen), H(nativeOut, 0, 172 + tagLen), "native and managed, last packet");
            Console.WriteLine($"{(gcm ? "AEAD_AES_128_GCM" : "AES_CM_128_HMAC_SHA1_80")} protect, 12 + 160 octets: native {native:F0} ns, managed {managed:F0} ns, "
                + $"libsrtp {lib:F0} ns; native/libsrtp {native / lib:F2}, managed/libsrtp {managed / lib:F2}");
        }

        /// <summary>Median over 15 batches of the time per call (ns), after a warm-up; every variant runs the same
        /// number of calls in total (5,000 warm-up + 15 x 2,000), so the sequence numbers stay in step.</summary>
        private static double Median(Action op)
        {
            for (int i = 0; i < 5000; i++) op();
            var samples = new double[15];
            var sw = new Stopwatch();
            for (int b = 0; b < samples.Length; b++)
            {
                sw.Restart();
                for (int i = 0; i < 2000; i++) op();
                samples[b] = sw.Elapsed.TotalMilliseconds * 1e6 / 2000;
            }
            Array.Sort(samples);
            return samples[samples.Length / 2];
        }
    }
}
