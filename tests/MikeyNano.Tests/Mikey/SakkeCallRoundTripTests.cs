using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.Errors;
using MikeyNano.Identity;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Sakke;
using MikeyNano.Srtp;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Mikey
{
    /// <summary>
    /// Our initiator's I_MESSAGEs processed by our responder, for both identity profiles (RFC 6509 monthly URIs and
    /// 3GPP UIDs) and several SP policies: both sides derive the same keys, and SRTP contexts built from them on each
    /// side interoperate.
    /// </summary>
    [TestClass]
    public class SakkeCallRoundTripTests
    {
        public const ulong Now = 0xed000000; // an NTP time in 2026
        private const string KmsUri = "kms.example.org";

        public sealed class Community
        {
            public KmsPublicKeys Kms;
            public SakkeKms Sakke;
            public EccsiKms Eccsi;
            public CounterRandomSource Rng;

            /// <summary>The KMS key period of <see cref="Now"/>.</summary>
            public ulong Period { get { return KeyPeriod.Number(Now, Kms.UserKeyPeriod, Kms.UserKeyOffset); } }

            public UserKeyMaterial Issue(string uri, int scheme)
            {
                return IssueAt(uri, scheme, Now);
            }

            /// <summary>The keys of <paramref name="uri"/> for the key period (or month) of NTP time <paramref name="ntp"/>.</summary>
            public UserKeyMaterial IssueAt(string uri, int scheme, ulong ntp)
            {
                byte[] id = IdentityScheme.Identifier(scheme, uri, Kms, ntp);
                byte[] pvt;
                byte[] ssk = Eccsi.Issue(id, Rng, out pvt);
                if (scheme == IdentityScheme.TelUriMonthly) return new UserKeyMaterial(uri, id, Kms, Sakke.IssueRsk(id), ssk, pvt, false);
                return new UserKeyMaterial(uri, id, Kms, KeyPeriod.Number(ntp, Kms.UserKeyPeriod, Kms.UserKeyOffset), Sakke.IssueRsk(id), ssk, pvt, false);
            }
        }

        public static Community NewCommunity(ulong seed)
        {
            Community c = new Community();
            c.Rng = new CounterRandomSource(seed);
            c.Sakke = SakkeKms.Generate(c.Rng);
            c.Eccsi = EccsiKms.Generate(c.Rng);
            c.Kms = new KmsPublicKeys(KmsUri, c.Sakke.PublicKey, c.Eccsi.Kpak, 2592000, 0);
            return c;
        }

        private static void AssertSameSessions(CryptoSession[] a, CryptoSession[] b)
        {
            Assert.AreEqual(a.Length, b.Length);
            for (int i = 0; i < a.Length; i++)
            {
                Assert.AreEqual(a[i].CsId, b[i].CsId);
                Assert.AreEqual(Hex.Encode(a[i].MasterKey), Hex.Encode(b[i].MasterKey));
                Assert.AreEqual(Hex.Encode(a[i].MasterSalt), Hex.Encode(b[i].MasterSalt));
                Assert.AreEqual(a[i].Ssrc, b[i].Ssrc);
            }
        }

        /// <summary>An SRTP packet protected with the initiator's session unprotects with the responder's.</summary>
        private static void AssertSrtpInteroperates(CryptoSession tx, CryptoSession rx)
        {
            SrtpContext sender = SrtpContextFactory.Create(tx);
            SrtpContext receiver = SrtpContextFactory.Create(rx);
            byte[] frame = new byte[160];
            for (int i = 0; i < frame.Length; i++) frame[i] = (byte)(i * 7);
            byte[] packet = new byte[12 + 160 + 32];
            int n = sender.ProtectNextFrame(0, false, 160, frame, 0, frame.Length, packet, 0);
            byte[] plain = new byte[n];
            int m = receiver.UnprotectRtp(packet, 0, n, plain, 0);
            Assert.AreEqual(12 + 160, m);
            for (int i = 0; i < frame.Length; i++) Assert.AreEqual(frame[i], plain[12 + i]);
        }

        [TestMethod]
        public void Rfc6509ProfileWithSrtpIdMapAndThreePolicies()
        {
            Community c = NewCommunity(1);
            UserKeyMaterial alice = c.Issue("tel:+447700900123", IdentityScheme.TelUriMonthly);
            UserKeyMaterial bob = c.Issue("tel:+447700900456", IdentityScheme.TelUriMonthly);
            SrtpPolicy[] policies = new SrtpPolicy[] { SrtpPolicy.AesCm128HmacSha1_80(), SrtpPolicy.AeadAes128Gcm(), SrtpPolicy.AesCm256HmacSha1_32() };
            for (int prf = 0; prf <= 1; prf++)
            {
                CallOffer offer = new CallOffer(bob.Uri, c.Kms);
                offer.IdScheme = IdentityScheme.TelUriMonthly;
                offer.PrfFunc = prf;
                offer.SrtpSessions = new SrtpCsEntry[] { new SrtpCsEntry(0, 0x11111111, 0), new SrtpCsEntry(1, 0x22222222, 7), new SrtpCsEntry(2, 0x33333333, 0) };
                offer.Policies = new SecurityPolicyPayload[policies.Length];
                for (int i = 0; i < policies.Length; i++) offer.Policies[i] = SrtpContextFactory.PayloadOf(i, policies[i]);
                OutgoingCall sent = new SakkeInitiator(alice, c.Rng).CreateIMessage(offer, Now);
                ReceivedCall got = new SakkeResponder(bob, null, new ReplayCache(8, 60)).Process(sent.Message, Now + 2);
                Expect.Hex(Hex.Encode(sent.Ssv), got.Ssv, "SSV");
                Assert.AreEqual("tel:+447700900123", got.InitiatorUri);
                Assert.AreEqual(prf, got.Message.Header.PrfFunc);
                AssertSameSessions(sent.Sessions, got.Sessions);
                Assert.AreEqual(7u, got.Sessions[1].Roc);
                Assert.AreEqual(14, got.Sessions[0].MasterSalt.Length);
                Assert.AreEqual(12, got.Sessions[1].MasterSalt.Length);
                Assert.AreEqual(32, got.Sessions[2].MasterKey.Length);
                for (int i = 0; i < 3; i++) AssertSrtpInteroperates(sent.Sessions[i], got.Sessions[i]);
            }
        }

        [TestMethod]
        public void Ts33180ProfileWithGenericIdMapAndGivenGmk()
        {
            Community c = NewCommunity(2);
            UserKeyMaterial gms = c.Issue("gms@example.org", IdentityScheme.Uid3gpp);
            UserKeyMaterial alice = c.Issue("sip:alice@example.org", IdentityScheme.Uid3gpp);
            CallOffer offer = new CallOffer(alice.Uri, c.Kms);
            offer.IdScheme = IdentityScheme.Uid3gpp;
            offer.Ssv = Hex.Decode("00112233445566778899aabbccddeeff");
            offer.CsbId = 0x06a12aea;
            offer.GenericSessions = new GenericCsEntry[] { new GenericCsEntry(4, 0, false, new byte[] { 0 }, new byte[0], Hex.Decode("0df9bc3906a12aea")) };
            offer.Policies = new SecurityPolicyPayload[] { SrtpContextFactory.PayloadOf(0, SrtpPolicy.AeadAes128Gcm()) };
            OutgoingCall sent = new SakkeInitiator(gms, c.Rng).CreateIMessage(offer, Now);
            MikeyMessage parsed = MikeyMessage.Parse(sent.Message);
            Assert.AreEqual(SakkePayload.SchemeUid, parsed.Sakke.IdScheme);
            Expect.Hex(Hex.Encode(gms.Identifier), parsed.FindIdr(IdrPayload.RoleInitiatorUid).Data, "IDR role 8");
            Expect.Hex(Hex.Encode(alice.Identifier), parsed.FindIdr(IdrPayload.RoleResponderUid).Data, "IDR role 9");

            ReceivedCall got = new SakkeResponder(alice, null, new ReplayCache(8, 60)).Process(sent.Message, Now);
            Expect.Hex("00112233445566778899aabbccddeeff", got.Ssv, "GMK");
            Assert.AreEqual(4, got.Sessions[0].CsId);
            Assert.AreEqual(0x0df9bc39u, got.Sessions[0].KeyIds[0]);
            AssertSameSessions(sent.Sessions, got.Sessions);
            AssertSrtpInteroperates(SessionWithSsrc(sent.Sessions[0]), SessionWithSsrc(got.Sessions[0]));
        }

        private static CryptoSession SessionWithSsrc(CryptoSession s)
        {
            // A GENERIC-ID map names no SSRC: group-call media takes it from the RTP session.
            return new CryptoSession(s.CsId, 0x5eed5eed, 0, s.Policy, s.KeyIds, s.MasterKey, s.MasterSalt);
        }

        [TestMethod]
        public void KeysOfAnotherUserDoNotVerifyOrDecrypt()
        {
            Community c = NewCommunity(3);
            UserKeyMaterial alice = c.Issue("sip:alice@example.org", IdentityScheme.Uid3gpp);
            UserKeyMaterial bob = c.Issue("sip:bob@example.org", IdentityScheme.Uid3gpp);
            UserKeyMaterial carol = c.Issue("sip:carol@example.org", IdentityScheme.Uid3gpp);
            CallOffer offer = new CallOffer(bob.Uri, c.Kms);
            offer.IdScheme = IdentityScheme.Uid3gpp;
            OutgoingCall sent = new SakkeInitiator(alice, c.Rng).CreateIMessage(offer, Now);
            // Carol is not the responder named in IDR role 9.
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate
            {
                new SakkeResponder(carol, null, new ReplayCache(8, 60)).Process(sent.Message, Now);
            });
            Assert.AreEqual((int)MikeyErrorCode.InvalidId, (int)e.ErrorCode);
        }

        [TestMethod]
        public void UserKeysThatDoNotValidateAreRefused()
        {
            Community c = NewCommunity(4);
            byte[] id = IdentityScheme.Identifier(IdentityScheme.Uid3gpp, "sip:dave@example.org", c.Kms, Now);
            byte[] other = IdentityScheme.Identifier(IdentityScheme.Uid3gpp, "sip:eve@example.org", c.Kms, Now);
            byte[] pvt;
            byte[] ssk = c.Eccsi.Issue(id, c.Rng, out pvt);
            // An RSK issued for another identifier fails the pairing check; an SSK for another identifier fails RFC 6507 5.1.2.
            Expect.Throws(typeof(InvalidKeyException), "RSK", delegate { new UserKeyMaterial("sip:dave@example.org", id, c.Kms, c.Period, c.Sakke.IssueRsk(other), ssk, pvt, false); });
            byte[] pvt2;
            byte[] ssk2 = c.Eccsi.Issue(other, c.Rng, out pvt2);
            Expect.Throws(typeof(MikeyNanoException), "SSK", delegate { new UserKeyMaterial("sip:dave@example.org", id, c.Kms, c.Period, c.Sakke.IssueRsk(id), ssk2, pvt2, false); });
        }
    }
}
