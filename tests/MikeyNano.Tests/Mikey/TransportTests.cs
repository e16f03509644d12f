using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Transport;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Mikey
{
    /// <summary>Base64 (RFC 4648 section 10 vectors), the RFC 4567 SDP attribute and UDP datagram framing.</summary>
    [TestClass]
    public class TransportTests
    {
        [TestMethod]
        public void Base64MatchesRfc4648Vectors()
        {
            string[] plain = { "", "f", "fo", "foo", "foob", "fooba", "foobar" };
            string[] coded = { "", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy" };
            for (int i = 0; i < plain.Length; i++)
            {
                byte[] b = new byte[plain[i].Length];
                for (int j = 0; j < b.Length; j++) b[j] = (byte)plain[i][j];
                Assert.AreEqual(coded[i], Base64.Encode(b));
                CollectionAssert.AreEqual(b, Base64.Decode(coded[i]));
            }
        }

        [TestMethod]
        public void Base64RejectsNonCanonicalInput()
        {
            Expect.Throws(typeof(InvalidEncodingException), delegate { Base64.Decode("Zg="); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { Base64.Decode("Z=g="); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { Base64.Decode("Zh=="); });  // non-zero pad bits
            Expect.Throws(typeof(InvalidEncodingException), delegate { Base64.Decode("Zm9v!A=="); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { Base64.Decode("Zg==Zg=="); });
        }

        [TestMethod]
        public void SdpAttributeIsFoundInADescription()
        {
            string sdp = "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nt=0 0\r\na=key-mgmt:mikey "
                         + MikeyNullVectors.OnvifBase64 + "\r\nm=audio 5004 RTP/SAVP 0\r\n";
            Expect.Hex(Hex.Encode(Base64.Decode(MikeyNullVectors.OnvifBase64)), SdpKeyMgmt.FindInSdp(sdp), "message from SDP");
            Assert.IsTrue(SdpKeyMgmt.FindInSdp("v=0\r\ns=-\r\n") == null);
            Expect.Throws(typeof(InvalidEncodingException), delegate { SdpKeyMgmt.DecodeAttribute("a=key-mgmt:kerberos AAAA"); });
        }

        [TestMethod]
        public void UdpDatagramCarriesExactlyOneMessage()
        {
            byte[] msg = Hex.Decode(Ts33180Vectors.PckHex);
            byte[] buffer = new byte[2048];
            System.Array.Copy(msg, buffer, msg.Length);
            MikeyMessage m = MikeyUdp.ParseDatagram(buffer, msg.Length);
            CollectionAssert.AreEqual(msg, MikeyUdp.ToDatagram(m));
            Assert.AreEqual(2269, MikeyUdp.Port);
            // The rest of the receive buffer is not part of the datagram; a longer length is trailing garbage.
            Expect.Throws(typeof(MikeyException), delegate { MikeyUdp.ParseDatagram(buffer, msg.Length + 1); });
        }
    }
}
