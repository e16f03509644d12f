using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Srtp;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Modes
{
    /// <summary>MIKEY-PSK peers that misbehave: each refused with its RFC 3830 error (section 6.12), nothing recorded in
    /// the replay cache and no call returned; the error message (data type 6) that answers it; the initiator's checks
    /// of the R_MESSAGE.</summary>
    [TestClass]
    public class PskRefusalTests
    {
        private static MikeyCall Offer(bool verify)
        {
            return ModeFixtures.Psk1(1).Offer(ModeFixtures.ThreeStreams(1, verify), ModeFixtures.Now);
        }

        private static byte[] Flipped(byte[] m, int at)
        {
            byte[] r = (byte[])m.Clone();
            r[at] ^= 0x01;
            return r;
        }

        [TestMethod]
        public void AWrongPreSharedKeyIsAnAuthenticationFailure()
        {
            byte[] other = (byte[])ModeFixtures.Psk.Clone();
            other[0] ^= 0x80;
            PskEndpoint eve = new PskEndpoint(other, null, new CounterRandomSource(9), ModeFixtures.NewReplayCache());
            ModeFixtures.Refused(eve, Offer(false).IMessage, ModeFixtures.Now, MikeyErrorCode.AuthFailure);
        }

        [TestMethod]
        public void TamperedKemacDataMacOrTimestampIsAnAuthenticationFailure()
        {
            byte[] m = Offer(false).IMessage;
            ModeFixtures.Refused(ModeFixtures.Psk1(2), Flipped(m, m.Length - 40), ModeFixtures.Now, MikeyErrorCode.AuthFailure); // encrypted TGK
            ModeFixtures.Refused(ModeFixtures.Psk1(2), Flipped(m, m.Length - 1), ModeFixtures.Now, MikeyErrorCode.AuthFailure);  // MAC
            ModeFixtures.Refused(ModeFixtures.Psk1(2), Flipped(m, 37 + 2 + 7), ModeFixtures.Now, MikeyErrorCode.AuthFailure);    // T fraction
            ModeFixtures.Refused(ModeFixtures.Psk1(2), Flipped(m, 4), ModeFixtures.Now, MikeyErrorCode.AuthFailure);             // CSB ID
        }

        [TestMethod]
        public void AReplayIsRefusedAndAnsweredWithNothing()
        {
            byte[] m = Offer(false).IMessage;
            PskEndpoint bob = ModeFixtures.Psk1(2);
            bob.Answer(m, ModeFixtures.Now);
            Assert.AreEqual(1, bob.Replay.Count);
            MikeyException e = ModeFixtures.Refused(bob, m, ModeFixtures.Now + 5, MikeyErrorCode.InvalidTs);
            Assert.IsTrue(e is MikeyReplayException);
            Assert.IsNull(bob.ErrorReply(m, e, ModeFixtures.Now + 5), "no error message for a replay (profile 3.10)");
        }

        [TestMethod]
        public void AStaleTimestampIsInvalidTsAndAnsweredWithAnErrorMessage()
        {
            MikeyCall offered = ModeFixtures.Psk1(1).Offer(ModeFixtures.ThreeStreams(0, true), ModeFixtures.Now - 301);
            PskEndpoint bob = ModeFixtures.Psk1(2);
            MikeyException e = ModeFixtures.Refused(bob, offered.IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidTs);
            MikeyMessage err = MikeyMessage.Parse(bob.ErrorReply(offered.IMessage, e, ModeFixtures.Now));
            Assert.AreEqual(MikeyDataType.Error, err.Header.DataType);
            Assert.IsFalse(err.Header.VerificationRequested);
            Assert.AreEqual(0, err.Header.PrfFunc);
            Assert.AreEqual(offered.Message.Header.CsbId, err.Header.CsbId);
            Assert.AreEqual(3, err.Header.SrtpEntries.Length);
            Assert.AreEqual(0x22222222u, err.Header.SrtpEntries[1].Ssrc);
            Assert.AreEqual(2, err.PayloadCount);
            Assert.AreEqual((ulong)ModeFixtures.Now << 32, err.Timestamp.Value);
            Assert.AreEqual(1, ((ErrorPayload)err.GetPayload(1)).ErrorNo);
        }

        [TestMethod]
        public void UnprotectedKemacsAreRefusedByAlgorithm()
        {
            MikeyCall nullOffer = new NullEndpoint(new CounterRandomSource(3), ModeFixtures.NewReplayCache()).Offer(new CallRequest(new SrtpCsEntry[] { new SrtpCsEntry(0, 9, 0) }), ModeFixtures.Now);
            ModeFixtures.Refused(ModeFixtures.Psk1(2), nullOffer.IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidEa);
            MikeyMessage m = MikeyMessage.Parse(Offer(false).IMessage);
            MikeyMessage unmaced = new MikeyMessage(m.Header);
            for (int i = 0; i < m.PayloadCount - 1; i++) unmaced.Add(m.GetPayload(i));
            unmaced.Add(new KemacPayload(KemacPayload.EncrAesCm128, m.Kemac.EncrData, KemacPayload.MacNull, null));
            ModeFixtures.Refused(ModeFixtures.Psk1(2), unmaced.Encode(), ModeFixtures.Now, MikeyErrorCode.InvalidMac);
        }

        [TestMethod]
        public void AnotherDataTypeOrResponderIsRefused()
        {
            byte[] m = Offer(false).IMessage;
            byte[] pk = (byte[])m.Clone();
            pk[1] = MikeyDataType.PublicKey;
            ModeFixtures.Refused(ModeFixtures.Psk1(2), pk, ModeFixtures.Now, MikeyErrorCode.InvalidDt);
            CallRequest toCarol = ModeFixtures.ThreeStreams(1, false);
            toCarol.ResponderUri = "sip:carol@example.org";
            ModeFixtures.Refused(ModeFixtures.Psk1(2), ModeFixtures.Psk1(1).Offer(toCarol, ModeFixtures.Now).IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidId);
        }

        [TestMethod]
        public void APolicyBelowTheMinimumIsRefusedAfterTheMac()
        {
            PskEndpoint lax = ModeFixtures.Psk1(1);
            lax.SrtpMinimum = new SrtpMinimumPolicy();
            lax.SrtpMinimum.AllowNullEncryption = true;
            CallRequest req = ModeFixtures.ThreeStreams(1, false);
            SrtpPolicy clear = SrtpPolicy.AesCm128HmacSha1_80();
            clear.SrtpEncryption = false;
            req.Policies[1] = SrtpContextFactory.PayloadOf(2, clear);
            byte[] m = lax.Offer(req, ModeFixtures.Now).IMessage;
            ModeFixtures.Refused(ModeFixtures.Psk1(2), m, ModeFixtures.Now, MikeyErrorCode.InvalidSp);
            ModeFixtures.Refused(ModeFixtures.Psk1(2), Flipped(m, m.Length - 1), ModeFixtures.Now, MikeyErrorCode.AuthFailure);
        }

        [TestMethod]
        public void ARequestNamingAMissingPolicyIsRefusedBeforeAnyKeyIsDrawn()
        {
            CallRequest req = ModeFixtures.ThreeStreams(1, false);
            req.Sessions[2] = new SrtpCsEntry(3, 0x33333333, 0);
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { ModeFixtures.Psk1(1).Offer(req, ModeFixtures.Now); });
            Assert.AreEqual((int)MikeyErrorCode.InvalidSp, (int)e.ErrorCode);
        }

        [TestMethod]
        public void TheInitiatorRefusesATamperedForeignOrStaleRMessage()
        {
            PskEndpoint alice = ModeFixtures.Psk1(1);
            MikeyCall offered = alice.Offer(ModeFixtures.ThreeStreams(0, true), ModeFixtures.Now);
            byte[] r = ModeFixtures.Psk1(2).Answer(offered.IMessage, ModeFixtures.Now).RMessage;
            ConfirmRefused(alice, offered, Flipped(r, r.Length - 1), ModeFixtures.Now, MikeyErrorCode.AuthFailure);  // Ver data
            ConfirmRefused(alice, offered, Flipped(r, r.Length - 21), ModeFixtures.Now, MikeyErrorCode.Unspecified); // Auth alg 1 -> 0: 20 octets left over
            ConfirmRefused(alice, offered, Flipped(r, 5), ModeFixtures.Now, MikeyErrorCode.Unspecified);              // CSB ID
            ConfirmRefused(alice, offered, r, ModeFixtures.Now + 400, MikeyErrorCode.InvalidTs);
            MikeyCall other = alice.Offer(ModeFixtures.ThreeStreams(0, true), ModeFixtures.Now);
            byte[] otherR = ModeFixtures.Psk1(3).Answer(other.IMessage, ModeFixtures.Now).RMessage;
            ConfirmRefused(alice, offered, otherR, ModeFixtures.Now, MikeyErrorCode.Unspecified);                    // another call's
            byte[] err = ModeFixtures.Psk1(4).ErrorReply(offered.IMessage, new MikeyException(MikeyErrorCode.InvalidSpPar, "x"), ModeFixtures.Now);
            ConfirmRefused(alice, offered, err, ModeFixtures.Now, MikeyErrorCode.InvalidSpPar);
            alice.Confirm(offered, r, ModeFixtures.Now); // the genuine one still confirms
            Assert.IsNotNull(offered.Sessions);
        }

        private static void ConfirmRefused(PskEndpoint alice, MikeyCall call, byte[] r, ulong now, MikeyErrorCode code)
        {
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { alice.Confirm(call, r, now); });
            Assert.AreEqual((int)code, (int)e.ErrorCode, e.Message);
            Assert.IsTrue(call.AwaitsConfirmation);
            Assert.IsNull(call.Sessions);
        }
    }
}
