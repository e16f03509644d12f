using MikeyNano.Bytes;
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
    /// <summary>MIKEY-ECIES peers that misbehave (profile 3.10, 3.11): each refused with its RFC 3830 error, nothing
    /// recorded and no call returned; the error message that answers it; the initiator's checks of the R_MESSAGE.
    /// Tampering under a valid SIGNi (the message signed again by Alice's key) reaches the checks behind it: the PKE's
    /// point and tag and the KEMAC MAC.</summary>
    [TestClass]
    public class EciesRefusalTests
    {
        // Octets from the end of an I_MESSAGE: SIGN (2 + 64), PKE (1 + 2 + 113), KEMAC's MAC (32) and MAC alg, its 36-octet data.
        private const int SignLength = 66, PkeLength = 116;
        private static int PkeData(byte[] m) { return m.Length - SignLength - 113; }
        private static int KemacMac(byte[] m) { return m.Length - SignLength - PkeLength - 32; }
        private static int KemacData(byte[] m) { return KemacMac(m) - 1 - 36; }

        private static MikeyCall Offer(bool verify) { return EccFixtures.Ecies(EccFixtures.Alice(), 1).Offer(EccFixtures.ToBob(1, verify), ModeFixtures.Now); }
        private static EciesEndpoint Bob() { return EccFixtures.Ecies(EccFixtures.Bob(), 2); }

        [TestMethod]
        public void AResponderWithAnotherStaticKeyCannotOpenThePke()
        {
            // Eve holds Bob's URI but not his key; she knows Alice's: SIGNi verifies, the ECIES tag does not.
            EciesEndpoint eve = EccFixtures.Ecies(EccFixtures.Credentials(EccFixtures.BobUri, EccFixtures.EvePrivate, EccFixtures.AliceUri, EccFixtures.AlicePrivate), 3);
            ModeFixtures.Refused(eve, Offer(false).IMessage, ModeFixtures.Now, MikeyErrorCode.AuthFailure);
        }

        [TestMethod]
        public void AnInitiatorSigningWithAnotherKeyIsAnAuthenticationFailure()
        {
            EccCredentials mallory = EccFixtures.Credentials(EccFixtures.AliceUri, EccFixtures.EvePrivate, EccFixtures.BobUri, EccFixtures.BobPrivate);
            byte[] m = EccFixtures.Ecies(mallory, 4).Offer(EccFixtures.ToBob(1, false), ModeFixtures.Now).IMessage;
            ModeFixtures.Refused(Bob(), m, ModeFixtures.Now, MikeyErrorCode.AuthFailure);
        }

        [TestMethod]
        public void AnUnprovisionedInitiatorOrAnotherResponderIsInvalidId()
        {
            EccCredentials carol = EccFixtures.Credentials("sip:carol@example.org", EccFixtures.EvePrivate, EccFixtures.BobUri, EccFixtures.BobPrivate);
            ModeFixtures.Refused(Bob(), EccFixtures.Ecies(carol, 5).Offer(EccFixtures.ToBob(1, false), ModeFixtures.Now).IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidId);
            EciesEndpoint dave = EccFixtures.Ecies(EccFixtures.Credentials("sip:dave@example.org", EccFixtures.BobPrivate, EccFixtures.AliceUri, EccFixtures.AlicePrivate), 6);
            ModeFixtures.Refused(dave, Offer(false).IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidId);
        }

        [TestMethod]
        public void AnyTamperedOctetBreaksSigni()
        {
            byte[] m = Offer(true).IMessage;
            int[] at = { 3, 6, 45, KemacData(m) + 5, KemacMac(m) + 1, PkeData(m) + 10, PkeData(m) + 70, PkeData(m) + 100, m.Length - 1, m.Length - 40 };
            for (int k = 0; k < at.Length; k++)
                ModeFixtures.Refused(Bob(), EccFixtures.Flipped(m, at[k]), ModeFixtures.Now, MikeyErrorCode.AuthFailure);
        }

        [TestMethod]
        public void UnderAValidSignatureTheKemacMacAndThePkeTagStillRefuse()
        {
            byte[] m = Offer(false).IMessage;
            EccCredentials alice = EccFixtures.Alice();
            ModeFixtures.Refused(Bob(), EccFixtures.TamperedAndResigned(m, KemacData(m) + 5, 1, alice), ModeFixtures.Now, MikeyErrorCode.AuthFailure); // encrypted TGK
            ModeFixtures.Refused(Bob(), EccFixtures.TamperedAndResigned(m, KemacMac(m) + 31, 1, alice), ModeFixtures.Now, MikeyErrorCode.AuthFailure); // MAC
            ModeFixtures.Refused(Bob(), EccFixtures.TamperedAndResigned(m, PkeData(m) + 65, 1, alice), ModeFixtures.Now, MikeyErrorCode.AuthFailure); // C_env
            ModeFixtures.Refused(Bob(), EccFixtures.TamperedAndResigned(m, PkeData(m) + 112, 1, alice), ModeFixtures.Now, MikeyErrorCode.AuthFailure); // tag
            ModeFixtures.Refused(Bob(), EccFixtures.TamperedAndResigned(m, PkeData(m) + 64, 1, alice), ModeFixtures.Now, MikeyErrorCode.InvalidDh); // R off the curve
            ModeFixtures.Refused(Bob(), EccFixtures.TamperedAndResigned(m, PkeData(m), 0x06, alice), ModeFixtures.Now, MikeyErrorCode.InvalidDh); // R "compressed" (0x02)
        }

        [TestMethod]
        public void WrongAlgorithmsDataTypeOrShapeAreRefusedWithTheirCodes()
        {
            byte[] m = Offer(false).IMessage;
            EccCredentials alice = EccFixtures.Alice();
            ModeFixtures.Refused(Bob(), EccFixtures.TamperedAndResigned(m, KemacData(m) - 3, 0x03, alice), ModeFixtures.Now, MikeyErrorCode.InvalidEa); // Encr alg 2
            byte[] psk = ModeFixtures.Psk1(7).Offer(ModeFixtures.ThreeStreams(1, false), ModeFixtures.Now).IMessage;
            ModeFixtures.Refused(Bob(), psk, ModeFixtures.Now, MikeyErrorCode.InvalidDt);
            ModeFixtures.Refused(ModeFixtures.Psk1(8), m, ModeFixtures.Now, MikeyErrorCode.InvalidDt);
            byte[] shortened = Octets.Slice(m, 0, m.Length - 1);
            ModeFixtures.Refused(Bob(), shortened, ModeFixtures.Now, MikeyErrorCode.Unspecified);
        }

        [TestMethod]
        public void AReplayIsDiscardedEvenWithTheSignatureReencoded()
        {
            byte[] m = Offer(false).IMessage;
            EciesEndpoint bob = Bob();
            bob.Answer(m, ModeFixtures.Now);
            MikeyException e = ModeFixtures.Refused(bob, m, ModeFixtures.Now + 5, MikeyErrorCode.InvalidTs);
            Assert.IsTrue(e is MikeyReplayException);
            Assert.IsNull(bob.ErrorReply(m, e, ModeFixtures.Now + 5), "no error message for a replay (profile 3.10)");
            // s -> n - s is a second valid signature of the same data: still the same call (profile 3.10).
            byte[] twin = (byte[])m.Clone();
            byte[] n = Hex.Decode("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
            int borrow = 0;
            for (int k = 31; k >= 0; k--)
            {
                int d = n[k] - m[m.Length - 32 + k] - borrow;
                twin[m.Length - 32 + k] = (byte)d;
                borrow = d < 0 ? 1 : 0;
            }
            e = ModeFixtures.Refused(bob, twin, ModeFixtures.Now + 6, MikeyErrorCode.InvalidTs);
            Assert.IsTrue(e is MikeyReplayException, "the re-encoded signature is a replay");
            EciesEndpoint fresh = Bob();
            Assert.AreEqual(3, fresh.Answer(twin, ModeFixtures.Now).Sessions.Length, "n - s verifies: no low-s rule (profile 3.7)");
        }

        [TestMethod]
        public void AStaleTimestampIsInvalidTsAndAnsweredWithAnErrorMessage()
        {
            MikeyCall offered = EccFixtures.Ecies(EccFixtures.Alice(), 1).Offer(EccFixtures.ToBob(0, true), ModeFixtures.Now - 301);
            EciesEndpoint bob = Bob();
            MikeyException e = ModeFixtures.Refused(bob, offered.IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidTs);
            MikeyMessage err = MikeyMessage.Parse(bob.ErrorReply(offered.IMessage, e, ModeFixtures.Now));
            Assert.AreEqual(MikeyDataType.Error, err.Header.DataType);
            Assert.IsFalse(err.Header.VerificationRequested);
            Assert.AreEqual(offered.Message.Header.CsbId, err.Header.CsbId);
            Assert.AreEqual(1, ((ErrorPayload)err.GetPayload(1)).ErrorNo);
            Assert.AreEqual(2, err.PayloadCount, "T and ERR; no V");
        }

        [TestMethod]
        public void TheInitiatorRefusesATamperedOrMisaddressedRMessage()
        {
            EciesEndpoint alice = EccFixtures.Ecies(EccFixtures.Alice(), 1);
            MikeyCall offered = alice.Offer(EccFixtures.ToBob(1, true), ModeFixtures.Now);
            byte[] r = Bob().Answer(offered.IMessage, ModeFixtures.Now).RMessage;
            ExpectConfirmRefused(alice, offered, EccFixtures.Flipped(r, r.Length - 1), MikeyErrorCode.AuthFailure);   // Ver data
            ExpectConfirmRefused(alice, offered, EccFixtures.Flipped(r, 4), MikeyErrorCode.Unspecified);            // CSB ID
            ExpectConfirmRefused(alice, offered, EccFixtures.Flipped(r, r.Length - 40), MikeyErrorCode.InvalidId);  // IDRr URI
            MikeyCall late = EccFixtures.Ecies(EccFixtures.Alice(), 1).Offer(EccFixtures.ToBob(1, true), ModeFixtures.Now + 1); // same CSB ID, another T
            ExpectConfirmRefused(alice, offered, Bob().Answer(late.IMessage, ModeFixtures.Now + 1).RMessage, MikeyErrorCode.AuthFailure); // V under another T
            byte[] err = Bob().ErrorReply(offered.IMessage, new MikeyException(MikeyErrorCode.InvalidSp, "test"), ModeFixtures.Now);
            ExpectConfirmRefused(alice, offered, err, MikeyErrorCode.InvalidSp);
            ExpectConfirmRefusedAt(alice, offered, r, MikeyErrorCode.InvalidTs, ModeFixtures.Now + 400);
            alice.Confirm(offered, r, ModeFixtures.Now + 1);
            Assert.AreEqual(3, offered.Sessions.Length, "the genuine R_MESSAGE still keys the call");
        }

        private static void ExpectConfirmRefused(EciesEndpoint alice, MikeyCall call, byte[] r, MikeyErrorCode code)
        {
            ExpectConfirmRefusedAt(alice, call, r, code, ModeFixtures.Now);
        }

        private static void ExpectConfirmRefusedAt(EciesEndpoint alice, MikeyCall call, byte[] r, MikeyErrorCode code, ulong now)
        {
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { alice.Confirm(call, r, now); });
            Assert.AreEqual((int)code, (int)e.ErrorCode, e.Message);
            Assert.IsTrue(call.AwaitsConfirmation);
            Assert.IsNull(call.Sessions, "nothing keyed by a refused R_MESSAGE");
        }
    }
}
