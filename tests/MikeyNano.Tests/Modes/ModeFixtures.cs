using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Srtp;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Modes
{
    /// <summary>What the PSK and NULL endpoint tests share: a clock, a pre-shared key, requests with SP policies and
    /// several crypto sessions, and the check that two calls hold the same keys.</summary>
    public static class ModeFixtures
    {
        public const ulong Now = 0xed000000; // an NTP time in 2026
        /// <summary>A 34-octet pre-shared key (two PRF chunks, RFC 3830 section 4.1.2), new on each use.</summary>
        public static byte[] Psk { get { return MikeyNano.Bytes.Hex.Decode("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021"); } }

        public static ReplayCache NewReplayCache() { return new ReplayCache(16, 300); }

        public static PskEndpoint Psk1(ulong seed) { return new PskEndpoint(Psk, "sip:bob@example.org", new CounterRandomSource(seed), NewReplayCache()); }

        /// <summary>Three SRTP streams under two policies: 1 = AES_CM_128_HMAC_SHA1_80, 2 = AES_256_CM_HMAC_SHA1_32.</summary>
        public static CallRequest ThreeStreams(int prfFunc, bool verify)
        {
            CallRequest r = new CallRequest(new SrtpCsEntry[]
            {
                new SrtpCsEntry(1, 0x11111111, 0), new SrtpCsEntry(2, 0x22222222, 7), new SrtpCsEntry(1, 0x33333333, 0x10000),
            });
            SrtpPolicy aes256 = SrtpPolicy.AesCm128HmacSha1_80();
            aes256.EncryptionKeyLength = 32;
            aes256.AuthTagLength = 4;
            r.Policies = new SecurityPolicyPayload[]
            {
                SrtpContextFactory.PayloadOf(1, SrtpPolicy.AesCm128HmacSha1_80()), SrtpContextFactory.PayloadOf(2, aes256),
            };
            r.PrfFunc = prfFunc;
            r.VerificationRequested = verify;
            return r;
        }

        /// <summary>Asserts that <paramref name="responder"/> refuses <paramref name="message"/> with <paramref name="code"/>
        /// and records nothing in its replay cache (no call is returned, so nothing is derived for the caller).</summary>
        public static MikeyException Refused(MikeyEndpoint responder, byte[] message, ulong now, MikeyErrorCode code)
        {
            int before = responder.Replay.Count;
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { responder.Answer(message, now); });
            Assert.AreEqual((int)code, (int)e.ErrorCode, e.Message);
            Assert.AreEqual(before, responder.Replay.Count, "a refused message is not recorded");
            return e;
        }

        /// <summary>Both calls are keyed with the same crypto sessions: cs_id, SSRC, ROC, key and salt, and SRTP
        /// contexts built from them interoperate (one protects, the other unprotects).</summary>
        public static void AssertSameKeys(MikeyCall a, MikeyCall b)
        {
            Assert.IsNotNull(a.Sessions);
            Assert.IsNotNull(b.Sessions);
            Assert.AreEqual(a.Sessions.Length, b.Sessions.Length);
            for (int i = 0; i < a.Sessions.Length; i++)
            {
                CryptoSession x = a.Sessions[i], y = b.Sessions[i];
                Assert.AreEqual(i + 1, x.CsId);
                Assert.AreEqual(x.CsId, y.CsId);
                Assert.AreEqual(x.Ssrc, y.Ssrc);
                Assert.AreEqual(x.Roc, y.Roc);
                Expect.Hex(MikeyNano.Bytes.Hex.Encode(x.MasterKey), y.MasterKey, "master key " + i);
                Expect.Hex(MikeyNano.Bytes.Hex.Encode(x.MasterSalt), y.MasterSalt, "master salt " + i);
                SrtpContext send = SrtpContextFactory.Create(x), receive = SrtpContextFactory.Create(y);
                byte[] rtp = MikeyNano.Bytes.Hex.Decode("80000001000000010000000000000000cafebabe");
                MikeyNano.Bytes.BigEndian.WriteUInt32(rtp, 8, x.Ssrc);
                byte[] buf = new byte[rtp.Length + send.RtpOverhead];
                int n = send.ProtectRtp(rtp, 0, rtp.Length, buf, 0);
                byte[] back = new byte[n];
                int m = receive.UnprotectRtp(buf, 0, n, back, 0);
                Assert.AreEqual(rtp.Length, m, "RTP length through session " + i);
                Expect.Hex(MikeyNano.Bytes.Hex.Encode(rtp), MikeyNano.Bytes.Octets.Slice(back, 0, m), "RTP through session " + i);
            }
        }
    }
}
