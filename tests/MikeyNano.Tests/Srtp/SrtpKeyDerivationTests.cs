#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Srtp;
using MikeyNano.Tests.Support;

namespace MikeyNano.Tests.Srtp
{
    /// <summary>RFC 3711 B.2 (AES-CM keystream and the SRTP IV), B.3 (key derivation incl. the 94-octet auth key),
    /// RFC 6188 7.2/7.4 (AES-256/192 PRF).</summary>
    [TestClass]
    public class SrtpKeyDerivationTests
    {
        [TestMethod]
        public void B2_IvIsSaltShiftedWithSsrcAndIndexZero()
        {
            byte[] iv = new byte[16];
            SrtpIv.CounterMode(Hex.Decode(SrtpVectors.B2SessionSalt), 0, 0, iv);
            Expect.Hex(SrtpVectors.B2Iv, iv, "RFC 3711 B.2 IV");
        }

        [TestMethod]
        public void B2_KeystreamBlocks()
        {
            Aes aes = new Aes(Hex.Decode(SrtpVectors.B2SessionKey));
            byte[] iv = Hex.Decode(SrtpVectors.B2Iv);
            byte[] zeros = new byte[48];
            byte[] ks = new byte[48];
            CounterMode.Transform(aes, iv, zeros, 0, ks, 0, 48);
            Expect.Hex(SrtpVectors.B2Block0000 + SrtpVectors.B2Block0001 + SrtpVectors.B2Block0002, ks, "blocks 0..2");
            iv[14] = 0xFE; iv[15] = 0xFF; // the counter at block 0xFEFF, running across the 16-bit boundary
            CounterMode.Transform(aes, iv, zeros, 0, ks, 0, 48);
            Expect.Hex(SrtpVectors.B2BlockFEFF + SrtpVectors.B2BlockFF00 + SrtpVectors.B2BlockFF01, ks, "blocks FEFF..FF01");
        }

        [TestMethod]
        public void B3_RtpSessionKeys()
        {
            byte[] k = Hex.Decode(SrtpVectors.B3MasterKey), s = Hex.Decode(SrtpVectors.B3MasterSalt);
            Expect.Hex(SrtpVectors.B3CipherKey, SrtpKeyDerivation.Derive(k, s, SrtpKeyDerivation.LabelRtpEncryption, 0, 16), "cipher key");
            Expect.Hex(SrtpVectors.B3CipherSalt, SrtpKeyDerivation.Derive(k, s, SrtpKeyDerivation.LabelRtpSalt, 0, 14), "cipher salt");
            Expect.Hex(SrtpVectors.B3AuthKey94, SrtpKeyDerivation.Derive(k, s, SrtpKeyDerivation.LabelRtpAuthentication, 0, 94), "94-octet auth key");
        }

        [TestMethod]
        public void B3_RtcpSessionKeys()
        {
            byte[] k = Hex.Decode(SrtpVectors.B3MasterKey), s = Hex.Decode(SrtpVectors.B3MasterSalt);
            Expect.Hex(SrtpVectors.B3RtcpCipherKey, SrtpKeyDerivation.Derive(k, s, SrtpKeyDerivation.LabelRtcpEncryption, 0, 16), "SRTCP cipher key");
            Expect.Hex(SrtpVectors.B3RtcpAuthKey, SrtpKeyDerivation.Derive(k, s, SrtpKeyDerivation.LabelRtcpAuthentication, 0, 20), "SRTCP auth key");
            Expect.Hex(SrtpVectors.B3RtcpSalt, SrtpKeyDerivation.Derive(k, s, SrtpKeyDerivation.LabelRtcpSalt, 0, 14), "SRTCP salt");
        }

        [TestMethod]
        public void Rfc6188_Aes256Prf()
        {
            byte[] k = Hex.Decode(SrtpVectors.Aes256MasterKey), s = Hex.Decode(SrtpVectors.Aes256MasterSalt);
            Expect.Hex(SrtpVectors.Aes256CipherKey, SrtpKeyDerivation.Derive(k, s, 0, 0, 32), "cipher key");
            Expect.Hex(SrtpVectors.Aes256CipherSalt, SrtpKeyDerivation.Derive(k, s, 2, 0, 14), "cipher salt");
            Expect.Hex(SrtpVectors.Aes256AuthKey, SrtpKeyDerivation.Derive(k, s, 1, 0, 20), "auth key");
        }

        [TestMethod]
        public void Rfc6188_Aes192Prf()
        {
            byte[] k = Hex.Decode(SrtpVectors.Aes192MasterKey), s = Hex.Decode(SrtpVectors.Aes192MasterSalt);
            Expect.Hex(SrtpVectors.Aes192CipherKey, SrtpKeyDerivation.Derive(k, s, 0, 0, 24), "cipher key");
            Expect.Hex(SrtpVectors.Aes192CipherSalt, SrtpKeyDerivation.Derive(k, s, 2, 0, 14), "cipher salt");
            Expect.Hex(SrtpVectors.Aes192AuthKey, SrtpKeyDerivation.Derive(k, s, 1, 0, 20), "auth key");
        }

        [TestMethod]
        public void KeyDerivationIndexIsIndexDivKdr()
        {
            Assert.AreEqual((ulong)0, SrtpKeyDerivation.KeyDerivationIndex(123456789, 0));
            Assert.AreEqual((ulong)(123456789 / 1024), SrtpKeyDerivation.KeyDerivationIndex(123456789, 1024));
        }
    }
}
