using System;
using MikeyNano.Bytes;

namespace MikeyNano.Arithmetic
{
    /// <summary>Constant-time exponentiation over any <see cref="IPrimeField"/> with fixed 4-bit windows: per exponent
    /// octet 8 squarings and 2 multiplications by a table entry read by scanning all 16 entries under a mask, so time
    /// depends only on the exponent's length. The caller owns the scratch (a 16-entry table and two elements).</summary>
    internal static class WindowedPow
    {
        public static void Run(IPrimeField f, uint[][] table, uint[] acc, uint[] sel, uint[] r, uint[] a, byte[] exponentBigEndian)
        {
            if (exponentBigEndian == null) throw new ArgumentNullException("exponentBigEndian");
            int n = f.Limbs;
            f.SetOne(table[0]);
            f.Copy(table[1], a);
            for (int k = 2; k < 16; k++) f.Mul(table[k], table[k - 1], table[1]);
            f.SetOne(acc);
            for (int i = 0; i < exponentBigEndian.Length; i++)
            {
                int octet = exponentBigEndian[i];
                for (int half = 0; half < 2; half++)
                {
                    uint nibble = (uint)(half == 0 ? octet >> 4 : octet & 15);
                    f.Sqr(acc, acc);
                    f.Sqr(acc, acc);
                    f.Sqr(acc, acc);
                    f.Sqr(acc, acc);
                    for (int j = 0; j < n; j++) sel[j] = 0;
                    for (uint k = 0; k < 16; k++)
                    {
                        uint mask = ConstantTime.IsZeroMask(k ^ nibble);
                        uint[] e = table[k];
                        for (int j = 0; j < n; j++) sel[j] |= e[j] & mask;
                    }
                    f.Mul(acc, acc, sel);
                }
            }
            f.Copy(r, acc);
            Secrets.Wipe(acc);
            Secrets.Wipe(sel);
            for (int k = 0; k < 16; k++) Secrets.Wipe(table[k]);
        }

        /// <summary>A 16-entry table of n-limb elements.</summary>
        public static uint[][] NewTable(int n)
        {
            uint[][] t = new uint[16][];
            for (int i = 0; i < 16; i++) t[i] = new uint[n];
            return t;
        }

        /// <summary>Zeroizes a table from <see cref="NewTable"/>.</summary>
        public static void WipeTable(uint[][] t)
        {
            for (int i = 0; i < t.Length; i++) System.Array.Clear(t[i], 0, t[i].Length);
        }
    }
}
