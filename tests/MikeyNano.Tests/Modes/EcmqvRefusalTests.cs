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
    /// <summary>MIKEY-ECMQV peers that misbehave, each refused with its RFC 3830 error (profile sections 3.10, 3.11)
    /// and nothing derived: the responder returns no call and records nothing; the initiator's call stays unkeyed
    /// (Sessions null) and a genuine R_MESSAGE still confirms it. Layout used for tampering: the I_MESSAGE ends with
    /// DHi (next | group | 65-octet point | Reserv/KV); the R_MESSAGE ends with DHr, DHi (68 octets each) and V
    /// (next | Auth alg | 32 octets).</summary>
    [TestClass]
    public class EcmqvRefusalTests
    {
        private const int VLength = 34, DhLength = 68;

        private static MikeyCall Offer(EcmqvEndpoint alice) { return alice.Offer(EcmqvFixtures.ToBob(1), ModeFixtures.Now); }

        [TestMethod]
        public void AnImpostorHoldingAnotherStaticKeyIsRefusedByV()
        {
            // Mallory answers as Bob with her own static key: she can answer, but her TGK is not Alice's.
            EcmqvEndpoint alice = EcmqvFixtures.Alice(1);
            MikeyCall offered = Offer(alice);
            EcmqvEndpoint mallory = EcmqvFixtures.Endpoint(EcmqvFixtures.MalloryKeyHex, EcmqvFixtures.BobUri, 2);
            ConfirmRefused(alice, offered, mallory.Answer(offered.IMessage, ModeFixtures.Now).RMessage, MikeyErrorCode.AuthFailure);
            // Mallory offers as Alice: Bob answers (ECMQV authenticates implicitly), and she cannot confirm it.
            EcmqvEndpoint fakeAlice = EcmqvFixtures.Endpoint(EcmqvFixtures.MalloryKeyHex, EcmqvFixtures.AliceUri, 3);
            MikeyCall forged = Offer(fakeAlice);
            byte[] r = EcmqvFixtures.Bob(4).Answer(forged.IMessage, ModeFixtures.Now).RMessage;
            ConfirmRefused(fakeAlice, forged, r, MikeyErrorCode.AuthFailure);
            // The genuine exchange still works.
            alice.Confirm(offered, EcmqvFixtures.Bob(5).Answer(offered.IMessage, ModeFixtures.Now).RMessage, ModeFixtures.Now);
            Assert.IsNotNull(offered.Sessions);
        }

        [TestMethod]
        public void TamperedRMessagesAreRefusedAndTheGenuineOneStillConfirms()
        {
            EcmqvEndpoint alice = EcmqvFixtures.Alice(6);
            MikeyCall offered = Offer(alice);
            byte[] r = EcmqvFixtures.Bob(7).Answer(offered.IMessage, ModeFixtures.Now).RMessage;
            int v = r.Length - VLength, dhi = v - DhLength, dhr = dhi - DhLength;
            ConfirmRefused(alice, offered, EcmqvFixtures.Flipped(r, r.Length - 1, 1), MikeyErrorCode.AuthFailure);     // Ver data
            ConfirmRefused(alice, offered, EcmqvFixtures.Flipped(r, v + 1, 3), MikeyErrorCode.Unspecified);            // Auth alg 2 -> 1: 12 octets left over
            ConfirmRefused(alice, offered, EcmqvFixtures.Flipped(r, dhr + 40, 1), MikeyErrorCode.InvalidDh);          // DHr off the curve
            ConfirmRefused(alice, offered, EcmqvFixtures.WithPoint(r, dhr + 2, EcmqvFixtures.Key(EcmqvFixtures.MalloryKeyHex).PublicKey), MikeyErrorCode.AuthFailure); // another valid DHr
            ConfirmRefused(alice, offered, EcmqvFixtures.Flipped(r, dhr + 1, 1), MikeyErrorCode.InvalidDh);           // DHr group 241
            ConfirmRefused(alice, offered, EcmqvFixtures.Flipped(r, dhi + 40, 1), MikeyErrorCode.Unspecified);        // DHi not copied
            ConfirmRefused(alice, offered, EcmqvFixtures.Flipped(r, dhr + 67, 0x10), MikeyErrorCode.Unspecified);     // DHr Reserv bits
            ConfirmRefused(alice, offered, EcmqvFixtures.Flipped(r, 5, 1), MikeyErrorCode.Unspecified);               // CSB ID
            ConfirmRefused(alice, offered, EcmqvFixtures.Flipped(r, 37 + 2 + 7, 1), MikeyErrorCode.AuthFailure);      // T fraction (in the window)
            ConfirmRefused(alice, offered, EcmqvFixtures.Flipped(r, 1, 1), MikeyErrorCode.InvalidDt);                 // data type 242
            alice.Confirm(offered, r, ModeFixtures.Now);
            Assert.IsNotNull(offered.Sessions);
        }

        [TestMethod]
        public void AStaleForeignOrErrorRMessageIsRefused()
        {
            EcmqvEndpoint alice = EcmqvFixtures.Alice(8);
            MikeyCall offered = Offer(alice);
            EcmqvEndpoint bob = EcmqvFixtures.Bob(9);
            EcmqvEndpoint slowBob = new EcmqvEndpoint(EcmqvFixtures.Key(EcmqvFixtures.BobKeyHex), EcmqvFixtures.BobUri, null, EcmqvFixtures.Directory(),
                new CounterRandomSource(9), new MikeyNano.Mikey.Replay.ReplayCache(16, 1000)); // its clock is 400 s ahead
            byte[] late = slowBob.Answer(offered.IMessage, ModeFixtures.Now + 400).RMessage;
            ConfirmRefused(alice, offered, late, MikeyErrorCode.InvalidTs);
            MikeyCall other = Offer(alice);
            ConfirmRefused(alice, offered, EcmqvFixtures.Bob(10).Answer(other.IMessage, ModeFixtures.Now).RMessage, MikeyErrorCode.Unspecified);
            byte[] err = bob.ErrorReply(offered.IMessage, new MikeyException(MikeyErrorCode.InvalidCert, "x"), ModeFixtures.Now);
            ConfirmRefused(alice, offered, err, MikeyErrorCode.InvalidCert);
        }

        [TestMethod]
        public void TheResponderRefusesTamperedDhWithInvalidDh()
        {
            byte[] m = Offer(EcmqvFixtures.Alice(11)).IMessage;
            int point = m.Length - 66;
            ModeFixtures.Refused(EcmqvFixtures.Bob(12), EcmqvFixtures.Flipped(m, point + 10, 1), ModeFixtures.Now, MikeyErrorCode.InvalidDh);     // off the curve
            ModeFixtures.Refused(EcmqvFixtures.Bob(12), EcmqvFixtures.Flipped(m, point, 4 ^ 2), ModeFixtures.Now, MikeyErrorCode.InvalidDh);     // prefix 02
            ModeFixtures.Refused(EcmqvFixtures.Bob(12), EcmqvFixtures.Flipped(m, point - 1, 1), ModeFixtures.Now, MikeyErrorCode.InvalidDh);     // group 241
            ModeFixtures.Refused(EcmqvFixtures.Bob(12), EcmqvFixtures.Flipped(m, point - 1, 0xF0 ^ 0x05), ModeFixtures.Now, MikeyErrorCode.InvalidDh); // group 5: unknown
            ModeFixtures.Refused(EcmqvFixtures.Bob(12), EcmqvFixtures.Flipped(m, m.Length - 1, 1), ModeFixtures.Now, MikeyErrorCode.Unspecified); // KV 1 without its data
        }

        [TestMethod]
        public void AReplayIsDiscardedSilentlyAndAStaleOneIsAnsweredWithError1()
        {
            byte[] m = Offer(EcmqvFixtures.Alice(13)).IMessage;
            EcmqvEndpoint bob = EcmqvFixtures.Bob(14);
            bob.Answer(m, ModeFixtures.Now);
            MikeyException e = ModeFixtures.Refused(bob, m, ModeFixtures.Now + 5, MikeyErrorCode.InvalidTs);
            Assert.IsTrue(e is MikeyReplayException);
            Assert.IsNull(bob.ErrorReply(m, e, ModeFixtures.Now + 5));
            byte[] stale = EcmqvFixtures.Alice(15).Offer(EcmqvFixtures.ToBob(0), ModeFixtures.Now - 301).IMessage;
            MikeyException old = ModeFixtures.Refused(EcmqvFixtures.Bob(16), stale, ModeFixtures.Now, MikeyErrorCode.InvalidTs);
            MikeyMessage err = MikeyMessage.Parse(bob.ErrorReply(stale, old, ModeFixtures.Now));
            Assert.AreEqual(MikeyDataType.Error, err.Header.DataType);
            Assert.AreEqual(1, ((ErrorPayload)err.GetPayload(1)).ErrorNo);
            Assert.AreEqual(MikeyNano.Bytes.BigEndian.ReadUInt32(stale, 4), err.Header.CsbId);
        }

        [TestMethod]
        public void UnknownOrWrongIdentitiesAreInvalidId()
        {
            EcmqvEndpoint carol = EcmqvFixtures.Endpoint(EcmqvFixtures.MalloryKeyHex, "sip:carol@example.org", 17);
            CallRequest req = EcmqvFixtures.ToBob(1);
            ModeFixtures.Refused(EcmqvFixtures.Bob(18), carol.Offer(req, ModeFixtures.Now).IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidId); // IDRi unknown
            req.ResponderUri = EcmqvFixtures.AliceUri;
            ModeFixtures.Refused(EcmqvFixtures.Bob(18), EcmqvFixtures.Bob(19).Offer(req, ModeFixtures.Now).IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidId); // IDRr not Bob
            req.ResponderUri = "sip:dave@example.org";
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { EcmqvFixtures.Alice(20).Offer(req, ModeFixtures.Now); });
            Assert.AreEqual((int)MikeyErrorCode.InvalidId, (int)e.ErrorCode);
        }

        [TestMethod]
        public void DataTypePrfAndCertificateRefusals()
        {
            byte[] m = Offer(EcmqvFixtures.Alice(21)).IMessage;
            ModeFixtures.Refused(EcmqvFixtures.Bob(22), EcmqvFixtures.Flipped(m, 1, 242 ^ 240), ModeFixtures.Now, MikeyErrorCode.InvalidDt); // ECIES' data type
            ModeFixtures.Refused(EcmqvFixtures.Bob(22), EcmqvFixtures.Flipped(m, 3, 0x03), ModeFixtures.Now, MikeyErrorCode.InvalidPrf);     // PRF func 2
            // A CERT payload the responder cannot accept: garbage DER, and an X.509 URL (cert type 1).
            MikeyMessage parsed = MikeyMessage.Parse(m);
            ModeFixtures.Refused(EcmqvFixtures.Bob(22), WithCert(parsed, 0, new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 }), ModeFixtures.Now, MikeyErrorCode.InvalidCert);
            ModeFixtures.Refused(EcmqvFixtures.Bob(22), WithCert(parsed, 1, new byte[] { 0x68, 0x74 }), ModeFixtures.Now, MikeyErrorCode.InvalidCert);
        }

        /// <summary>The I_MESSAGE with a CERT payload after IDRi.</summary>
        private static byte[] WithCert(MikeyMessage m, int type, byte[] der)
        {
            MikeyMessage r = new MikeyMessage(m.Header);
            for (int i = 0; i < m.PayloadCount; i++)
            {
                r.Add(m.GetPayload(i));
                IdrPayload idr = m.GetPayload(i) as IdrPayload;
                if (idr != null && idr.Role == IdrPayload.RoleInitiator) r.Add(new CertPayload(type, der));
            }
            return r.Encode();
        }

        private static void ConfirmRefused(EcmqvEndpoint alice, MikeyCall call, byte[] r, MikeyErrorCode code)
        {
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { alice.Confirm(call, r, ModeFixtures.Now); });
            Assert.AreEqual((int)code, (int)e.ErrorCode, e.Message);
            Assert.IsTrue(call.AwaitsConfirmation);
            Assert.IsNull(call.Sessions);
            Assert.IsNotNull(call.PendingEphemeralKey);
        }
    }
}
