using System;
using System.Collections.Generic;
using System.Numerics;
using MikeyNano.Arithmetic;
using MikeyNano.Errors;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static MikeyNano.HostTests.Oracles.FieldOracle;

namespace MikeyNano.HostTests.Oracles
{
    /// <summary>MontgomeryField and P256Field against System.Numerics.BigInteger: every operation on edge and random values,
    /// for the SAKKE prime, P-256 p and n, and moduli whose length is not a multiple of 32 bits.</summary>
    [TestClass]
    public class PrimeFieldOracleTests
    {
        public static IEnumerable<object[]> Moduli => new[]
        {
            new object[] { "SAKKE p", SakkeP },
            new object[] { "P-256 p", P256P },
            new object[] { "P-256 n", P256N },
            new object[] { "2^255-19", "7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFED" },
            new object[] { "2^127-1", "7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF" },
            new object[] { "small 1000003", "0F4243" },
            new object[] { "P256Field", P256P },
        };

        /// <summary>The dedicated P-256 field for the "P256Field" row, else a Montgomery field.</summary>
        private static IPrimeField Make(string name, BigInteger p) =>
            name == "P256Field" ? new P256Field() : new MontgomeryField(ToBytes(p, (int)((p.GetBitLength() + 7) / 8)));

        private static IEnumerable<(BigInteger, BigInteger)> Pairs(BigInteger p, int limbs, int randomCount, int seed)
        {
            var edges = Edges(p, limbs);
            foreach (var a in edges) foreach (var b in edges) yield return (a, b);
            var rng = new Random(seed);
            for (int i = 0; i < randomCount; i++) yield return (Random(rng, p), Random(rng, p));
        }

        [TestMethod]
        [DynamicData(nameof(Moduli))]
        public void RingOperationsMatchBigInteger(string name, string modulusHex)
        {
            BigInteger p = Parse(modulusHex);
            var f = Make(name, p);
            Assert.AreEqual((int)((p.GetBitLength() + 7) / 8), f.ByteLength, name);
            CollectionAssert.AreEqual(ToBytes(p, f.ByteLength), f.ModulusBytes);
            uint[] r = f.Create();
            int count = 0;
            foreach (var (a, b) in Pairs(p, f.Limbs, 1000, 1))
            {
                uint[] ea = Element(f, a), eb = Element(f, b);
                Assert.AreEqual(a, Value(f, ea), $"{name} round trip");
                f.Mul(r, ea, eb); Assert.AreEqual(a * b % p, Value(f, r), $"{name} mul {a:X} {b:X}");
                f.Sqr(r, ea); Assert.AreEqual(a * a % p, Value(f, r), $"{name} sqr {a:X}");
                f.Add(r, ea, eb); Assert.AreEqual((a + b) % p, Value(f, r), $"{name} add");
                f.Sub(r, ea, eb); Assert.AreEqual(Mod(a - b, p), Value(f, r), $"{name} sub");
                f.Neg(r, ea); Assert.AreEqual(Mod(-a, p), Value(f, r), $"{name} neg");
                Assert.AreEqual(a == b ? 0xFFFFFFFFu : 0u, f.AreEqual(ea, eb), $"{name} equal");
                Assert.AreEqual(a.IsZero ? 0xFFFFFFFFu : 0u, f.IsZero(ea), $"{name} zero");
                f.Select(r, ea, eb, 0xFFFFFFFFu); Assert.AreEqual(a, Value(f, r));
                f.Select(r, ea, eb, 0u); Assert.AreEqual(b, Value(f, r));
                // aliasing: r = a, r = b, r = a = b
                uint[] x = Element(f, a); f.Mul(x, x, eb); Assert.AreEqual(a * b % p, Value(f, x), "mul r=a");
                x = Element(f, b); f.Mul(x, ea, x); Assert.AreEqual(a * b % p, Value(f, x), "mul r=b");
                x = Element(f, a); f.Mul(x, x, x); Assert.AreEqual(a * a % p, Value(f, x), "mul r=a=b");
                x = Element(f, a); f.Sqr(x, x); Assert.AreEqual(a * a % p, Value(f, x), "sqr r=a");
                x = Element(f, a); f.Sub(x, eb, x); Assert.AreEqual(Mod(b - a, p), Value(f, x), "sub r=b");
                count++;
            }
            Assert.IsTrue(count > 1000);
        }

        [TestMethod]
        [DynamicData(nameof(Moduli))]
        public void InvertSqrtPowMatchBigInteger(string name, string modulusHex)
        {
            BigInteger p = Parse(modulusHex);
            var f = Make(name, p);
            uint[] r = f.Create();
            var rng = new Random(2);
            var values = Edges(p, f.Limbs);
            for (int i = 0; i < 60; i++) values.Add(Random(rng, p));
            bool p3mod4 = (p & 3) == 3;
            if (f is MontgomeryField mf) Assert.AreEqual(p3mod4, mf.SupportsSqrt);
            foreach (var a in values)
            {
                uint[] ea = Element(f, a);
                f.Invert(r, ea);
                Assert.AreEqual(BigInteger.ModPow(a, p - 2, p), Value(f, r), $"{name} invert {a:X}");
                if (!a.IsZero) Assert.AreEqual(BigInteger.One, Value(f, r) * a % p);
                byte[] e = new byte[1 + rng.Next(40)];
                rng.NextBytes(e);
                f.Pow(r, ea, e);
                Assert.AreEqual(BigInteger.ModPow(a, FromBytes(e), p), Value(f, r), $"{name} pow");
                if (p3mod4)
                {
                    bool ok = f.Sqrt(r, ea);
                    BigInteger root = Value(f, r);
                    Assert.AreEqual(BigInteger.ModPow(a, (p + 1) / 4, p), root, $"{name} sqrt value");
                    bool isSquare = a.IsZero || BigInteger.ModPow(a, (p - 1) / 2, p).IsOne;
                    Assert.AreEqual(isSquare, ok, $"{name} sqrt verdict {a:X}");
                    if (ok) Assert.AreEqual(a, root * root % p);
                    uint[] sq = Element(f, a * a % p);
                    Assert.IsTrue(f.Sqrt(sq, sq), "a^2 has a root (aliased)");
                    Assert.IsTrue(Value(f, sq) == a || Value(f, sq) == Mod(-a, p));
                }
                else
                {
                    Assert.ThrowsExactly<NotSupportedException>(() => f.Sqrt(r, ea));
                }
            }
            // the empty exponent and exponent 0 give 1
            f.Pow(r, Element(f, 5), new byte[0]); Assert.AreEqual(BigInteger.One, Value(f, r));
            f.Pow(r, Element(f, 0), new byte[] { 0 }); Assert.AreEqual(BigInteger.One, Value(f, r));
        }

        [TestMethod]
        [DynamicData(nameof(Moduli))]
        public void EncodingReducesAndRejects(string name, string modulusHex)
        {
            BigInteger p = Parse(modulusHex);
            var f = Make(name, p);
            uint[] r = f.Create();
            var rng = new Random(3);
            for (int len = 0; len <= 3 * f.ByteLength + 5; len++)
            {
                for (int rep = 0; rep < 4; rep++)
                {
                    byte[] b = new byte[len + 3];
                    rng.NextBytes(b);
                    if (rep == 1) for (int k = 0; k < b.Length; k++) b[k] = 0xFF;
                    f.FromBytesReduce(b, 2, len, r);
                    Assert.AreEqual(FromBytes(b.AsSpan(2, len).ToArray()) % p, Value(f, r), $"{name} reduce length {len}");
                }
            }
            // FromBytes: p and p+1 and all-ones are rejected; p-1 and short encodings accepted
            Assert.ThrowsExactly<InvalidEncodingException>(() => f.FromBytes(ToBytes(p, f.ByteLength), 0, f.ByteLength, r));
            Assert.ThrowsExactly<InvalidEncodingException>(() => f.FromBytes(ToBytes(p + 1, f.ByteLength), 0, f.ByteLength, r));
            byte[] ones = new byte[f.ByteLength]; Array.Fill(ones, (byte)0xFF);
            Assert.ThrowsExactly<InvalidEncodingException>(() => f.FromBytes(ones, 0, ones.Length, r));
            Assert.ThrowsExactly<InvalidEncodingException>(() => f.FromBytes(new byte[f.ByteLength + 1], 0, f.ByteLength + 1, r));
            Assert.ThrowsExactly<InvalidEncodingException>(() => f.FromBytes(new byte[4], 2, 4, r));
            f.FromBytes(new byte[] { 7 }, 0, 1, r); Assert.AreEqual(new BigInteger(7) % p, Value(f, r));
            f.SetSmall(r, 0xFFFFFFFF); Assert.AreEqual(new BigInteger(0xFFFFFFFF) % p, Value(f, r));
            f.SetOne(r); Assert.AreEqual(BigInteger.One, Value(f, r));
            f.SetZero(r); Assert.AreEqual(BigInteger.Zero, Value(f, r));
            if (f is not MontgomeryField mf) return;
            // natural form round trip
            uint[] nat = new uint[f.Limbs];
            BigInteger v = Random(rng, p);
            mf.ToNatural(Element(f, v), nat);
            BigInteger fromLimbs = 0;
            for (int i = f.Limbs - 1; i >= 0; i--) fromLimbs = (fromLimbs << 32) + nat[i];
            Assert.AreEqual(v, fromLimbs);
            mf.FromNatural(nat, r); Assert.AreEqual(v, Value(f, r));
        }

        /// <summary>ReduceToBytes (the plain residue by long division, HashToIntegerRange's reduction) against BigInteger: every
        /// length up to 4 Limbs octets, random, all-ones and multiples of p near the top, and too long an input refused.</summary>
        [TestMethod]
        [DynamicData(nameof(Moduli))]
        public void ReduceToBytesMatchesBigInteger(string name, string modulusHex)
        {
            if (name == "P256Field") return; // a MontgomeryField method
            BigInteger p = Parse(modulusHex);
            var f = (MontgomeryField)Make(name, p);
            var rng = new Random(5);
            int max = 4 * f.Limbs;
            BigInteger top = BigInteger.One << (8 * max);
            for (int len = 0; len <= max; len++)
            {
                for (int rep = 0; rep < 6; rep++)
                {
                    byte[] b = new byte[len + 3];
                    rng.NextBytes(b);
                    if (rep == 1) for (int k = 0; k < b.Length; k++) b[k] = 0xFF;
                    if (rep >= 2 && len == max)
                    {
                        // k p and k p - 1 for the largest k p below 2^(8 max), and p itself, p - 1
                        BigInteger kp = (top - 1) / p * p - (rep == 3 ? 1 : 0);
                        if (rep == 4) kp = p;
                        if (rep == 5) kp = p - 1;
                        ToBytes(kp, max).CopyTo(b, 2);
                    }
                    byte[] r = new byte[f.ByteLength + 2];
                    f.ReduceToBytes(b, 2, len, r, 1);
                    BigInteger v = FromBytes(b.AsSpan(2, len).ToArray());
                    CollectionAssert.AreEqual(ToBytes(v % p, f.ByteLength), r.AsSpan(1, f.ByteLength).ToArray(), $"{name} length {len} rep {rep}");
                }
            }
            Assert.ThrowsExactly<InvalidEncodingException>(() => f.ReduceToBytes(new byte[max + 1], 0, max + 1, new byte[f.ByteLength], 0));
        }

        [TestMethod]
        public void RejectsEvenOrTinyModuli()
        {
            Assert.ThrowsExactly<ArgumentException>(() => new MontgomeryField(new byte[] { 0x10 }));
            Assert.ThrowsExactly<ArgumentException>(() => new MontgomeryField(new byte[] { 0, 1 }));
            Assert.ThrowsExactly<ArgumentException>(() => new MontgomeryField(new byte[0]));
        }

        [TestMethod]
        [DoNotParallelize] // the counters are process-wide: nothing else may run field operations meanwhile
        public void CountsMultiplicationsAndSquarings()
        {
            var f = new MontgomeryField(ToBytes(Parse(P256P), 32));
            uint[] a = f.Create(); f.SetSmall(a, 7);
            {
                FieldOps.Reset();
                FieldOps.Enabled = true;
                try
                {
                    f.Mul(a, a, a); f.Mul(a, a, a); f.Sqr(a, a);
                    Assert.AreEqual(2, FieldOps.Multiplications);
                    Assert.AreEqual(1, FieldOps.Squarings);
                    FieldOps.Reset();
                    // Sliding 5-bit windows over p - 2 = ffffffff 00000001 0^96 ffffffff ffffffff fffffffd (hex):
                    // table a, a^3, ..., a^31 = 1 squaring + 15 multiplications; the leading window takes bits 255..251,
                    // then 251 squarings; windows: 6 more in the top 32 ones, 1 for bit 192, 19 for the 94 ones at bits
                    // 95..2, 1 for bit 0 = 27 multiplications.
                    f.InvertByFermat(a, a);
                    Assert.AreEqual(1 + 251, FieldOps.Squarings);
                    Assert.AreEqual(15 + 27, FieldOps.Multiplications);
                    Assert.AreEqual(0, FieldOps.Inversions);
                    FieldOps.Reset();
                    // divsteps: one inversion, plus the Montgomery correction by R^3
                    f.Invert(a, a);
                    Assert.AreEqual(1, FieldOps.Inversions);
                    Assert.AreEqual(1, FieldOps.Multiplications);
                    Assert.AreEqual(0, FieldOps.Squarings);
                    FieldOps.Reset();
                    var pf = new P256Field();
                    uint[] b = pf.Create(); pf.SetSmall(b, 7);
                    FieldOps.Reset();
                    pf.Invert(b, b);
                    Assert.AreEqual(1, FieldOps.Inversions);
                    Assert.AreEqual(1, FieldOps.Multiplications); // the Montgomery correction by R^3
                    Assert.AreEqual(0, FieldOps.Squarings);
                }
                finally { FieldOps.Enabled = false; FieldOps.Reset(); }
            }
        }
    }
}
