using MikeyNano.Bytes;
using MikeyNano.Ciphers;

namespace MikeyNano.SelfTest
{
    internal sealed class AesGcmKat : KnownAnswerTest
    {
        public override string Algorithm { get { return "AES-GCM"; } }
        public override string Source { get { return "GCM specification test case 4 (AES-128, 96-bit IV, AAD)"; } }

        public override void Run()
        {
            AesGcm gcm = new AesGcm(new Aes(Hex.Decode("feffe9928665731c6d6a8f9467308308")));
            byte[] iv = Hex.Decode("cafebabefacedbaddecaf888");
            byte[] aad = Hex.Decode("feedfacedeadbeeffeedfacedeadbeefabaddad2");
            byte[] p = Hex.Decode("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
            byte[] c = new byte[p.Length];
            byte[] tag = new byte[16];
            gcm.Encrypt(iv, 0, 12, aad, 0, aad.Length, p, 0, p.Length, c, 0, tag, 0, 16);
            ExpectHex("ciphertext", "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091", c);
            ExpectHex("tag", "5bc94fbc3221a5db94fae95ae7121a47", tag);
            gcm.Decrypt(iv, 0, 12, aad, 0, aad.Length, c, 0, c.Length, c, 0, tag, 0, 16);
            Expect("decrypts back", ConstantTime.AreEqual(c, p));
        }
    }
}
