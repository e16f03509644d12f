using MikeyNano.Errors;

namespace MikeyNano.Bytes
{
    /// <summary>Network-order (big-endian) integer reads and writes, as every MIKEY, SRTP and SEC 1 field uses.
    /// Reads check bounds and throw <see cref="InvalidEncodingException"/> rather than running off the buffer.</summary>
    internal static class BigEndian
    {
        public static void WriteUInt16(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)(value >> 8);
            buffer[offset + 1] = (byte)value;
        }

        public static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        public static void WriteUInt64(byte[] buffer, int offset, ulong value)
        {
            WriteUInt32(buffer, offset, (uint)(value >> 32));
            WriteUInt32(buffer, offset + 4, (uint)value);
        }

        public static int ReadUInt16(byte[] buffer, int offset)
        {
            Check(buffer, offset, 2);
            return (buffer[offset] << 8) | buffer[offset + 1];
        }

        public static uint ReadUInt32(byte[] buffer, int offset)
        {
            Check(buffer, offset, 4);
            return ((uint)buffer[offset] << 24) | ((uint)buffer[offset + 1] << 16)
                 | ((uint)buffer[offset + 2] << 8) | buffer[offset + 3];
        }

        public static ulong ReadUInt64(byte[] buffer, int offset)
        {
            Check(buffer, offset, 8);
            return ((ulong)ReadUInt32(buffer, offset) << 32) | ReadUInt32(buffer, offset + 4);
        }

        private static void Check(byte[] buffer, int offset, int count)
        {
            if (offset < 0 || offset > buffer.Length - count)
                throw new InvalidEncodingException("read of " + count + " octets at offset " + offset
                    + " runs past the end of a " + buffer.Length + "-octet buffer");
        }
    }
}
