using System;

namespace MikeyNano.Bytes
{
    /// <summary>Small allocation helpers for building messages: slices and concatenations.</summary>
    internal static class Octets
    {
        public static byte[] Slice(byte[] source, int offset, int count)
        {
            byte[] r = new byte[count];
            Array.Copy(source, offset, r, 0, count);
            return r;
        }

        public static byte[] Concat(byte[] a, byte[] b)
        {
            byte[] r = new byte[a.Length + b.Length];
            Array.Copy(a, 0, r, 0, a.Length);
            Array.Copy(b, 0, r, a.Length, b.Length);
            return r;
        }

        public static byte[] Concat(byte[] a, byte[] b, byte[] c)
        {
            return Concat(Concat(a, b), c);
        }

        /// <summary>The index of the first octet equal to <paramref name="value"/>, or -1 (Array.IndexOf would box each
        /// octet on the device, and bind to the generic overload on the host).</summary>
        internal static int IndexOf(byte[] data, byte value)
        {
            for (int i = 0; i < data.Length; i++)
                if (data[i] == value) return i;
            return -1;
        }
    }
}
