using MikeyNano.Bytes;
using MikeyNano.Hashing;

namespace MikeyNano.SelfTest
{
    internal sealed class HmacSha256Kat : KnownAnswerTest
    {
        public override string Algorithm { get { return "HMAC-SHA-256"; } }
        public override string Source { get { return "RFC 4231 test case 2"; } }

        public override void Run()
        {
            ExpectHex("HMAC-SHA-256", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Hmac.Sha256(Hex.Decode("4a656665"), Hex.Decode("7768617420646f2079612077616e7420666f72206e6f7468696e673f")));
        }
    }
}
