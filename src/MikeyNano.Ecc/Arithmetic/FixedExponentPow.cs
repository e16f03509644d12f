using System;
using MikeyNano.Bytes;

namespace MikeyNano.Arithmetic
{
    /// <summary>Exponentiation by a fixed, public exponent (p - 2 for Fermat inversion, (p + 1) / 4 for square roots)
    /// with left-to-right sliding windows of up to 5 bits over the odd powers a, a^3, ..., a^31. The sequence of
    /// squarings and multiplications (and which table entry each multiplication reads) is a function of the exponent
    /// alone, computed once by <see cref="Schedule"/>: the run is constant-time in the base a. For a 256-bit exponent
    /// this is about 255 squarings and 45-55 multiplications, against 256 + 78 and a 16-entry masked scan per window
    /// for <see cref="WindowedPow"/> (which serves secret exponents).</summary>
    internal static class FixedExponentPow
    {
        private const int Window = 5;

        /// <summary>The schedule of a big-endian exponent (&gt; 0): first the table index of the leading window, then
        /// pairs (squarings, table index + 1, or 0 for "no multiplication").</summary>
        public static int[] Schedule(byte[] exponentBigEndian)
        {
            int bits = exponentBigEndian.Length * 8;
            int top = bits - 1;
            while (top >= 0 && Bit(exponentBigEndian, top) == 0) top--;
            if (top < 0) throw new ArgumentException("exponent must be positive");
            int[] tmp = new int[2 * bits + 2];
            int count = 0;
            int i = top;
            bool first = true;
            while (i >= 0)
            {
                if (Bit(exponentBigEndian, i) == 0)
                {
                    // a run of zeros: squarings only
                    int zeros = 0;
                    while (i >= 0 && Bit(exponentBigEndian, i) == 0) { zeros++; i--; }
                    tmp[count++] = zeros;
                    tmp[count++] = 0;
                    continue;
                }
                int j = i - Window + 1;
                if (j < 0) j = 0;
                while (Bit(exponentBigEndian, j) == 0) j++;
                int digit = 0;
                for (int b = i; b >= j; b--) digit = (digit << 1) | Bit(exponentBigEndian, b);
                if (first)
                {
                    tmp[count++] = digit >> 1;
                    first = false;
                }
                else
                {
                    tmp[count++] = i - j + 1;
                    tmp[count++] = (digit >> 1) + 1;
                }
                i = j - 1;
            }
            int[] s = new int[count];
            Array.Copy(tmp, s, count);
            return s;
        }

        private static int Bit(byte[] e, int bit)
        {
            return (e[e.Length - 1 - (bit >> 3)] >> (bit & 7)) & 1;
        }

        /// <summary>r = a^e for the exponent whose <see cref="Schedule"/> is given; table has 16 elements of scratch
        /// (wiped afterwards), acc one more. r may be a; a = 0 gives 0.</summary>
        public static void Run(IPrimeField f, uint[][] table, uint[] acc, uint[] r, uint[] a, int[] schedule)
        {
            f.Copy(table[0], a);
            f.Sqr(acc, a);
            for (int k = 1; k < 16; k++) f.Mul(table[k], table[k - 1], acc);
            f.Copy(acc, table[schedule[0]]);
            for (int s = 1; s < schedule.Length; s += 2)
            {
                for (int q = schedule[s]; q > 0; q--) f.Sqr(acc, acc);
                int e = schedule[s + 1];
                if (e != 0) f.Mul(acc, acc, table[e - 1]);
            }
            f.Copy(r, acc);
            Secrets.Wipe(acc);
            for (int k = 0; k < 16; k++) Secrets.Wipe(table[k]);
        }
    }
}
