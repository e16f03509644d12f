using MikeyNano.Bytes;
using MikeyNano.Ciphers;

namespace MikeyNano.SelfTest
{
    internal sealed class AesCtrKat : KnownAnswerTest
    {
        public override string Algorithm { get { return "AES-CM (counter mode)"; } }
        public override string Source { get { return "SP 800-38A F.5.1, blocks 1-2"; } }

        public override void Run()
        {
            byte[] p = Hex.Decode("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51");
            CounterMode.Transform(new Aes(Hex.Decode("2b7e151628aed2a6abf7158809cf4f3c")), Hex.Decode("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"), p, 0, p, 0, 32);
            ExpectHex("AES-CTR", "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff", p);
        }
    }
}
