using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Ciphers
{
    /// <summary>The AES inverse cipher (FIPS 197 section 5.3) against FIPS 197 Appendix C: each example's output
    /// decrypts to the plaintext 00112233...ff (C.1 AES-128, C.2 AES-192, C.3 AES-256) and Appendix B's example back.</summary>
    [TestClass]
    public class AesInverseCipherVectorTests
    {
        private static void Check(string key, string cipher, string plain)
        {
            Aes aes = new Aes(Hex.Decode(key));
            byte[] input = Hex.Decode(cipher);
            byte[] output = new byte[16];
            aes.DecryptBlock(input, 0, output, 0);
            Expect.Hex(plain, output, "key " + key);
            aes.DecryptBlock(input, 0, input, 0);
            Expect.Hex(plain, input, "in place");
            aes.Wipe();
        }

        private const string Plain = "00112233445566778899aabbccddeeff";

        [TestMethod]
        public void Fips197AppendixC1InverseAes128() { Check("000102030405060708090a0b0c0d0e0f", "69c4e0d86a7b0430d8cdb78070b4c55a", Plain); }

        [TestMethod]
        public void Fips197AppendixC2InverseAes192() { Check("000102030405060708090a0b0c0d0e0f1011121314151617", "dda97ca4864cdfe06eaf70a0ec0d7191", Plain); }

        [TestMethod]
        public void Fips197AppendixC3InverseAes256() { Check("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "8ea2b7ca516745bfeafc49904b496089", Plain); }

        [TestMethod]
        public void Fips197AppendixBInverse() { Check("2b7e151628aed2a6abf7158809cf4f3c", "3925841d02dc09fbdc118597196a0b32", "3243f6a8885a308d313198a2e0370734"); }
    }
}
