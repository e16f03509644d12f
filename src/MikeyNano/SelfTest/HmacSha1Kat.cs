using MikeyNano.Bytes;
using MikeyNano.Hashing;

namespace MikeyNano.SelfTest
{
    internal sealed class HmacSha1Kat : KnownAnswerTest
    {
        public override string Algorithm { get { return "HMAC-SHA-1"; } }
        public override string Source { get { return "RFC 2202 test case 2"; } }

        public override void Run()
        {
            ExpectHex("HMAC-SHA-1", "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79",
                Hmac.Sha1(Hex.Decode("4a656665"), Hex.Decode("7768617420646f2079612077616e7420666f72206e6f7468696e673f")));
        }
    }
}
