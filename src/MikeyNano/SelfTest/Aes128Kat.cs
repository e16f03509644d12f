using MikeyNano.Bytes;
using MikeyNano.Ciphers;

namespace MikeyNano.SelfTest
{
    internal sealed class Aes128Kat : KnownAnswerTest
    {
        public override string Algorithm { get { return "AES-128"; } }
        public override string Source { get { return "FIPS 197 Appendix C.1"; } }

        public override void Run()
        {
            byte[] b = Hex.Decode("00112233445566778899aabbccddeeff");
            new Aes(Hex.Decode("000102030405060708090a0b0c0d0e0f")).EncryptBlock(b, 0, b, 0);
            ExpectHex("AES-128 block", "69c4e0d86a7b0430d8cdb78070b4c55a", b);
        }
    }
}
