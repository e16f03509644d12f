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
    /// <summary>FIPS 197 Appendix C example vectors (C.1 AES-128, C.2 AES-192, C.3 AES-256), one block at a time, in
    /// place, and two blocks at once through EncryptBlocks (both lanes of the bitsliced core).</summary>
    [TestClass]
    public class AesVectorTests
    {
        private const string Plain = "00112233445566778899aabbccddeeff";

        private static void Check(string key, string expected)
        {
            Aes aes = new Aes(Hex.Decode(key));
            byte[] input = Hex.Decode(Plain);
            byte[] output = new byte[16];
            aes.EncryptBlock(input, 0, output, 0);
            Expect.Hex(expected, output, "key " + key);
            aes.EncryptBlock(input, 0, input, 0);
            Expect.Hex(expected, input, "in place");
            byte[] two = Hex.Decode("ff" + Plain + Plain);
            byte[] twoOut = new byte[33];
            aes.EncryptBlocks(two, 1, twoOut, 1, 2);
            Expect.Hex(expected + expected, Octets.Slice(twoOut, 1, 32), "two blocks");
            aes.Wipe();
        }

        [TestMethod]
        public void Fips197AppendixC1Aes128() { Check("000102030405060708090a0b0c0d0e0f", "69c4e0d86a7b0430d8cdb78070b4c55a"); }

        [TestMethod]
        public void Fips197AppendixC2Aes192() { Check("000102030405060708090a0b0c0d0e0f1011121314151617", "dda97ca4864cdfe06eaf70a0ec0d7191"); }

        [TestMethod]
        public void Fips197AppendixC3Aes256() { Check("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "8ea2b7ca516745bfeafc49904b496089"); }

        [TestMethod]
        public void Fips197AppendixBCipherExample()
        {
            // FIPS 197 Appendix B: key 2b7e1516..., input 3243f6a8...
            Aes aes = new Aes(Hex.Decode("2b7e151628aed2a6abf7158809cf4f3c"));
            byte[] b = Hex.Decode("3243f6a8885a308d313198a2e0370734");
            aes.EncryptBlock(b, 0, b, 0);
            Expect.Hex("3925841d02dc09fbdc118597196a0b32", b, "Appendix B");
            Assert.AreEqual(16, aes.BlockSize);
            Assert.AreEqual(16, aes.KeySize);
        }

        [TestMethod]
        public void BadKeyLengthsAndRangesAreRejected()
        {
            Expect.Throws(typeof(InvalidKeyException), delegate { new Aes(new byte[15]); });
            Expect.Throws(typeof(InvalidKeyException), delegate { new Aes(new byte[20]); });
            Expect.Throws(typeof(InvalidKeyException), delegate { new Aes(null); });
            Aes aes = new Aes(new byte[16]);
            Expect.Throws(typeof(InvalidEncodingException), delegate { aes.EncryptBlock(new byte[16], 1, new byte[16], 0); });
        }
    }
}
