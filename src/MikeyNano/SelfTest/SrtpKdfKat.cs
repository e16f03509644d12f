using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Srtp;

namespace MikeyNano.SelfTest
{
    /// <summary>SRTP key derivation and AES-CM keystream: RFC 3711 B.3 (session key, salt, auth key from the master
    /// key) and B.2 (the IV from the session salt, keystream block 0).</summary>
    internal sealed class SrtpKdfKat : KnownAnswerTest
    {
        public override string Algorithm { get { return "SRTP KDF and AES-CM keystream"; } }
        public override string Source { get { return "RFC 3711 Appendix B.2, B.3"; } }

        public override void Run()
        {
            byte[] key = Hex.Decode("E1F97A0D3E018BE0D64FA32C06DE4139");
            byte[] salt = Hex.Decode("0EC675AD498AFEEBB6960B3AABE6");
            ExpectHex("B.3 cipher key", "C61E7A93744F39EE10734AFE3FF7A087", SrtpKeyDerivation.Derive(key, salt, 0, 0, 16));
            ExpectHex("B.3 cipher salt", "30CBBC08863D8C85D49DB34A9AE1", SrtpKeyDerivation.Derive(key, salt, 2, 0, 14));
            ExpectHex("B.3 auth key", "CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4", SrtpKeyDerivation.Derive(key, salt, 1, 0, 20));

            byte[] iv = new byte[16];
            SrtpIv.CounterMode(Hex.Decode("F0F1F2F3F4F5F6F7F8F9FAFBFCFD"), 0, 0, iv);
            ExpectHex("B.2 IV", "F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000", iv);
            byte[] block = new byte[16];
            Aes aes = new Aes(Hex.Decode("2B7E151628AED2A6ABF7158809CF4F3C"));
            CounterMode.Transform(aes, iv, block, 0, block, 0, 16);
            aes.Wipe();
            ExpectHex("B.2 keystream block 0", "E03EAD0935C95E80E166B16DD92B4EB4", block);
        }
    }
}
