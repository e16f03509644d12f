#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.Tests.Support;

namespace MikeyNano.Tests.Eccsi
{
    /// <summary>ECCSI's ephemeral j (RFC 6507 5.2.1 step 1) is hedged (issue 11 Medium 6): derived from SSK and the
    /// signed hash by RFC 6979's HMAC-DRBG, with 32 octets of the RNG as additional input. A repeating RNG must not
    /// repeat j for two messages (the SSK would follow from the two signatures: RFC 6507 5.2.1 step 4 solved for SSK,
    /// tests/MikeyNano.HostTests/Secrets/RepeatedRngKeyRecoveryTests.cs), and the same inputs give the same signature.
    /// The KMS's v is hedged alike. Keys are RFC 6507 Appendix A's.</summary>
    [TestClass]
    public class EccsiHedgedNonceTests
    {
        private static EccsiSigner Signer()
        {
            return new EccsiSigner(Hex.Decode(EccsiRfc6507Tests.Kpak), Hex.Decode(EccsiRfc6507Tests.Id),
                Hex.Decode(EccsiRfc6507Tests.Ssk), Hex.Decode(EccsiRfc6507Tests.Pvt));
        }

        private static void AssertVerifies(byte[] m, byte[] sig, string what)
        {
            EccsiVerifier v = new EccsiVerifier(Hex.Decode(EccsiRfc6507Tests.Kpak), false);
            Assert.IsTrue(v.IsValid(m, 0, m.Length, sig, 0, Hex.Decode(EccsiRfc6507Tests.Id)), what + " verifies (RFC 6507 5.2.2)");
        }

        private static string R(byte[] sig)
        {
            return Hex.Encode(sig, 0, 32); // r = Jx: equal r means equal J = [j]G, so equal j
        }

        private static void TwoMessagesGetTwoJ(RepeatingRandomSource rng)
        {
            EccsiSigner signer = Signer();
            byte[] m1 = Hex.Decode(EccsiRfc6507Tests.M);
            byte[] m2 = Ascii.Bytes("another message");
            byte[] s1 = signer.Sign(m1, rng);
            byte[] s2 = signer.Sign(m2, rng);
            Assert.AreNotEqual(R(s1), R(s2), "two messages signed under an RNG that repeats its output share j");
            AssertVerifies(m1, s1, "first signature");
            AssertVerifies(m2, s2, "second signature");
        }

        [TestMethod]
        public void RepeatingRng_TwoMessages_GetDifferentJ_AndBothVerify()
        {
            TwoMessagesGetTwoJ(RepeatingRandomSource.FromSeed(6979, 48));
        }

        [TestMethod]
        public void AllZeroRng_TwoMessages_GetDifferentJ_AndBothVerify()
        {
            TwoMessagesGetTwoJ(new RepeatingRandomSource(new byte[0]));
        }

        [TestMethod]
        public void RepeatingRng_TwoIdentities_GetDifferentV_AndValidKeys()
        {
            // the KMS's v (RFC 6507 5.1.1) is hedged the same way: one v for two users would give them KSAK
            EccsiKms kms = new EccsiKms(Hex.Decode(EccsiRfc6507Tests.Ksak));
            RepeatingRandomSource rng = RepeatingRandomSource.FromSeed(6507, 48);
            byte[] alice = Ascii.Bytes("tel:+447700900123"), bob = Ascii.Bytes("tel:+447700900456");
            byte[] pvt1, pvt2;
            byte[] ssk1 = kms.Issue(alice, rng, out pvt1);
            byte[] ssk2 = kms.Issue(bob, rng, out pvt2);
            Assert.AreNotEqual(Hex.Encode(pvt1), Hex.Encode(pvt2), "PVT = [v]G: two identities issued under an RNG that repeats share v");
            new EccsiSigner(kms.Kpak, alice, ssk1, pvt1);   // validates (RFC 6507 5.1.2) or throws
            new EccsiSigner(kms.Kpak, bob, ssk2, pvt2);
        }

        [TestMethod]
        public void SameMessage_SameRngOutput_SameSignature()
        {
            byte[] m = Ascii.Bytes("same message, same RNG output");
            byte[] s1 = Signer().Sign(m, RepeatingRandomSource.FromSeed(11, 32));
            byte[] s2 = Signer().Sign(m, RepeatingRandomSource.FromSeed(11, 32));
            Assert.AreEqual(Hex.Encode(s1), Hex.Encode(s2), "j is a function of SSK, HS || M and the RNG's 32 octets");
            AssertVerifies(m, s1, "the signature");
        }

        [TestMethod]
        public void SameMessage_OtherRngOutput_OtherJ()
        {
            // the hedge: the RNG's octets enter j, so a deterministic signer's fixed j per message is not what it does
            byte[] m = Ascii.Bytes("same message, other RNG output");
            EccsiSigner signer = Signer();
            byte[] s1 = signer.Sign(m, RepeatingRandomSource.FromSeed(11, 32));
            byte[] s2 = signer.Sign(m, RepeatingRandomSource.FromSeed(12, 32));
            Assert.AreNotEqual(R(s1), R(s2), "the RNG's additional input changes j");
            AssertVerifies(m, s1, "first signature");
            AssertVerifies(m, s2, "second signature");
        }
    }
}
