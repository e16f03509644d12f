using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Curves;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Arithmetic
{
    /// <summary>Inversion by divsteps where the device runs it: for P-256's p and n and SAKKE's p, a a^-1 = 1 and the
    /// divstep result equals Fermat's a^(p-2) (constant-time and variable-time runs), on values that take many and few
    /// steps; 0 maps to 0. (The host suite also checks 2,000 random values per modulus against BigInteger.)</summary>
    [TestClass]
    public class InversionTests
    {
        private static readonly string[] Values =
        {
            "01", "02", "03", "8000000000000000", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
            "6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296",
            "4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5",
        };

        [TestMethod]
        public void MontgomeryFieldsInvert()
        {
            Check(new MontgomeryField(P256.Order));
            Check(new MontgomeryField(MikeyNano.Sakke.SakkeParameterSet1.Field.ModulusBytes));
        }

        [TestMethod]
        public void P256FieldInverts()
        {
            Check(new P256Field());
        }

        private static void Check(IPrimeField f)
        {
            uint[] a = f.Create(), inv = f.Create(), fermat = f.Create(), one = f.Create(), product = f.Create();
            f.SetOne(one);
            for (int i = 0; i < Values.Length; i++)
            {
                byte[] v = Hex.Decode(Values[i]);
                f.FromBytesReduce(v, 0, v.Length, a);
                f.Invert(inv, a);
                f.Mul(product, a, inv);
                Assert.AreEqual(0xFFFFFFFFu, f.AreEqual(product, one), "a a^-1 = 1 for " + Values[i]);
                InvertByFermat(f, fermat, a);
                Assert.AreEqual(0xFFFFFFFFu, f.AreEqual(inv, fermat), "divsteps = Fermat for " + Values[i]);
                InvertVariableTime(f, fermat, a);
                Assert.AreEqual(0xFFFFFFFFu, f.AreEqual(inv, fermat), "variable-time run for " + Values[i]);
            }
            f.SetZero(a);
            f.SetOne(inv);
            f.Invert(inv, a);
            Assert.AreEqual(0xFFFFFFFFu, f.IsZero(inv), "0 maps to 0");
        }

        private static void InvertByFermat(IPrimeField f, uint[] r, uint[] a)
        {
            MontgomeryField m = f as MontgomeryField;
            if (m != null) m.InvertByFermat(r, a);
            else ((P256Field)f).InvertByFermat(r, a);
        }

        private static void InvertVariableTime(IPrimeField f, uint[] r, uint[] a)
        {
            MontgomeryField m = f as MontgomeryField;
            if (m != null) m.InvertVariableTime(r, a);
            else ((P256Field)f).InvertVariableTime(r, a);
        }
    }
}
