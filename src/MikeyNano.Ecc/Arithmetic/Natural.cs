using MikeyNano.Errors;

namespace MikeyNano.Arithmetic
{
    /// <summary>
    /// Fixed-width natural numbers on 32-bit limbs, least-significant limb first: the carry chains that the fields
    /// build on. All members are constant-time in the values (loops run over the given width; masks, not branches).
    /// </summary>
    internal static class Natural
    {
        /// <summary>r = a + b over n limbs; returns the carry out (0 or 1). r may alias a or b.</summary>
        public static uint Add(uint[] r, uint[] a, uint[] b, int n)
        {
            ulong c = 0;
            for (int i = 0; i < n; i++)
            {
                c += (ulong)a[i] + b[i];
                r[i] = (uint)c;
                c >>= 32;
            }
            return (uint)c;
        }

        /// <summary>r = a - b over n limbs; returns the borrow out (0 or 1). r may alias a or b.</summary>
        public static uint Sub(uint[] r, uint[] a, uint[] b, int n)
        {
            long c = 0;
            for (int i = 0; i < n; i++)
            {
                c += (long)a[i] - b[i];
                r[i] = (uint)c;
                c >>= 32;
            }
            return (uint)c & 1u;
        }

        /// <summary>The borrow (0 or 1) of a - b over n limbs, nothing stored: 1 exactly when a &lt; b.</summary>
        public static uint LessThan(uint[] a, uint[] b, int n)
        {
            long c = 0;
            for (int i = 0; i < n; i++)
            {
                c += (long)a[i] - b[i];
                c >>= 32;
            }
            return (uint)c & 1u;
        }

        /// <summary>r += (b AND mask) over n limbs; returns the carry out.</summary>
        public static uint AddMasked(uint[] r, uint[] b, uint mask, int n)
        {
            ulong c = 0;
            for (int i = 0; i < n; i++)
            {
                c += (ulong)r[i] + (b[i] & mask);
                r[i] = (uint)c;
                c >>= 32;
            }
            return (uint)c;
        }

        /// <summary>r -= (b AND mask) over n limbs; returns the borrow out.</summary>
        public static uint SubMasked(uint[] r, uint[] b, uint mask, int n)
        {
            long c = 0;
            for (int i = 0; i < n; i++)
            {
                c += (long)r[i] - (b[i] & mask);
                r[i] = (uint)c;
                c >>= 32;
            }
            return (uint)c & 1u;
        }

        /// <summary>0xFFFFFFFF when the n limbs of a are all zero, else 0.</summary>
        public static uint IsZero(uint[] a, int n)
        {
            uint d = 0;
            for (int i = 0; i < n; i++) d |= a[i];
            return Bytes.ConstantTime.IsZeroMask(d);
        }

        /// <summary>0xFFFFFFFF when the first n limbs of a and b are equal, else 0.</summary>
        public static uint AreEqual(uint[] a, uint[] b, int n)
        {
            uint d = 0;
            for (int i = 0; i < n; i++) d |= a[i] ^ b[i];
            return Bytes.ConstantTime.IsZeroMask(d);
        }

        /// <summary>r = mask == 0xFFFFFFFF ? a : b over n limbs.</summary>
        public static void Select(uint[] r, uint[] a, uint[] b, uint mask, int n)
        {
            for (int i = 0; i < n; i++) r[i] = (a[i] & mask) | (b[i] & ~mask);
        }

        /// <summary>Reads a big-endian integer of length octets into n limbs (length &lt;= 4n; higher limbs zeroed).</summary>
        public static void FromBigEndian(byte[] src, int offset, int length, uint[] r, int n)
        {
            if (src == null || offset < 0 || length < 0 || offset > src.Length - length)
                throw new InvalidEncodingException("integer range is outside the buffer");
            if (length > 4 * n) throw new InvalidEncodingException("integer is longer than " + (4 * n) + " octets");
            for (int i = 0; i < n; i++) r[i] = 0;
            int end = offset + length;
            for (int k = 0; k < length; k++)
            {
                // octet k from the least-significant end
                r[k >> 2] |= (uint)src[end - 1 - k] << ((k & 3) << 3);
            }
        }

        /// <summary>Writes the low byteLength octets of the n-limb integer a big-endian into dst at offset.</summary>
        public static void ToBigEndian(uint[] a, int n, byte[] dst, int offset, int byteLength)
        {
            if (dst == null || offset < 0 || offset > dst.Length - byteLength)
                throw new InvalidEncodingException("output range is outside the buffer");
            int end = offset + byteLength;
            for (int k = 0; k < byteLength; k++)
            {
                int limb = k >> 2;
                dst[end - 1 - k] = limb < n ? (byte)(a[limb] >> ((k & 3) << 3)) : (byte)0;
            }
        }
    }
}
