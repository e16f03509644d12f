using System;
using System.Collections.Generic;
using System.Numerics;
using System.Security.Cryptography;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Curves
{
    /// <summary>P-256 scalar multiplications at the edges of the signed-digit recodings (the base table's radix-32
    /// digits and carries, the width-5 NAFs of verification) and the rare r + n case of ECDSA verification, all
    /// against .NET (OpenSSL) as the oracle.</summary>
    [TestClass]
    public class P256EdgeScalarTests
    {
        private static readonly BigInteger N = BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber);
        private static readonly BigInteger P = BigInteger.Parse("0FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF", System.Globalization.NumberStyles.HexNumber);
        private static readonly BigInteger B = BigInteger.Parse("05AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B", System.Globalization.NumberStyles.HexNumber);

        private static byte[] Be(BigInteger v) { byte[] b = v.ToByteArray(isUnsigned: true, isBigEndian: true); byte[] r = new byte[32]; Array.Copy(b, 0, r, 32 - b.Length, b.Length); return r; }
        private static BigInteger Int(byte[] b) => new BigInteger(b, isUnsigned: true, isBigEndian: true);
        private static BigInteger Mod(BigInteger a, BigInteger m) { a %= m; return a.Sign < 0 ? a + m : a; }

        /// <summary>k G by .NET: the public key of the private key k.</summary>
        private static byte[] NetBase(BigInteger k)
        {
            using var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = Be(k) });
            var q = key.ExportParameters(false).Q;
            byte[] r = new byte[65]; r[0] = 4; Array.Copy(q.X, 0, r, 1, 32); Array.Copy(q.Y, 0, r, 33, 32);
            return r;
        }

        private static IEnumerable<BigInteger> EdgeScalars()
        {
            yield return 1; yield return 2; yield return 15; yield return 16; yield return 17; yield return 31; yield return 32; yield return 33;
            yield return N - 1; yield return N - 2; yield return N - 16; yield return N - 17; yield return N - 32;
            yield return BigInteger.Pow(2, 255) - 1; yield return BigInteger.Pow(2, 255); yield return BigInteger.Pow(2, 255) + 1;
            yield return BigInteger.Pow(2, 256) - N;
            // every radix-32 digit 16, 17 (-15 with a carry), 31 (-1 with a carry) or 15: carries through all windows
            foreach (int d in new[] { 15, 16, 17, 31 })
            {
                BigInteger k = 0;
                for (int i = 0; i < 52; i++) k = k * 32 + d;
                yield return Mod(k, N);
            }
            // all ones in the low 255 bits, alternating bits
            yield return BigInteger.Pow(2, 255) - 1;
            yield return Int(Convert.FromHexString("5555555555555555555555555555555555555555555555555555555555555555"));
            yield return Int(Convert.FromHexString("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
            yield return Int(Convert.FromHexString("F7BDEF7BDEF7BDEF7BDEF7BDEF7BDEF7BDEF7BDEF7BDEF7BDEF7BDEF7BDEF7BD"));
        }

        [TestMethod]
        public void BaseAndVariableAndDoubleScalarMultiplicationsMatchDotNetAtRecodingEdges()
        {
            var ctx = new P256();
            var rng = new Random(9);
            foreach (BigInteger k in EdgeScalars())
            {
                byte[] expected = NetBase(k);
                string what = k.ToString("X");
                CollectionAssert.AreEqual(expected, ctx.MultiplyBase(Be(k)).EncodeUncompressed(), "k G, k = " + what);
                CollectionAssert.AreEqual(expected, ctx.Multiply(P256Point.Generator, Be(k)).EncodeUncompressed(), "k P, k = " + what);
                CollectionAssert.AreEqual(expected, ctx.MultiplyAddPublic(Be(k), new byte[32], P256Point.Generator).EncodeUncompressed(), "k G + 0 G");
                CollectionAssert.AreEqual(expected, ctx.MultiplyAddPublic(new byte[32], Be(k), P256Point.Generator).EncodeUncompressed(), "0 G + k G");
                // u1 G + u2 (c G) = (u1 + u2 c) G, with u1 the edge scalar
                byte[] cb = new byte[32]; rng.NextBytes(cb);
                BigInteger c = Mod(Int(cb), N - 1) + 1, u2 = Mod(Int(cb) * 7 + 3, N);
                P256Point cg = P256Point.Decode(NetBase(c), 0, 65);
                BigInteger sum = Mod(k + u2 * c, N);
                P256Point got = ctx.MultiplyAddPublic(Be(k), Be(u2), cg);
                if (sum.IsZero) Assert.IsTrue(got.IsInfinity, "u1 G + u2 Q = infinity, u1 = " + what);
                else CollectionAssert.AreEqual(NetBase(sum), got.EncodeUncompressed(), "u1 G + u2 Q, u1 = " + what);
                // Q = -u1/u2 G makes the sum infinity
                BigInteger cNeg = Mod(-k * BigInteger.ModPow(u2, N - 2, N), N);
                if (!cNeg.IsZero)
                    Assert.IsTrue(ctx.MultiplyAddPublic(Be(k), Be(u2), P256Point.Decode(NetBase(cNeg), 0, 65)).IsInfinity, "sum infinity, u1 = " + what);
                // Q = G, u2 = u1: 2 u1 G through the doubling case of the interleaved additions
                CollectionAssert.AreEqual(NetBase(Mod(2 * k, N)), ctx.MultiplyAddPublic(Be(k), Be(k), P256Point.Generator).EncodeUncompressed(), "u G + u G");
            }
        }

        [TestMethod]
        public void FieldMulSmallAndHalveMatchBigInteger()
        {
            var f = new MikeyNano.Arithmetic.P256Field();
            var rng = new Random(22);
            var values = new List<BigInteger> { 0, 1, P - 1, P - 2, (P + 1) / 2, BigInteger.Pow(2, 255), BigInteger.Pow(2, 224) - 1 };
            for (int i = 0; i < 200; i++) { byte[] b = new byte[32]; rng.NextBytes(b); values.Add(Mod(Int(b), P)); }
            foreach (BigInteger a in values)
                for (uint k = 0; k <= 16; k++)
                {
                    uint[] r = Limbs(a);
                    f.MulSmall(r, r, k);
                    Assert.AreEqual(Mod(a * k, P), FromLimbs(r), $"{k} * {a:X}");
                }
            // halving: r = a / 2 mod p, i.e. 2 r = a, for even and odd a (p - 1, p - 2, 1, 0 included)
            BigInteger inverseOf2 = (P + 1) / 2;
            foreach (BigInteger a in values)
            {
                uint[] r = Limbs(a);
                f.Halve(r, r);
                Assert.AreEqual(Mod(a * inverseOf2, P), FromLimbs(r), $"{a:X} / 2");
            }
        }

        private static uint[] Limbs(BigInteger v) { byte[] b = Be(v); uint[] r = new uint[8]; for (int i = 0; i < 8; i++) r[i] = (uint)(b[31 - 4 * i] | b[30 - 4 * i] << 8 | b[29 - 4 * i] << 16 | b[28 - 4 * i] << 24); return r; }
        private static BigInteger FromLimbs(uint[] r) { BigInteger v = 0; for (int i = 7; i >= 0; i--) v = (v << 32) + r[i]; return v; }

        /// <summary>Signatures (digest, r || s, Q) whose R = u1 G + u2 Q has n &lt;= x(R) &lt; p, so r = x(R) - n: built
        /// from a chosen R by solving for the public key Q = u2^-1 (R - u1 G) on the constant-time paths (not the
        /// verification path). Shared with the native backend's tests.</summary>
        internal static List<(byte[] hash, byte[] sig, P256Point q)> RPlusNSignatures(int count, int seed)
        {
            BigInteger x = N, y = 0;
            for (; x < P; x++)
            {
                BigInteger rhs = Mod(x * x * x - 3 * x + B, P);
                y = BigInteger.ModPow(rhs, (P + 1) / 4, P);
                if (Mod(y * y, P) == rhs) break;
            }
            Assert.IsTrue(x < P && x >= N);
            byte[] enc = new byte[65]; enc[0] = 4; Array.Copy(Be(x), 0, enc, 1, 32); Array.Copy(Be(y), 0, enc, 33, 32);
            P256Point bigR = P256Point.Decode(enc, 0, 65);
            var ctx = new P256();
            var rng = new Random(seed);
            var list = new List<(byte[], byte[], P256Point)>();
            for (int i = 0; i < count; i++)
            {
                byte[] hash = new byte[32]; rng.NextBytes(hash);
                byte[] sb = new byte[32]; rng.NextBytes(sb);
                BigInteger e = Mod(Int(hash), N), s = Mod(Int(sb), N - 1) + 1, r = x - N;
                BigInteger sInv = BigInteger.ModPow(s, N - 2, N);
                BigInteger u1 = Mod(e * sInv, N), u2 = Mod(r * sInv, N);
                P256Point t = ctx.Add(bigR, ctx.Negate(ctx.MultiplyBase(Be(u1))));
                P256Point q = ctx.Multiply(t, Be(BigInteger.ModPow(u2, N - 2, N)));
                byte[] sig = new byte[64];
                Array.Copy(Be(r), 0, sig, 0, 32); Array.Copy(Be(s), 0, sig, 32, 32);
                list.Add((hash, sig, q));
            }
            return list;
        }

        /// <summary>The r + n signatures: .NET accepts them, and so must we.</summary>
        [TestMethod]
        public void VerifyAcceptsTheRPlusNCase()
        {
            foreach (var (hash, sig, q) in RPlusNSignatures(5, 12))
            {
                using var net = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = q.X, Y = q.Y } });
                Assert.IsTrue(net.VerifyHash(hash, sig), ".NET accepts the r + n signature");
                Assert.IsTrue(EcdsaP256.VerifyHash(q, hash, sig), "we accept the r + n signature");
                byte[] bad = (byte[])sig.Clone(); bad[31] ^= 1;
                Assert.AreEqual(net.VerifyHash(hash, bad), EcdsaP256.VerifyHash(q, hash, bad), "r changed");
                Assert.IsFalse(EcdsaP256.VerifyHash(q, hash, bad), "r changed: rejected");
            }
        }
    }
}
