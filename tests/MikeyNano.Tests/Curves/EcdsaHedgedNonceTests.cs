#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using MikeyNano.Bytes;
using MikeyNano.Ecc;
using MikeyNano.Hashing;
using MikeyNano.Tests.Support;

namespace MikeyNano.Tests.Curves
{
    /// <summary>ECDSA with an RNG (<see cref="EcdsaP256.SignHash"/>) hedges its nonce k as ECCSI does its j (issue 11
    /// Medium 6): RFC 6979's HMAC-DRBG from d and the digest, with 32 octets of the RNG as additional input. Under an
    /// RNG that repeats, two digests get two nonces (one k for two digests gives d away: k = (e1 - e2) / (s1 - s2),
    /// d = (s1 k - e1) / r); the same inputs give the same signature. Key: RFC 6979 A.2.5.</summary>
    [TestClass]
    public class EcdsaHedgedNonceTests
    {
        private const string D = "C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721";

        [TestMethod]
        public void RepeatingRng_TwoDigests_GetDifferentK_AndBothVerify()
        {
            byte[] d = Hex.Decode(D);
            P256KeyPair kp = P256KeyPair.FromPrivateKey(d);
            RepeatingRandomSource rng = RepeatingRandomSource.FromSeed(6979, 32);
            byte[] e1 = Sha256.Hash(Ascii.Bytes("sample")), e2 = Sha256.Hash(Ascii.Bytes("test"));
            byte[] s1 = EcdsaP256.SignHash(d, e1, rng);
            byte[] s2 = EcdsaP256.SignHash(d, e2, rng);
            Assert.AreNotEqual(Hex.Encode(s1, 0, 32), Hex.Encode(s2, 0, 32), "two digests signed under an RNG that repeats share k");
            Assert.IsTrue(EcdsaP256.VerifyHash(kp.PublicKey, e1, s1), "first signature verifies");
            Assert.IsTrue(EcdsaP256.VerifyHash(kp.PublicKey, e2, s2), "second signature verifies");
        }

        [TestMethod]
        public void SameDigest_SameRngOutput_SameSignature_OtherOutput_OtherK()
        {
            byte[] d = Hex.Decode(D);
            byte[] e = Sha256.Hash(Ascii.Bytes("sample"));
            byte[] s1 = EcdsaP256.SignHash(d, e, RepeatingRandomSource.FromSeed(5, 32));
            byte[] s2 = EcdsaP256.SignHash(d, e, RepeatingRandomSource.FromSeed(5, 32));
            byte[] s3 = EcdsaP256.SignHash(d, e, RepeatingRandomSource.FromSeed(6, 32));
            Assert.AreEqual(Hex.Encode(s1), Hex.Encode(s2), "k is a function of d, the digest and the RNG's 32 octets");
            Assert.AreNotEqual(Hex.Encode(s1, 0, 32), Hex.Encode(s3, 0, 32), "the RNG's additional input changes k");
            // and neither is the plain RFC 6979 signature (A.2.5, SHA-256, "sample"): the hedge is in k
            Assert.AreNotEqual("EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716", Hex.Encode(s1, 0, 32));
            P256KeyPair kp = P256KeyPair.FromPrivateKey(d);
            Assert.IsTrue(EcdsaP256.VerifyHash(kp.PublicKey, e, s1), "verifies");
            Assert.IsTrue(EcdsaP256.VerifyHash(kp.PublicKey, e, s3), "verifies");
        }
    }
}
