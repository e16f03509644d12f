using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Identity;
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
    /// Issue 11 Deliver 2: key material carries its KMS and key period, and is used in no other. The identifier must be
    /// the one the KMS derives for the URI, the KMS and the period (TS 33.180 F.2.1 UID for KeyPeriodNo; RFC 6509
    /// "YYYY-MM" 00 URI 00); the initiator signs only at a T in that period, and the responder refuses a message whose
    /// T lies outside it, even one correctly signed and encapsulated to it. Expected periods are computed apart from
    /// the library: Streamwide's KeyPeriodNo 236 times its UserKeyPeriod 16777215, and the NTP seconds of
    /// 2025-12-01 and 2026-01-01 (Python datetime).
    /// </summary>
    [TestClass]
    public class UserKeyPeriodTests
    {
        private const ulong Now = SakkeCallRoundTripTests.Now; // 2025-12-31 20:03:12 UTC
        private const ulong December2025 = 3973536000;
        private const ulong January2026 = 3976214400;

        private static UserKeyMaterial Alice(ulong keyPeriod)
        {
            return new UserKeyMaterial(StreamwideVectors.AliceUri, Hex.Decode(StreamwideVectors.AliceUid), SakkeResponderVectorTests.Kms(), keyPeriod,
                Hex.Decode(StreamwideVectors.AliceRsk), Hex.Decode(StreamwideVectors.AliceSsk), Hex.Decode(StreamwideVectors.AlicePvt), false);
        }

        [TestMethod]
        public void AUidIsBoundToItsUriKmsAndKeyPeriod()
        {
            UserKeyMaterial alice = Alice(StreamwideVectors.KeyPeriodNo);
            Assert.AreEqual(IdentityScheme.Uid3gpp, alice.IdScheme);
            Assert.AreEqual(3959422740ul, alice.ValidFrom);  // 236 * 16777215
            Assert.AreEqual(3976199955ul, alice.ValidUntil); // 237 * 16777215
            Expect.Throws(typeof(InvalidKeyException), "key period 235", delegate { Alice(235); });
            Expect.Throws(typeof(InvalidKeyException), "needs its key period number", delegate
            {
                new UserKeyMaterial(StreamwideVectors.AliceUri, Hex.Decode(StreamwideVectors.AliceUid), SakkeResponderVectorTests.Kms(),
                    Hex.Decode(StreamwideVectors.AliceRsk), Hex.Decode(StreamwideVectors.AliceSsk), Hex.Decode(StreamwideVectors.AlicePvt), false);
            });
            Expect.Throws(typeof(InvalidKeyException), "not the UID of 'sip:chief@streamwide.com'", delegate
            {
                new UserKeyMaterial("sip:chief@streamwide.com", Hex.Decode(StreamwideVectors.AliceUid), SakkeResponderVectorTests.Kms(),
                    StreamwideVectors.KeyPeriodNo, Hex.Decode(StreamwideVectors.AliceRsk), Hex.Decode(StreamwideVectors.AliceSsk),
                    Hex.Decode(StreamwideVectors.AlicePvt), false);
            });
            KmsPublicKeys other = new KmsPublicKeys("kms.other.example", Hex.Decode(StreamwideVectors.PubEncKey),
                Hex.Decode(StreamwideVectors.PubAuthKey), StreamwideVectors.UserKeyPeriod, StreamwideVectors.UserKeyOffset);
            Expect.Throws(typeof(InvalidKeyException), "under KMS kms.other.example", delegate
            {
                new UserKeyMaterial(StreamwideVectors.AliceUri, Hex.Decode(StreamwideVectors.AliceUid), other, StreamwideVectors.KeyPeriodNo,
                    Hex.Decode(StreamwideVectors.AliceRsk), Hex.Decode(StreamwideVectors.AliceSsk), Hex.Decode(StreamwideVectors.AlicePvt), false);
            });
        }

        [TestMethod]
        public void Rfc6509KeysAreValidInTheMonthTheyName()
        {
            SakkeCallRoundTripTests.Community c = SakkeCallRoundTripTests.NewCommunity(21);
            UserKeyMaterial alice = c.IssueAt("tel:+447700900123", IdentityScheme.TelUriMonthly, Now);
            Assert.AreEqual(IdentityScheme.TelUriMonthly, alice.IdScheme);
            Assert.AreEqual(December2025, alice.ValidFrom);
            Assert.AreEqual(January2026, alice.ValidUntil);
            byte[] id = Rfc6509Identifier.Create(2025, 12, "tel:+447700900123");
            Expect.Throws(typeof(InvalidKeyException), "is not RFC 6509", delegate
            {
                new UserKeyMaterial("tel:+447700900999", id, c.Kms, c.Sakke.IssueRsk(id), new byte[32], new byte[65], false);
            });
        }

        [TestMethod]
        public void TheInitiatorSignsOnlyInItsKeyPeriodAndScheme()
        {
            SakkeCallRoundTripTests.Community c = SakkeCallRoundTripTests.NewCommunity(22);
            UserKeyMaterial alice = c.IssueAt("tel:+447700900123", IdentityScheme.TelUriMonthly, Now);
            UserKeyMaterial bob = c.IssueAt("tel:+447700900456", IdentityScheme.TelUriMonthly, Now);
            SakkeInitiator initiator = new SakkeInitiator(alice, c.Rng);
            CallOffer offer = new CallOffer(bob.Uri, c.Kms);
            Assert.AreEqual(January2026 - 1, (ulong)MikeyMessage.Parse(initiator.CreateIMessage(offer, January2026 - 1).Message).Timestamp.Seconds);
            Expect.Throws(typeof(InvalidKeyException), "not " + January2026, delegate { initiator.CreateIMessage(offer, January2026); });
            Expect.Throws(typeof(InvalidKeyException), "not " + (December2025 - 1), delegate { initiator.CreateIMessage(offer, December2025 - 1); });
            offer.IdScheme = IdentityScheme.Uid3gpp;
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), "scheme 1", delegate { initiator.CreateIMessage(offer, Now); });
            Assert.AreEqual((int)MikeyErrorCode.InvalidId, (int)e.ErrorCode);
        }

        [TestMethod]
        public void TheResponderRefusesAMessageWhoseTIsOutsideItsKeyPeriod()
        {
            // A UID-scheme call Alice -> Bob, both with keys for the key period of Now, signed and encapsulated
            // correctly; then its T moved into the next key period and signed again by Alice. Every identity in it
            // still matches Bob's keys, but those keys are not for that T.
            SakkeCallRoundTripTests.Community c = SakkeCallRoundTripTests.NewCommunity(23);
            UserKeyMaterial alice = c.IssueAt("sip:alice@example.org", IdentityScheme.Uid3gpp, Now);
            UserKeyMaterial bob = c.IssueAt("sip:bob@example.org", IdentityScheme.Uid3gpp, Now);
            CallOffer offer = new CallOffer(bob.Uri, c.Kms);
            offer.IdScheme = IdentityScheme.Uid3gpp;
            OutgoingCall call = new SakkeInitiator(alice, c.Rng).CreateIMessage(offer, Now);
            Expect.Hex(Hex.Encode(call.Ssv), new SakkeResponder(bob, null, new ReplayCache(8, 60)).Process(call.Message, Now).Ssv, "control");

            ulong later = bob.ValidUntil + 10;
            byte[] moved = WithTimestamp(call.Message, later, alice, c);
            SakkeResponder responder = new SakkeResponder(bob, null, new ReplayCache(8, 60));
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), "key period", delegate { responder.Process(moved, later); });
            Assert.AreEqual((int)MikeyErrorCode.InvalidTs, (int)e.ErrorCode, e.Message);
            Assert.AreEqual(0, responder.SignatureVerifications, "refused before any verification");
        }

        private static byte[] WithTimestamp(byte[] message, ulong ntpSeconds, UserKeyMaterial signer, SakkeCallRoundTripTests.Community c)
        {
            MikeyMessage m = MikeyMessage.Parse(message);
            MikeyMessage r = new MikeyMessage(m.Header);
            for (int i = 0; i < m.PayloadCount; i++)
            {
                MikeyPayload p = m.GetPayload(i);
                r.Add(p.PayloadType == MikeyPayloadType.T ? new TimestampPayload(TimestampPayload.NtpUtc, ntpSeconds << 32) : p);
            }
            return Resigned.By(r, signer, c.Rng);
        }
    }
}
