using System;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>Reads the fields of a payload (docs/provisioning.md, "Field encodings") with every length checked
    /// against what is left: a field that runs past the end, a string that is not UTF-8 or octets left over are
    /// <see cref="ProvisioningException"/> with the given error code (malformed-payload on the device).</summary>
    internal sealed class PayloadReader
    {
        private readonly byte[] _data;
        private readonly int _end;
        private readonly int _error;
        private int _at;

        public PayloadReader(byte[] data, int offset, int count, int error)
        {
            _data = data;
            _at = offset;
            _end = offset + count;
            _error = error;
        }

        public int Remaining { get { return _end - _at; } }

        public int Octet()
        {
            Need(1, "octet");
            return _data[_at++];
        }

        public int UInt16()
        {
            Need(2, "16-bit integer");
            int v = (_data[_at] << 8) | _data[_at + 1];
            _at += 2;
            return v;
        }

        public ulong UInt64()
        {
            Need(8, "64-bit integer");
            ulong v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | _data[_at + i];
            _at += 8;
            return v;
        }

        /// <summary>Exactly <paramref name="count"/> octets (a copy).</summary>
        public byte[] Octets(int count, string what)
        {
            Need(count, what);
            byte[] r = new byte[count];
            Array.Copy(_data, _at, r, 0, count);
            _at += count;
            return r;
        }

        /// <summary>A 2-octet length, then that many octets.</summary>
        public byte[] Octets16(string what)
        {
            return Octets(UInt16(), what);
        }

        /// <summary>A 1-octet length, then that many octets of UTF-8 with no zero octet (URIs, names).</summary>
        public string Text8(string what)
        {
            int n = Octet();
            byte[] octets = Octets(n, what);
            for (int i = 0; i < n; i++)
                if (octets[i] == 0) throw Fail(what + " holds a zero octet");
            try
            {
                return Utf8.Decode(octets);
            }
            catch (InvalidEncodingException e)
            {
                throw Fail(what + ": " + e.Message);
            }
        }

        /// <summary>Refuses octets left after the last field.</summary>
        public void End()
        {
            if (_at != _end) throw Fail((_end - _at) + " octets after the last field");
        }

        public ProvisioningException Fail(string message)
        {
            return new ProvisioningException(_error, message);
        }

        private void Need(int count, string what)
        {
            if (count < 0 || count > _end - _at)
                throw Fail(what + " needs " + count + " octets, " + (_end - _at) + " left");
        }
    }
}
