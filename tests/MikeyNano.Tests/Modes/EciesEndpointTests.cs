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
    /// <summary>MIKEY-ECIES (profile section 4) between our initiator and our responder: whole calls with SP policies and
    /// three crypto sessions under PRF func 0 and 1, with and without the R_MESSAGE, and the message layout.</summary>
    [TestClass]
    public class EciesEndpointTests
    {
        private static void WholeCall(int prf, bool verify)
        {
            EciesEndpoint alice = EccFixtures.Ecies(EccFixtures.Alice(), 1), bob = EccFixtures.Ecies(EccFixtures.Bob(), 2);
            MikeyCall offered = alice.Offer(EccFixtures.ToBob(prf, verify), ModeFixtures.Now);
            MikeyMessage i = offered.Message;
            Assert.AreEqual(EccProfile.EciesInit, i.Header.DataType);
            Assert.AreEqual(verify, i.Header.VerificationRequested);
            Assert.AreEqual(prf, i.Header.PrfFunc);
            int[] order = { MikeyPayloadType.T, MikeyPayloadType.Rand, MikeyPayloadType.Idr, MikeyPayloadType.Idr, MikeyPayloadType.Sp,
                MikeyPayloadType.Sp, MikeyPayloadType.Kemac, MikeyPayloadType.Pke, MikeyPayloadType.Sign };
            Assert.AreEqual(order.Length, i.PayloadCount);
            for (int k = 0; k < order.Length; k++) Assert.AreEqual(order[k], i.GetPayload(k).PayloadType, "payload " + k);
            Assert.AreEqual(KemacPayload.MacHmacSha256, i.Kemac.MacAlg, "ECIES MACs with HMAC-SHA-256 whatever the PRF");
            Assert.AreEqual(36, i.Kemac.EncrData.Length, "one TGK sub-payload: 4 + 32 octets");
            PkePayload pke = (PkePayload)i.Find(MikeyPayloadType.Pke);
            Assert.AreEqual(0, pke.Cache);
            Assert.AreEqual(0x71, pke.Data.Length, "R(65) || C(32) || tag(16)");
            Assert.AreEqual(4, (int)pke.Data[0], "R uncompressed");
            Assert.AreEqual(EccProfile.SignEcdsaP256, i.Signature.SType);
            Assert.AreEqual(64, i.Signature.Signature.Length);
            Assert.AreEqual(verify, offered.AwaitsConfirmation);

            MikeyCall answered = bob.Answer(offered.IMessage, ModeFixtures.Now + 2);
            Assert.AreEqual(3, answered.Sessions.Length);
            Assert.AreEqual(32, answered.Sessions[1].MasterKey.Length, "policy 2 asks for AES-256");
            Assert.AreEqual(1, bob.Replay.Count);
            if (!verify)
            {
                Assert.IsNull(answered.RMessage);
                ModeFixtures.AssertSameKeys(offered, answered);
                return;
            }
            Assert.IsNull(offered.Sessions, "not keyed before the R_MESSAGE verified");
            MikeyMessage r = MikeyMessage.Parse(answered.RMessage);
            Assert.AreEqual(EccProfile.EciesResponse, r.Header.DataType);
            Assert.IsFalse(r.Header.VerificationRequested);
            Assert.AreEqual(prf, r.Header.PrfFunc);
            Assert.AreEqual(3, r.PayloadCount, "T, IDRr, V");
            Assert.AreEqual(EccFixtures.BobUri, Utf8.Decode(r.FindIdr(IdrPayload.RoleResponder).Data));
            VerificationPayload v = (VerificationPayload)r.GetPayload(2);
            Assert.AreEqual(KemacPayload.MacHmacSha256, v.AuthAlg);
            alice.Confirm(offered, answered.RMessage, ModeFixtures.Now + 3);
            Assert.IsFalse(offered.AwaitsConfirmation);
            ModeFixtures.AssertSameKeys(offered, answered);
            offered.Wipe();
            Assert.AreEqual("00000000000000000000000000000000", Hex.Encode(offered.Sessions[0].MasterKey), "Wipe zeroes the keys");
        }

        [TestMethod] public void WholeCallPrf0WithRMessage() { WholeCall(0, true); }
        [TestMethod] public void WholeCallPrf1WithRMessage() { WholeCall(1, true); }
        [TestMethod] public void WholeCallPrf0WithoutRMessage() { WholeCall(0, false); }
        [TestMethod] public void WholeCallPrf1WithoutRMessage() { WholeCall(1, false); }

        [TestMethod]
        public void TheDefaultPolicyKeysACallWithoutSp()
        {
            CallRequest request = EccFixtures.ToBob(1, false);
            request.Policies = null;
            request.Sessions = new SrtpCsEntry[] { new SrtpCsEntry(0, 0xABCDEF01, 0) };
            MikeyCall offered = EccFixtures.Ecies(EccFixtures.Alice(), 3).Offer(request, ModeFixtures.Now);
            MikeyCall answered = EccFixtures.Ecies(EccFixtures.Bob(), 4).Answer(offered.IMessage, ModeFixtures.Now);
            Assert.AreEqual(16, answered.Sessions[0].MasterKey.Length);
            Assert.AreEqual(14, answered.Sessions[0].MasterSalt.Length);
            ModeFixtures.AssertSameKeys(offered, answered);
        }

        [TestMethod]
        public void ACertificateIsSentAfterIdriAndNeedsAChecker()
        {
            EccCredentials alice = EccFixtures.Alice();
            alice.Certificate = new byte[] { 0x30, 0x03, 0x02, 0x01, 0x00 };
            MikeyCall offered = EccFixtures.Ecies(alice, 5).Offer(EccFixtures.ToBob(1, false), ModeFixtures.Now);
            Assert.AreEqual(MikeyPayloadType.Cert, offered.Message.GetPayload(3).PayloadType, "CERTi right after IDRi");
            ModeFixtures.Refused(EccFixtures.Ecies(EccFixtures.Bob(), 6), offered.IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidCert);
        }

        [TestMethod]
        public void AnOfferToAPeerWithoutAKeyIsRefused()
        {
            CallRequest request = EccFixtures.ToBob(1, false);
            request.ResponderUri = "sip:carol@example.org";
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { EccFixtures.Ecies(EccFixtures.Alice(), 7).Offer(request, ModeFixtures.Now); });
            Assert.AreEqual((int)MikeyErrorCode.InvalidId, (int)e.ErrorCode);
        }
    }
}
