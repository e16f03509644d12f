using System;
using System.Numerics;
using MikeyNano.Arithmetic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static MikeyNano.HostTests.Oracles.FieldOracle;

namespace MikeyNano.HostTests.Oracles
{
    /// <summary>Fp2 = F_p[i]/(i^2+1) over the SAKKE prime and P-256 p against a BigInteger model of (re, im) pairs.</summary>
    [TestClass]
    public class Fp2OracleTests
    {
        private static (BigInteger, BigInteger) MulModel(BigInteger p, BigInteger a0, BigInteger a1, BigInteger b0, BigInteger b1)
            => (Mod(a0 * b0 - a1 * b1, p), Mod(a0 * b1 + a1 * b0, p));

        [TestMethod]
        [DataRow(SakkeP)]
        [DataRow(P256P)]
        public void OperationsMatchModel(string modulusHex)
        {
            BigInteger p = Parse(modulusHex);
            var f = new MontgomeryField(ToBytes(p, (int)((p.GetBitLength() + 7) / 8)));
            var k = new Fp2(f);
            Assert.AreSame(f, k.Field);
            var rng = new Random(4);
            uint[] rRe = f.Create(), rIm = f.Create();
            var edges = new[] { BigInteger.Zero, BigInteger.One, p - 1, p - 2, (p + 1) / 2 };
            for (int it = 0; it < 400; it++)
            {
                BigInteger a0 = it < 25 ? edges[it % 5] : Random(rng, p), a1 = it < 25 ? edges[it / 5] : Random(rng, p);
                BigInteger b0 = Random(rng, p), b1 = Random(rng, p);
                uint[] aRe = Element(f, a0), aIm = Element(f, a1), bRe = Element(f, b0), bIm = Element(f, b1);

                var m = MulModel(p, a0, a1, b0, b1);
                k.Mul(rRe, rIm, aRe, aIm, bRe, bIm);
                Assert.AreEqual(m.Item1, Value(f, rRe)); Assert.AreEqual(m.Item2, Value(f, rIm));
                // aliased output = first operand
                uint[] xRe = Element(f, a0), xIm = Element(f, a1);
                k.Mul(xRe, xIm, xRe, xIm, bRe, bIm);
                Assert.AreEqual(m.Item1, Value(f, xRe)); Assert.AreEqual(m.Item2, Value(f, xIm));
                // aliased output = second operand
                xRe = Element(f, b0); xIm = Element(f, b1);
                k.Mul(xRe, xIm, aRe, aIm, xRe, xIm);
                Assert.AreEqual(m.Item1, Value(f, xRe)); Assert.AreEqual(m.Item2, Value(f, xIm));

                var s = MulModel(p, a0, a1, a0, a1);
                k.Sqr(rRe, rIm, aRe, aIm);
                Assert.AreEqual(s.Item1, Value(f, rRe)); Assert.AreEqual(s.Item2, Value(f, rIm));
                xRe = Element(f, a0); xIm = Element(f, a1);
                k.Sqr(xRe, xIm, xRe, xIm);
                Assert.AreEqual(s.Item1, Value(f, xRe)); Assert.AreEqual(s.Item2, Value(f, xIm));

                k.Add(rRe, rIm, aRe, aIm, bRe, bIm);
                Assert.AreEqual(Mod(a0 + b0, p), Value(f, rRe)); Assert.AreEqual(Mod(a1 + b1, p), Value(f, rIm));
                k.Sub(rRe, rIm, aRe, aIm, bRe, bIm);
                Assert.AreEqual(Mod(a0 - b0, p), Value(f, rRe)); Assert.AreEqual(Mod(a1 - b1, p), Value(f, rIm));
                k.Neg(rRe, rIm, aRe, aIm);
                Assert.AreEqual(Mod(-a0, p), Value(f, rRe)); Assert.AreEqual(Mod(-a1, p), Value(f, rIm));
                k.Conj(rRe, rIm, aRe, aIm);
                Assert.AreEqual(a0, Value(f, rRe)); Assert.AreEqual(Mod(-a1, p), Value(f, rIm));
                k.MulBase(rRe, rIm, aRe, aIm, bRe);
                Assert.AreEqual(a0 * b0 % p, Value(f, rRe)); Assert.AreEqual(a1 * b0 % p, Value(f, rIm));

                k.Invert(rRe, rIm, aRe, aIm);
                BigInteger norm = (a0 * a0 + a1 * a1) % p;
                BigInteger ni = BigInteger.ModPow(norm, p - 2, p);
                Assert.AreEqual(a0 * ni % p, Value(f, rRe), "invert re");
                Assert.AreEqual(Mod(-a1 * ni, p), Value(f, rIm), "invert im");
                if (!norm.IsZero)
                {
                    var one = MulModel(p, a0, a1, Value(f, rRe), Value(f, rIm));
                    Assert.AreEqual(BigInteger.One, one.Item1); Assert.AreEqual(BigInteger.Zero, one.Item2);
                }

                Assert.AreEqual(a0.IsOne && a1.IsZero ? 0xFFFFFFFFu : 0u, k.IsOne(aRe, aIm));
                Assert.AreEqual(0xFFFFFFFFu, k.AreEqual(aRe, aIm, Element(f, a0), Element(f, a1)));
                Assert.AreEqual(a0 == b0 && a1 == b1 ? 0xFFFFFFFFu : 0u, k.AreEqual(aRe, aIm, bRe, bIm));
                k.Select(rRe, rIm, aRe, aIm, bRe, bIm, 0u);
                Assert.AreEqual(b0, Value(f, rRe)); Assert.AreEqual(b1, Value(f, rIm));
                k.Copy(rRe, rIm, aRe, aIm);
                Assert.AreEqual(a0, Value(f, rRe)); Assert.AreEqual(a1, Value(f, rIm));

                if (it % 20 == 0)
                {
                    byte[] e = new byte[1 + rng.Next(20)];
                    rng.NextBytes(e);
                    BigInteger E = FromBytes(e);
                    (BigInteger, BigInteger) acc = (1, 0), bas = (a0, a1);
                    for (BigInteger q = E; !q.IsZero; q >>= 1)
                    {
                        if (!q.IsEven) acc = MulModel(p, acc.Item1, acc.Item2, bas.Item1, bas.Item2);
                        bas = MulModel(p, bas.Item1, bas.Item2, bas.Item1, bas.Item2);
                    }
                    xRe = Element(f, a0); xIm = Element(f, a1);
                    k.Pow(xRe, xIm, xRe, xIm, e);
                    Assert.AreEqual(acc.Item1, Value(f, xRe), "pow re"); Assert.AreEqual(acc.Item2, Value(f, xIm), "pow im");
                }
            }
            k.SetOne(rRe, rIm);
            Assert.AreEqual(0xFFFFFFFFu, k.IsOne(rRe, rIm));
            k.SetZero(rRe, rIm);
            Assert.AreEqual(0u, k.IsOne(rRe, rIm));
        }

        [TestMethod]
        [DoNotParallelize]
        public void MulCostsThreeAndSqrTwoBaseMultiplications()
        {
            var f = new MontgomeryField(ToBytes(Parse(SakkeP), 128));
            var k = new Fp2(f);
            uint[] a = f.Create(), b = f.Create();
            f.SetSmall(a, 3); f.SetSmall(b, 5);
            FieldOps.Reset(); FieldOps.Enabled = true;
            try
            {
                k.Mul(a, b, a, b, b, a);
                Assert.AreEqual(3, FieldOps.Multiplications + FieldOps.Squarings);
                FieldOps.Reset();
                k.Sqr(a, b, a, b);
                Assert.AreEqual(2, FieldOps.Multiplications + FieldOps.Squarings);
            }
            finally { FieldOps.Enabled = false; FieldOps.Reset(); }
        }
    }
}
