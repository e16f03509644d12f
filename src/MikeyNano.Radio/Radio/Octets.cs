namespace MikeyNano.Radio
{
    /// <summary>The few octet operations the radio needs: zeroing secrets and call audio once they are no longer
    /// needed, and big-endian (network order, RFC 3550 / RFC 3830) integers.</summary>
    internal static class Octets
    {
        internal static void Clear(byte[] buffer)
        {
            if (buffer != null) System.Array.Clear(buffer, 0, buffer.Length);
        }

        internal static ulong ToUInt64(byte[] b)
        {
            ulong v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | b[i];
            return v;
        }

        internal static byte[] OfUInt64(ulong v)
        {
            byte[] b = new byte[8];
            for (int i = 7; i >= 0; i--, v >>= 8) b[i] = (byte)v;
            return b;
        }

        internal static uint ToUInt32(byte[] b)
        {
            return (uint)ToUInt64(new byte[] { 0, 0, 0, 0, b[0], b[1], b[2], b[3] });
        }
    }
}
