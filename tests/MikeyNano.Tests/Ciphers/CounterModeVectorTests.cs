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
    /// <summary>NIST SP 800-38A Appendix F.5 CTR example vectors (F.5.1 AES-128, F.5.3 AES-192, F.5.5 AES-256; the
    /// decrypt examples F.5.2/4/6 are the same operation). Initial counter f0f1...feff, so the third block exercises
    /// the carry out of the last octet.</summary>
    [TestClass]
    public class CounterModeVectorTests
    {
        private const string Counter = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";
        private const string Plain = "6bc1bee22e409f96e93d7e117393172a" + "ae2d8a571e03ac9c9eb76fac45af8e51"
                                   + "30c81c46a35ce411e5fbc1191a0a52ef" + "f69f2445df4f9b17ad2b417be66c3710";

        private static void Check(string key, string cipherText)
        {
            Aes aes = new Aes(Hex.Decode(key));
            byte[] counter = Hex.Decode(Counter);
            byte[] p = Hex.Decode(Plain);
            byte[] c = new byte[64];
            CounterMode.Transform(aes, counter, p, 0, c, 0, 64);
            Expect.Hex(cipherText, c, "encrypt");
            Expect.Hex(Counter, counter, "counter untouched");
            // Decrypt in place, and a 37-octet prefix (partial final block).
            CounterMode.Transform(aes, counter, c, 0, c, 0, 64);
            Expect.Hex(Plain, c, "decrypt in place");
            byte[] part = new byte[37];
            CounterMode.Transform(aes, counter, p, 0, part, 0, 37);
            Expect.Hex(cipherText.Substring(0, 74), part, "37-octet prefix");
            // The instance form, over the generic (one block per call) path via a wrapper cipher.
            CounterModeCipher generic = new CounterModeCipher(new OneBlockCipher(aes));
            byte[] g = new byte[64];
            generic.Transform(counter, p, 0, g, 0, 64);
            Expect.Hex(cipherText, g, "generic IBlockCipher path");
            CounterMode.Transform(new OneBlockCipher(aes), counter, p, 0, g, 0, 64);
            Expect.Hex(cipherText, g, "static generic path");
        }

        [TestMethod]
        public void Sp80038aF51Aes128()
        {
            Check("2b7e151628aed2a6abf7158809cf4f3c", "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff"
                + "5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee");
        }

        [TestMethod]
        public void Sp80038aF53Aes192()
        {
            Check("8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b", "1abc932417521ca24f2b0459fe7e6e0b090339ec0aa6faefd5ccc2c6f4ce8e94"
                + "1e36b26bd1ebc670d1bd1d665620abf74f78a7f6d29809585a97daec58c6b050");
        }

        [TestMethod]
        public void Sp80038aF55Aes256()
        {
            Check("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4", "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c5"
                + "2b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6");
        }

        [TestMethod]
        public void CounterWrapsModulo2To128()
        {
            // Keystream block 1 after an all-ones counter is E(0): FIPS 197 C.1 key on a zero block is not published, so
            // compare with EncryptBlock of the zero block (the wrap is what is tested).
            Aes aes = new Aes(Hex.Decode("000102030405060708090a0b0c0d0e0f"));
            byte[] zero = new byte[16];
            byte[] e0 = new byte[16];
            aes.EncryptBlock(zero, 0, e0, 0);
            byte[] ks = new byte[32];
            CounterMode.Transform(aes, Hex.Decode("ffffffffffffffffffffffffffffffff"), new byte[32], 0, ks, 0, 32);
            Expect.Hex(Hex.Encode(e0), Octets.Slice(ks, 16, 16), "E(0) after wrap");
        }

        [TestMethod]
        public void BadArgumentsAreRejected()
        {
            Aes aes = new Aes(new byte[16]);
            Expect.Throws(typeof(InvalidEncodingException), delegate { CounterMode.Transform(aes, new byte[15], new byte[4], 0, new byte[4], 0, 4); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { CounterMode.Transform(aes, new byte[16], new byte[4], 0, new byte[3], 0, 4); });
        }

        /// <summary>Hides the Aes type so counter mode takes its generic one-block-per-call path.</summary>
        private sealed class OneBlockCipher : IBlockCipher
        {
            private readonly Aes _aes;
            public OneBlockCipher(Aes aes) { _aes = aes; }
            public int BlockSize { get { return 16; } }
            public void EncryptBlock(byte[] input, int inOffset, byte[] output, int outOffset) { _aes.EncryptBlock(input, inOffset, output, outOffset); }
        }
    }
}
