namespace MikeyNano.Certificates
{
    /// <summary>
    /// A bounded reader of DER (X.690 section 10) over one window of a buffer: each element is tag(1) | length |
    /// content, the length definite, minimal and at most 4 octets, the content inside the window. Only the
    /// single-octet tags X.509 uses are accepted (no high tag numbers). Every read moves forward by at least two
    /// octets, so a parse is linear in the input; every refusal is a <see cref="CertificateException"/> (Malformed).
    /// </summary>
    internal sealed class DerReader
    {
        public const int Boolean = 0x01;
        public const int Integer = 0x02;
        public const int BitString = 0x03;
        public const int OctetString = 0x04;
        public const int Oid = 0x06;
        public const int Utf8String = 0x0C;
        public const int UtcTime = 0x17;
        public const int GeneralizedTime = 0x18;
        public const int Sequence = 0x30;
        public const int Set = 0x31;
        /// <summary>[n] EXPLICIT, constructed, context-specific.</summary>
        public const int Explicit0 = 0xA0;
        public const int Explicit3 = 0xA3;

        private readonly byte[] _b;
        private int _pos;
        private readonly int _end;
        private int _contentStart, _contentLength, _elementStart;

        public DerReader(byte[] buffer, int start, int end)
        {
            _b = buffer;
            _pos = start;
            _end = end;
        }

        public bool HasMore { get { return _pos < _end; } }

        /// <summary>The tag of the next element (it must exist).</summary>
        public int PeekTag()
        {
            if (_pos >= _end) throw Malformed("an element is missing");
            return _b[_pos];
        }

        /// <summary>Reads the next element, which must have <paramref name="tag"/>; returns a reader over its content.</summary>
        public DerReader Enter(int tag, string what)
        {
            Next(tag, what);
            return new DerReader(_b, _contentStart, _contentStart + _contentLength);
        }

        /// <summary>Reads the next element, which must have <paramref name="tag"/>; returns a copy of its content.</summary>
        public byte[] Read(int tag, string what)
        {
            Next(tag, what);
            byte[] r = new byte[_contentLength];
            System.Array.Copy(_b, _contentStart, r, 0, _contentLength);
            return r;
        }

        /// <summary>Reads the next element (any tag) and returns a copy of it whole: tag, length and content.</summary>
        public byte[] ReadWhole(string what)
        {
            Next(-1, what);
            int n = _contentStart + _contentLength - _elementStart;
            byte[] r = new byte[n];
            System.Array.Copy(_b, _elementStart, r, 0, n);
            return r;
        }

        /// <summary>Skips the next element (any tag).</summary>
        public void Skip(string what)
        {
            Next(-1, what);
        }

        /// <summary>Throws unless the window is used up.</summary>
        public void End(string what)
        {
            if (_pos != _end) throw Malformed(what + ": " + (_end - _pos) + " octets after the last field");
        }

        private void Next(int tag, string what)
        {
            if (_end - _pos < 2) throw Malformed(what + ": truncated");
            _elementStart = _pos;
            int t = _b[_pos];
            if (tag >= 0 && t != tag) throw Malformed(what + ": tag " + t + ", expected " + tag);
            if ((t & 0x1F) == 0x1F) throw Malformed(what + ": multi-octet tags are not used in X.509");
            int first = _b[_pos + 1];
            int at = _pos + 2;
            int length;
            if (first < 0x80)
            {
                length = first;
            }
            else
            {
                int count = first & 0x7F;
                if (count == 0 || count > 4) throw Malformed(what + ": indefinite or oversized length");
                if (_end - at < count) throw Malformed(what + ": truncated length");
                if (_b[at] == 0) throw Malformed(what + ": length not minimal");
                if (count == 4 && _b[at] >= 0x80) throw Malformed(what + ": length too large");
                length = 0;
                for (int i = 0; i < count; i++) length = (length << 8) | _b[at + i];
                if (length < 0x80) throw Malformed(what + ": length not minimal");
                at += count;
            }
            if (length > _end - at) throw Malformed(what + ": " + length + " octets of content, " + (_end - at) + " remain");
            _contentStart = at;
            _contentLength = length;
            _pos = at + length;
        }

        public static CertificateException Malformed(string message)
        {
            return new CertificateException(CertificateError.Malformed, "certificate: " + message);
        }
    }
}
