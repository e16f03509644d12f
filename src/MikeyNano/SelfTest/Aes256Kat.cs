using MikeyNano.Bytes;
using MikeyNano.Ciphers;

namespace MikeyNano.SelfTest
{
    internal sealed class Aes256Kat : KnownAnswerTest
    {
        public override string Algorithm { get { return "AES-256"; } }
        public override string Source { get { return "FIPS 197 Appendix C.3"; } }

        public override void Run()
        {
            byte[] b = Hex.Decode("00112233445566778899aabbccddeeff");
            new Aes(Hex.Decode("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")).EncryptBlock(b, 0, b, 0);
            ExpectHex("AES-256 block", "8ea2b7ca516745bfeafc49904b496089", b);
        }
    }
}
