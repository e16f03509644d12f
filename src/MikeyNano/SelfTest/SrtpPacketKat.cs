using MikeyNano.Bytes;
using MikeyNano.Srtp;

namespace MikeyNano.SelfTest
{
    /// <summary>SRTP/SRTCP packet protection end to end: the libSRTP reference packets (AES_CM_128_HMAC_SHA1_80,
    /// master key/salt of RFC 3711 B.3, SSRC cafebabe) protected, then unprotected back.</summary>
    internal sealed class SrtpPacketKat : KnownAnswerTest
    {
        public override string Algorithm { get { return "SRTP/SRTCP AES_CM_128_HMAC_SHA1_80"; } }
        public override string Source { get { return "libSRTP srtp_validate reference packets"; } }

        public override void Run()
        {
            byte[] key = Hex.Decode("E1F97A0D3E018BE0D64FA32C06DE4139");
            byte[] salt = Hex.Decode("0EC675AD498AFEEBB6960B3AABE6");
            SrtpContext tx = new SrtpContext(key, salt, 0xCAFEBABE, 0, SrtpPolicy.AesCm128HmacSha1_80());
            SrtpContext rx = new SrtpContext(key, salt, 0xCAFEBABE, 0, SrtpPolicy.AesCm128HmacSha1_80());

            byte[] rtp = Hex.Decode("800f1234decafbadcafebabeabababababababababababababababab");
            byte[] srtp = new byte[rtp.Length + tx.RtpOverhead];
            int n = tx.ProtectRtp(rtp, 0, rtp.Length, srtp, 0);
            ExpectHex("SRTP packet", "800f1234decafbadcafebabe4e55dc4ce79978d88ca4d215949d2402b78d6acc99ea179b8dbb", srtp);
            int m = rx.UnprotectRtp(srtp, 0, n, srtp, 0);
            ExpectHex("RTP packet back", "800f1234decafbadcafebabeabababababababababababababababab", Octets.Slice(srtp, 0, m));

            byte[] rtcp = Hex.Decode("81c8000bcafebabeabababababababababababababababab");
            byte[] srtcp = new byte[rtcp.Length + tx.RtcpOverhead];
            tx.NextSrtcpIndex = 1;
            n = tx.ProtectRtcp(rtcp, 0, rtcp.Length, srtcp, 0);
            ExpectHex("SRTCP packet", "81c8000bcafebabe7128035be487b9bdbef89041f977a5a880000001993e08cd54d6c1230798", srtcp);
            m = rx.UnprotectRtcp(srtcp, 0, n, srtcp, 0);
            ExpectHex("RTCP packet back", "81c8000bcafebabeabababababababababababababababab", Octets.Slice(srtcp, 0, m));
            tx.Wipe();
            rx.Wipe();
        }
    }
}
