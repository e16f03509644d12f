#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Srtp;
using MikeyNano.Tests.Support;
using Exception = System.Exception;

namespace MikeyNano.Tests.Srtp
{
    /// <summary>The libSRTP reference packets (srtp_validate, srtp_validate_aes_256) from the published master
    /// key/salt: protect gives the published octets, unprotect gives the plaintext back.</summary>
    [TestClass]
    public class SrtpReferencePacketTests
    {
        private static SrtpContext Aes128()
        {
            return new SrtpContext(Hex.Decode(SrtpVectors.B3MasterKey), Hex.Decode(SrtpVectors.B3MasterSalt),
                                   SrtpVectors.ReferenceSsrc, 0, SrtpPolicy.AesCm128HmacSha1_80());
        }

        private static SrtpContext Aes256()
        {
            return new SrtpContext(Hex.Decode(SrtpVectors.Aes256MasterKey), Hex.Decode(SrtpVectors.Aes256MasterSalt),
                                   SrtpVectors.ReferenceSsrc, 0, SrtpPolicy.AesCm256HmacSha1_80());
        }

        private static byte[] Protect(SrtpContext c, string plainHex)
        {
            byte[] p = Hex.Decode(plainHex);
            byte[] buf = new byte[p.Length + c.RtpOverhead];
            System.Array.Copy(p, 0, buf, 0, p.Length);
            int n = c.ProtectRtp(buf, 0, p.Length, buf, 0);
            Assert.AreEqual(buf.Length, n);
            return buf;
        }

        [TestMethod]
        public void AesCm128HmacSha1_80_Protect()
        {
            Expect.Hex(SrtpVectors.SrtpAesCm128Sha1_80, Protect(Aes128(), SrtpVectors.PlainRtp), "SRTP packet");
        }

        [TestMethod]
        public void AesCm128HmacSha1_80_Unprotect()
        {
            byte[] s = Hex.Decode(SrtpVectors.SrtpAesCm128Sha1_80);
            byte[] output = new byte[s.Length];
            int n = Aes128().UnprotectRtp(s, 0, s.Length, output, 0);
            Expect.Hex(SrtpVectors.PlainRtp, Octets.Slice(output, 0, n), "RTP packet");
        }

        [TestMethod]
        public void AesCm256HmacSha1_80_ProtectAndUnprotect()
        {
            Expect.Hex(SrtpVectors.SrtpAesCm256Sha1_80, Protect(Aes256(), SrtpVectors.PlainRtp), "SRTP packet");
            byte[] s = Hex.Decode(SrtpVectors.SrtpAesCm256Sha1_80);
            int n = Aes256().UnprotectRtp(s, 0, s.Length, s, 0); // in place
            Expect.Hex(SrtpVectors.PlainRtp, Octets.Slice(s, 0, n), "RTP packet");
        }

        [TestMethod]
        public void Srtcp_AesCm128HmacSha1_80_Index1()
        {
            SrtpContext c = Aes128();
            c.NextSrtcpIndex = 1; // the reference packet was the first libsrtp sent, with index 1
            byte[] p = Hex.Decode(SrtpVectors.PlainRtcp);
            byte[] output = new byte[p.Length + c.RtcpOverhead];
            int n = c.ProtectRtcp(p, 0, p.Length, output, 0);
            Assert.AreEqual(output.Length, n);
            Expect.Hex(SrtpVectors.SrtcpAesCm128Sha1_80, output, "SRTCP packet");
            Assert.AreEqual((uint)2, c.NextSrtcpIndex);

            byte[] s = Hex.Decode(SrtpVectors.SrtcpAesCm128Sha1_80);
            byte[] back = new byte[s.Length];
            int m = Aes128().UnprotectRtcp(s, 0, s.Length, back, 0);
            Expect.Hex(SrtpVectors.PlainRtcp, Octets.Slice(back, 0, m), "RTCP packet");
        }

        [TestMethod]
        public void ReferencePacketWithAnyBitFlippedIsRejected()
        {
            byte[] s = Hex.Decode(SrtpVectors.SrtpAesCm128Sha1_80);
            for (int i = 0; i < s.Length; i++)
            {
                byte[] t = Octets.Slice(s, 0, s.Length);
                t[i] ^= 0x01;
                SrtpContext c = Aes128();
                byte[] output = new byte[t.Length];
                Exception e = Expect.Throws(typeof(SrtpException), delegate { c.UnprotectRtp(t, 0, t.Length, output, 0); });
                SrtpError r = ((SrtpException)e).Reason;
                Assert.IsTrue(r == SrtpError.AuthenticationFailed || r == SrtpError.WrongSsrc || r == SrtpError.InvalidHeader,
                              "octet " + i + ": " + e.Message);
            }
        }
    }
}
