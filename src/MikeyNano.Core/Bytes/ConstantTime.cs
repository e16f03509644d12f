namespace MikeyNano.Bytes
{
    /// <summary>Comparisons and selections whose running time does not depend on the values compared, for MAC tags,
    /// keys and other secrets.</summary>
    internal static class ConstantTime
    {
        /// <summary>True when the two ranges hold the same octets. Time depends only on <paramref name="count"/>.</summary>
        public static bool AreEqual(byte[] a, int aOffset, byte[] b, int bOffset, int count)
        {
            int diff = 0;
            for (int i = 0; i < count; i++) diff |= a[aOffset + i] ^ b[bOffset + i];
            return diff == 0;
        }

        /// <summary>True when both arrays have the same length and contents. The length is not secret.</summary>
        public static bool AreEqual(byte[] a, byte[] b)
        {
            if (a.Length != b.Length) return false;
            return AreEqual(a, 0, b, 0, a.Length);
        }

        /// <summary>0xFFFFFFFF when <paramref name="x"/> is zero, else 0, without a branch.</summary>
        public static uint IsZeroMask(uint x)
        {
            // (x | -x) has its top bit set exactly when x != 0.
            return ((x | (0u - x)) >> 31) - 1u;
        }
    }
}
