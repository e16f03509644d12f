using MikeyNano.Hashing;

namespace MikeyNano.SelfTest
{
    internal sealed class Sha1Kat : KnownAnswerTest
    {
        public override string Algorithm { get { return "SHA-1"; } }
        public override string Source { get { return "FIPS 180-4 example 'abc'"; } }

        public override void Run()
        {
            ExpectHex("SHA-1(abc)", "a9993e364706816aba3e25717850c26c9cd0d89d", Sha1.Hash(new byte[] { 0x61, 0x62, 0x63 }));
        }
    }
}
