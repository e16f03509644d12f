using MikeyNano.Bytes;
using MikeyNano.Hashing;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Hashing
{
    /// <summary>The TS 33.220 Annex B KDF in its real 3GPP TS 33.180 use: the GUK-ID of Streamwide test vector "Test 1: GMK"
    /// (../shared/vectors/streamwide-ts33180-mikey-sakke-imessages.txt): GUK-ID = GMK-ID XOR the 28 least significant
    /// bits of KDF(GMK, FC = 0x50, P0 = responder URI), the GMK-ID's 4-bit purpose tag kept.</summary>
    [TestClass]
    public class GbaKdfTests
    {
        [TestMethod]
        public void GukIdOfStreamwideTest1()
        {
            byte[] gmk = Hex.Decode("07d1a1677ac36d8e81620484689b3c2d");
            byte[] uri = Ascii.Bytes("sip:alice@streamwide.com");
            byte[] k = GbaKdf.Derive(gmk, 0x50, new byte[][] { uri });
            Assert.AreEqual(32, k.Length);
            uint low28 = BigEndian.ReadUInt32(k, 28) & 0x0FFFFFFFu;
            uint gukId = 0x0df9bc39u ^ low28;
            Assert.AreEqual(0x06a12aeau, gukId);
        }

        [TestMethod]
        public void DerivationIsHmacOfFcParametersAndTwoOctetLengths()
        {
            // B.2.1: S = FC || P0 || L0 || P1 || L1; the same S through HMAC-SHA-256 directly must agree.
            byte[] key = Hex.Decode("000102030405060708090a0b0c0d0e0f");
            byte[] p0 = Ascii.Bytes("abc");
            byte[] p1 = new byte[0];
            byte[] s = Hex.Decode("42" + "616263" + "0003" + "0000");
            Expect.Hex(Hex.Encode(Hmac.Sha256(key, s)), GbaKdf.Derive(key, 0x42, new byte[][] { p0, p1 }), "FC 0x42");
        }
    }
}
