using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Bytes
{
    [TestClass]
    public class EncodingTests
    {
        [TestMethod]
        public void HexDecodesWithSeparatorsAndEncodesLowerCase()
        {
            byte[] b = Hex.Decode("DE:ad be\nEF");
            Assert.AreEqual(4, b.Length);
            Assert.AreEqual((byte)0xDE, b[0]);
            Assert.AreEqual((byte)0xEF, b[3]);
            Assert.AreEqual("deadbeef", Hex.Encode(b));
        }

        [TestMethod]
        public void HexRejectsOddLengthAndBadDigits()
        {
            Expect.Throws(typeof(InvalidEncodingException), delegate { Hex.Decode("abc"); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { Hex.Decode("0g"); });
        }

        [TestMethod]
        public void BigEndianRoundTripsAndChecksBounds()
        {
            byte[] b = new byte[8];
            BigEndian.WriteUInt64(b, 0, 0x0102030405060708UL);
            Assert.AreEqual("0102030405060708", Hex.Encode(b));
            Assert.AreEqual(0x0102030405060708UL, BigEndian.ReadUInt64(b, 0));
            Assert.AreEqual(0x0708, BigEndian.ReadUInt16(b, 6));
            Expect.Throws(typeof(InvalidEncodingException), delegate { BigEndian.ReadUInt32(b, 5); });
            Expect.Throws(typeof(InvalidEncodingException), delegate { BigEndian.ReadUInt16(b, -1); });
        }

        [TestMethod]
        public void ConstantTimeEqualityAndZeroMask()
        {
            byte[] a = Hex.Decode("00112233");
            Assert.IsTrue(ConstantTime.AreEqual(a, Hex.Decode("00112233")));
            Assert.IsFalse(ConstantTime.AreEqual(a, Hex.Decode("00112232")));
            Assert.IsFalse(ConstantTime.AreEqual(a, Hex.Decode("001122")));
            Assert.AreEqual(0xFFFFFFFFu, ConstantTime.IsZeroMask(0));
            Assert.AreEqual(0u, ConstantTime.IsZeroMask(1));
            Assert.AreEqual(0u, ConstantTime.IsZeroMask(0x80000000u));
        }
    }
}
