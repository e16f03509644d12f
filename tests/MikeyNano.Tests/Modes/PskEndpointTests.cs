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
    /// <summary>MIKEY-PSK (RFC 3830 section 3.1, profile section 7) between our initiator and our responder: whole calls
    /// with SP policies and three crypto sessions under PRF func 0 and 1, with and without the verification message,
    /// and the keys against the MIKEY PRF vectors (../shared/vectors/mikey-prf-and-key-derivation.txt).</summary>
    [TestClass]
    public class PskEndpointTests
    {
        private static void WholeCall(int prf, bool verify)
        {
            PskEndpoint alice = ModeFixtures.Psk1(1), bob = ModeFixtures.Psk1(2);
            MikeyCall offered = alice.Offer(ModeFixtures.ThreeStreams(prf, verify), ModeFixtures.Now);
            Assert.AreEqual(verify, offered.AwaitsConfirmation);
            KemacPayload kemac = offered.Message.Kemac;
            Assert.AreEqual(KemacPayload.EncrAesCm128, kemac.EncrAlg);
            Assert.AreEqual(prf == 0 ? KemacPayload.MacHmacSha1 : KemacPayload.MacHmacSha256, kemac.MacAlg);
            Assert.AreEqual(prf == 0 ? 20 : 32, kemac.Mac.Length);
            Assert.AreEqual(36, kemac.EncrData.Length, "one TGK sub-payload: 4 + 32 octets");

            MikeyCall answered = bob.Answer(offered.IMessage, ModeFixtures.Now + 2);
            Assert.IsFalse(answered.IsInitiator);
            Assert.AreEqual(3, answered.Sessions.Length);
            Assert.AreEqual(32, answered.Sessions[1].MasterKey.Length, "policy 2 asks for AES-256");
            Assert.AreEqual(16, answered.Sessions[2].MasterKey.Length);
            Assert.AreEqual(0x10000u, answered.Sessions[2].Roc);
            if (!verify)
            {
                Assert.IsNull(answered.RMessage);
                ModeFixtures.AssertSameKeys(offered, answered);
                return;
            }
            Assert.IsNull(offered.Sessions, "not keyed before the R_MESSAGE verified");
            MikeyMessage r = MikeyMessage.Parse(answered.RMessage);
            Assert.AreEqual(MikeyDataType.PskVerification, r.Header.DataType);
            Assert.AreEqual(offered.Message.Header.CsbId, r.Header.CsbId);
            Assert.IsFalse(r.Header.VerificationRequested);
            Assert.AreEqual(MikeyPayloadType.V, r.GetPayload(r.PayloadCount - 1).PayloadType);
            alice.Confirm(offered, answered.RMessage, ModeFixtures.Now + 3);
            Assert.IsFalse(offered.AwaitsConfirmation);
            ModeFixtures.AssertSameKeys(offered, answered);
            offered.Wipe();
            Assert.AreEqual("00000000000000000000000000000000", Hex.Encode(offered.Sessions[0].MasterKey), "Wipe zeroes the keys");
        }

        [TestMethod] public void WholeCallPrf0WithVerification() { WholeCall(0, true); }
        [TestMethod] public void WholeCallPrf1WithVerification() { WholeCall(1, true); }
        [TestMethod] public void WholeCallPrf0WithoutVerification() { WholeCall(0, false); }
        [TestMethod] public void WholeCallPrf1WithoutVerification() { WholeCall(1, false); }

        /// <summary>The vectors' TGK, CSB ID and RAND (mikey-prf-and-key-derivation.txt): crypto session 4 of a PSK call
        /// gets the vectors' cs_id 4 TEK and salt (the 14-octet salt starts with the 12-octet vector: the PRF output
        /// is truncated).</summary>
        [TestMethod] public void SessionFourHasTheVectorKeysPrf0() { SessionFourHasTheVectorKeys(0, "D25CE897FB774A44B01DE5347DA74AC9", "1576EF5EA016026BCCCEF2AD"); }
        [TestMethod] public void SessionFourHasTheVectorKeysPrf1() { SessionFourHasTheVectorKeys(1, "6EDBFF7EEADFDC76A8AA673C3C2C4FE7", "1725869B80F370CC9F24E13B"); }

        private static void SessionFourHasTheVectorKeys(int prf, string tek, string salt12)
        {
            byte[] rand = Hex.Decode("4339F62F55AAC86348846A482C893802");
            PskEndpoint alice = new PskEndpoint(ModeFixtures.Psk, null, new RepeatingRandomSource(rand), ModeFixtures.NewReplayCache());
            CallRequest req = new CallRequest(new SrtpCsEntry[] { new SrtpCsEntry(0, 1, 0), new SrtpCsEntry(0, 2, 0), new SrtpCsEntry(0, 3, 0), new SrtpCsEntry(0, 4, 0) });
            req.PrfFunc = prf;
            req.CsbId = 0x05A85C16;
            req.Key = Hex.Decode("A27B7D578EEB9B1EE7705E385996D300");
            MikeyCall offered = alice.Offer(req, ModeFixtures.Now);
            Expect.Hex("4339F62F55AAC86348846A482C893802", offered.Message.Rand.Rand, "RAND");
            MikeyCall answered = ModeFixtures.Psk1(5).Answer(offered.IMessage, ModeFixtures.Now);
            Expect.Hex(tek, answered.Sessions[3].MasterKey, "session 4 master key");
            Expect.Hex(salt12, Octets.Slice(answered.Sessions[3].MasterSalt, 0, 12), "session 4 master salt");
            ModeFixtures.AssertSameKeys(offered, answered);
        }

        [TestMethod]
        public void IdentitiesAreCarriedAndIdrrComesBack()
        {
            CallRequest req = ModeFixtures.ThreeStreams(1, true);
            req.InitiatorUri = "sip:alice@example.org";
            req.ResponderUri = "sip:bob@example.org";
            PskEndpoint alice = ModeFixtures.Psk1(1);
            MikeyCall offered = alice.Offer(req, ModeFixtures.Now);
            MikeyCall answered = ModeFixtures.Psk1(2).Answer(offered.IMessage, ModeFixtures.Now);
            MikeyMessage r = MikeyMessage.Parse(answered.RMessage);
            Assert.AreEqual("sip:bob@example.org", Utf8.Decode(r.FindIdr(IdrPayload.RoleResponder).Data));
            alice.Confirm(offered, answered.RMessage, ModeFixtures.Now);
            ModeFixtures.AssertSameKeys(offered, answered);
        }
    }
}
