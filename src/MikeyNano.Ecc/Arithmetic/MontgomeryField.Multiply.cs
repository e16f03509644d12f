namespace MikeyNano.Arithmetic
{
    /// <summary>Montgomery multiplication and squaring: a b R^-1 mod p on 32-bit limbs with 64-bit products.</summary>
    internal sealed partial class MontgomeryField
    {
        public void Mul(uint[] r, uint[] a, uint[] b)
        {
            if (FieldOps.Enabled) FieldOps.Record(FieldOps.Mul);
            MontMul(r, a, b);
        }

        public void Sqr(uint[] r, uint[] a)
        {
            if (FieldOps.Enabled) FieldOps.Record(FieldOps.Sqr);
            MontSqr(r, a);
        }

        /// <summary>
        /// r = a b R^-1 mod p, fully reduced, for a &lt; R and b &lt; p (Koc, Acar and Kaliski's CIOS with the
        /// multiplication and reduction passes fused: one sweep over j per limb of a). The accumulator t stays below
        /// 2p, so it needs n limbs plus one bit; the final subtraction of p is by mask.
        /// </summary>
        private void MontMul(uint[] r, uint[] a, uint[] b)
        {
            if (_n == 8)
            {
                MontMul8(r, a, b); // unrolled product scanning for 256-bit moduli
                return;
            }
            uint[] t = _t;
            uint[] p = _p;
            int n = _n;
            uint n0 = _n0;
            for (int j = 0; j <= n; j++) t[j] = 0;
            for (int i = 0; i < n; i++)
            {
                ulong ai = a[i];
                ulong s = t[0] + ai * b[0];
                uint m = (uint)s * n0;
                ulong c1 = s >> 32;
                ulong c2 = ((s & 0xFFFFFFFFUL) + (ulong)m * p[0]) >> 32;
                int j = 1;
                for (; j + 1 < n; j += 2)
                {
                    s = t[j] + ai * b[j] + c1;
                    c1 = s >> 32;
                    s = (s & 0xFFFFFFFFUL) + (ulong)m * p[j] + c2;
                    c2 = s >> 32;
                    t[j - 1] = (uint)s;
                    s = t[j + 1] + ai * b[j + 1] + c1;
                    c1 = s >> 32;
                    s = (s & 0xFFFFFFFFUL) + (ulong)m * p[j + 1] + c2;
                    c2 = s >> 32;
                    t[j] = (uint)s;
                }
                for (; j < n; j++)
                {
                    s = t[j] + ai * b[j] + c1;
                    c1 = s >> 32;
                    s = (s & 0xFFFFFFFFUL) + (ulong)m * p[j] + c2;
                    c2 = s >> 32;
                    t[j - 1] = (uint)s;
                }
                s = t[n] + c1 + c2;
                t[n - 1] = (uint)s;
                t[n] = (uint)(s >> 32);
            }
            FinalSubtract(r, t, t[n]);
        }

        /// <summary>r = a^2 R^-1 mod p: the square with each cross product computed once and doubled (n(n-1)/2 + n
        /// multiplications), then a separate Montgomery reduction (n^2).</summary>
        private void MontSqr(uint[] r, uint[] a)
        {
            if (_n == 8)
            {
                MontMul8(r, a, a); // unrolled multiply beats a looped square at this size
                return;
            }
            uint[] w = _w;
            uint[] p = _p;
            int n = _n;
            int n2 = 2 * n;
            for (int k = 0; k <= n2; k++) w[k] = 0;
            // cross products a_i a_j, i < j
            for (int i = 0; i < n - 1; i++)
            {
                ulong ai = a[i];
                ulong c = 0;
                for (int j = i + 1; j < n; j++)
                {
                    c += w[i + j] + ai * a[j];
                    w[i + j] = (uint)c;
                    c >>= 32;
                }
                w[i + n] = (uint)c;
            }
            // double and add the diagonal a_i^2
            uint top = 0;
            ulong cc = 0;
            for (int i = 0; i < n; i++)
            {
                ulong sq = (ulong)a[i] * a[i];
                uint lo = w[2 * i], hi = w[2 * i + 1];
                uint dlo = (lo << 1) | top;
                uint dhi = (hi << 1) | (lo >> 31);
                top = hi >> 31;
                cc += (ulong)dlo + (uint)sq;
                w[2 * i] = (uint)cc;
                cc >>= 32;
                cc += (ulong)dhi + (sq >> 32);
                w[2 * i + 1] = (uint)cc;
                cc >>= 32;
            }
            // Montgomery reduction of the 2n-limb square, two rows (two values of m) per sweep so that two carry
            // chains run side by side; an odd last row is reduced alone.
            uint n0 = _n0;
            ulong topCarry = 0;
            int row = 0;
            for (; row + 1 < n; row += 2)
            {
                uint m0 = w[row] * n0;
                ulong c1 = ((ulong)w[row] + (ulong)m0 * p[0]) >> 32;
                ulong s = w[row + 1] + (ulong)m0 * p[1] + c1;
                c1 = s >> 32;
                uint m1 = (uint)s * n0;
                ulong c2 = ((s & 0xFFFFFFFFUL) + (ulong)m1 * p[0]) >> 32;
                for (int j = 2; j < n; j++)
                {
                    s = w[row + j] + (ulong)m0 * p[j] + c1;
                    c1 = s >> 32;
                    s = (s & 0xFFFFFFFFUL) + (ulong)m1 * p[j - 1] + c2;
                    c2 = s >> 32;
                    w[row + j] = (uint)s;
                }
                s = w[row + n] + c1 + topCarry;
                c1 = s >> 32;
                s = (s & 0xFFFFFFFFUL) + (ulong)m1 * p[n - 1] + c2;
                c2 = s >> 32;
                w[row + n] = (uint)s;
                s = w[row + n + 1] + c1 + c2;
                w[row + n + 1] = (uint)s;
                topCarry = s >> 32;
            }
            if (row < n)
            {
                uint m = w[row] * n0;
                ulong c = 0;
                for (int j = 0; j < n; j++)
                {
                    c += w[row + j] + (ulong)m * p[j];
                    w[row + j] = (uint)c;
                    c >>= 32;
                }
                c += w[row + n] + topCarry;
                w[row + n] = (uint)c;
                topCarry = c >> 32;
            }
            // result: w[n .. 2n-1] with topCarry above; below 2p
            uint[] t = _t;
            for (int k = 0; k < n; k++) t[k] = w[n + k];
            FinalSubtract(r, t, (uint)topCarry);
        }

        /// <summary>r = t - p if t (n limbs plus the bit hi) is at least p, else t; by mask.</summary>
        private void FinalSubtract(uint[] r, uint[] t, uint hi)
        {
            uint[] p = _p;
            int n = _n;
            long c = 0;
            for (int j = 0; j < n; j++)
            {
                c += (long)t[j] - p[j];
                c >>= 32;
            }
            uint borrow = (uint)c & 1u;
            uint mask = 0u - (hi | (borrow ^ 1u));
            c = 0;
            for (int j = 0; j < n; j++)
            {
                c += (long)t[j] - (p[j] & mask);
                r[j] = (uint)c;
                c >>= 32;
            }
        }
    }
}
