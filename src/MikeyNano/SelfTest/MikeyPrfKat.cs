using MikeyNano.Bytes;
using MikeyNano.Hashing;

namespace MikeyNano.SelfTest
{
    internal sealed class MikeyPrfKat : KnownAnswerTest
    {
        public override string Algorithm { get { return "MIKEY PRF (func 0 and 1)"; } }
        public override string Source { get { return "shared/vectors/mikey-prf-and-key-derivation.txt, TEK csb 05A85C16"; } }

        public override void Run()
        {
            byte[] tgk = Hex.Decode("A27B7D578EEB9B1EE7705E385996D300");
            byte[] label = Hex.Decode("2AD01C640405A85C164339F62F55AAC86348846A482C893802");
            ExpectHex("PRF func 0 TEK", "D25CE897FB774A44B01DE5347DA74AC9", MikeyPrf.Derive(MikeyPrf.Sha1Func, tgk, label, 16));
            ExpectHex("PRF func 1 TEK", "6EDBFF7EEADFDC76A8AA673C3C2C4FE7", MikeyPrf.Derive(MikeyPrf.Sha256Func, tgk, label, 16));
        }
    }
}
