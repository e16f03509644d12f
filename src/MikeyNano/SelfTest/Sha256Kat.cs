using MikeyNano.Hashing;

namespace MikeyNano.SelfTest
{
    internal sealed class Sha256Kat : KnownAnswerTest
    {
        public override string Algorithm { get { return "SHA-256"; } }
        public override string Source { get { return "FIPS 180-4 example 'abc'"; } }

        public override void Run()
        {
            ExpectHex("SHA-256(abc)", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.Hash(new byte[] { 0x61, 0x62, 0x63 }));
        }
    }
}
