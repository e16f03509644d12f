using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.Errors;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Curves
{
    /// <summary>P-256 and ECDSA against published values: RFC 6979 Appendix A.2.5 (key pair and the SHA-256
    /// signatures of "sample" and "test"), and the multiples of G (2G, (n-1)G = -G) from the curve parameters.</summary>
    [TestClass]
    public class P256VectorTests
    {
        // RFC 6979 A.2.5
        private const string D = "C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721";
        private const string Ux = "60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6";
        private const string Uy = "7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299";
        private const string SampleSig = "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716" +
                                         "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8";
        private const string TestSig = "F1ABB023518351CD71D881567B1EA663ED3EFCF6C5132B354F28D3B0B7D38367" +
                                       "019F4113742A2B14BD25926B49C649155F267E60D3814B4C0CC84250E46F0083";
        // FIPS 186-4 D.1.2.3 (G) and the published double 2G (e.g. NIST point-arithmetic examples)
        private const string Gx = "6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296";
        private const string Gy = "4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5";
        private const string G2x = "7CF27B188D034F7E8A52380304B51AC3C08969E277F21B35A60B48FC47669978";
        private const string G2y = "07775510DB8ED040293D9AC69F7430DBBA7DADE63CE982299E04B79D227873D1";
        private const string N = "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551";

        private static byte[] Ascii(string s)
        {
            byte[] b = new byte[s.Length];
            for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
            return b;
        }

        [TestMethod]
        public void Rfc6979KeyPairAndDeterministicSignatures()
        {
            P256KeyPair kp = P256KeyPair.FromPrivateKey(Hex.Decode(D));
            Expect.Hex(Ux, kp.PublicKey.X, "Ux");
            Expect.Hex(Uy, kp.PublicKey.Y, "Uy");
            Expect.Hex(SampleSig, EcdsaP256.SignData(Hex.Decode(D), Ascii("sample")), "sig(sample)");
            Expect.Hex(TestSig, EcdsaP256.SignData(Hex.Decode(D), Ascii("test")), "sig(test)");
            Assert.IsTrue(EcdsaP256.VerifyData(kp.PublicKey, Ascii("sample"), Hex.Decode(SampleSig)));
            Assert.IsTrue(EcdsaP256.VerifyData(kp.PublicKey, Ascii("test"), Hex.Decode(TestSig)));
            Assert.IsFalse(EcdsaP256.VerifyData(kp.PublicKey, Ascii("test"), Hex.Decode(SampleSig)));
        }

        [TestMethod]
        public void PreparedKeyVerifiesTheRfc6979Signatures()
        {
            P256KeyPair kp = P256KeyPair.FromPrivateKey(Hex.Decode(D));
            var prepared = new EcdsaP256PreparedKey(kp.PublicKey);
            Assert.IsTrue(prepared.VerifyData(Ascii("sample"), Hex.Decode(SampleSig)), "sample");
            Assert.IsTrue(prepared.VerifyData(Ascii("test"), Hex.Decode(TestSig)), "test");
            Assert.IsFalse(prepared.VerifyData(Ascii("test"), Hex.Decode(SampleSig)), "other message");
            byte[] bad = Hex.Decode(TestSig);
            bad[40] ^= 0x10;
            Assert.IsFalse(prepared.VerifyData(Ascii("test"), bad), "tampered s");
            Expect.Throws(typeof(InvalidPointException), delegate { new EcdsaP256PreparedKey(P256Point.Infinity); });
        }

        [TestMethod]
        public void RandomNonceSignaturesVerify()
        {
            P256KeyPair kp = P256KeyPair.Generate(new CounterRandomSource(7));
            byte[] msg = Ascii("MIKEY-SAKKE");
            byte[] sig = EcdsaP256.SignHash(kp.PrivateKey, MikeyNano.Hashing.Sha256.Hash(msg), new CounterRandomSource(8));
            Assert.IsTrue(EcdsaP256.VerifyData(kp.PublicKey, msg, sig));
            sig[10] ^= 1;
            Assert.IsFalse(EcdsaP256.VerifyData(kp.PublicKey, msg, sig));
        }

        [TestMethod]
        public void ScalarEdgeCases()
        {
            ScalarEdgeCasesOn(new P256(true));
        }

        /// <summary>The same edge cases on a context without G's table (the small-device path: ladder over G, G's
        /// odd multiples of width 5).</summary>
        [TestMethod]
        public void ScalarEdgeCasesWithoutBaseTable()
        {
            ScalarEdgeCasesOn(new P256(false));
        }

        private static void ScalarEdgeCasesOn(P256 ctx)
        {
            byte[] n = Hex.Decode(N);
            byte[] nMinus1 = Hex.Decode(N); nMinus1[31] -= 1;
            byte[] one = new byte[32]; one[31] = 1;
            byte[] two = new byte[32]; two[31] = 2;
            Assert.IsTrue(ctx.MultiplyBase(new byte[32]).IsInfinity, "0 G");
            Assert.IsTrue(ctx.MultiplyBase(n).IsInfinity, "n G");
            Assert.IsTrue(ctx.Multiply(P256Point.Generator, n).IsInfinity, "n G variable base");
            Assert.IsTrue(ctx.Multiply(P256Point.Generator, new byte[32]).IsInfinity, "0 G variable base");
            P256Point g = ctx.MultiplyBase(one);
            Expect.Hex(Gx, g.X, "1 G x"); Expect.Hex(Gy, g.Y, "1 G y");
            P256Point g2 = ctx.MultiplyBase(two);
            Expect.Hex(G2x, g2.X, "2G x"); Expect.Hex(G2y, g2.Y, "2G y");
            Assert.IsTrue(g2.Equals(ctx.Multiply(P256Point.Generator, two)), "2G variable base");
            Assert.IsTrue(g2.Equals(ctx.Add(P256Point.Generator, P256Point.Generator)), "G + G (doubling case)");
            P256Point minusG = ctx.MultiplyBase(nMinus1);
            Expect.Hex(Gx, minusG.X, "(n-1) G x");
            Assert.IsTrue(minusG.Equals(ctx.Negate(P256Point.Generator)), "(n-1) G = -G");
            Assert.IsTrue(minusG.Equals(ctx.Multiply(P256Point.Generator, nMinus1)), "(n-1) G variable base");
            Assert.IsTrue(ctx.Add(P256Point.Generator, minusG).IsInfinity, "G + (-G)");
            Assert.IsTrue(ctx.Add(P256Point.Infinity, g2).Equals(g2), "O + 2G");
            Assert.IsTrue(ctx.Add(g2, P256Point.Infinity).Equals(g2), "2G + O");
            Assert.IsTrue(ctx.Multiply(P256Point.Infinity, two).IsInfinity, "2 O");
            // (n + 2) G = 2G: scalars are reduced mod n
            byte[] nPlus2 = Hex.Decode("00" + N); nPlus2[32] += 2;
            Assert.IsTrue(ctx.MultiplyBase(nPlus2).Equals(g2), "(n+2) G");
            // u1 G + u2 Q with Q = G: 1 G + 1 G = 2G (the doubling case in the final addition)
            Assert.IsTrue(ctx.MultiplyAddPublic(one, one, P256Point.Generator).Equals(g2), "G + G via MultiplyAdd");
            // u1 G + u2 O = u1 G (G's odd multiples alone)
            Assert.IsTrue(ctx.MultiplyAddPublic(two, one, P256Point.Infinity).Equals(g2), "2G + 1 O");
            Assert.IsTrue(ctx.MultiplyAddPublic(nMinus1, two, P256Point.Generator).Equals(P256Point.Generator), "(n-1) G + 2 G");
        }

        [TestMethod]
        public void EncodingsRoundTrip()
        {
            P256Point u = P256Point.Decode(Hex.Decode("04" + Ux + Uy), 0, 65);
            Expect.Hex("04" + Ux + Uy, u.EncodeUncompressed(), "uncompressed");
            byte[] c = u.EncodeCompressed();
            Expect.Hex("03" + Ux, c, "compressed (Uy is odd)");
            Assert.IsTrue(P256Point.Decode(c, 0, 33).Equals(u), "compressed decodes");
            P256Point g = P256Point.Decode(Hex.Decode("03" + Gx), 0, 33); // Gy is odd
            Expect.Hex(Gy, g.Y, "G from compressed");
            P256Point minusG = P256Point.Decode(Hex.Decode("02" + Gx), 0, 33);
            Assert.IsTrue(minusG.Equals(new P256().Negate(P256Point.Generator)), "02 prefix gives the even y");
            Expect.Hex("00", P256Point.Infinity.EncodeUncompressed(), "infinity");
            Assert.IsTrue(P256Point.DecodeAllowInfinity(new byte[] { 0 }, 0, 1).IsInfinity);
            Assert.IsTrue(P256Point.FromCoordinates(Hex.Decode(Gx), Hex.Decode(Gy)).Equals(P256Point.Generator));
        }

        [TestMethod]
        public void InvalidPointsAreRejected()
        {
            const string P = "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF";
            string[] bad =
            {
                "04" + Ux + Uy.Substring(0, 62),                    // wrong length (64)
                "04" + Ux + Uy + "00",                              // wrong length (66)
                "03" + Ux + "00",                                   // compressed, wrong length
                "05" + Ux + Uy,                                     // bad prefix
                "06" + Ux + Uy,                                     // hybrid form: not accepted
                "04" + Ux + "7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462298", // off the curve
                "04" + P + Uy,                                      // x = p
                "04" + Gx + "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", // y >= p
                "02" + P,                                           // compressed x = p
                "02" + "0000000000000000000000000000000000000000000000000000000000000001", // x = 1: x^3 - 3x + b is not a square
                "00",                                               // infinity where a finite point is required
                "",                                                 // empty
            };
            for (int i = 0; i < bad.Length; i++)
            {
                byte[] enc = Hex.Decode(bad[i]);
                Expect.Throws(typeof(InvalidPointException), delegate { P256Point.Decode(enc, 0, enc.Length); });
            }
            Expect.Throws(typeof(InvalidPointException), delegate { EcdhP256.SharedSecret(Hex.Decode(D), new byte[] { 0 }); });
            Expect.Throws(typeof(InvalidKeyException), delegate { P256KeyPair.FromPrivateKey(new byte[32]); });
            Expect.Throws(typeof(InvalidKeyException), delegate { P256KeyPair.FromPrivateKey(Hex.Decode(N)); });
            Expect.Throws(typeof(InvalidKeyException), delegate { P256KeyPair.FromPrivateKey(new byte[31]); });
        }
    }
}
