using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Errors;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Ciphers
{
    /// <summary>
    /// The 18 test cases of the GCM specification (McGrew and Viega, "The Galois/Counter Mode of Operation", Appendix B;
    /// also NIST's gcm-spec.pdf): AES-128 (1-6), AES-192 (7-12), AES-256 (13-18), with 96-bit IVs, the 64-bit IV and
    /// the 480-bit IV (GHASH-derived J0). Values copied from two public copies (the Signal AesGcmCipherTest vector list
    /// for cases 1-6 and 13-18 with ciphertexts; an ABAP test suite for the tags of 7-12) and all re-checked against
    /// OpenSSL before being written here. Cases 7-12 assert the tag (which authenticates the ciphertext) and the round trip.
    /// Each case encrypts, decrypts, decrypts in place, and rejects a flipped tag bit with the output wiped.
    /// </summary>
    [TestClass]
    public class AesGcmVectorTests
    {
        private const string Zero16 = "00000000000000000000000000000000";
        private const string Zero24 = "000000000000000000000000000000000000000000000000";
        private const string Zero32 = "0000000000000000000000000000000000000000000000000000000000000000";
        private const string K128 = "feffe9928665731c6d6a8f9467308308";
        private const string K192 = "feffe9928665731c6d6a8f9467308308feffe9928665731c";
        private const string K256 = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
        private const string Zero12 = "000000000000000000000000";
        private const string Iv12 = "cafebabefacedbaddecaf888";
        private const string Iv8 = "cafebabefacedbad";
        private const string Iv60 = "9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b";
        private const string P60 = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";
        private const string P64 = P60 + "1aafd255";
        private const string Aad = "feedfacedeadbeeffeedfacedeadbeefabaddad2";

        private static void Check(string key, string ivHex, string plainHex, string aadHex, string cipherHex, string tagHex)
        {
            Aes aes = new Aes(Hex.Decode(key));
            AesGcm gcm = new AesGcm(aes);
            byte[] iv = Hex.Decode(ivHex);
            byte[] p = Hex.Decode(plainHex);
            byte[] a = Hex.Decode(aadHex);
            byte[] c = new byte[p.Length];
            byte[] tag = new byte[16];
            gcm.Encrypt(iv, 0, iv.Length, a, 0, a.Length, p, 0, p.Length, c, 0, tag, 0, 16);
            Expect.Hex(tagHex, tag, "tag");
            if (cipherHex != null) Expect.Hex(cipherHex, c, "ciphertext");

            byte[] back = new byte[p.Length];
            gcm.Decrypt(iv, 0, iv.Length, a, 0, a.Length, c, 0, c.Length, back, 0, tag, 0, 16);
            Expect.Hex(plainHex, back, "decrypt");

            byte[] inPlace = Octets.Slice(c, 0, c.Length);
            gcm.Decrypt(iv, 0, iv.Length, a, 0, a.Length, inPlace, 0, inPlace.Length, inPlace, 0, tag, 0, 16);
            Expect.Hex(plainHex, inPlace, "decrypt in place");

            // A 12-octet truncated tag (SP 800-38D 5.2.1.2) is the prefix of the full one.
            byte[] shortTag = new byte[12];
            gcm.Encrypt(iv, 0, iv.Length, a, 0, a.Length, p, 0, p.Length, c, 0, shortTag, 0, 12);
            Expect.Hex(tagHex.Substring(0, 24), shortTag, "truncated tag");

            tag[15] ^= 0x01;
            byte[] rejected = Ascii.Repeat(0x5a, p.Length);
            Expect.Throws(typeof(AuthenticationException), delegate
            {
                gcm.Decrypt(iv, 0, iv.Length, a, 0, a.Length, c, 0, c.Length, rejected, 0, tag, 0, 16);
            });
            Assert.AreEqual(Hex.Encode(new byte[p.Length]), Hex.Encode(rejected), "output wiped on rejection");
        }

        [TestMethod] public void Case01() { Check(Zero16, Zero12, "", "", "", "58e2fccefa7e3061367f1d57a4e7455a"); }
        [TestMethod] public void Case02() { Check(Zero16, Zero12, Zero16, "", "0388dace60b6a392f328c2b971b2fe78", "ab6e47d42cec13bdf53a67b21257bddf"); }
        [TestMethod] public void Case03() { Check(K128, Iv12, P64, "", "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985", "4d5c2af327cd64a62cf35abd2ba6fab4"); }
        [TestMethod] public void Case04() { Check(K128, Iv12, P60, Aad, "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091", "5bc94fbc3221a5db94fae95ae7121a47"); }
        [TestMethod] public void Case05() { Check(K128, Iv8, P60, Aad, "61353b4c2806934a777ff51fa22a4755699b2a714fcdc6f83766e5f97b6c742373806900e49f24b22b097544d4896b424989b5e1ebac0f07c23f4598", "3612d2e79e3b0785561be14aaca2fccb"); }
        [TestMethod] public void Case06() { Check(K128, Iv60, P60, Aad, "8ce24998625615b603a033aca13fb894be9112a5c3a211a8ba262a3cca7e2ca701e4a9a4fba43c90ccdcb281d48c7c6fd62875d2aca417034c34aee5", "619cc5aefffe0bfa462af43c1699d050"); }
        [TestMethod] public void Case07() { Check(Zero24, Zero12, "", "", null, "cd33b28ac773f74ba00ed1f312572435"); }
        [TestMethod] public void Case08() { Check(Zero24, Zero12, Zero16, "", null, "2ff58d80033927ab8ef4d4587514f0fb"); }
        [TestMethod] public void Case09() { Check(K192, Iv12, P64, "", null, "9924a7c8587336bfb118024db8674a14"); }
        [TestMethod] public void Case10() { Check(K192, Iv12, P60, Aad, null, "2519498e80f1478f37ba55bd6d27618c"); }
        [TestMethod] public void Case11() { Check(K192, Iv8, P60, Aad, null, "65dcc57fcf623a24094fcca40d3533f8"); }
        [TestMethod] public void Case12() { Check(K192, Iv60, P60, Aad, null, "dcf566ff291c25bbb8568fc3d376a6d9"); }
        [TestMethod] public void Case13() { Check(Zero32, Zero12, "", "", "", "530f8afbc74536b9a963b4f1c4cb738b"); }
        [TestMethod] public void Case14() { Check(Zero32, Zero12, Zero16, "", "cea7403d4d606b6e074ec5d3baf39d18", "d0d1c8a799996bf0265b98b5d48ab919"); }
        [TestMethod] public void Case15() { Check(K256, Iv12, P64, "", "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad", "b094dac5d93471bdec1a502270e3cc6c"); }
        [TestMethod] public void Case16() { Check(K256, Iv12, P60, Aad, "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662", "76fc6ece0f4e1768cddf8853bb2d551b"); }
        [TestMethod] public void Case17() { Check(K256, Iv8, P60, Aad, "c3762df1ca787d32ae47c13bf19844cbaf1ae14d0b976afac52ff7d79bba9de0feb582d33934a4f0954cc2363bc73f7862ac430e64abe499f47c9b1f", "3a337dbf46a792c45e454913fe2ea8f2"); }
        [TestMethod] public void Case18() { Check(K256, Iv60, P60, Aad, "5a8def2f0c9e53f1f75d7853659e2a20eeb2b22aafde6419a058ab4f6f746bf40fc0c3b780f244452da3ebf1c5d82cdea2418997200ef82e44ae7e3f", "a44a8266ee1c8eb0c8b5d4cf5ae9f19a"); }

        [TestMethod]
        public void BadLengthsAreRejected()
        {
            AesGcm gcm = new AesGcm(new Aes(new byte[16]));
            byte[] b = new byte[16];
            Expect.Throws(typeof(InvalidEncodingException), delegate { gcm.Encrypt(b, 0, 0, b, 0, 0, b, 0, 16, b, 0, b, 0, 16); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { gcm.Encrypt(b, 0, 12, b, 0, 0, b, 0, 16, b, 0, b, 0, 3); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { gcm.Encrypt(b, 0, 12, b, 0, 0, b, 0, 16, b, 0, b, 0, 17); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { gcm.Encrypt(b, 0, 12, b, 0, 0, b, 0, 16, new byte[15], 0, b, 0, 16); });
        }
    }
}
