using MikeyNano.Bytes;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Tests.Sakke;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Mikey
{
    /// <summary>
    /// Issue 11 Medium 3: every identity an I_MESSAGE names is bound to the key that signed it. A provisioned user signs
    /// correctly under its own identifier but names someone else; the signature verifies, so only the binding refuses:
    /// with the 3GPP scheme an IDRi URI must yield the signing UID (TS 33.180 F.2.1, for the key period of T under the
    /// initiator's KMS), with RFC 6509's an IDR role 8 must hold the date||URI the signature is checked under; the
    /// responder named by IDRr, IDR role 9 and IDRkmsr must be us. The messages are the real Streamwide CSK message
    /// (Alice to the GMS, 3GPP scheme) and our own RFC 6509 calls, rewritten and re-signed by the real initiator.
    /// </summary>
    [TestClass]
    public class SakkeResponderBindingTests
    {
        private const ulong MessageTime = 0xec898da8;
        private const string Chief = "sip:chief@streamwide.com";

        /// <summary><paramref name="message"/> with the IDR of <paramref name="role"/> set to <paramref name="data"/>
        /// (replaced, or inserted after the last IDR), signed again by <paramref name="signer"/>.</summary>
        public static byte[] WithIdr(byte[] message, int role, byte[] data, UserKeyMaterial signer, IRandomSource rng)
        {
            MikeyMessage m = MikeyMessage.Parse(message);
            MikeyMessage r = new MikeyMessage(m.Header);
            int lastIdr = -1;
            for (int i = 0; i < m.PayloadCount; i++)
                if (m.GetPayload(i).PayloadType == MikeyPayloadType.Idr) lastIdr = i;
            IdrPayload idr = new IdrPayload(role, IdPayload.Uri, data);
            bool placed = false;
            for (int i = 0; i < m.PayloadCount; i++)
            {
                MikeyPayload p = m.GetPayload(i);
                if (p.PayloadType == MikeyPayloadType.Idr && ((IdrPayload)p).Role == role)
                {
                    r.Add(idr);
                    placed = true;
                    continue;
                }
                r.Add(p);
                if (i == lastIdr && !placed && m.FindIdr(role) == null)
                {
                    r.Add(idr);
                    placed = true;
                }
            }
            return Resigned.By(r, signer, rng);
        }

        /// <summary><paramref name="message"/> with a second IDR of <paramref name="role"/>, holding
        /// <paramref name="data"/>, right after the first, signed again by <paramref name="signer"/>.</summary>
        public static byte[] WithSecondIdr(byte[] message, int role, byte[] data, UserKeyMaterial signer, IRandomSource rng)
        {
            MikeyMessage m = MikeyMessage.Parse(message);
            MikeyMessage r = new MikeyMessage(m.Header);
            bool placed = false;
            for (int i = 0; i < m.PayloadCount; i++)
            {
                MikeyPayload p = m.GetPayload(i);
                r.Add(p);
                if (!placed && p.PayloadType == MikeyPayloadType.Idr && ((IdrPayload)p).Role == role)
                {
                    r.Add(new IdrPayload(role, IdPayload.Uri, data));
                    placed = true;
                }
            }
            Assert.IsTrue(placed, "the message has an IDR of role " + role);
            return Resigned.By(r, signer, rng);
        }

        private static byte[] CskWithIdr(int role, string uri)
        {
            return WithIdr(Hex.Decode(Ts33180Vectors.CskHex), role, Utf8.Encode(uri), SakkeResponderVectorTests.Alice(), new CounterRandomSource(33));
        }

        private static ReceivedCall GmsReceives(byte[] message)
        {
            return new SakkeResponder(SakkeResponderVectorTests.Gms(), null, new ReplayCache(16, 300)).Process(message, MessageTime);
        }

        private static void Refused(byte[] message, MikeyErrorCode code, string fragment)
        {
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), fragment, delegate { GmsReceives(message); });
            Assert.AreEqual((int)code, (int)e.ErrorCode, e.Message);
        }

        [TestMethod]
        public void AliceClaimingAnotherUriUnderTheUidSchemeIsRefused()
        {
            Refused(CskWithIdr(IdrPayload.RoleInitiator, Chief), MikeyErrorCode.AuthFailure, "'" + Chief + "'");
        }

        [TestMethod]
        public void AliceNamingHerOwnUriIsAcceptedAndReported()
        {
            ReceivedCall call = GmsReceives(CskWithIdr(IdrPayload.RoleInitiator, StreamwideVectors.AliceUri));
            Assert.AreEqual(StreamwideVectors.AliceUri, call.InitiatorUri);
            Expect.Hex(StreamwideVectors.AliceUid, call.InitiatorIdentifier, "the UID it verified under");
            Expect.Hex(StreamwideVectors.Test2CskKey, call.Ssv, "CSK");
        }

        [TestMethod]
        public void AnotherResponderUriOrKmsIsInvalidId()
        {
            // IDR role 9 names the GMS's UID, but IDRr (role 2) or IDRkmsr (role 7) names another user or KMS.
            Refused(CskWithIdr(IdrPayload.RoleResponder, "sip:bob@streamwide.com"), MikeyErrorCode.InvalidId, "sip:bob@streamwide.com");
            Refused(CskWithIdr(IdrPayload.RoleResponderKms, "kms.other.example"), MikeyErrorCode.InvalidId, "kms.other.example");
            // Controls: the same rewrites naming the GMS and its KMS are accepted.
            Expect.Hex(StreamwideVectors.Test2CskKey, GmsReceives(CskWithIdr(IdrPayload.RoleResponder, StreamwideVectors.GmsUri)).Ssv, "CSK");
            Expect.Hex(StreamwideVectors.Test2CskKey, GmsReceives(CskWithIdr(IdrPayload.RoleResponderKms, StreamwideVectors.KmsUri)).Ssv, "CSK");
        }

        [TestMethod]
        public void ASecondIdrOfABoundRoleIsInvalidId()
        {
            // Alice names herself in the first IDRi (which binds to her UID) and the chief in a second one, which a
            // responder that reads only the first would let the application see as the caller.
            byte[] aliceThenChief = WithSecondIdr(CskWithIdr(IdrPayload.RoleInitiator, StreamwideVectors.AliceUri),
                IdrPayload.RoleInitiator, Utf8.Encode(Chief), SakkeResponderVectorTests.Alice(), new CounterRandomSource(34));
            Refused(aliceThenChief, MikeyErrorCode.InvalidId, "two IDR payloads of role 1");
            // every role the responder binds: the UIDs (8, 9), the responder's URI (2), the KMSs (6, 7); each second
            // copy repeats the first exactly, so only the count refuses it
            MikeyMessage csk = MikeyMessage.Parse(Hex.Decode(Ts33180Vectors.CskHex));
            int[] roles = new int[] { IdrPayload.RoleInitiatorUid, IdrPayload.RoleResponderUid };
            for (int i = 0; i < roles.Length; i++)
            {
                byte[] twice = WithSecondIdr(Hex.Decode(Ts33180Vectors.CskHex), roles[i], csk.FindIdr(roles[i]).Data,
                    SakkeResponderVectorTests.Alice(), new CounterRandomSource(35));
                Refused(twice, MikeyErrorCode.InvalidId, "two IDR payloads of role " + roles[i]);
            }
            byte[] idrr = CskWithIdr(IdrPayload.RoleResponder, StreamwideVectors.GmsUri);
            Refused(WithSecondIdr(idrr, IdrPayload.RoleResponder, Utf8.Encode(StreamwideVectors.GmsUri), SakkeResponderVectorTests.Alice(),
                new CounterRandomSource(36)), MikeyErrorCode.InvalidId, "two IDR payloads of role 2");
            byte[] kmsr = CskWithIdr(IdrPayload.RoleResponderKms, StreamwideVectors.KmsUri);
            Refused(WithSecondIdr(kmsr, IdrPayload.RoleResponderKms, Utf8.Encode(StreamwideVectors.KmsUri), SakkeResponderVectorTests.Alice(),
                new CounterRandomSource(37)), MikeyErrorCode.InvalidId, "two IDR payloads of role 7");
            byte[] kmsi = CskWithIdr(IdrPayload.RoleInitiatorKms, StreamwideVectors.KmsUri);
            Refused(WithSecondIdr(kmsi, IdrPayload.RoleInitiatorKms, Utf8.Encode(StreamwideVectors.KmsUri), SakkeResponderVectorTests.Alice(),
                new CounterRandomSource(38)), MikeyErrorCode.InvalidId, "two IDR payloads of role 6");
            // Control: one of each is accepted (AliceNamingHerOwnUriIsAcceptedAndReported).
            Expect.Hex(StreamwideVectors.Test2CskKey, GmsReceives(kmsi).Ssv, "CSK");
        }

        [TestMethod]
        public void UnderRfc6509AnInitiatorIdentifierMustBeTheDateAndIdriUri()
        {
            SakkeCallRoundTripTests.Community c = SakkeCallRoundTripTests.NewCommunity(11);
            UserKeyMaterial alice = c.Issue("tel:+447700900123", IdentityScheme.TelUriMonthly);
            UserKeyMaterial bob = c.Issue("tel:+447700900456", IdentityScheme.TelUriMonthly);
            CallOffer offer = new CallOffer(bob.Uri, c.Kms);
            byte[] sent = new SakkeInitiator(alice, c.Rng).CreateIMessage(offer, SakkeCallRoundTripTests.Now).Message;
            ulong now = SakkeCallRoundTripTests.Now;

            byte[] chief = IdentityScheme.Identifier(IdentityScheme.TelUriMonthly, "tel:+447700900999", c.Kms, now);
            byte[] lastMonth = IdentityScheme.Identifier(IdentityScheme.TelUriMonthly, alice.Uri, c.Kms, now - 40 * 86400);
            byte[][] wrong = new byte[][] { chief, lastMonth };
            for (int i = 0; i < wrong.Length; i++)
            {
                byte[] m = WithIdr(sent, IdrPayload.RoleInitiatorUid, wrong[i], alice, c.Rng);
                MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate
                {
                    new SakkeResponder(bob, null, new ReplayCache(8, 60)).Process(m, now);
                });
                Assert.AreEqual((int)MikeyErrorCode.AuthFailure, (int)e.ErrorCode, e.Message);
            }
            // Control: IDR role 8 holding Alice's identifier for the month of T is consistent and accepted.
            byte[] ok = WithIdr(sent, IdrPayload.RoleInitiatorUid, alice.Identifier, alice, c.Rng);
            ReceivedCall got = new SakkeResponder(bob, null, new ReplayCache(8, 60)).Process(ok, now);
            Expect.Hex(Hex.Encode(alice.Identifier), got.InitiatorIdentifier, "identifier");
        }
    }
}
