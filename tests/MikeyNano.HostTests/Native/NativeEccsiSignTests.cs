using System;
using System.Numerics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.Native;
using MikeyNano.NativeHost;
using MikeyNano.Tests.Eccsi;

namespace MikeyNano.HostTests.Native
{
    /// <summary>
    /// ECCSI signing's s' = (HE + r SSK)^-1 j mod q (RFC 6507 5.2.1 step 4) in the native backend (mn_eccsi_sign_s,
    /// firmware/native/src/mn_eccsi.c) through the library's seam as the host serves it (INativeKernels.EccsiSignS over
    /// P/Invoke): RFC 6507 Appendix A, the managed EccsiSigner on the same vector, System.Numerics.BigInteger as an
    /// independent oracle on 10,000 random inputs (values at or above q among them: reduced first), the two retry cases
    /// (s' zeroed) and the seam's refusals. Not parallel with other classes: the backend choice is process-wide.
    /// </summary>
    [TestClass]
    [DoNotParallelize]
    public class NativeEccsiSignTests
    {
        private const int Inputs = 10000;
        private const int Retry = -17; // MN_ECCSI_ERETRY (firmware/native/include/mn_p256.h)
        private static readonly BigInteger Q = Int(Convert.FromHexString("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"));
        private static readonly BigInteger Two256 = BigInteger.One << 256;

        private static BigInteger Int(byte[] b) => new BigInteger(b, isUnsigned: true, isBigEndian: true);

        private static byte[] Be(BigInteger v)
        {
            byte[] b = v.ToByteArray(isUnsigned: true, isBigEndian: true), r = new byte[32];
            Array.Copy(b, 0, r, 32 - b.Length, b.Length);
            return r;
        }

        [TestCleanup]
        public void BackToManaged() => NativeArithmetic.Use(null);

        private static INativeKernels Kernels()
        {
            Assert.IsTrue(HostNativeArithmetic.Enable(), "libmikeynano_native did not load or has another version");
            return NativeArithmetic.Kernels!;
        }

        /// <summary>The seam's status and s' (s' pre-filled with 0xA5, so that a zeroed output is the kernel's).</summary>
        private static (int Status, byte[] S) SignS(INativeKernels k, byte[] j, byte[] he, byte[] r, byte[] ssk)
        {
            byte[] s = new byte[32];
            Array.Fill(s, (byte)0xA5);
            return (k.EccsiSignS(s, j, he, r, ssk), s);
        }

        /// <summary>The oracle: each input reduced mod q, then (HE + r SSK)^(q-2) j mod q (Fermat, BigInteger.ModPow);
        /// null for the retry cases.</summary>
        private static byte[] Expected(byte[] j, byte[] he, byte[] r, byte[] ssk)
        {
            BigInteger rq = Int(r) % Q, d = (Int(he) + rq * Int(ssk)) % Q;
            if (rq.IsZero || d.IsZero) return null;
            return Be(BigInteger.ModPow(d, Q - 2, Q) * Int(j) % Q);
        }

        [TestMethod]
        public void Rfc6507AppendixAGivesTheRfcsS()
        {
            (int st, byte[] s) = SignS(Kernels(), Hex.Decode(EccsiRfc6507Tests.J), Hex.Decode(EccsiRfc6507Tests.He),
                Hex.Decode(EccsiRfc6507Tests.Jx), Hex.Decode(EccsiRfc6507Tests.Ssk));
            Assert.AreEqual(NativeBackend.Ok, st);
            Assert.AreEqual(EccsiRfc6507Tests.S, Convert.ToHexString(s));
        }

        /// <summary>The managed signer (native path off) signs the Appendix A message with the same j: its s equals the
        /// kernel's for the r and HE it used, read back from its signature and recomputed.</summary>
        [TestMethod]
        public void AgreesWithTheManagedSignerOnTheRfcVector()
        {
            NativeArithmetic.Use(null);
            var signer = new EccsiSigner(Hex.Decode(EccsiRfc6507Tests.Kpak), Hex.Decode(EccsiRfc6507Tests.Id),
                Hex.Decode(EccsiRfc6507Tests.Ssk), Hex.Decode(EccsiRfc6507Tests.Pvt), false);
            byte[] m = Hex.Decode(EccsiRfc6507Tests.M), j = Hex.Decode(EccsiRfc6507Tests.J);
            byte[] sig = signer.SignWith(m, 0, m.Length, j);
            byte[] r = sig[..32], managedS = sig[32..64];
            byte[] he = EccsiHashes.He(signer.Hs, r, 0, m, 0, m.Length);
            (int st, byte[] s) = SignS(Kernels(), j, he, r, Hex.Decode(EccsiRfc6507Tests.Ssk));
            Assert.AreEqual(NativeBackend.Ok, st);
            Assert.AreEqual(Convert.ToHexString(managedS), Convert.ToHexString(s));
            Assert.AreEqual(EccsiRfc6507Tests.S, Convert.ToHexString(managedS), "the managed signer's s");
        }

        /// <summary>A random 32-octet input: one in eight at or above q, one in sixteen small, one in sixty-four zero
        /// and one in sixty-four q itself.</summary>
        private static byte[] Draw(Random rng)
        {
            byte[] b = new byte[32];
            rng.NextBytes(b);
            switch (rng.Next(64))
            {
                case < 8: return Be(Q + Int(b) % (Two256 - Q));
                case < 12: return Be(Int(b) & 0xFFFFFFFF);
                case 12: return new byte[32];
                case 13: return Be(Q);
                default: return b;
            }
        }

        [TestMethod]
        public void RandomInputsAgreeWithBigInteger()
        {
            INativeKernels k = Kernels();
            var rng = new Random(6507);
            int above = 0, retries = 0;
            for (int i = 0; i < Inputs; i++)
            {
                byte[] j = Draw(rng), he = Draw(rng), r = Draw(rng), ssk = Draw(rng);
                if (Int(j) >= Q || Int(he) >= Q || Int(r) >= Q || Int(ssk) >= Q) above++;
                byte[] want = Expected(j, he, r, ssk);
                (int st, byte[] s) = SignS(k, j, he, r, ssk);
                string what = "#" + i + ": j " + Convert.ToHexString(j) + ", HE " + Convert.ToHexString(he) + ", r "
                    + Convert.ToHexString(r) + ", SSK " + Convert.ToHexString(ssk);
                if (want == null) retries++;
                Assert.AreEqual(want == null ? Retry : NativeBackend.Ok, st, what);
                Assert.AreEqual(Convert.ToHexString(want ?? new byte[32]), Convert.ToHexString(s), what);
            }
            Assert.IsTrue(above >= Inputs / 10 && retries >= Inputs / 50, above + " inputs at or above q, " + retries + " retries");
        }

        [TestMethod]
        public void RZeroOrHePlusRSskZeroIsRetryWithSZeroed()
        {
            INativeKernels k = Kernels();
            var rng = new Random(5021);
            for (int i = 0; i < 200; i++)
            {
                byte[] j = Draw(rng), ssk = Draw(rng), r = Draw(rng);
                // r = 0 and r = q (reduced to 0), whatever HE is
                foreach (byte[] zero in new[] { new byte[32], Be(Q) })
                {
                    (int st0, byte[] s0) = SignS(k, j, Draw(rng), zero, ssk);
                    Assert.AreEqual(Retry, st0, "r = " + Convert.ToHexString(zero));
                    Assert.AreEqual(Convert.ToHexString(new byte[32]), Convert.ToHexString(s0));
                }
                // HE = -r SSK mod q, and HE + q where that still fits 256 bits
                BigInteger rq = Int(r) % Q;
                if (rq.IsZero) continue;
                BigInteger he = (Q - rq * Int(ssk) % Q) % Q;
                foreach (BigInteger h in new[] { he, he + Q })
                {
                    if (h >= Two256) continue;
                    (int st, byte[] s) = SignS(k, j, Be(h), r, ssk);
                    Assert.AreEqual(Retry, st, "HE = -r SSK: " + h.ToString("X"));
                    Assert.AreEqual(Convert.ToHexString(new byte[32]), Convert.ToHexString(s));
                }
            }
            // the same r and SSK with HE one off: a signature again (the oracle's s')
            byte[] j1 = Hex.Decode(EccsiRfc6507Tests.J), r1 = Hex.Decode(EccsiRfc6507Tests.Jx), k1 = Hex.Decode(EccsiRfc6507Tests.Ssk);
            BigInteger minus = (Q - Int(r1) * Int(k1) % Q) % Q;
            Assert.AreEqual(Retry, SignS(k, j1, Be(minus), r1, k1).Status);
            (int st1, byte[] s1) = SignS(k, j1, Be(minus + 1), r1, k1);
            Assert.AreEqual(NativeBackend.Ok, st1);
            Assert.AreEqual(Convert.ToHexString(Expected(j1, Be(minus + 1), r1, k1)!), Convert.ToHexString(s1));
        }

        /// <summary>The host seam refuses as the firmware glue does (five arrays of exactly 32 octets): MN_EBUFFER,
        /// before the kernel runs (s' untouched).</summary>
        [TestMethod]
        public void TheSeamRefusesWrongLengthsAndThrowsOnNull()
        {
            INativeKernels k = Kernels();
            byte[] one = new byte[32];
            one[31] = 1;
            // the control: five arrays of 32 octets, j = 0, HE = 0, r = 1, SSK = 1: s' = 1^-1 0 = 0, MN_OK
            Assert.AreEqual(NativeBackend.Ok, SignS(k, new byte[32], new byte[32], one, one).Status);
            for (int arg = 0; arg < 5; arg++)
            {
                foreach (int length in new[] { -1, 0, 31, 33, 64 })
                {
                    byte[][] a = { new byte[32], new byte[32], new byte[32], new byte[32], new byte[32] };
                    a[3]![31] = 1;  // r = SSK = 1, as in the control: a call that ran would give MN_OK
                    a[4]![31] = 1;
                    a[arg] = length < 0 ? null : new byte[length];
                    if (a[0] != null) Array.Fill(a[0]!, (byte)0xA5);
                    if (length < 0)
                    {
                        // a null array: the firmware's generated marshalling throws NullReferenceException, as the seam does
                        Assert.ThrowsExactly<NullReferenceException>(() => k.EccsiSignS(a[0]!, a[1]!, a[2]!, a[3]!, a[4]!), "argument " + arg + " null");
                        continue;
                    }
                    int st = k.EccsiSignS(a[0]!, a[1]!, a[2]!, a[3]!, a[4]!);
                    Assert.AreEqual(NativeBackend.ErrorBuffer, st, "argument " + arg + ", length " + length);
                    if (a[0] != null) CollectionAssert.AreEqual(Filled(a[0]!.Length, 0xA5), a[0], "s' untouched");
                }
            }
        }

        private static byte[] Filled(int n, byte v) { byte[] b = new byte[n]; Array.Fill(b, v); return b; }
    }
}
