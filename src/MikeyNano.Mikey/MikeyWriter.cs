using System;
using MikeyNano.Errors;

namespace MikeyNano.Mikey
{
    /// <summary>Writes a MIKEY message into a buffer sized in advance. Length fields are range-checked: a value that does
    /// not fit its field throws <see cref="MikeyException"/> rather than being truncated on the wire.</summary>
    internal sealed class MikeyWriter
    {
        private readonly byte[] _buffer;
        private int _pos;

        public MikeyWriter(int length)
        {
            _buffer = new byte[length];
        }

        public int Position { get { return _pos; } }

        public byte[] Buffer { get { return _buffer; } }

        public void WriteByte(int value)
        {
            _buffer[_pos++] = (byte)value;
        }

        public void WriteUInt16(int value)
        {
            _buffer[_pos++] = (byte)(value >> 8);
            _buffer[_pos++] = (byte)value;
        }

        public void WriteUInt32(uint value)
        {
            _buffer[_pos++] = (byte)(value >> 24);
            _buffer[_pos++] = (byte)(value >> 16);
            _buffer[_pos++] = (byte)(value >> 8);
            _buffer[_pos++] = (byte)value;
        }

        public void WriteBytes(byte[] data)
        {
            if (data == null) return;
            Array.Copy(data, 0, _buffer, _pos, data.Length);
            _pos += data.Length;
        }

        /// <summary>Writes an 8-bit length field for <paramref name="data"/>, then the data.</summary>
        public void WriteLength8AndBytes(byte[] data, string what)
        {
            WriteByte(CheckLength(data, 0xFF, what));
            WriteBytes(data);
        }

        /// <summary>Writes a 16-bit length field for <paramref name="data"/>, then the data.</summary>
        public void WriteLength16AndBytes(byte[] data, string what)
        {
            WriteUInt16(CheckLength(data, 0xFFFF, what));
            WriteBytes(data);
        }

        /// <summary>The length of <paramref name="data"/> (0 for null), or an exception if it exceeds <paramref name="max"/>.</summary>
        public static int CheckLength(byte[] data, int max, string what)
        {
            int n = data == null ? 0 : data.Length;
            if (n > max) throw MikeyException.Malformed(what + " is " + n + " octets; its length field holds at most " + max);
            return n;
        }

        public static int LengthOf(byte[] data)
        {
            return data == null ? 0 : data.Length;
        }
    }
}
