using System;
using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Curves
{
    /// <summary>Variable-time operations on public inputs (signature verification): u1 G + u2 Q by an interleaved
    /// (Straus/Shamir) double-scalar multiplication with a width-8 NAF of u1 (G's odd multiples stored with the
    /// base-point table; width 5 in a context without it) and a width-5 NAF of u2 (Q's odd multiples made affine per call, or a wider table kept with a
    /// prepared public key), all additions mixed, and a comparison of x(R) mod n with r without the final inversion.
    /// Never use these for secret scalars.</summary>
    internal sealed partial class P256
    {
        /// <summary>Width of the NAF of u2 when Q's odd multiples are built per call (Q, 3Q, ..., 15Q: one doubling,
        /// seven additions and one inversion buy 43 instead of 51 additions on average).</summary>
        internal const int OneShotWidth = 5;

        internal static readonly uint[] OrderLimbs = { 0xFC632551, 0xF3B9CAC2, 0xA7179E84, 0xBCE6FAAD, 0xFFFFFFFF, 0xFFFFFFFF, 0, 0xFFFFFFFF };
        private static readonly uint[] PrimeLimbs = { 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0, 0, 0, 1, 0xFFFFFFFF };

        // Scratch for the public path, allocated on first use and reused by this context.
        private JacobianPoint _acc;
        private P256OddMultiples _oneShot, _generatorOdd;
        private int[] _nafG, _nafQ;
        private uint[] _gx, _gy, _k1, _k2, _m;

        private void EnsurePublicScratch()
        {
            if (_acc != null) return;
            _acc = new JacobianPoint();
            _oneShot = new P256OddMultiples(OneShotWidth);
            _nafG = new int[257];
            _nafQ = new int[257];
            _gx = new uint[8]; _gy = new uint[8]; _k1 = new uint[8]; _k2 = new uint[8]; _m = new uint[8];
        }

        /// <summary>Lets the public path's scratch (about 6 KB in nanoCLR: Q's odd multiples and their scratch, two NAFs)
        /// go: the next public operation allocates it again. Called once it is wiped.</summary>
        private void DropPublicScratch()
        {
            _acc = null; _oneShot = null; _nafG = null; _nafQ = null;
            _gx = null; _gy = null; _k1 = null; _k2 = null; _m = null;
        }

        private void WipePublicScratch()
        {
            if (_acc == null) return;
            Secrets.Wipe(_acc.X); Secrets.Wipe(_acc.Y); Secrets.Wipe(_acc.Z);
            _oneShot.Wipe();
            Array.Clear(_nafG, 0, _nafG.Length);
            Array.Clear(_nafQ, 0, _nafQ.Length);
            Secrets.Wipe(_gx); Secrets.Wipe(_gy); Secrets.Wipe(_k1); Secrets.Wipe(_k2); Secrets.Wipe(_m);
        }

        /// <summary>The width-w NAF of k (8 limbs, k &lt; 2^256; not modified): naf[i] odd with |naf[i]| &lt; 2^(w-1) or
        /// 0, at most one non-zero digit in any w consecutive positions. Returns the number of digits (&lt;= 257).
        /// Reads k's bits in place: a position whose bit equals the pending carry yields a zero digit; otherwise the
        /// next w bits plus the carry give the digit, a negative one carrying 1 upward (k = sum naf[i] 2^i).
        /// Variable-time.</summary>
        private static int Wnaf(uint[] k, int[] naf, int width)
        {
            Array.Clear(naf, 0, naf.Length);
            int carry = 0, top = 0, bit = 0;
            while (bit < 257)
            {
                if (Bit(k, bit) == carry)
                {
                    bit++;
                    continue;
                }
                int now = width < 257 - bit ? width : 257 - bit;
                int word = Bits(k, bit, now) + carry;
                carry = (word >> (width - 1)) & 1;
                word -= carry << width;
                naf[bit] = word;
                top = bit + 1;
                bit += now;
            }
            return top;
        }

        /// <summary>Bit i of the 256-bit k (0 for i &gt;= 256).</summary>
        private static int Bit(uint[] k, int i)
        {
            return i < 256 ? (int)((k[i >> 5] >> (i & 31)) & 1) : 0;
        }

        /// <summary>The count (&lt;= 16) bits of k from bit i up (zeros above bit 255).</summary>
        private static int Bits(uint[] k, int i, int count)
        {
            if (i >= 256) return 0;
            int limb = i >> 5, shift = i & 31;
            uint v = k[limb] >> shift;
            if (shift + count > 32 && limb < 7) v |= k[limb + 1] << (32 - shift);
            return (int)(v & ((1u << count) - 1));
        }

        /// <summary>r = a + b, variable-time (public points only): any a, b including infinity and a = +-b.</summary>
        internal void AddPublic(JacobianPoint r, JacobianPoint a, JacobianPoint b)
        {
            P256Field f = _f;
            if (f.IsZero(a.Z) != 0) { CopyPoint(r, b); return; }
            if (f.IsZero(b.Z) != 0) { CopyPoint(r, a); return; }
            AddFormula(a, b);
            if (_sameX != 0)
            {
                if (_sameY != 0) Double(r, a);
                else SetInfinity(r);
                return;
            }
            CopyPoint(r, _sum);
        }

        /// <summary>r = a + (x2, y2) for a finite affine point, variable-time (public points only): a may be infinity
        /// or +-(x2, y2).</summary>
        internal void AddAffinePublic(JacobianPoint r, JacobianPoint a, uint[] x2, uint[] y2)
        {
            P256Field f = _f;
            if (f.IsZero(a.Z) != 0)
            {
                f.Copy(r.X, x2); f.Copy(r.Y, y2); f.SetOne(r.Z);
                return;
            }
            AddAffineFormula(a, x2, y2);
            if (_sameX != 0)
            {
                if (_sameY != 0) Double(r, a);
                else SetInfinity(r);
                return;
            }
            CopyPoint(r, _sum);
        }

        internal void CopyPoint(JacobianPoint r, JacobianPoint a)
        {
            if (r == a) return;
            _f.Copy(r.X, a.X); _f.Copy(r.Y, a.Y); _f.Copy(r.Z, a.Z);
        }

        /// <summary>r = u1 G + u2 Q for 8-limb scalars below 2^256 (not modified), Q given by its affine odd
        /// multiples; variable-time. Straus's method with NAFs: about 256 doublings, 256 / (w + 1) mixed additions of
        /// odd multiples of Q (43 for w = 5) and 256 / 9 of odd multiples of G (width 8, from the base-point table).
        /// </summary>
        internal void MultiplyAddPublicInto(uint[] u1, uint[] u2, P256OddMultiples q, JacobianPoint r)
        {
            EnsurePublicScratch();
            P256Field f = _f;
            P256OddMultiples g = GeneratorOddMultiples();
            int lenG = Wnaf(u1, _nafG, g.Width), lenQ = Wnaf(u2, _nafQ, q.Width);
            JacobianPoint acc = r;
            SetInfinity(acc);
            int top = lenG > lenQ ? lenG : lenQ;
            for (int i = top - 1; i >= 0; i--)
            {
                if (f.IsZero(acc.Z) == 0) Double(acc, acc);
                int dq = _nafQ[i];
                if (dq != 0)
                {
                    q.Copy(dq > 0 ? dq : -dq, _gx, _gy);
                    if (dq < 0) f.Neg(_gy, _gy);
                    AddAffinePublic(acc, acc, _gx, _gy);
                }
                int dg = _nafG[i];
                if (dg != 0)
                {
                    g.Copy(dg > 0 ? dg : -dg, _gx, _gy);
                    if (dg < 0) f.Neg(_gy, _gy);
                    AddAffinePublic(acc, acc, _gx, _gy);
                }
            }
        }

        /// <summary>G's affine odd multiples for the NAF of u1: width 8 (G .. 127G, 4 KB) from the shared base table, or,
        /// in a context without it, width 5 (G .. 15G, 512 octets) built once by this context (public, kept).</summary>
        private P256OddMultiples GeneratorOddMultiples()
        {
            if (_useBaseTable) return BaseTable.OddMultiples;
            if (_generatorOdd == null) _generatorOdd = new P256OddMultiples(this, ToJacobian(P256Point.Generator), OneShotWidth);
            return _generatorOdd;
        }

        /// <summary>The public scalar (big-endian, any length) reduced mod n into 8 limbs of a plain integer.</summary>
        private void ReducePublicScalar(byte[] scalar, uint[] k)
        {
            if (scalar == null) throw new InvalidKeyException("scalar is missing");
            _n.FromBytesReduce(scalar, 0, scalar.Length, _m);
            _n.ToNatural(_m, k);
        }

        /// <summary>Whether the affine x of the finite Jacobian point p, reduced mod n, equals r (32 octets big-endian,
        /// 0 &lt; r &lt; n): checks r Z^2 == X, and (r + n) Z^2 == X when r + n &lt; p, without inverting Z. False for
        /// infinity. Variable-time (public inputs).</summary>
        internal bool XModOrderEquals(JacobianPoint p, byte[] r)
        {
            P256Field f = _f;
            if (f.IsZero(p.Z) != 0) return false;
            uint[] rv = _t0, z2 = _t1, t = _t2, rm = _t3;
            Natural.FromBigEndian(r, 0, 32, rv, 8);
            f.Sqr(z2, p.Z);
            f.FromNatural(rm, rv);             // r < n < p
            f.Mul(t, rm, z2);
            if (f.AreEqual(t, p.X) != 0) return true;
            uint carry = Natural.Add(rv, rv, OrderLimbs, 8);
            if (carry != 0 || Natural.LessThan(rv, PrimeLimbs, 8) == 0) return false;
            f.FromNatural(rm, rv);
            f.Mul(t, rm, z2);
            return f.AreEqual(t, p.X) != 0;
        }
    }
}
