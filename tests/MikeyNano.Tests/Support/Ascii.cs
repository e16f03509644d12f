namespace MikeyNano.Tests.Support
{
    /// <summary>ASCII strings and repeated octets as byte arrays, for test vectors written as text.</summary>
    public static class Ascii
    {
        public static byte[] Bytes(string s)
        {
            byte[] b = new byte[s.Length];
            for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
            return b;
        }

        public static byte[] Repeat(byte value, int count)
        {
            byte[] b = new byte[count];
            for (int i = 0; i < count; i++) b[i] = value;
            return b;
        }
    }
}
