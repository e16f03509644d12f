#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using MikeyNano.Errors;
using MikeyNano.Srtp;
using MikeyNano.Tests.Support;

namespace MikeyNano.Tests.Srtp
{
    /// <summary>SrtpPolicy.FromParameters on MIKEY SP parameters (RFC 3830 6.10.1; the 3GPP MCX SP seen on the wire,
    /// MIKEY-SPEC-DIGEST 1.5).</summary>
    [TestClass]
    public class SrtpPolicyTests
    {
        private static byte[] B(int v) { return new byte[] { (byte)v }; }

        [TestMethod]
        public void ThreeGppGcmPolicy()
        {
            // observed 3GPP SP: 0:06 1:10 2:04 4:0c 5:00 6:00 13:01 18:04 19:00 20:10
            int[] types = { 0, 1, 2, 4, 5, 6, 13, 18, 19, 20 };
            byte[][] values = { B(6), B(16), B(4), B(12), B(0), B(0), B(1), B(4), B(0), B(16) };
            SrtpPolicy p = SrtpPolicy.FromParameters(types, values);
            Assert.IsTrue(p.IsAead);
            Assert.AreEqual(16, p.EncryptionKeyLength);
            Assert.AreEqual(12, p.SaltKeyLength);
            Assert.AreEqual(16, p.RtpTagLength);
            Assert.AreEqual(16, p.RtcpTagLength);
        }

        [TestMethod]
        public void EmptySpGivesRfc3830Defaults()
        {
            SrtpPolicy p = SrtpPolicy.FromParameters(new int[0], new byte[0][]);
            Assert.AreEqual(SrtpPolicy.EncryptionAesCm, p.EncryptionAlgorithm);
            Assert.AreEqual(16, p.EncryptionKeyLength);
            Assert.AreEqual(14, p.SaltKeyLength);
            Assert.AreEqual(10, p.RtpTagLength);
            Assert.AreEqual((uint)0, p.KeyDerivationRate);
        }

        [TestMethod]
        public void Aes256Tag32Kdr()
        {
            int[] types = { 1, 11, 6, 10 };
            byte[][] values = { B(32), B(4), new byte[] { 0, 1, 0, 0 }, B(0) };
            SrtpPolicy p = SrtpPolicy.FromParameters(types, values);
            Assert.AreEqual(32, p.EncryptionKeyLength);
            Assert.AreEqual(4, p.AuthTagLength);
            Assert.AreEqual((uint)65536, p.KeyDerivationRate);
            Assert.AreEqual(0, p.RtpTagLength, "SRTP authentication off");
            Assert.AreEqual(4, p.RtcpTagLength, "SRTCP stays authenticated");
        }

        [TestMethod]
        public void UnsupportedValuesAreRejected()
        {
            int[][] types = { new int[] { 0 }, new int[] { 5 }, new int[] { 12 }, new int[] { 1 }, new int[] { 6 }, new int[] { 0, 4 } };
            byte[][][] values = { new byte[][] { B(2) }, new byte[][] { B(1) }, new byte[][] { B(4) }, new byte[][] { B(20) },
                                  new byte[][] { B(3) }, new byte[][] { B(6), B(14) } };
            for (int i = 0; i < types.Length; i++)
            {
                int k = i;
                System.Exception e = Expect.Throws(typeof(SrtpException), delegate { SrtpPolicy.FromParameters(types[k], values[k]); });
                Assert.AreEqual(SrtpError.InvalidPolicy, ((SrtpException)e).Reason);
            }
            Expect.Throws(typeof(SrtpException), delegate { SrtpPolicy.FromParameters(new int[] { 0 }, new byte[][] { new byte[5] }); });
        }

        [TestMethod]
        public void ContextChecksKeyAndSaltLengths()
        {
            Expect.Throws(typeof(SrtpException), delegate { new SrtpContext(new byte[15], new byte[14], 1, 0, SrtpPolicy.AesCm128HmacSha1_80()); });
            Expect.Throws(typeof(SrtpException), delegate { new SrtpContext(new byte[16], new byte[14], 1, 0, SrtpPolicy.AeadAes128Gcm()); });
        }
    }
}
