using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Arithmetic
{
    /// <summary>P-256 field values where a carry chain goes negative: next to p, where the final conditional subtraction
    /// of p borrows, and MulSmall's fold of the top limb. nanoCLR once shifted those carries logically (the value came
    /// from a uint through conv.u8 and kept its unsigned tag), so Mul(R mod p, 1) gave 1 - p mod 2^256 instead of 1
    /// (docs/subset-gate.md, "Unsigned-tagged values"). Each test fails when the carries are shifted logically. Expected
    /// values computed with Python integers: p = 2^256 - 2^224 + 2^192 + 2^96 - 1.</summary>
    [TestClass]
    public class P256FieldNearModulusTests
    {
        private const string PMinus1 = "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFE";

        [TestMethod]
        public void MontgomeryOneLeavesMontgomeryFormAsOne()
        {
            var f = new P256Field();
            uint[] one = f.Create(), plain = f.Create();
            f.SetOne(one); // R mod p
            f.ToNatural(plain, one); // Mul(R mod p, 1) = 1
            Assert.AreEqual(1u, plain[0], "limb 0");
            for (int i = 1; i < 8; i++) Assert.AreEqual(0u, plain[i], "limb " + i);
        }

        [TestMethod]
        public void BytesRoundTripNextToP()
        {
            string[] values =
            {
                PMinus1,
                "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFD", // p - 2
                "00000000FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF000000000000000000000001", // R mod p
                "8000000000000000000000000000000000000000000000000000000000000000",
                "0000000000000000000000000000000000000000000000000000000000000001",
            };
            var f = new P256Field();
            uint[] a = f.Create();
            byte[] back = new byte[32];
            for (int i = 0; i < values.Length; i++)
            {
                f.FromBytes(Hex.Decode(values[i]), 0, 32, a);
                f.ToBytes(a, back, 0);
                Expect.Hex(values[i], back, "FromBytes then ToBytes of " + values[i]);
            }
        }

        [TestMethod]
        public void FromBytesReduceAtAndAboveP()
        {
            var f = new P256Field();
            uint[] a = f.Create();
            byte[] back = new byte[32];
            string[] inputs =
            {
                "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF", // p
                "FFFFFFFF00000001000000000000000000000001000000000000000000000000", // p + 1
                "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", // 2^256 - 1
            };
            string[] reduced =
            {
                "0000000000000000000000000000000000000000000000000000000000000000",
                "0000000000000000000000000000000000000000000000000000000000000001",
                "00000000FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF000000000000000000000000",
            };
            for (int i = 0; i < inputs.Length; i++)
            {
                f.FromBytesReduce(Hex.Decode(inputs[i]), 0, 32, a);
                f.ToBytes(a, back, 0);
                Expect.Hex(reduced[i], back, inputs[i] + " mod p");
            }
        }

        [TestMethod]
        public void MulSmallWithNegativeFoldCarries()
        {
            // MulSmall is the same in either form, so the limbs are set directly. 16 2^255 = 2^259 leaves the top limb 8
            // over zero limbs: the fold subtracts it from limb 3, a negative carry
            string[] values = { "8000000000000000000000000000000000000000000000000000000000000000", PMinus1 };
            string[] times16 =
            {
                "00000007FFFFFFF7FFFFFFFFFFFFFFFFFFFFFFF8000000000000000000000008", // 2^259 mod p
                "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFEF", // 16 (p - 1) = p - 16
            };
            var f = new P256Field();
            uint[] a = f.Create();
            byte[] back = new byte[32];
            for (int i = 0; i < values.Length; i++)
            {
                byte[] v = Hex.Decode(values[i]);
                Natural.FromBigEndian(v, 0, 32, a, 8);
                f.MulSmall(a, a, 16);
                Natural.ToBigEndian(a, 8, back, 0, 32);
                Expect.Hex(times16[i], back, "16 " + values[i] + " mod p");
            }
        }
    }
}
