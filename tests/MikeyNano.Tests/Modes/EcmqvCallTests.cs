using MikeyNano.Bytes;
using MikeyNano.Ecc;
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
    /// <summary>Whole MIKEY-ECMQV calls (profile section 5) between our initiator and our responder: the message
    /// layouts, the same keys on both sides for every crypto session (three streams, two SP policies) with PRF func 0
    /// and 1, SRTP contexts that interoperate, the TGK equal to the ECMQV primitive's, and the V payload as the
    /// profile computes it.</summary>
    [TestClass]
    public class EcmqvCallTests
    {
        private static void CallWithPrf(int prf)
        {
            EcmqvEndpoint alice = EcmqvFixtures.Alice(11), bob = EcmqvFixtures.Bob(12);
            MikeyCall offered = alice.Offer(EcmqvFixtures.ToBob(prf), ModeFixtures.Now);
            Assert.IsTrue(offered.AwaitsConfirmation);
            Assert.IsNull(offered.Sessions, "the initiator is keyed only by a verified R_MESSAGE");
            MikeyMessage i = MikeyMessage.Parse(offered.IMessage);
            Assert.AreEqual(EccProfile.EcmqvInit, i.Header.DataType);
            Assert.IsTrue(i.Header.VerificationRequested);
            Assert.AreEqual(prf, i.Header.PrfFunc);
            Assert.AreEqual(MikeyPayloadType.Dh, i.GetPayload(i.PayloadCount - 1).PayloadType);
            DhPayload dhi = (DhPayload)i.GetPayload(i.PayloadCount - 1);
            Assert.AreEqual(240, dhi.Group);
            Assert.AreEqual(65, dhi.Value.Length);

            MikeyCall answered = bob.Answer(offered.IMessage, ModeFixtures.Now + 1);
            MikeyMessage r = MikeyMessage.Parse(answered.RMessage);
            Assert.AreEqual(EccProfile.EcmqvResponse, r.Header.DataType);
            Assert.IsFalse(r.Header.VerificationRequested);
            Assert.AreEqual(prf, r.Header.PrfFunc);
            Assert.AreEqual(6, r.PayloadCount); // T, IDRr, IDRi, DHr, DHi, V
            Assert.AreEqual(IdrPayload.RoleResponder, ((IdrPayload)r.GetPayload(1)).Role);
            Assert.AreEqual(IdrPayload.RoleInitiator, ((IdrPayload)r.GetPayload(2)).Role);
            Assert.AreEqual(2, ((VerificationPayload)r.GetPayload(5)).AuthAlg);
            byte[] dhiOctets = Octets.Slice(offered.IMessage, offered.IMessage.Length - 67, 67);
            Assert.IsTrue(ConstantTime.AreEqual(dhiOctets, 0, answered.RMessage, answered.RMessage.Length - 34 - 67, 67), "DHi copied octet for octet");

            alice.Confirm(offered, answered.RMessage, ModeFixtures.Now + 2);
            Assert.IsFalse(offered.AwaitsConfirmation);
            Assert.IsNull(offered.PendingEphemeralKey, "the ephemeral key is gone once the call is keyed");
            Assert.AreEqual(3, offered.Sessions.Length);
            ModeFixtures.AssertSameKeys(offered, answered);
            Assert.AreEqual(32, offered.Sessions[1].MasterKey.Length, "policy 2 is AES-256");
            Assert.AreEqual(0x10000u, offered.Sessions[2].Roc);
        }

        [TestMethod]
        public void ACallWithPrfFunc0KeysBothSidesAlike() { CallWithPrf(0); }

        [TestMethod]
        public void ACallWithPrfFunc1KeysBothSidesAlike() { CallWithPrf(1); }

        [TestMethod]
        public void TheSessionKeysComeFromTheEcmqvTgkAndVIsTheProfilesMac()
        {
            // Alice's ephemeral key is the first scalar her random source gives; recompute everything from the primitive.
            EcmqvEndpoint alice = EcmqvFixtures.Alice(21);
            MikeyCall offered = alice.Offer(EcmqvFixtures.ToBob(1), ModeFixtures.Now);
            byte[] ei = (byte[])offered.PendingEphemeralKey.Clone();
            MikeyCall answered = EcmqvFixtures.Bob(22).Answer(offered.IMessage, ModeFixtures.Now);
            MikeyMessage i = offered.Message, r = MikeyMessage.Parse(answered.RMessage);
            P256KeyPair a = EcmqvFixtures.Key(EcmqvFixtures.AliceKeyHex), b = EcmqvFixtures.Key(EcmqvFixtures.BobKeyHex);
            MikeyNano.Curves.P256Point ei256 = P256KeyPair.FromPrivateKey(ei).PublicKey;
            MikeyNano.Curves.P256Point er = MikeyNano.Curves.P256Point.Decode(((DhPayload)r.GetPayload(3)).Value, 0, 65);
            byte[] tgk = EcmqvP256.SharedSecret(a.PrivateKey, ei, ei256, b.PublicKey, er);
            byte[] key = MikeyKeyDerivation.DeriveTek(i, tgk, 1, 16);
            Expect.Hex(Hex.Encode(key), answered.Sessions[0].MasterKey, "cs 1 master key = PRF(TGK, TEK label)");
            byte[] auth = MikeyKeyDerivation.DeriveTransportKey(1, tgk, 0x2D22AC75, i.Header.CsbId, i.Rand.Rand, 32);
            MikeyNano.Hashing.Hmac mac = new MikeyNano.Hashing.Hmac(new MikeyNano.Hashing.Sha256(), auth);
            mac.Update(answered.RMessage, 0, answered.RMessage.Length - 32);
            mac.Update(offered.IMessage, 0, offered.IMessage.Length);
            byte[] v = new byte[32];
            mac.Final(v, 0);
            Expect.Hex(Hex.Encode(v), Octets.Slice(answered.RMessage, answered.RMessage.Length - 32, 32), "Ver data");
        }

        [TestMethod]
        public void AnOfferWithoutPoliciesUsesTheDefaultsAndOneSession()
        {
            CallRequest req = new CallRequest(new SrtpCsEntry[] { new SrtpCsEntry(0, 0xCAFE, 0) });
            req.ResponderUri = EcmqvFixtures.BobUri;
            EcmqvEndpoint alice = EcmqvFixtures.Alice(31);
            MikeyCall offered = alice.Offer(req, ModeFixtures.Now);
            MikeyCall answered = EcmqvFixtures.Bob(32).Answer(offered.IMessage, ModeFixtures.Now);
            alice.Confirm(offered, answered.RMessage, ModeFixtures.Now);
            ModeFixtures.AssertSameKeys(offered, answered);
            Assert.AreEqual(16, answered.Sessions[0].MasterKey.Length);
            Assert.AreEqual(14, answered.Sessions[0].MasterSalt.Length);
        }

        [TestMethod]
        public void WipeZeroesTheKeysAndThePendingEphemeralKey()
        {
            MikeyCall offered = EcmqvFixtures.Alice(41).Offer(EcmqvFixtures.ToBob(1), ModeFixtures.Now);
            byte[] e = offered.PendingEphemeralKey;
            offered.Wipe();
            Assert.IsTrue(ConstantTime.AreEqual(new byte[32], e));
        }
    }
}
