using System;
using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Curves
{
    /// <summary>
    /// A fixed point P with a precomputed table for fast k P in signed radix 32: affine points d 32^i P for i = 0..51
    /// and d = 1..16 (832 points, 53,248 octets, plus the odd multiples P, 3P, ..., 127P for verification: 4,096 octets), so that k P = sum over the 52 signed digits k_i in [-16, 16] of k
    /// of +-entry (i, |k_i|): 52 mixed additions and no doublings. Built once (G's table is shared by every
    /// <see cref="P256"/> context; ECCSI builds one for its KPAK); immutable afterwards, so it may be shared between
    /// threads.
    /// </summary>
    internal sealed class P256PrecomputedPoint
    {
        private const int Windows = 52, Digits = 16, PointWords = 16, DigitBits = 5;
        private const int ChunkWindows = 4; // windows per normalisation batch (52 = 13 x 4)
        private readonly uint[] _table; // [window][digit-1][x(8) | y(8)]
        private readonly P256OddMultiples _odd;
        internal const int OddWidth = 8;
        private readonly P256Point _point;

        /// <summary>Builds the table for a finite point (about 850 point additions and 13 batched inversions).</summary>
        public P256PrecomputedPoint(P256Point p)
        {
            if (p == null || p.IsInfinity) throw new InvalidPointException("a precomputed point must be finite");
            _point = p;
            _table = new uint[Windows * Digits * PointWords];
            var ctx = new P256();
            // Built ChunkWindows windows at a time (64 Jacobian points, one inversion each chunk), so that the build
            // holds 64 points of scratch instead of all 832 (2,496 small arrays in nanoCLR): its peak stays close to
            // the table it keeps (docs/device.md).
            JacobianPoint[] pts = new JacobianPoint[ChunkWindows * Digits];
            for (int k = 0; k < pts.Length; k++) pts[k] = new JacobianPoint();
            uint[] prefix = new uint[8 * pts.Length];
            JacobianPoint q = ctx.ToJacobian(p);
            for (int first = 0; first < Windows; first += ChunkWindows)
            {
                for (int w = 0; w < ChunkWindows; w++)
                {
                    int at = w * Digits;
                    ctx.CopyPoint(pts[at], q);
                    for (int d = 1; d < Digits; d++) ctx.Add(pts[at + d], pts[at + d - 1], q);
                    ctx.Double(q, pts[at + Digits - 1]); // 32^(i+1) P = 2 (16 32^i P)
                }
                // no Z is 0: d 32^i with d <= 16, i <= 51 is not 0 mod n
                ctx.ToAffineBatch(pts, 0, pts.Length, _table, first * Digits * PointWords, prefix);
            }
            // The odd multiples P, 3P, ..., 127P (width-8 NAF digits of the public double-scalar multiplication).
            _odd = new P256OddMultiples(ctx, ctx.ToJacobian(p), OddWidth);
        }

        /// <summary>P's affine odd multiples (width 8).</summary>
        internal P256OddMultiples OddMultiples { get { return _odd; } }

        /// <summary>The point P.</summary>
        public P256Point Point { get { return _point; } }

        /// <summary>Octets held by the tables (the memory figure to report for device builds).</summary>
        public int MemoryBytes { get { return _table.Length * 4 + _odd.MemoryBytes; } }

        /// <summary>k P for a big-endian scalar of any length (reduced mod n); constant-time in k.</summary>
        public P256Point Multiply(P256 ctx, byte[] scalar)
        {
            uint[] k = ctx.ReduceScalar(scalar);
            JacobianPoint r = new JacobianPoint();
            try
            {
                MultiplyInto(ctx, k, r, true);
                return ctx.ToAffine(r);
            }
            finally
            {
                Secrets.Wipe(k);
                Secrets.Wipe(r.X); Secrets.Wipe(r.Y); Secrets.Wipe(r.Z);
                ctx.Wipe();
            }
        }

        /// <summary>The signed radix-32 digits k_i in [-16, 16] of k (8 limbs, k &lt; n &lt; 2^256), k = sum k_i 32^i,
        /// computed without branches on k: |k_i| in mags[i], the sign as a mask (all ones for negative) in signs[i].
        /// The top window (bit 255 plus a carry) is at most 2, so no carry leaves it.</summary>
        private static void Recode(uint[] k, uint[] mags, uint[] signs)
        {
            uint carry = 0;
            for (int i = 0; i < Windows; i++)
            {
                int bit = i * DigitBits, limb = bit >> 5, shift = bit & 31;
                uint w = k[limb] >> shift;
                if (shift > 32 - DigitBits && limb < 7) w |= k[limb + 1] << (32 - shift);
                w = (w & 31u) + carry;                  // 0..32
                carry = (16u - w) >> 31;                // 1 when w > 16: digit w - 32, carry into the next window
                uint neg = 0u - carry;
                mags[i] = (w & ~neg) | ((32u - w) & neg);
                signs[i] = neg;
            }
        }

        /// <summary>x, y = entry |digit| of the window at baseIndex (zero for digit 0), every entry read under a mask.</summary>
        private static void ScanWindow(uint[] table, int baseIndex, uint digit, uint[] x, uint[] y)
        {
            uint x0 = 0, x1 = 0, x2 = 0, x3 = 0, x4 = 0, x5 = 0, x6 = 0, x7 = 0;
            uint y0 = 0, y1 = 0, y2 = 0, y3 = 0, y4 = 0, y5 = 0, y6 = 0, y7 = 0;
            int e = baseIndex;
            for (uint d = 1; d <= Digits; d++, e += PointWords)
            {
                uint m = ConstantTime.IsZeroMask(d ^ digit);
                x0 |= table[e] & m; x1 |= table[e + 1] & m; x2 |= table[e + 2] & m; x3 |= table[e + 3] & m;
                x4 |= table[e + 4] & m; x5 |= table[e + 5] & m; x6 |= table[e + 6] & m; x7 |= table[e + 7] & m;
                y0 |= table[e + 8] & m; y1 |= table[e + 9] & m; y2 |= table[e + 10] & m; y3 |= table[e + 11] & m;
                y4 |= table[e + 12] & m; y5 |= table[e + 13] & m; y6 |= table[e + 14] & m; y7 |= table[e + 15] & m;
            }
            x[0] = x0; x[1] = x1; x[2] = x2; x[3] = x3; x[4] = x4; x[5] = x5; x[6] = x6; x[7] = x7;
            y[0] = y0; y[1] = y1; y[2] = y2; y[3] = y3; y[4] = y4; y[5] = y5; y[6] = y6; y[7] = y7;
        }

        /// <summary>r = k P for k (8 limbs) &lt; n. Constant-time when constantTime (every entry of a window is read
        /// under a mask, the negation selected under a mask; zero digits still add, under a mask); otherwise direct
        /// indexing and zero digits skipped. The mixed addition never meets its doubling case: before window i the
        /// running sum is m P with m = sum_{j &lt; i} k_j 32^j, |m| &lt; 32^i, and m = +-d 32^i mod n (d = |k_i| in
        /// 1..16) would need the nonzero m -+ d 32^i, of magnitude below 17 32^i, to be a multiple of n: impossible for
        /// i &lt;= 50 (17 2^250 &lt; n); for i = 51 (d &lt;= 2) only m = n - 2^256 with d = 2 adding +2^256 P would
        /// give m + 2^256 = n, i.e. k = n, excluded. The running sum is infinity only while m = 0 (selected).</summary>
        internal void MultiplyInto(P256 ctx, uint[] k, JacobianPoint r, bool constantTime)
        {
            ctx.SetInfinity(r);
            P256Field f = ctx.Field;
            uint[] x = new uint[8], y = new uint[8], ny = new uint[8];
            uint[] mags = new uint[Windows], signs = new uint[Windows];
            Recode(k, mags, signs);
            uint[] table = _table;
            for (int i = 0; i < Windows; i++)
            {
                uint digit = mags[i];
                int baseIndex = i * Digits * PointWords;
                if (constantTime)
                {
                    ScanWindow(table, baseIndex, digit, x, y);
                    f.Neg(ny, y);
                    f.Select(y, ny, y, signs[i]);
                    ctx.AddAffine(r, r, x, y, ConstantTime.IsZeroMask(digit));
                }
                else if (digit != 0)
                {
                    int e = baseIndex + (int)(digit - 1) * PointWords;
                    Array.Copy(table, e, x, 0, 8);
                    Array.Copy(table, e + 8, y, 0, 8);
                    if (signs[i] != 0) f.Neg(y, y);
                    ctx.AddAffine(r, r, x, y, 0);
                }
            }
            Secrets.Wipe(x);
            Secrets.Wipe(y);
            Secrets.Wipe(ny);
            Secrets.Wipe(mags);
            Secrets.Wipe(signs);
        }
    }
}
