using MikeyNano.Bytes;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Modes
{
    /// <summary>DH-SIGN over P-256 (profile section 6) between our initiator and our responder: whole calls with SP
    /// policies and three crypto sessions under PRF func 0 and 1, the layout of both messages, and the initiator keyed
    /// only by the R_MESSAGE.</summary>
    [TestClass]
    public class DhSignEndpointTests
    {
        private static void WholeCall(int prf)
        {
            DhSignEndpoint alice = EccFixtures.DhSign(EccFixtures.Alice(), 1), bob = EccFixtures.DhSign(EccFixtures.Bob(), 2);
            MikeyCall offered = alice.Offer(EccFixtures.ToBob(prf, false), ModeFixtures.Now);
            MikeyMessage i = offered.Message;
            Assert.AreEqual(MikeyDataType.DhInit, i.Header.DataType);
            Assert.IsTrue(i.Header.VerificationRequested, "V = 1 in DH-SIGN (profile 6.1)");
            Assert.AreEqual(prf, i.Header.PrfFunc);
            int[] order = { MikeyPayloadType.T, MikeyPayloadType.Rand, MikeyPayloadType.Idr, MikeyPayloadType.Idr, MikeyPayloadType.Sp,
                MikeyPayloadType.Sp, MikeyPayloadType.Dh, MikeyPayloadType.Sign };
            Assert.AreEqual(order.Length, i.PayloadCount);
            for (int k = 0; k < order.Length; k++) Assert.AreEqual(order[k], i.GetPayload(k).PayloadType, "payload " + k);
            DhPayload dhi = (DhPayload)i.Find(MikeyPayloadType.Dh);
            Assert.AreEqual(EccProfile.DhGroupP256Ecdh, dhi.Group);
            Assert.AreEqual(65, dhi.Value.Length);
            Assert.AreEqual(0, dhi.Kv);
            Assert.AreEqual(EccProfile.SignEcdsaP256, i.Signature.SType);
            Assert.IsTrue(offered.AwaitsConfirmation);
            Assert.IsNull(offered.Sessions, "the initiator has no key before DHr");

            MikeyCall answered = bob.Answer(offered.IMessage, ModeFixtures.Now + 2);
            Assert.AreEqual(3, answered.Sessions.Length);
            Assert.AreEqual(32, answered.Sessions[1].MasterKey.Length, "policy 2 asks for AES-256");
            MikeyMessage r = MikeyMessage.Parse(answered.RMessage);
            Assert.AreEqual(MikeyDataType.DhResponse, r.Header.DataType);
            Assert.IsFalse(r.Header.VerificationRequested);
            Assert.AreEqual(prf, r.Header.PrfFunc);
            int[] rOrder = { MikeyPayloadType.T, MikeyPayloadType.Idr, MikeyPayloadType.Idr, MikeyPayloadType.Dh, MikeyPayloadType.Dh, MikeyPayloadType.Sign };
            Assert.AreEqual(rOrder.Length, r.PayloadCount);
            for (int k = 0; k < rOrder.Length; k++) Assert.AreEqual(rOrder[k], r.GetPayload(k).PayloadType, "R_MESSAGE payload " + k);
            Assert.AreEqual(IdrPayload.RoleResponder, ((IdrPayload)r.GetPayload(1)).Role);
            Assert.AreEqual(IdrPayload.RoleInitiator, ((IdrPayload)r.GetPayload(2)).Role);
            Assert.AreEqual(Hex.Encode(dhi.Value), Hex.Encode(((DhPayload)r.GetPayload(4)).Value), "DHi copied");
            Assert.IsFalse(Hex.Encode(dhi.Value) == Hex.Encode(((DhPayload)r.GetPayload(3)).Value), "DHr is the responder's own");

            alice.Confirm(offered, answered.RMessage, ModeFixtures.Now + 3);
            Assert.IsFalse(offered.AwaitsConfirmation);
            Assert.IsNull(offered.PendingEphemeralKey, "the ephemeral key is gone once used");
            ModeFixtures.AssertSameKeys(offered, answered);
            offered.Wipe();
            Assert.AreEqual("00000000000000000000000000000000", Hex.Encode(offered.Sessions[0].MasterKey), "Wipe zeroes the keys");
        }

        [TestMethod] public void WholeCallPrf0() { WholeCall(0); }
        [TestMethod] public void WholeCallPrf1() { WholeCall(1); }

        [TestMethod]
        public void TwoCallsGetDifferentKeys()
        {
            DhSignEndpoint alice = EccFixtures.DhSign(EccFixtures.Alice(), 3), bob = EccFixtures.DhSign(EccFixtures.Bob(), 4);
            MikeyCall a = alice.Offer(EccFixtures.ToBob(1, false), ModeFixtures.Now), b = alice.Offer(EccFixtures.ToBob(1, false), ModeFixtures.Now);
            MikeyCall ra = bob.Answer(a.IMessage, ModeFixtures.Now), rb = bob.Answer(b.IMessage, ModeFixtures.Now);
            Assert.IsFalse(Hex.Encode(ra.Sessions[0].MasterKey) == Hex.Encode(rb.Sessions[0].MasterKey), "fresh ephemeral keys each call");
            alice.Confirm(b, rb.RMessage, ModeFixtures.Now);
            alice.Confirm(a, ra.RMessage, ModeFixtures.Now);
            ModeFixtures.AssertSameKeys(a, ra);
            ModeFixtures.AssertSameKeys(b, rb);
        }
    }
}
