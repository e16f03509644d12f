using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Modes
{
    /// <summary>DH-SIGN peers that misbehave (profile 3.10, 3.11, 6): each refused with its RFC 3830 error, nothing
    /// recorded and no call returned (responder) or nothing keyed (initiator); tampering under a signature made again
    /// with the sender's key reaches the DH checks behind it.</summary>
    [TestClass]
    public class DhSignRefusalTests
    {
        // From the end of a message: SIGN (2 + 64); before it the DH payload(s), each next(1) group(1) value(65) KV(1).
        private const int SignLength = 66, DhLength = 68;
        private static int LastDh(byte[] m) { return m.Length - SignLength - DhLength; }

        private static MikeyCall Offer() { return EccFixtures.DhSign(EccFixtures.Alice(), 1).Offer(EccFixtures.ToBob(1, false), ModeFixtures.Now); }
        private static DhSignEndpoint Bob() { return EccFixtures.DhSign(EccFixtures.Bob(), 2); }

        [TestMethod]
        public void ASignatureByAnotherKeyIsAnAuthenticationFailure()
        {
            EccCredentials mallory = EccFixtures.Credentials(EccFixtures.AliceUri, EccFixtures.EvePrivate, EccFixtures.BobUri, EccFixtures.BobPrivate);
            ModeFixtures.Refused(Bob(), EccFixtures.DhSign(mallory, 3).Offer(EccFixtures.ToBob(1, false), ModeFixtures.Now).IMessage, ModeFixtures.Now, MikeyErrorCode.AuthFailure);
        }

        [TestMethod]
        public void UnknownPeersAndOtherResponderssAreInvalidId()
        {
            EccCredentials carol = EccFixtures.Credentials("sip:carol@example.org", EccFixtures.EvePrivate, EccFixtures.BobUri, EccFixtures.BobPrivate);
            ModeFixtures.Refused(Bob(), EccFixtures.DhSign(carol, 4).Offer(EccFixtures.ToBob(1, false), ModeFixtures.Now).IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidId);
            DhSignEndpoint dave = EccFixtures.DhSign(EccFixtures.Credentials("sip:dave@example.org", EccFixtures.BobPrivate, EccFixtures.AliceUri, EccFixtures.AlicePrivate), 5);
            ModeFixtures.Refused(dave, Offer().IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidId);
        }

        [TestMethod]
        public void TamperedDhOrSignatureIsAnAuthenticationFailure()
        {
            byte[] m = Offer().IMessage;
            int[] at = { 6, 45, LastDh(m) + 10, LastDh(m) + 60, m.Length - 1, m.Length - 33 };
            for (int k = 0; k < at.Length; k++) ModeFixtures.Refused(Bob(), EccFixtures.Flipped(m, at[k]), ModeFixtures.Now, MikeyErrorCode.AuthFailure);
        }

        [TestMethod]
        public void UnderAValidSignatureABadPointGroupOrKvIsRefused()
        {
            byte[] m = Offer().IMessage;
            EccCredentials alice = EccFixtures.Alice();
            int dh = LastDh(m);
            ModeFixtures.Refused(Bob(), EccFixtures.TamperedAndResigned(m, dh + 2 + 64, 1, alice), ModeFixtures.Now, MikeyErrorCode.InvalidDh);  // off the curve
            ModeFixtures.Refused(Bob(), EccFixtures.TamperedAndResigned(m, dh + 2, 0x06, alice), ModeFixtures.Now, MikeyErrorCode.InvalidDh);     // 0x02 "compressed"
            ModeFixtures.Refused(Bob(), EccFixtures.TamperedAndResigned(m, dh + 1, 0x01, alice), ModeFixtures.Now, MikeyErrorCode.InvalidDh);     // group 240 (ECMQV's)
            ModeFixtures.Refused(Bob(), EccFixtures.TamperedAndResigned(m, dh + 67, 0x10, alice), ModeFixtures.Now, MikeyErrorCode.Unspecified); // Reserv != 0
        }

        [TestMethod]
        public void AReplayIsDiscardedAndAStaleTimestampAnsweredWithAnErrorMessage()
        {
            byte[] m = Offer().IMessage;
            DhSignEndpoint bob = Bob();
            bob.Answer(m, ModeFixtures.Now);
            MikeyException e = ModeFixtures.Refused(bob, m, ModeFixtures.Now + 5, MikeyErrorCode.InvalidTs);
            Assert.IsTrue(e is MikeyReplayException);
            Assert.IsNull(bob.ErrorReply(m, e, ModeFixtures.Now + 5));
            MikeyCall stale = EccFixtures.DhSign(EccFixtures.Alice(), 1).Offer(EccFixtures.ToBob(0, false), ModeFixtures.Now - 301);
            e = ModeFixtures.Refused(Bob(), stale.IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidTs);
            MikeyMessage err = MikeyMessage.Parse(Bob().ErrorReply(stale.IMessage, e, ModeFixtures.Now));
            Assert.AreEqual(MikeyDataType.Error, err.Header.DataType);
            Assert.AreEqual(stale.Message.Header.CsbId, err.Header.CsbId);
            Assert.AreEqual(1, ((ErrorPayload)err.GetPayload(1)).ErrorNo);
        }

        [TestMethod]
        public void TheInitiatorRefusesABadRMessageAndStaysUnkeyed()
        {
            DhSignEndpoint alice = EccFixtures.DhSign(EccFixtures.Alice(), 1);
            MikeyCall offered = alice.Offer(EccFixtures.ToBob(1, false), ModeFixtures.Now);
            byte[] r = Bob().Answer(offered.IMessage, ModeFixtures.Now).RMessage;
            EccCredentials bobKeys = EccFixtures.Bob();
            int dhr = r.Length - SignLength - 2 * DhLength;
            ExpectConfirmRefused(alice, offered, EccFixtures.Flipped(r, r.Length - 1), MikeyErrorCode.AuthFailure, ModeFixtures.Now);        // SIGNr
            ExpectConfirmRefused(alice, offered, EccFixtures.Flipped(r, dhr + 20), MikeyErrorCode.AuthFailure, ModeFixtures.Now);            // DHr
            ExpectConfirmRefused(alice, offered, EccFixtures.TamperedAndResigned(r, dhr + 2 + 64, 1, bobKeys), MikeyErrorCode.InvalidDh, ModeFixtures.Now); // DHr off the curve
            ExpectConfirmRefused(alice, offered, EccFixtures.TamperedAndResigned(r, dhr + DhLength + 30, 1, bobKeys), MikeyErrorCode.Unspecified, ModeFixtures.Now); // DHi not ours
            ExpectConfirmRefused(alice, offered, EccFixtures.Flipped(r, 4), MikeyErrorCode.Unspecified, ModeFixtures.Now);                   // CSB ID
            ExpectConfirmRefused(alice, offered, r, MikeyErrorCode.InvalidTs, ModeFixtures.Now + 400);
            EccCredentials eve = EccFixtures.Credentials(EccFixtures.BobUri, EccFixtures.EvePrivate, EccFixtures.AliceUri, EccFixtures.AlicePrivate);
            ExpectConfirmRefused(alice, offered, EccFixtures.DhSign(eve, 6).Answer(offered.IMessage, ModeFixtures.Now).RMessage, MikeyErrorCode.AuthFailure, ModeFixtures.Now);
            byte[] err = Bob().ErrorReply(offered.IMessage, new MikeyException(MikeyErrorCode.InvalidSp, "test"), ModeFixtures.Now);
            ExpectConfirmRefused(alice, offered, err, MikeyErrorCode.InvalidSp, ModeFixtures.Now);
            alice.Confirm(offered, r, ModeFixtures.Now + 1);
            Assert.AreEqual(3, offered.Sessions.Length, "the genuine R_MESSAGE still keys the call");
        }

        private static void ExpectConfirmRefused(DhSignEndpoint alice, MikeyCall call, byte[] r, MikeyErrorCode code, ulong now)
        {
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { alice.Confirm(call, r, now); });
            Assert.AreEqual((int)code, (int)e.ErrorCode, e.Message);
            Assert.IsTrue(call.AwaitsConfirmation);
            Assert.IsNull(call.Sessions, "nothing keyed by a refused R_MESSAGE");
            Assert.IsNotNull(call.PendingEphemeralKey, "the ephemeral key waits for a genuine R_MESSAGE");
        }
    }
}
