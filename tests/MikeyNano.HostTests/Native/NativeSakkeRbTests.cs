using System;
using System.Numerics;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MikeyNano.Bytes;
using MikeyNano.Native;
using MikeyNano.NativeHost;
using MikeyNano.Sakke;
using MikeyNano.Tests.Sakke;

namespace MikeyNano.HostTests.Native
{
    /// <summary>
    /// The sender's R = [r b mod q]P + [r]Z_T with r b mod q computed in the native call (mn_sakke_comb_mul_rb,
    /// firmware/native/src/mn_sakke_comb.c and mn_sakke_scalar.c; RFC 6508 6.2.1 step 3) through the library's seam as the
    /// host serves it (INativeKernels.SakkeCombMulRb over P/Invoke): RFC 6508 Appendix A's R_(b,S), 10,000 random (r, b)
    /// against SakkeCombMul2 with k1 = r b mod q from System.Numerics.BigInteger (an independent product: the point
    /// differs unless the call's r b mod q is BigInteger's), the managed SakkeContext.ScalarTimesIdentifier on a few
    /// identifiers, and the refusals. Not parallel with other classes: the backend choice is process-wide.
    /// </summary>
    [TestClass]
    [DoNotParallelize]
    public class NativeSakkeRbTests
    {
        private const int Inputs = 10000;
        private static readonly BigInteger Q = Int(Hex.Decode(SakkeParameterSet1.QHex));
        private static readonly BigInteger Uid = BigInteger.One << 256;

        private static BigInteger Int(byte[] b) => new BigInteger(b, isUnsigned: true, isBigEndian: true);

        private static byte[] Be(BigInteger v)
        {
            byte[] b = v.ToByteArray(isUnsigned: true, isBigEndian: true), r = new byte[128];
            Array.Copy(b, 0, r, 128 - b.Length, b.Length);
            return r;
        }

        private static BigInteger Below(Random rng, BigInteger bound)
        {
            byte[] b = new byte[160];
            rng.NextBytes(b);
            return Int(b) % bound;
        }

        [TestCleanup]
        public void BackToManaged() => NativeArithmetic.Use(null);

        private static INativeKernels Kernels()
        {
            Assert.IsTrue(HostNativeArithmetic.Enable(), "libmikeynano_native did not load or has another version");
            return NativeArithmetic.Kernels!;
        }

        private static byte[] Strip(string hex04) { byte[] e = Hex.Decode(hex04); byte[] r = new byte[256]; Array.Copy(e, 1, r, 0, 256); return r; }

        /// <summary>The combs of P and Z_T (RFC 6508 Appendix A), built through the seam.</summary>
        private static (uint[] P, uint[] Z) Combs(INativeKernels k)
        {
            uint[] tp = new uint[k.SakkeCombWords()], tz = new uint[tp.Length];
            Assert.AreEqual(NativeBackend.Ok, k.SakkeCombBuild(tp, SakkeParameterSet1.PBytes()[1..]), "comb of P");
            Assert.AreEqual(NativeBackend.Ok, k.SakkeCombBuild(tz, Strip(Rfc6508Vectors.ZT)), "comb of Z_T");
            return (tp, tz);
        }

        /// <summary>The seam's status and point (pre-filled with 0xA5, so that a zeroed output is the kernel's).</summary>
        private static (int Status, byte[] R) MulRb(INativeKernels k, uint[] tp, uint[] tz, byte[] r, byte[] b)
        {
            byte[] o = new byte[256];
            Array.Fill(o, (byte)0xA5);
            return (k.SakkeCombMulRb(o, tp, tz, r, b), o);
        }

        /// <summary>[k1]P + [r]Z_T by the two combs, k1 given.</summary>
        private static byte[] Mul2(INativeKernels k, uint[] tp, uint[] tz, byte[] k1, byte[] r)
        {
            byte[] o = new byte[256];
            Assert.AreEqual(NativeBackend.Ok, k.SakkeCombMul2(o, tp, k1, tz, r), "SakkeCombMul2");
            return o;
        }

        [TestMethod]
        public void Rfc6508AppendixAGivesTheRfcsR()
        {
            INativeKernels k = Kernels();
            (uint[] tp, uint[] tz) = Combs(k);
            byte[] r = Be(Int(Hex.Decode(Rfc6508Vectors.R))), b = Be(Int(Hex.Decode(Rfc6508Vectors.B)));
            (int st, byte[] rb) = MulRb(k, tp, tz, r, b);
            Assert.AreEqual(NativeBackend.Ok, st);
            Assert.AreEqual(Rfc6508Vectors.Rbx + Rfc6508Vectors.Rby, Convert.ToHexString(rb), "R_(b,S) = [r]([b]P + Z_T)");
            byte[] k1 = Be(Int(r) * Int(b) % Q);
            CollectionAssert.AreEqual(Mul2(k, tp, tz, k1, r), rb, "[r b mod q]P + [r]Z_T with BigInteger's r b mod q");
        }

        /// <summary>10,000 random (r, b), r in [1, q), b below q: half of them a 3GPP UID's 32 octets; 1 in 64 of each
        /// edge (r = 1, r = q - 1, b = 0, b = 1, b = q - 1). Two threads: a call pair is some 10 ms.</summary>
        [TestMethod]
        public void RandomScalarsAgreeWithBigIntegerAndMul2()
        {
            INativeKernels k = Kernels();
            (uint[] tp, uint[] tz) = Combs(k);
            var rng = new Random(6508);
            var inputs = new (BigInteger R, BigInteger B)[Inputs];
            for (int i = 0; i < Inputs; i++)
            {
                BigInteger r = 1 + Below(rng, Q - 1), b = i % 2 == 0 ? Below(rng, Uid) : Below(rng, Q);
                switch (rng.Next(64))
                {
                    case 0: r = 1; break;
                    case 1: r = Q - 1; break;
                    case 2: b = 0; break;
                    case 3: b = 1; break;
                    case 4: b = Q - 1; break;
                }
                inputs[i] = (r, b);
            }
            int differing = 0;
            string first = null;
            Parallel.For(0, Inputs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                (BigInteger r, BigInteger b) = inputs[i];
                byte[] rs = Be(r), bs = Be(b);
                (int st, byte[] got) = MulRb(k, tp, tz, rs, bs);
                byte[] want = Mul2(k, tp, tz, Be(r * b % Q), rs);
                if (st != NativeBackend.Ok || !got.AsSpan().SequenceEqual(want))
                {
                    System.Threading.Interlocked.Increment(ref differing);
                    System.Threading.Interlocked.CompareExchange(ref first, "r " + r.ToString("X") + ", b " + b.ToString("X") + ": status " + st, null);
                }
            });
            Assert.AreEqual(0, differing, first);
            Assert.IsTrue(Array.FindAll(inputs, x => x.R == 1).Length >= Inputs / 100 && Array.FindAll(inputs, x => x.B == Q - 1).Length >= Inputs / 100, "edges drawn");
        }

        /// <summary>The managed sender's product (SakkeContext.ScalarTimesIdentifier: identifier octets reduced mod q,
        /// times r) gives the same point as k1, for the RFC's identifier, a 32-octet UID and one longer than q.</summary>
        [TestMethod]
        public void AgreesWithTheManagedScalarTimesIdentifier()
        {
            INativeKernels k = Kernels();
            (uint[] tp, uint[] tz) = Combs(k);
            var rng = new Random(2011);
            var c = new SakkeContext();
            byte[] uid = new byte[32], longer = new byte[130];
            rng.NextBytes(uid);
            rng.NextBytes(longer);
            foreach (byte[] identifier in new[] { Hex.Decode(Rfc6508Vectors.B), uid, longer })
            {
                byte[] r = Be(1 + Below(rng, Q - 1));
                byte[] b = SakkeNative.Scalar(c.IdentifierScalar(identifier));
                Assert.IsTrue(Int(b) < Q);
                (int st, byte[] got) = MulRb(k, tp, tz, r, b);
                Assert.AreEqual(NativeBackend.Ok, st);
                CollectionAssert.AreEqual(Mul2(k, tp, tz, SakkeNative.Scalar(c.ScalarTimesIdentifier(r, identifier)), r), got,
                    "identifier of " + identifier.Length + " octets");
            }
        }

        /// <summary>The sender's steps that the precomputed native path takes (and SHA-256 for r's hash), delegated to the
        /// shared library; every other call (SakkeCombMul2, the managed product's fallback, included) throws.</summary>
        private sealed class SenderKernels : UnusedKernels
        {
            private readonly INativeKernels _n;
            public int CombRbCalls;
            public SenderKernels(INativeKernels n) { _n = n; }
            public override int Version() => _n.Version();
            public override int SakkeCombWords() => _n.SakkeCombWords();
            public override int SakkeCombBuild(uint[] table, byte[] b) => _n.SakkeCombBuild(table, b);
            public override int SakkePfPow(byte[] result, byte[] g, byte[] r) => _n.SakkePfPow(result, g, r);
            public override int Sha256Blocks(uint[] state, byte[] data, int offset, int blocks) => _n.Sha256Blocks(state, data, offset, blocks);
            public override int SakkeCombMulRb(byte[] result, uint[] table1, uint[] table2, byte[] r, byte[] b) { CombRbCalls++; return _n.SakkeCombMulRb(result, table1, table2, r, b); }
        }

        /// <summary>SakkeSender with combs on the native backend encapsulates RFC 6508 Appendix A's SSV to its identifier
        /// as the RFC does (SED), R from one SakkeCombMulRb call and no SakkeCombMul2.</summary>
        [TestMethod]
        public void TheNativeSenderGivesTheRfcsSedThroughSakkeCombMulRb()
        {
            var k = new SenderKernels(Kernels());
            NativeArithmetic.Use(k);
            Assert.AreSame(k, NativeArithmetic.Kernels, "the delegating backend is in use");
            byte[] sed = new SakkeSender(Hex.Decode(Rfc6508Vectors.ZT), true).Encapsulate(Hex.Decode(Rfc6508Vectors.Ssv), Hex.Decode(Rfc6508Vectors.B));
            Assert.AreEqual(Rfc6508Vectors.Sed, Convert.ToHexString(sed));
            Assert.AreEqual(1, k.CombRbCalls, "SakkeCombMulRb calls");
        }

        /// <summary>r = 0, r >= q or b >= q: MN_EENCODING (-1) with R zeroed; wrong lengths: the seam's MN_EBUFFER (-4)
        /// before the kernel runs (R untouched); an unbuilt table: MN_EBUFFER from the kernel.</summary>
        [TestMethod]
        public void RefusalsAreReportedAndZeroed()
        {
            INativeKernels k = Kernels();
            (uint[] tp, uint[] tz) = Combs(k);
            byte[] r = Be(Int(Hex.Decode(Rfc6508Vectors.R))), b = Be(Int(Hex.Decode(Rfc6508Vectors.B)));
            byte[] allOnes = new byte[128];
            Array.Fill(allOnes, (byte)0xFF);
            foreach ((string what, byte[] rr, byte[] bb) in new[] { ("r = 0", Be(0), b), ("r = q", Be(Q), b),
                ("r = 2^1024 - 1", allOnes, b), ("b = q", r, Be(Q)), ("b = q + 1", r, Be(Q + 1)), ("b = 2^1024 - 1", r, allOnes) })
            {
                (int st, byte[] o) = MulRb(k, tp, tz, rr, bb);
                Assert.AreEqual(NativeBackend.ErrorEncoding, st, what);
                Assert.AreEqual(-1, st, what);
                CollectionAssert.AreEqual(new byte[256], o, what + ": zeroed");
            }
            foreach ((string what, byte[] o, uint[] t1, uint[] t2, byte[] rr, byte[] bb) in new[] {
                ("result of 255", new byte[255], tp, tz, r, b), ("result of 257", new byte[257], tp, tz, r, b),
                ("short first table", new byte[256], tp[..^1], tz, r, b), ("short second table", new byte[256], tp, tz[..^1], r, b),
                ("r of 127", new byte[256], tp, tz, r[1..], b), ("r of 129", new byte[256], tp, tz, Octets.Concat(new byte[1], r), b),
                ("b of 32", new byte[256], tp, tz, r, b[96..]), ("b of 129", new byte[256], tp, tz, r, Octets.Concat(new byte[1], b)) })
            {
                Array.Fill(o, (byte)0xA5);
                Assert.AreEqual(NativeBackend.ErrorBuffer, k.SakkeCombMulRb(o, t1, t2, rr, bb), what);
                Assert.AreEqual(-4, NativeBackend.ErrorBuffer);
                Assert.IsTrue(Array.TrueForAll(o, x => x == 0xA5), what + ": untouched");
            }
            uint[] unbuilt = new uint[tp.Length];
            (int st2, byte[] o2) = MulRb(k, unbuilt, tz, r, b);
            Assert.AreEqual(NativeBackend.ErrorBuffer, st2, "unbuilt first table");
            CollectionAssert.AreEqual(new byte[256], o2, "zeroed");
            // the tables after the refusals: the RFC's R again
            Assert.AreEqual(Rfc6508Vectors.Rbx + Rfc6508Vectors.Rby, Convert.ToHexString(MulRb(k, tp, tz, r, b).R));
        }
    }
}
