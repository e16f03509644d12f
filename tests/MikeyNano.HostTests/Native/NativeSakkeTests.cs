using System;
using System.Numerics;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Native;
using MikeyNano.NativeHost;
using MikeyNano.Sakke;
using MikeyNano.Tests.Sakke;

namespace MikeyNano.HostTests.Native
{
    /// <summary>
    /// The native SAKKE backend (firmware/native, mn_sakke.h) agrees with the managed code: RFC 6508 Appendix A's values,
    /// the Streamwide RSKs (RFC 6508 6.1.2 validation), and random inputs per kernel: 10,000 each for field
    /// multiplication, squaring and inversion; fewer for the point operations, whose managed reference alone costs
    /// 15-60 ms per call on the host (counts in each test's name), so that the class stays near a minute on two cores.
    /// </summary>
    [TestClass]
    public class NativeSakkeTests
    {
        private static readonly BigInteger P = new BigInteger(Hex.Decode(SakkeParameterSet1.PHex), true, true);
        private static readonly BigInteger Q = new BigInteger(Hex.Decode(SakkeParameterSet1.QHex), true, true);

        private static byte[] Fixed(BigInteger v, int length)
        {
            byte[] b = v.ToByteArray(true, true);
            byte[] r = new byte[length];
            Array.Copy(b, 0, r, length - b.Length, b.Length);
            return r;
        }

        private static BigInteger Below(Random rng, BigInteger bound)
        {
            byte[] b = new byte[160];
            rng.NextBytes(b);
            return new BigInteger(b, true, true) % bound;
        }

        private static uint[] Limbs(byte[] be)
        {
            uint[] r = new uint[32];
            for (int i = 0; i < 32; i++)
            {
                int o = be.Length - 4 - 4 * i;
                r[i] = (uint)be[o] << 24 | (uint)be[o + 1] << 16 | (uint)be[o + 2] << 8 | be[o + 3];
            }
            return r;
        }

        private static byte[] LimbOctets(uint[] limbs)
        {
            byte[] r = new byte[128];
            for (int i = 0; i < 32; i++)
            {
                int o = 124 - 4 * i;
                r[o] = (byte)(limbs[i] >> 24); r[o + 1] = (byte)(limbs[i] >> 16); r[o + 2] = (byte)(limbs[i] >> 8); r[o + 3] = (byte)limbs[i];
            }
            return r;
        }

        /// <summary>Managed reference objects, one set per thread (they own scratch space).</summary>
        private sealed class Managed
        {
            public readonly IPrimeField F = SakkeParameterSet1.Field;
            public readonly SakkeCurve Curve;
            public readonly SakkeScalarMultiplier Multiplier;
            public readonly TatePairing Pairing;
            public readonly SakkePoint P;

            public Managed()
            {
                Curve = new SakkeCurve(F);
                Multiplier = new SakkeScalarMultiplier(Curve);
                Pairing = new TatePairing(F);
                P = Curve.Decode(SakkeParameterSet1.PBytes());
            }

            public SakkePoint Decode(byte[] xy) { return Curve.Decode(MikeyNano.Bytes.Octets.Concat(new byte[] { 4 }, xy)); }

            public byte[] Encode(SakkePoint a)
            {
                byte[] e = Curve.Encode(a);
                byte[] r = new byte[256];
                Array.Copy(e, 1, r, 0, 256);
                return r;
            }

            public byte[] Affine(SakkeJacobianPoint j)
            {
                SakkePoint a = new SakkePoint(F);
                Curve.ToAffine(a, j);
                return Encode(a);
            }

            public byte[] Multiply(SakkePoint point, byte[] k)
            {
                SakkeJacobianPoint r = new SakkeJacobianPoint(F);
                Multiplier.Multiply(r, point, k);
                return Affine(r);
            }

            public byte[] Element(uint[] e)
            {
                byte[] r = new byte[128];
                F.ToBytes(e, r, 0);
                return r;
            }

            public byte[] Pair(SakkePoint r, SakkePoint q)
            {
                uint[] w = F.Create();
                Pairing.Compute(w, r, q);
                return Element(w);
            }
        }

        private static byte[] Strip(string hex04) { byte[] e = Hex.Decode(hex04); byte[] r = new byte[256]; Array.Copy(e, 1, r, 0, 256); return r; }

        private static byte[] Scalar(string hex) { return Fixed(new BigInteger(Hex.Decode(hex), true, true), 128); }

        private static void Ok(int status, string what) { Assert.AreEqual(NativeBackend.Ok, status, what); }

        /// <summary>Q_b = [b]P + Z_T by the managed code.</summary>
        private static byte[] IdentifierPoint(Managed m, byte[] identifier, byte[] zt)
        {
            SakkeContext c = new SakkeContext();
            return m.Encode(c.IdentifierPoint(identifier, c.Curve.Decode(MikeyNano.Bytes.Octets.Concat(new byte[] { 4 }, zt))));
        }

        [TestMethod]
        public void Rfc6508AppendixA()
        {
            Managed m = new Managed();
            byte[] p = m.Encode(m.P), zt = Strip(Rfc6508Vectors.ZT), rsk = Strip(Rfc6508Vectors.Rsk);
            byte[] r = Scalar(Rfc6508Vectors.R), rb = Hex.Decode(Rfc6508Vectors.Rbx + Rfc6508Vectors.Rby);
            byte[] outp = new byte[256], w = new byte[128];

            Ok(NativeBackend.SakkeMultiply(outp, p, Scalar(Rfc6508Vectors.Z)), "[z]P");
            CollectionAssert.AreEqual(zt, outp, "Z_T = [z]P");
            byte[] qb = IdentifierPoint(m, Hex.Decode(Rfc6508Vectors.B), zt);
            Ok(NativeBackend.SakkeMultiply(outp, qb, r), "[r]Q_b");
            CollectionAssert.AreEqual(rb, outp, "R_(b,S) = [r]([b]P + Z_T), plain");
            Ok(NativeBackend.SakkeCheck(qb, r, rb), "check, plain");

            uint[] tp = new uint[NativeBackend.SakkeCombWords], tz = new uint[tp.Length], tq = new uint[tp.Length];
            Ok(NativeBackend.SakkeCombBuild(tp, p), "comb P");
            Ok(NativeBackend.SakkeCombBuild(tz, zt), "comb Z_T");
            Ok(NativeBackend.SakkeCombBuild(tq, qb), "comb Q_b");
            Ok(NativeBackend.SakkeCombMultiply(outp, tq, r), "[r]Q_b by comb");
            CollectionAssert.AreEqual(rb, outp, "R_(b,S) by Q_b's comb");
            byte[] b = Fixed(new BigInteger(Hex.Decode(Rfc6508Vectors.B), true, true) % Q, 128);
            byte[] rbq = Fixed(new BigInteger(r, true, true) * new BigInteger(b, true, true) % Q, 128);
            Ok(NativeBackend.SakkeCombMultiplyTwo(outp, tp, rbq, tz, r), "[r b]P + [r]Z_T");
            CollectionAssert.AreEqual(rb, outp, "R_(b,S) = [r b]P + [r]Z_T (the sender's combs)");
            Ok(NativeBackend.SakkeCheckComb(tq, r, rb), "check, comb");

            Ok(NativeBackend.SakkePair(w, p, p), "<P,P>");
            CollectionAssert.AreEqual(Hex.Decode(SakkeParameterSet1.GHex), w, "<P,P> = g");
            Ok(NativeBackend.SakkePair(w, rb, rsk), "<R,RSK>");
            CollectionAssert.AreEqual(Hex.Decode(Rfc6508Vectors.GToR), w, "<R_(b,S), RSK> = g^r");
            uint[] lines = new uint[NativeBackend.SakkeRskTableWords];
            Ok(NativeBackend.SakkeRskTableBuild(lines, rsk), "RSK lines");
            Ok(NativeBackend.SakkeRskPair(w, lines, rb), "<R,RSK> by lines");
            CollectionAssert.AreEqual(Hex.Decode(Rfc6508Vectors.GToR), w, "<R_(b,S), RSK> = g^r over the RSK's lines");
            Ok(NativeBackend.SakkeRskPair(w, lines, qb), "<Q_b,RSK> by lines");
            CollectionAssert.AreEqual(Hex.Decode(SakkeParameterSet1.GHex), w, "RFC 6508 6.1.2: <[b]P + Z_T, RSK> = g");
            CollectionAssert.AreEqual(HashToIntegerRange.ModPowerOfTwo(w, 128), HashToIntegerRange.ModPowerOfTwo(Hex.Decode(SakkeParameterSet1.GHex), 128));
            NativeBackend.Wipe(new byte[1], 0, 1);
        }

        [TestMethod]
        public void FailuresAreReportedAndZeroed()
        {
            Managed m = new Managed();
            byte[] p = m.Encode(m.P), outp = new byte[256], w = new byte[128];
            Array.Fill(outp, (byte)0xAA);
            Assert.AreEqual(NativeBackend.ErrorInfinity, NativeBackend.SakkeMultiply(outp, p, new byte[128]), "[0]P");
            CollectionAssert.AreEqual(new byte[256], outp, "zeroed on failure");
            Assert.AreEqual(NativeBackend.ErrorEncoding, NativeBackend.SakkeMultiply(outp, p, Fixed(Q, 128)), "k = q");
            byte[] off = (byte[])p.Clone();
            off[255] ^= 1;
            Assert.AreEqual(NativeBackend.ErrorPoint, NativeBackend.SakkeMultiply(outp, off, Fixed(5, 128)), "point off E");
            Assert.AreEqual(NativeBackend.ErrorPoint, NativeBackend.SakkePair(w, p, off), "pairing with a point off E");
            CollectionAssert.AreEqual(new byte[128], w);
            byte[] big = (byte[])p.Clone();
            Array.Copy(Fixed(P, 128), 0, big, 0, 128);
            Assert.AreEqual(NativeBackend.ErrorEncoding, NativeBackend.SakkePair(w, big, p), "x = p");
            Assert.AreEqual(NativeBackend.ErrorEncoding, NativeBackend.Fp1024Mul(new uint[32], Limbs(Fixed(P, 128)), new uint[32]), "field element p");
            uint[] small = new uint[16];
            Assert.AreEqual(NativeBackend.ErrorBuffer, NativeBackend.SakkeCombBuild(small, p), "short comb buffer");
            Assert.AreEqual(NativeBackend.ErrorBuffer, NativeBackend.SakkeCombMultiply(outp, new uint[NativeBackend.SakkeCombWords], Fixed(5, 128)), "unbuilt comb");
            Assert.AreEqual(NativeBackend.ErrorBuffer, NativeBackend.SakkeRskPair(w, new uint[NativeBackend.SakkeRskTableWords], p), "unbuilt RSK table");
            Assert.AreEqual(NativeBackend.ErrorPoint, NativeBackend.SakkeCheck(p, Fixed(5, 128), p), "[5]P != P");
            Assert.AreEqual(NativeBackend.ErrorPoint, NativeBackend.SakkeCheck(p, new byte[128], p), "r = 0 never passes");
        }

        [TestMethod]
        public void StreamwideRsksValidate()
        {
            Managed m = new Managed();
            byte[] zt = Strip(StreamwideVectors.PubEncKey);
            string[][] users =
            {
                new[] { StreamwideVectors.GmsUid, StreamwideVectors.GmsRsk }, new[] { StreamwideVectors.AliceUid, StreamwideVectors.AliceRsk },
                new[] { StreamwideVectors.BobUid, StreamwideVectors.BobRsk }, new[] { StreamwideVectors.IwfUid, StreamwideVectors.IwfRsk },
            };
            byte[] g = Hex.Decode(SakkeParameterSet1.GHex), w = new byte[128];
            uint[] lines = new uint[NativeBackend.SakkeRskTableWords];
            foreach (string[] u in users)
            {
                byte[] qb = IdentifierPoint(m, Hex.Decode(u[0]), zt), rsk = Strip(u[1]);
                CollectionAssert.AreEqual(g, m.Pair(m.Decode(qb), m.Decode(rsk)), "managed: <Q_b, RSK> = g for " + u[0]);
                Ok(NativeBackend.SakkePair(w, qb, rsk), "pair");
                CollectionAssert.AreEqual(g, w, "native: <Q_b, RSK> = g for " + u[0]);
                Ok(NativeBackend.SakkeRskTableBuild(lines, rsk), "lines");
                Ok(NativeBackend.SakkeRskPair(w, lines, qb), "pair by lines");
                CollectionAssert.AreEqual(g, w, "native over the RSK's lines for " + u[0]);
            }
        }

        private static void FieldAgreement(int count, int seed, Func<uint[], uint[], uint[], int> native, Action<IPrimeField, uint[], uint[], uint[]> managed, string name)
        {
            IPrimeField f = SakkeParameterSet1.Field;
            Random rng = new Random(seed);
            BigInteger[] edges = { 0, 1, 2, P - 1, P - 2, (P - 1) / 2, BigInteger.Pow(2, 1023) % P, BigInteger.Pow(2, 992) };
            uint[] x = f.Create(), y = f.Create(), z = f.Create(), r = new uint[32];
            byte[] want = new byte[128];
            for (int i = 0; i < count; i++)
            {
                BigInteger a = i < edges.Length ? edges[i] : Below(rng, P);
                BigInteger b = i < edges.Length ? edges[(i * 3 + 1) % edges.Length] : Below(rng, P);
                byte[] ab = Fixed(a, 128), bb = Fixed(b, 128);
                f.FromBytes(ab, 0, 128, x);
                f.FromBytes(bb, 0, 128, y);
                managed(f, z, x, y);
                f.ToBytes(z, want, 0);
                Assert.AreEqual(0, native(r, Limbs(ab), Limbs(bb)), name + " status");
                byte[] got = LimbOctets(r);
                if (!want.AsSpan().SequenceEqual(got)) Assert.Fail(name + " differs for a = " + a.ToString("X") + ", b = " + b.ToString("X"));
            }
        }

        [TestMethod]
        public void FieldMultiply10000()
        {
            FieldAgreement(10000, 1, (r, a, b) => NativeBackend.Fp1024Mul(r, a, b), (f, r, a, b) => f.Mul(r, a, b), "mul");
        }

        [TestMethod]
        public void FieldSquare10000()
        {
            FieldAgreement(10000, 2, (r, a, b) => NativeBackend.Fp1024Sqr(r, a), (f, r, a, b) => f.Sqr(r, a), "sqr");
        }

        [TestMethod]
        public void FieldInvert10000()
        {
            // both cores: about 1.5 ms per native inversion (Fermat)
            Parallel.For(0, 2, half => FieldAgreement(5000, 3 + half, (r, a, b) => NativeBackend.Fp1024Inv(r, a), (f, r, a, b) => f.Invert(r, a), "inv"));
        }

        /// <summary>Random points of order q: [s]P for random s (managed), and random scalars (some even: the q - k path).</summary>
        private static void PointAgreement(int count, int seed, Action<Managed, Random, int> check)
        {
            Parallel.For(0, 2, half =>
            {
                Managed m = new Managed();
                Random rng = new Random(seed * 2 + half);
                for (int i = half; i < count; i += 2) check(m, rng, i);
            });
        }

        private static byte[] RandomScalar(Random rng, int i)
        {
            if (i == 0) return Fixed(1, 128);
            if (i == 1) return Fixed(Q - 1, 128);
            if (i == 2) return Fixed(2, 128);
            return Fixed(Below(rng, Q - 1) + 1, 128);
        }

        /// <summary>The sender's table-free Q_b = [b]P + Z_T on the native path (SakkeContext.IdentifierPointNative: [b]P
        /// natively, then SakkeNative.AddPublic's chord in plain integers) equals the managed Jacobian sum, for 100 random
        /// identifiers, the Streamwide UID and b = 0 (the identifier q itself); AddPublic refuses a + a and a + (-a).</summary>
        [TestMethod]
        public void IdentifierPointNative100()
        {
            INativeKernels n = new SakkeMulOnly();
            byte[] zt = Strip(StreamwideVectors.PubEncKey);
            PointAgreement(100, 12, (m, rng, i) =>
            {
                byte[] id = new byte[32];
                rng.NextBytes(id);
                if (i == 0) id = Hex.Decode(StreamwideVectors.AliceUid);
                if (i == 1) id = Hex.Decode(SakkeParameterSet1.QHex);
                SakkeContext c = new SakkeContext();
                CollectionAssert.AreEqual(IdentifierPoint(m, id, zt), c.IdentifierPointNative(n, id, zt), "Q_b #" + i);
            });
            Managed mm = new Managed();
            byte[] a = mm.Encode(mm.P), minusA = (byte[])a.Clone();
            Array.Copy(Fixed(P - new BigInteger(a.AsSpan(128, 128), true, true), 128), 0, minusA, 128, 128);
            MontgomeryField f = SakkeParameterSet1.Field;
            Assert.IsNull(SakkeNative.AddPublic(f, a, a), "P + P: no chord");
            Assert.IsNull(SakkeNative.AddPublic(f, a, minusA), "P + (-P): no chord");
            byte[] twoP = mm.Multiply(mm.P, Fixed(2, 128)), threeP = mm.Multiply(mm.P, Fixed(3, 128));
            CollectionAssert.AreEqual(threeP, SakkeNative.AddPublic(f, twoP, a), "2P + P");
        }

        /// <summary>The shared library's [k]Q through the seam, nothing else.</summary>
        private sealed class SakkeMulOnly : UnusedKernels
        {
            public override int SakkeMul(byte[] result, byte[] q, byte[] k) { return NativeBackend.SakkeMultiply(result, q, k); }
        }

        [TestMethod]
        public void ScalarMultiply200()
        {
            PointAgreement(200, 10, (m, rng, i) =>
            {
                byte[] point = i < 4 ? m.Encode(m.P) : m.Multiply(m.P, RandomScalar(rng, i)), k = RandomScalar(rng, i), got = new byte[256];
                Ok(NativeBackend.SakkeMultiply(got, point, k), "mul");
                CollectionAssert.AreEqual(m.Multiply(m.Decode(point), k), got, "[k]Q #" + i);
                Ok(NativeBackend.SakkeCheck(point, k, got), "check #" + i);
            });
        }

        [TestMethod]
        public void CombMultiply1000()
        {
            Managed m0 = new Managed();
            byte[] b1 = m0.Encode(m0.P), b2 = m0.Multiply(m0.P, Fixed(Below(new Random(7), Q), 128));
            SakkeCombTable c1 = new SakkeCombTable(m0.Curve, m0.Decode(b1), 8), c2 = new SakkeCombTable(m0.Curve, m0.Decode(b2), 8);
            uint[] t1 = new uint[NativeBackend.SakkeCombWords], t2 = new uint[t1.Length];
            Ok(NativeBackend.SakkeCombBuild(t1, b1), "comb 1");
            Ok(NativeBackend.SakkeCombBuild(t2, b2), "comb 2");
            object gate = new object();
            PointAgreement(1000, 20, (m, rng, i) =>
            {
                byte[] k1 = RandomScalar(rng, i), k2 = RandomScalar(rng, i + 1), got = new byte[256], want;
                SakkeJacobianPoint r = new SakkeJacobianPoint(m.F);
                if (i % 2 == 0)
                {
                    lock (gate) { c2.Multiply(r, k1); want = m.Affine(r); }
                    Ok(NativeBackend.SakkeCombMultiply(got, t2, k1), "comb mul");
                    CollectionAssert.AreEqual(want, got, "[k]B by comb #" + i);
                    Ok(NativeBackend.SakkeCheckComb(t2, k1, got), "comb check #" + i);
                }
                else
                {
                    lock (gate) { SakkeCombTable.MultiplyTwo(r, c1, k1, c2, k2); want = m.Affine(r); }
                    Ok(NativeBackend.SakkeCombMultiplyTwo(got, t1, k1, t2, k2), "comb mul2");
                    CollectionAssert.AreEqual(want, got, "[k1]B1 + [k2]B2 by combs #" + i);
                }
            });
        }

        [TestMethod]
        public void Pairing60()
        {
            PointAgreement(60, 30, (m, rng, i) =>
            {
                byte[] r = m.Multiply(m.P, RandomScalar(rng, i + 3)), q = m.Multiply(m.P, RandomScalar(rng, i + 3)), got = new byte[128];
                Ok(NativeBackend.SakkePair(got, r, q), "pair");
                CollectionAssert.AreEqual(m.Pair(m.Decode(r), m.Decode(q)), got, "<R,Q> #" + i);
            });
        }

        [TestMethod]
        public void RskTablePairing200()
        {
            // two RSK-like points, 100 pairings each over their line tables (managed and native)
            PointAgreement(2, 40, (m, rng, i) =>
            {
                byte[] rsk = m.Multiply(m.P, RandomScalar(rng, 5));
                RskPairingTable lines = new RskPairingTable(m.F, m.Decode(rsk));
                uint[] table = new uint[NativeBackend.SakkeRskTableWords];
                Ok(NativeBackend.SakkeRskTableBuild(table, rsk), "build");
                uint[] w = m.F.Create();
                byte[] got = new byte[128];
                for (int j = 0; j < 100; j++)
                {
                    byte[] r = m.Multiply(m.P, RandomScalar(rng, j + 3));
                    lines.Compute(w, m.Decode(r));
                    Ok(NativeBackend.SakkeRskPair(got, table, r), "pair by lines");
                    CollectionAssert.AreEqual(m.Element(w), got, "<R,RSK> over the lines, RSK " + i + " #" + j);
                }
            });
        }
    }
}
