namespace MikeyNano.Arithmetic
{
    /// <summary>Multiplication by a small constant in one pass (the 3x of the point doubling) instead of chained
    /// additions, and halving (the point doubling's division by 2).</summary>
    internal sealed partial class P256Field
    {
        /// <summary>r = k a mod p for 0 &lt;= k &lt;= 16; constant-time in a. r may be a.</summary>
        public void MulSmall(uint[] r, uint[] a, uint k)
        {
            if (k > 16) throw new System.ArgumentOutOfRangeException("k");
            ulong c = 0;
            c += (ulong)a[0] * k; uint r0 = (uint)c; c >>= 32;
            c += (ulong)a[1] * k; uint r1 = (uint)c; c >>= 32;
            c += (ulong)a[2] * k; uint r2 = (uint)c; c >>= 32;
            c += (ulong)a[3] * k; uint r3 = (uint)c; c >>= 32;
            c += (ulong)a[4] * k; uint r4 = (uint)c; c >>= 32;
            c += (ulong)a[5] * k; uint r5 = (uint)c; c >>= 32;
            c += (ulong)a[6] * k; uint r6 = (uint)c; c >>= 32;
            c += (ulong)a[7] * k; uint r7 = (uint)c; c >>= 32;
            long top = (long)c, acc;
            // fold the top limb twice with 2^256 = 2^224 - 2^192 - 2^96 + 1 (mod p), as MulCore does; then
            // 0 <= r < 2^256 < 2p and one conditional subtraction of p finishes. The signed chain starts from the long
            // top, not from (long)r0: nanoCLR gives a sum the data type of its first operand and would shift the
            // carries of a conv.u8 value logically (docs/subset-gate.md, checked by the gate).
            for (int pass = 0; pass < 2; pass++)
            {
                acc = top + r0; r0 = (uint)acc; acc >>= 32;
                acc += (long)r1; r1 = (uint)acc; acc >>= 32;
                acc += (long)r2; r2 = (uint)acc; acc >>= 32;
                acc += (long)r3 - top; r3 = (uint)acc; acc >>= 32;
                acc += (long)r4; r4 = (uint)acc; acc >>= 32;
                acc += (long)r5; r5 = (uint)acc; acc >>= 32;
                acc += (long)r6 - top; r6 = (uint)acc; acc >>= 32;
                acc += (long)r7 + top; r7 = (uint)acc; acc >>= 32;
                top = acc;
            }
            FinalSubtractWithTop(r, 0, r0, r1, r2, r3, r4, r5, r6, r7);
        }

        /// <summary>r = a / 2 mod p: a when even, a + p when odd (p is odd), shifted right by one with the carry of the
        /// addition as the new top bit. Constant-time in a (p added under a mask). r may be a.</summary>
        public void Halve(uint[] r, uint[] a)
        {
            uint m = 0u - (a[0] & 1u);
            ulong c = 0;
            c += (ulong)a[0] + m; uint s0 = (uint)c; c >>= 32;
            c += (ulong)a[1] + m; uint s1 = (uint)c; c >>= 32;
            c += (ulong)a[2] + m; uint s2 = (uint)c; c >>= 32;
            c += (ulong)a[3]; uint s3 = (uint)c; c >>= 32;
            c += (ulong)a[4]; uint s4 = (uint)c; c >>= 32;
            c += (ulong)a[5]; uint s5 = (uint)c; c >>= 32;
            c += (ulong)a[6] + (m & 1u); uint s6 = (uint)c; c >>= 32;
            c += (ulong)a[7] + m; uint s7 = (uint)c; c >>= 32;
            r[7] = (s7 >> 1) | ((uint)c << 31);
            r[0] = (s0 >> 1) | (s1 << 31);
            r[1] = (s1 >> 1) | (s2 << 31);
            r[2] = (s2 >> 1) | (s3 << 31);
            r[3] = (s3 >> 1) | (s4 << 31);
            r[4] = (s4 >> 1) | (s5 << 31);
            r[5] = (s5 >> 1) | (s6 << 31);
            r[6] = (s6 >> 1) | (s7 << 31);
        }
    }
}
