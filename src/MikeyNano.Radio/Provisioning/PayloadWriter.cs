using System;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>Writes payload fields (docs/provisioning.md, "Field encodings") into a buffer of at most
    /// <see cref="Frame.MaxPayload"/> octets; <see cref="ToArray"/> returns what was written.</summary>
    internal sealed class PayloadWriter
    {
        private readonly byte[] _buf;
        private int _at;

        public PayloadWriter() : this(Frame.MaxPayload)
        {
        }

        public PayloadWriter(int capacity)
        {
            _buf = new byte[capacity];
        }

        public int Length { get { return _at; } }

        public void Octet(int value)
        {
            Room(1);
            _buf[_at++] = (byte)value;
        }

        public void UInt16(int value)
        {
            Room(2);
            _buf[_at++] = (byte)(value >> 8);
            _buf[_at++] = (byte)value;
        }

        public void UInt64(ulong value)
        {
            Room(8);
            for (int i = 7; i >= 0; i--) _buf[_at++] = (byte)(value >> (8 * i));
        }

        public void Octets(byte[] data)
        {
            Room(data.Length);
            Array.Copy(data, 0, _buf, _at, data.Length);
            _at += data.Length;
        }

        public void Octets16(byte[] data)
        {
            if (data.Length > 0xFFFF) throw new InvalidEncodingException("field longer than 65535 octets");
            UInt16(data.Length);
            Octets(data);
        }

        /// <summary>UTF-8 with a 1-octet length; text longer than 255 octets is cut at a character boundary when
        /// <paramref name="cut"/> (messages), else refused (URIs).</summary>
        public void Text8(string text, bool cut)
        {
            byte[] octets = Utf8.Encode(text == null ? "" : text);
            int n = octets.Length;
            if (n > 255)
            {
                if (!cut) throw new InvalidEncodingException("'" + text + "' is longer than 255 octets");
                n = 255;
                while (n > 0 && (octets[n] & 0xC0) == 0x80) n--; // octets[n] starts the first character left out
            }
            Octet(n);
            Room(n);
            Array.Copy(octets, 0, _buf, _at, n);
            _at += n;
        }

        public byte[] ToArray()
        {
            byte[] r = new byte[_at];
            Array.Copy(_buf, r, _at);
            return r;
        }

        /// <summary>Zeroizes the buffer (when it held a secret).</summary>
        public void Wipe()
        {
            Secrets.Wipe(_buf);
        }

        private void Room(int count)
        {
            if (count > _buf.Length - _at)
                throw new ProvisioningException(ProvisioningError.MalformedPayload, "payload exceeds " + _buf.Length + " octets");
        }
    }
}
