using System;
using MikeyNano.Errors;

namespace MikeyNano.Mikey
{
    /// <summary>A forward-only cursor over a MIKEY message. Every read checks the octets it needs against what remains
    /// and throws <see cref="MikeyException"/> (Unspecified) instead of running off the end, so a parser built on it
    /// cannot overrun and always advances.</summary>
    internal sealed class MikeyReader
    {
        private readonly byte[] _data;
        private readonly int _start;
        private readonly int _end;
        private int _pos;

        public MikeyReader(byte[] data, int offset, int count)
        {
            if (data == null) throw MikeyException.Malformed("no message data");
            if (offset < 0 || count < 0 || offset > data.Length - count)
                throw MikeyException.Malformed("message range outside the buffer");
            _data = data;
            _start = offset;
            _pos = offset;
            _end = offset + count;
        }

        /// <summary>Octets not read yet.</summary>
        public int Remaining { get { return _end - _pos; } }

        /// <summary>Octets read so far, from the start of the range.</summary>
        public int Position { get { return _pos - _start; } }

        public void Require(int count, string what)
        {
            if (count < 0 || count > _end - _pos)
                throw MikeyException.Malformed(what + " needs " + count + " octets but " + (_end - _pos)
                    + " remain at offset " + (_pos - _start));
        }

        public int ReadByte(string what)
        {
            Require(1, what);
            return _data[_pos++];
        }

        public int ReadUInt16(string what)
        {
            Require(2, what);
            int v = (_data[_pos] << 8) | _data[_pos + 1];
            _pos += 2;
            return v;
        }

        public uint ReadUInt32(string what)
        {
            Require(4, what);
            uint v = ((uint)_data[_pos] << 24) | ((uint)_data[_pos + 1] << 16) | ((uint)_data[_pos + 2] << 8) | _data[_pos + 3];
            _pos += 4;
            return v;
        }

        public byte[] ReadBytes(int count, string what)
        {
            Require(count, what);
            byte[] r = new byte[count];
            Array.Copy(_data, _pos, r, 0, count);
            _pos += count;
            return r;
        }
    }
}
