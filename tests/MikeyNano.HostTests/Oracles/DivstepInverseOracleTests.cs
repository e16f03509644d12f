using System;
using System.Numerics;
using MikeyNano.Arithmetic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static MikeyNano.HostTests.Oracles.FieldOracle;

namespace MikeyNano.HostTests.Oracles
{
    /// <summary>DivstepInverse (Bernstein-Yang, constant-time) against BigInteger.ModPow(a, m - 2, m) on edge values and
    /// 2,000 random values per modulus, and against Fermat's inversion in the fields that use it.</summary>
    [TestClass]
    public class DivstepInverseOracleTests
    {
        [TestMethod]
        [DataRow("P-256 p", P256P)]
        [DataRow("P-256 n", P256N)]
        [DataRow("SAKKE p", SakkeP)]
        [DataRow("2^255-19", "7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFED")]
        [DataRow("2^127-1", "7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF")]
        [DataRow("small 1000003", "0F4243")]
        public void InverseMatchesBigInteger(string name, string modulusHex)
        {
            BigInteger m = Parse(modulusHex);
            int words = (int)((m.GetBitLength() + 31) / 32);
            var inv = new DivstepInverse(Words(m, words), words);
            var values = Edges(m, words);
            var rng = new Random(7);
            int randoms = words > 8 ? 200 : 2000;
            for (int i = 0; i < randoms; i++) values.Add(Random(rng, m));
            // small values and values with long runs of zero or one bits take the most divsteps
            for (int k = 1; k < 32 * words - 1; k += 7) { values.Add(BigInteger.One << k); values.Add(m - (BigInteger.One << k)); }
            uint[] r = new uint[words];
            foreach (var a in values)
            {
                if (a.Sign < 0 || a >= m) continue;
                BigInteger expected = BigInteger.ModPow(a, m - 2, m);
                inv.Invert(r, Words(a, words));
                Assert.AreEqual(expected, FromWords(r), $"{name}: {a:X}");
                inv.InvertVariableTime(r, Words(a, words));
                Assert.AreEqual(expected, FromWords(r), $"{name} (variable time): {a:X}");
            }
            // aliasing: r = a
            uint[] x = Words(m - 3, words);
            inv.Invert(x, x);
            Assert.AreEqual(BigInteger.ModPow(m - 3, m - 2, m), FromWords(x));
            // a clone has its own scratch and the same answers
            var clone = inv.Clone();
            clone.Invert(r, Words(12345, words));
            Assert.AreEqual(BigInteger.ModPow(12345, m - 2, m), FromWords(r));
        }

        [TestMethod]
        public void FieldInverseEqualsFermat()
        {
            var rng = new Random(11);
            var n = new MontgomeryField(ToBytes(Parse(P256N), 32));
            var p = new P256Field();
            foreach (IPrimeField f in new IPrimeField[] { n, p })
            {
                uint[] a = f.Create(), viaDivsteps = f.Create(), viaFermat = f.Create();
                for (int i = 0; i < 300; i++)
                {
                    byte[] b = new byte[40];
                    rng.NextBytes(b);
                    f.FromBytesReduce(b, 0, b.Length, a);
                    f.Invert(viaDivsteps, a);
                    if (f is MontgomeryField mf) mf.InvertByFermat(viaFermat, a);
                    else ((P256Field)f).InvertByFermat(viaFermat, a);
                    CollectionAssert.AreEqual(viaFermat, viaDivsteps);
                }
            }
        }

        [TestMethod]
        public void RejectsAnEvenModulus()
        {
            Assert.ThrowsExactly<ArgumentException>(() => new DivstepInverse(new uint[] { 10 }, 1));
            Assert.ThrowsExactly<ArgumentException>(() => new DivstepInverse(new uint[] { 7 }, 2));
        }

        private static uint[] Words(BigInteger v, int words)
        {
            uint[] w = new uint[words];
            for (int i = 0; i < words; i++) w[i] = (uint)((v >> (32 * i)) & uint.MaxValue);
            return w;
        }

        private static BigInteger FromWords(uint[] w)
        {
            BigInteger v = 0;
            for (int i = w.Length - 1; i >= 0; i--) v = (v << 32) | w[i];
            return v;
        }
    }
}
