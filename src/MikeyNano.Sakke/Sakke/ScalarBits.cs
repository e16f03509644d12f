using MikeyNano.Bytes;

namespace MikeyNano.Sakke
{
    /// <summary>
    /// Scalars as plain little-endian 32-bit words, for the recodings of the scalar multiplications: reading a
    /// big-endian integer, making it odd without a branch (k or q - k, remembering to negate the result), and reading
    /// bits. Constant-time in the value of the scalar.
    /// </summary>
    internal static class ScalarBits
    {
        /// <summary>Big-endian octets into <paramref name="words"/> little-endian words (high octets beyond the
        /// array are ignored by the caller's range checks).</summary>
        public static uint[] FromBigEndian(byte[] src, int offset, int length, int words)
        {
            uint[] r = new uint[words];
            for (int i = 0; i < length; i++)
            {
                int bit = 8 * (length - 1 - i);
                int w = bit >> 5;
                if (w < words) r[w] |= (uint)src[offset + i] << (bit & 31);
            }
            return r;
        }

        /// <summary>Bit <paramref name="i"/> of k (0 or 1); 0 beyond the words held.</summary>
        public static uint Bit(uint[] k, int i)
        {
            int w = i >> 5;
            if (w >= k.Length) return 0;
            return (k[w] >> (i & 31)) & 1u;
        }

        /// <summary>
        /// Replaces an even k by q - k (q odd, 0 &lt; k &lt; q expected) so that k becomes odd; returns all-ones when it did
        /// (the caller negates its result), else zero. k may have more words than q.
        /// </summary>
        public static uint MakeOdd(uint[] k, uint[] q)
        {
            uint even = (k[0] & 1u) - 1u;  // all ones when k is even
            uint borrow = 0;
            for (int i = 0; i < k.Length; i++)
            {
                ulong d = (ulong)(i < q.Length ? q[i] : 0u) - k[i] - borrow;
                uint qk = (uint)d;
                borrow = (uint)(d >> 63);
                k[i] = (qk & even) | (k[i] & ~even);
            }
            return even;
        }

        /// <summary>Number of significant bits of a public value.</summary>
        public static int BitLength(uint[] a)
        {
            for (int w = a.Length - 1; w >= 0; w--)
            {
                if (a[w] == 0) continue;
                int b = 31;
                while (((a[w] >> b) & 1u) == 0) b--;
                return 32 * w + b + 1;
            }
            return 0;
        }

        /// <summary>0xFFFFFFFF when a == b (small non-negative ints), else 0; no branch.</summary>
        public static uint EqualMask(int a, int b)
        {
            return ConstantTime.IsZeroMask((uint)(a ^ b));
        }
    }
}
