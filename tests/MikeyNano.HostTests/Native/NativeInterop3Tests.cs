using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.Native;
using MikeyNano.NativeHost;
using MikeyNano.Srtp;
using MikeyNano.Tests.Eccsi;

namespace MikeyNano.HostTests.Native
{
    /// <summary>
    /// The library's use of interface 3's calls (mn_srtp_kdf, mn_eccsi_sign_s) through its native seam: an SRTP context
    /// and an ECCSI signer made on the native path call them, and give the same packets and signatures as the managed
    /// path; a backend that refuses a call leaves the managed code to serve with the same result; ECCSI's "draw another
    /// j" status makes SignWith answer null, as the managed step does. The C itself is checked against the RFCs and
    /// independent oracles in NativeSrtpKdfTests and NativeEccsiSignTests. Not parallel with other classes: the backend
    /// choice is process-wide.
    /// </summary>
    [TestClass]
    [DoNotParallelize]
    public class NativeInterop3Tests
    {
        /// <summary>The shared library's backend, counting the calls of interface 3 and refusing them on request
        /// (answering as the C does for a length it does not take, or with ECCSI's retry status).</summary>
        private sealed class Counting : INativeKernels
        {
            private readonly INativeKernels _n;
            public int KdfCalls, SignCalls, KeysInitCalls, CombRbCalls;
            public int KdfAnswer, SignAnswer; // 0: the C's answer
            public Counting(INativeKernels n) { _n = n; }
            public int Version() => _n.Version();
            public int P256MulBase(byte[] result, byte[] k) => _n.P256MulBase(result, k);
            public int P256Mul(byte[] result, byte[] p, byte[] k) => _n.P256Mul(result, p, k);
            public int P256MulAddPublic(byte[] result, byte[] u1, byte[] u2, byte[] q) => _n.P256MulAddPublic(result, u1, u2, q);
            public int P256MulAdd3Public(byte[] result, byte[] u1, byte[] u2, byte[] q2, byte[] u3, byte[] q3) => _n.P256MulAdd3Public(result, u1, u2, q2, u3, q3);
            public int SakkeMul(byte[] result, byte[] q, byte[] k) => _n.SakkeMul(result, q, k);
            public int SakkeCombWords() => _n.SakkeCombWords();
            public int SakkeCombBuild(uint[] table, byte[] b) => _n.SakkeCombBuild(table, b);
            public int SakkeCombMul2(byte[] result, uint[] table1, byte[] k1, uint[] table2, byte[] k2) => _n.SakkeCombMul2(result, table1, k1, table2, k2);
            public int SakkeCombMulRb(byte[] result, uint[] table1, uint[] table2, byte[] r, byte[] b) { CombRbCalls++; return _n.SakkeCombMulRb(result, table1, table2, r, b); }
            public int SakkePair(byte[] w, byte[] r, byte[] q) => _n.SakkePair(w, r, q);
            public int SakkePfPow(byte[] result, byte[] g, byte[] r) => _n.SakkePfPow(result, g, r);
            public int SakkeRskTableWords() => _n.SakkeRskTableWords();
            public int SakkeRskTableBuild(uint[] table, byte[] rsk) => _n.SakkeRskTableBuild(table, rsk);
            public int SakkeRskPair(byte[] w, uint[] table, byte[] r) => _n.SakkeRskPair(w, table, r);
            public int SakkeCheck(byte[] qb, byte[] r, byte[] rPoint) => _n.SakkeCheck(qb, r, rPoint);
            public int SakkeCheckComb(uint[] table, byte[] r, byte[] rPoint) => _n.SakkeCheckComb(table, r, rPoint);
            public int SrtpKeysWords() => _n.SrtpKeysWords();
            public int SrtpKeysInit(uint[] keys, int suite, byte[] encKey, byte[] salt, byte[] authKey) { KeysInitCalls++; return _n.SrtpKeysInit(keys, suite, encKey, salt, authKey); }
            public int SrtpProtect(uint[] keys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc, int tagOffset, int tagLength) =>
                _n.SrtpProtect(keys, packet, offset, headerLength, payloadLength, roc, tagOffset, tagLength);
            public int SrtpUnprotect(uint[] keys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc, int tagOffset, int tagLength) =>
                _n.SrtpUnprotect(keys, packet, offset, headerLength, payloadLength, roc, tagOffset, tagLength);
            public int Sha256Blocks(uint[] state, byte[] data, int offset, int blocks) => _n.Sha256Blocks(state, data, offset, blocks);
            public int SrtpKdf(byte[] output, byte[] masterKey, byte[] masterSalt, int label, uint rHigh, uint rLow)
            {
                KdfCalls++;
                if (KdfAnswer != 0) { Array.Clear(output); return KdfAnswer; }
                return _n.SrtpKdf(output, masterKey, masterSalt, label, rHigh, rLow);
            }
            public int EccsiSignS(byte[] s, byte[] j, byte[] he, byte[] r, byte[] ssk)
            {
                SignCalls++;
                if (SignAnswer != 0) { Array.Clear(s); return SignAnswer; }
                return _n.EccsiSignS(s, j, he, r, ssk);
            }
        }

        private static Counting UseCounting()
        {
            if (!HostNativeArithmetic.Enable()) Assert.Fail("libmikeynano_native did not load");
            var c = new Counting(NativeArithmetic.Kernels!);
            NativeArithmetic.Use(c);
            Assert.AreSame(c, NativeArithmetic.Kernels, "the counting backend is in use");
            return c;
        }

        [TestCleanup]
        public void BackToManaged() => NativeArithmetic.Use(null);

        private static byte[] Bytes(Random rng, int n) { byte[] b = new byte[n]; rng.NextBytes(b); return b; }

        private static byte[] Rtp(Random rng, uint ssrc, int seq, int payload)
        {
            byte[] p = Bytes(rng, 12 + payload);
            p[0] = 0x80; p[1] &= 0x7F;
            p[2] = (byte)(seq >> 8); p[3] = (byte)seq;
            p[8] = (byte)(ssrc >> 24); p[9] = (byte)(ssrc >> 16); p[10] = (byte)(ssrc >> 8); p[11] = (byte)ssrc;
            return p;
        }

        private static byte[] Rtcp(Random rng, uint ssrc, int length)
        {
            byte[] p = Bytes(rng, length);
            p[0] = 0x80; p[1] = 200; p[2] = 0; p[3] = (byte)(length / 4 - 1);
            p[4] = (byte)(ssrc >> 24); p[5] = (byte)(ssrc >> 16); p[6] = (byte)(ssrc >> 8); p[7] = (byte)ssrc;
            return p;
        }

        /// <summary>The packets a context protects (RTP and RTCP, in place), and whether a second context (the
        /// receiver, made the same way) takes them back to the plain packets (every third RTP packet into another
        /// buffer): 40 of each, kdr as given.</summary>
        private static string Exchange(SrtpPolicy policy, byte[] key, byte[] salt, int seed)
        {
            var rng = new Random(seed);
            uint ssrc = 0x5EED0000u + (uint)seed;
            var tx = new SrtpContext(key, salt, ssrc, 7, policy);
            var rx = new SrtpContext(key, salt, ssrc, 7, policy);
            var all = new System.Text.StringBuilder();
            for (int i = 0; i < 40; i++)
            {
                byte[] rtp = Rtp(rng, ssrc, 0xFFF0 + i & 0xFFFF, rng.Next(200));
                byte[] buf = new byte[rtp.Length + tx.RtpOverhead];
                rtp.CopyTo(buf, 0);
                int n = tx.ProtectRtp(buf, 0, rtp.Length, buf, 0);
                all.Append(Convert.ToHexString(buf, 0, n)).Append('/');
                // every third packet out of place: the native path takes only in-place packets, so these key the
                // receiver's managed AES/HMAC on first use
                byte[] plain = i % 3 == 2 ? new byte[n] : buf;
                int m = rx.UnprotectRtp(buf, 0, n, plain, 0);
                Assert.AreEqual(Convert.ToHexString(rtp), Convert.ToHexString(plain, 0, m), $"RTP packet {i} back");
                byte[] rtcp = Rtcp(rng, ssrc, 8 + 4 * rng.Next(20));
                byte[] cbuf = new byte[rtcp.Length + tx.RtcpOverhead];
                rtcp.CopyTo(cbuf, 0);
                n = tx.ProtectRtcp(cbuf, 0, rtcp.Length, cbuf, 0);
                all.Append(Convert.ToHexString(cbuf, 0, n)).Append('/');
                m = rx.UnprotectRtcp(cbuf, 0, n, cbuf, 0);
                Assert.AreEqual(Convert.ToHexString(rtcp), Convert.ToHexString(cbuf, 0, m), $"RTCP packet {i} back");
            }
            tx.Wipe();
            rx.Wipe();
            return all.ToString();
        }

        private static SrtpPolicy[] Policies()
        {
            SrtpPolicy kdr = SrtpPolicy.AesCm128HmacSha1_80();
            kdr.KeyDerivationRate = 16; // new session keys every 16 packets: the KDF runs again mid-stream
            return new[] { SrtpPolicy.AesCm128HmacSha1_80(), SrtpPolicy.AeadAes128Gcm(), kdr };
        }

        [TestMethod]
        public void SrtpContextsDeriveTheirKeysNativelyWithTheManagedPacketsAndRefusalsFallBack()
        {
            var rng = new Random(31);
            foreach (SrtpPolicy policy in Policies())
            {
                byte[] key = Bytes(rng, policy.EncryptionKeyLength), salt = Bytes(rng, policy.SaltKeyLength);
                string managed = Exchange(policy, key, salt, 5);
                Counting c = UseCounting();
                string native = Exchange(policy, key, salt, 5);
                Assert.AreEqual(managed, native, "native KDF and packet path: the managed path's packets");
                // each context: RTP and RTCP salt and encryption key (+ authentication key on AES-CM) for r = 0, and
                // with kdr = 16 the RTP keys again for each later r
                int perDirection = policy.IsAead ? 2 : 3;
                if (policy.KeyDerivationRate == 0) Assert.AreEqual(2 * 2 * perDirection, c.KdfCalls, "KDF calls, two contexts");
                else Assert.IsTrue(c.KdfCalls > 2 * 2 * perDirection, "kdr = 16 re-derives natively");
                Assert.IsTrue(c.KeysInitCalls >= 2, "the RTP keys are expanded for the native packet path");
                c.KdfAnswer = -1; // MN_EENCODING: the managed PRF serves, with the same keys
                Assert.AreEqual(managed, Exchange(policy, key, salt, 5), "a refused KDF falls back to the same keys");
                NativeArithmetic.Use(null);
            }
        }

        [TestMethod]
        public void EccsiSignsTheRfcVectorNativelyAndFallsBackOnRefusal()
        {
            byte[] m = Hex.Decode(EccsiRfc6507Tests.M), j = Hex.Decode(EccsiRfc6507Tests.J);
            foreach (bool precompute in new[] { false, true })
            {
                Counting c = UseCounting();
                var signer = new EccsiSigner(Hex.Decode(EccsiRfc6507Tests.Kpak), Hex.Decode(EccsiRfc6507Tests.Id),
                                             Hex.Decode(EccsiRfc6507Tests.Ssk), Hex.Decode(EccsiRfc6507Tests.Pvt), precompute);
                Assert.AreEqual(EccsiRfc6507Tests.Signature, Convert.ToHexString(signer.SignWith(m, 0, m.Length, j)!), "RFC 6507 Appendix A, native s");
                Assert.AreEqual(1, c.SignCalls);
                c.SignAnswer = -4; // MN_EBUFFER: the managed step serves
                Assert.AreEqual(EccsiRfc6507Tests.Signature, Convert.ToHexString(signer.SignWith(m, 0, m.Length, j)!), "refused: managed s");
                c.SignAnswer = -17; // MN_ECCSI_ERETRY: this j cannot sign
                Assert.IsNull(signer.SignWith(m, 0, m.Length, j), "retry status: another j");
                Assert.AreEqual(3, c.SignCalls);
                // a signature with a hedged j verifies, and took the native step
                c.SignAnswer = 0;
                byte[] sig = signer.Sign(m, new MikeyNano.Tests.Support.CounterRandomSource(9));
                var verifier = new EccsiVerifier(Hex.Decode(EccsiRfc6507Tests.Kpak), false);
                Assert.IsTrue(verifier.IsValid(m, 0, m.Length, sig, 0, Hex.Decode(EccsiRfc6507Tests.Id)), "a native signature verifies");
                Assert.AreEqual(4, c.SignCalls);
                signer.Wipe();
                NativeArithmetic.Use(null);
            }
        }
    }
}
