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
    /// <summary>RFC 2202 section 3 (HMAC-SHA-1, test cases 1-7) and RFC 4231 section 4 (HMAC-SHA-256, test cases 1-7;
    /// case 5 compares the 128-bit truncation as the RFC does).</summary>
    [TestClass]
    public class HmacVectorTests
    {
        private static byte[] Key4() { return Hex.Decode("0102030405060708090a0b0c0d0e0f10111213141516171819"); }

        [TestMethod]
        public void Rfc2202HmacSha1AllCases()
        {
            Expect.Hex("b617318655057264e28bc0b6fb378c8ef146be00", Hmac.Sha1(Ascii.Repeat(0x0b, 20), Ascii.Bytes("Hi There")), "case 1");
            Expect.Hex("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79", Hmac.Sha1(Ascii.Bytes("Jefe"), Ascii.Bytes("what do ya want for nothing?")), "case 2");
            Expect.Hex("125d7342b9ac11cd91a39af48aa17b4f63f175d3", Hmac.Sha1(Ascii.Repeat(0xaa, 20), Ascii.Repeat(0xdd, 50)), "case 3");
            Expect.Hex("4c9007f4026250c6bc8414f9bf50c86c2d7235da", Hmac.Sha1(Key4(), Ascii.Repeat(0xcd, 50)), "case 4");
            Expect.Hex("4c1a03424b55e07fe7f27be1d58bb9324a9a5a04", Hmac.Sha1(Ascii.Repeat(0x0c, 20), Ascii.Bytes("Test With Truncation")), "case 5");
            Expect.Hex("aa4ae5e15272d00e95705637ce8a3b55ed402112",
                Hmac.Sha1(Ascii.Repeat(0xaa, 80), Ascii.Bytes("Test Using Larger Than Block-Size Key - Hash Key First")), "case 6");
            Expect.Hex("e8e99d0f45237d786d6bbaa7965c7808bbff1a91",
                Hmac.Sha1(Ascii.Repeat(0xaa, 80), Ascii.Bytes("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data")), "case 7");
        }

        [TestMethod]
        public void Rfc4231HmacSha256AllCases()
        {
            Expect.Hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", Hmac.Sha256(Ascii.Repeat(0x0b, 20), Ascii.Bytes("Hi There")), "case 1");
            Expect.Hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", Hmac.Sha256(Ascii.Bytes("Jefe"), Ascii.Bytes("what do ya want for nothing?")), "case 2");
            Expect.Hex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe", Hmac.Sha256(Ascii.Repeat(0xaa, 20), Ascii.Repeat(0xdd, 50)), "case 3");
            Expect.Hex("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b", Hmac.Sha256(Key4(), Ascii.Repeat(0xcd, 50)), "case 4");
            Expect.Hex("a3b6167473100ee06e0c796c2955552b", Octets.Slice(Hmac.Sha256(Ascii.Repeat(0x0c, 20), Ascii.Bytes("Test With Truncation")), 0, 16), "case 5 (truncated to 128 bits)");
            Expect.Hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
                Hmac.Sha256(Ascii.Repeat(0xaa, 131), Ascii.Bytes("Test Using Larger Than Block-Size Key - Hash Key First")), "case 6");
            Expect.Hex("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
                Hmac.Sha256(Ascii.Repeat(0xaa, 131), Ascii.Bytes("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.")), "case 7");
        }

        [TestMethod]
        public void KeyedObjectIsReusableAcrossMessagesAndPieces()
        {
            // RFC 4231 case 2 then case 2 again in pieces, on one keyed object: Final returns to the keyed state.
            Hmac mac = new Hmac(new Sha256(), Ascii.Bytes("Jefe"));
            Assert.AreEqual(32, mac.MacSize);
            byte[] m = Ascii.Bytes("what do ya want for nothing?");
            byte[] tag = new byte[32];
            mac.Update(m, 0, m.Length);
            mac.Final(tag, 0);
            Expect.Hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", tag, "first message");
            mac.Update(m, 0, 3);
            mac.Update(m, 3, m.Length - 3);
            mac.Final(tag, 0);
            Expect.Hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", tag, "second message in pieces");
            mac.Update(m, 0, 7);
            mac.Reset();
            mac.Update(m, 0, m.Length);
            mac.Final(tag, 0);
            Expect.Hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", tag, "after Reset");
        }
    }
}
