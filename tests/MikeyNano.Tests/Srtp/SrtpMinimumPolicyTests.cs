using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Srtp;
using MikeyNano.Tests.Mikey;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Srtp
{
    /// <summary>
    /// The local minimum SRTP policy (issue 11 Low 13): a MIKEY SP payload (RFC 3830 section 6.10) that asks for less
    /// protection than the application's <see cref="SrtpMinimumPolicy"/> gets no SRTP context, and a message that carries
    /// one is refused (Invalid-SP, RFC 3830 error 9); the application can relax it; the real 3GPP policies meet it.
    /// </summary>
    [TestClass]
    public class SrtpMinimumPolicyTests
    {
        private static SecurityPolicyPayload Sp(int[] types, int[] values)
        {
            SecurityPolicyParam[] ps = new SecurityPolicyParam[types.Length];
            for (int i = 0; i < types.Length; i++) ps[i] = new SecurityPolicyParam(types[i], new byte[] { (byte)values[i] });
            return new SecurityPolicyPayload(0, SecurityPolicyPayload.ProtSrtp, ps);
        }

        private static SecurityPolicyPayload NullNull()
        {
            return Sp(new int[] { SecurityPolicyParam.EncryptionAlgorithm, SecurityPolicyParam.AuthenticationAlgorithm }, new int[] { 0, 0 });
        }

        private static CryptoSession Session(SecurityPolicyPayload sp, int saltLength)
        {
            byte[] key = new byte[16], salt = new byte[saltLength];
            for (int i = 0; i < key.Length; i++) key[i] = (byte)(0x10 + i);
            for (int i = 0; i < salt.Length; i++) salt[i] = (byte)(0xA0 + i);
            return new CryptoSession(1, 0x5eed5eed, 0, sp, null, key, salt);
        }

        private static void Refused(SecurityPolicyPayload sp, int saltLength, SrtpMinimumPolicy minimum, string why)
        {
            CryptoSession cs = Session(sp, saltLength);
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), why, delegate
            {
                if (minimum == null) SrtpContextFactory.Create(cs);
                else SrtpContextFactory.Create(cs, cs.Ssrc, cs.Roc, minimum);
            });
            Assert.AreEqual((int)MikeyErrorCode.InvalidSp, (int)e.ErrorCode, e.Message);
        }

        private static void Admitted(SecurityPolicyPayload sp, int saltLength, SrtpMinimumPolicy minimum)
        {
            CryptoSession cs = Session(sp, saltLength);
            SrtpContext c = minimum == null ? SrtpContextFactory.Create(cs) : SrtpContextFactory.Create(cs, cs.Ssrc, cs.Roc, minimum);
            Assert.IsNotNull(c);
        }

        [TestMethod]
        public void NullEncryptionAndNullAuthenticationAreRefusedByDefault()
        {
            Refused(NullNull(), 14, null, "NULL encryption");
            Refused(NullNull(), 14, new SrtpMinimumPolicy(), "NULL encryption");
            SrtpMinimumPolicy encryptionRelaxed = new SrtpMinimumPolicy();
            encryptionRelaxed.AllowNullEncryption = true;
            Refused(NullNull(), 14, encryptionRelaxed, "NULL authentication");
        }

        [TestMethod]
        public void NullNullRunsInTheClearWhenTheApplicationRelaxesThePolicy()
        {
            SrtpMinimumPolicy relaxed = new SrtpMinimumPolicy();
            relaxed.AllowNullEncryption = true;
            relaxed.AllowNullAuthentication = true;
            CryptoSession cs = Session(NullNull(), 14);
            CryptoSession peer = Session(NullNull(), 14); // the receiver's own session (one context per SSRC and session)
            SrtpContext tx = SrtpContextFactory.Create(cs, cs.Ssrc, cs.Roc, relaxed);
            SrtpContext rx = SrtpContextFactory.Create(peer, peer.Ssrc, peer.Roc, relaxed);
            byte[] frame = Ascii.Bytes("voice in the clear");
            byte[] packet = new byte[64];
            int n = tx.ProtectNextFrame(0, false, 160, frame, 0, frame.Length, packet, 0);
            Assert.AreEqual(12 + frame.Length, n, "no tag");
            Assert.AreEqual(Hex.Encode(frame), Hex.Encode(Octets.Slice(packet, 12, frame.Length)), "no encryption");
            byte[] plain = new byte[64];
            Assert.AreEqual(12 + frame.Length, rx.UnprotectRtp(packet, 0, n, plain, 0));
        }

        [TestMethod]
        public void ASecondContextForOneSsrcOfOneSessionIsRefused()
        {
            // Two contexts from one session for one SSRC would both start at SRTCP index 0 with an empty replay window:
            // their first SRTCP packets would be encrypted with the same keystream (RFC 3711 9.1).
            CryptoSession cs = Session(null, 14);
            SrtpContext first = SrtpContextFactory.Create(cs);
            System.Exception e = Expect.Throws(typeof(SrtpException), "already gave a context", delegate { SrtpContextFactory.Create(cs); });
            Assert.AreEqual(SrtpError.SsrcAlreadyKeyed, ((SrtpException)e).Reason);
            Expect.Throws(typeof(SrtpException), delegate { SrtpContextFactory.Create(cs, cs.Ssrc, 0, new SrtpMinimumPolicy()); });
            // other SSRCs of the same session (a group call's members) are other streams
            Assert.IsNotNull(SrtpContextFactory.Create(cs, cs.Ssrc + 1, 0));
            Assert.IsNotNull(SrtpContextFactory.Create(cs, cs.Ssrc + 2, 0));
            Assert.IsNotNull(SrtpContextFactory.Create(cs, cs.Ssrc + 3, 0));
            Expect.Throws(typeof(SrtpException), delegate { SrtpContextFactory.Create(cs, cs.Ssrc + 2, 0); });
            Assert.IsNotNull(first);
        }

        [TestMethod]
        public void EveryWayOfSwitchingProtectionOffIsRefused()
        {
            SrtpMinimumPolicy clear = new SrtpMinimumPolicy();
            clear.AllowNullEncryption = true;
            SrtpMinimumPolicy open = new SrtpMinimumPolicy();
            open.AllowNullAuthentication = true;
            // NULL cipher with HMAC, SRTP or SRTCP encryption off (SP types 0, 7, 8)
            int[][] encryptionOff = { new int[] { 0, 0 }, new int[] { 7, 0 }, new int[] { 8, 0 } };
            string[] encryptionWhy = { "NULL encryption", "SRTP encryption off", "SRTCP encryption off" };
            for (int i = 0; i < encryptionOff.Length; i++)
            {
                SecurityPolicyPayload sp = Sp(new int[] { encryptionOff[i][0] }, new int[] { encryptionOff[i][1] });
                Refused(sp, 14, null, encryptionWhy[i]);
                Admitted(sp, 14, clear);
            }
            // NULL HMAC with AES-CM, SRTP authentication off (SP types 2, 10)
            int[] authOff = { 2, 10 };
            string[] authWhy = { "NULL authentication", "SRTP authentication off" };
            for (int i = 0; i < authOff.Length; i++)
            {
                SecurityPolicyPayload sp = Sp(new int[] { authOff[i] }, new int[] { 0 });
                Refused(sp, 14, null, authWhy[i]);
                Admitted(sp, 14, open);
            }
            // AES-GCM authenticates whatever the HMAC parameters say (the 3GPP SP carries auth algorithm 4)
            Admitted(Sp(new int[] { 0, 2, 10 }, new int[] { 6, 0, 0 }), 12, null);
        }

        [TestMethod]
        public void KeyAndTagLengthsBelowTheMinimumAreRefused()
        {
            // the defaults: AES-128, 20-octet HMAC keys, 4-octet HMAC tags, 16-octet GCM tags
            Admitted(Sp(new int[] { 11 }, new int[] { 4 }), 14, null);
            Refused(Sp(new int[] { 3 }, new int[] { 10 }), 14, null, "10-octet HMAC keys (at least 20)");
            Refused(Sp(new int[] { 0, 20 }, new int[] { 6, 8 }), 12, null, "8-octet AES-GCM tags (at least 16)");
            Refused(Sp(new int[] { 0, 20 }, new int[] { 6, 12 }), 12, null, "12-octet AES-GCM tags");
            Admitted(Sp(new int[] { 0, 20 }, new int[] { 6, 16 }), 12, null);
            // an application that asks for more
            SrtpMinimumPolicy strict = new SrtpMinimumPolicy();
            strict.MinimumKeyLength = 32;
            strict.MinimumAuthTagLength = 10;
            Refused(Sp(new int[] { 1 }, new int[] { 16 }), 14, strict, "16-octet keys (at least 32)");
            Refused(null, 14, strict, "the RFC 3830 default policy asks for 16-octet keys");
            Refused(Sp(new int[] { 1, 11 }, new int[] { 32, 4 }), 14, strict, "4-octet HMAC tags (at least 10)");
            CryptoSession aes256 = new CryptoSession(1, 1, 0, Sp(new int[] { 1 }, new int[] { 32 }), null, new byte[32], new byte[14]);
            Assert.AreEqual(32, SrtpContextFactory.Create(aes256, 1, 0, strict).Policy.EncryptionKeyLength);
        }

        [TestMethod]
        public void TheRealThreeGppPoliciesMeetTheDefault()
        {
            string[] vectors = { Ts33180Vectors.GmkHex, Ts33180Vectors.CskHex, Ts33180Vectors.PckHex, Ts33180Vectors.LegacyGmkHex };
            for (int i = 0; i < vectors.Length; i++)
            {
                MikeyMessage m = MikeyMessage.Parse(Hex.Decode(vectors[i]));
                new SrtpMinimumPolicy().CheckMessage(m);
                SrtpPolicy p = SrtpContextFactory.PolicyOf(m.FindPolicy(0));
                Assert.IsTrue(p.IsAead);
                Assert.AreEqual(16, p.AeadTagLength);
                Admitted(m.FindPolicy(0), 12, null);
            }
        }

        [TestMethod]
        public void AMessageIsCheckedForEverySpAndForTheDefaultsASessionFallsBackTo()
        {
            MikeyMessage m = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.Sakke, false, 1, 1,
                new SrtpCsEntry[] { new SrtpCsEntry(0, 1, 0), new SrtpCsEntry(3, 2, 0) }));
            m.Add(SrtpContextFactory.PayloadOf(0, SrtpPolicy.AesCm128HmacSha1_80()));
            new SrtpMinimumPolicy().CheckMessage(m); // policy 3 is absent: the RFC 3830 defaults, AES-128 HMAC-80
            SrtpMinimumPolicy strict = new SrtpMinimumPolicy();
            strict.MinimumKeyLength = 32;
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), "SP policy 0 asks for 16-octet keys", delegate { strict.CheckMessage(m); });
            Assert.AreEqual((int)MikeyErrorCode.InvalidSp, (int)e.ErrorCode);

            MikeyMessage nullNull = MikeyMessage.Parse(Encoded(NullNull()));
            e = (MikeyException)Expect.Throws(typeof(MikeyException), "NULL encryption", delegate { new SrtpMinimumPolicy().CheckMessage(nullNull); });
            Assert.AreEqual((int)MikeyErrorCode.InvalidSp, (int)e.ErrorCode);
            MikeyMessage notSrtp = MikeyMessage.Parse(Encoded(new SecurityPolicyPayload(0, 1, new SecurityPolicyParam[0])));
            e = (MikeyException)Expect.Throws(typeof(MikeyException), "protocol type 1 is not SRTP", delegate { new SrtpMinimumPolicy().CheckMessage(notSrtp); });
            Assert.AreEqual((int)MikeyErrorCode.InvalidSp, (int)e.ErrorCode);
            MikeyMessage f8 = MikeyMessage.Parse(Encoded(Sp(new int[] { 0 }, new int[] { 2 })));
            e = (MikeyException)Expect.Throws(typeof(MikeyException), "encryption algorithm 2", delegate { new SrtpMinimumPolicy().CheckMessage(f8); });
            Assert.AreEqual((int)MikeyErrorCode.InvalidSpPar, (int)e.ErrorCode);
        }

        private static byte[] Encoded(SecurityPolicyPayload sp)
        {
            MikeyMessage m = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.Sakke, false, 1, 1,
                new SrtpCsEntry[] { new SrtpCsEntry(0, 1, 0) }));
            m.Add(sp);
            return m.Encode();
        }
    }
}
