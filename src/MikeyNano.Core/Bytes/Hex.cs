using MikeyNano.Errors;

namespace MikeyNano.Bytes
{
    /// <summary>Lower-case hexadecimal encoding and a tolerant decoder (white space and ':' separators are skipped).
    /// Not constant-time: use it for public values and test vectors, not for secrets on a hot path.</summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        public static string Encode(byte[] data)
        {
            if (data == null) return "";
            return Encode(data, 0, data.Length);
        }

        public static string Encode(byte[] data, int offset, int count)
        {
            char[] c = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                byte b = data[offset + i];
                c[2 * i] = Digits[b >> 4];
                c[2 * i + 1] = Digits[b & 0x0F];
            }
            return CheckedString.FromChars(c, 0, c.Length);
        }

        /// <summary>Decodes hex digits, skipping spaces, tabs, new lines and ':'. Throws
        /// <see cref="InvalidEncodingException"/> on any other character or an odd number of digits.</summary>
        public static byte[] Decode(string text)
        {
            if (text == null) throw new InvalidEncodingException("hex: null input");
            // One pass over the characters as an array: nanoCLR's string indexer walks the UTF-8 text from its start
            // on every call, which made decoding quadratic (a 256-digit constant took about 0.7 ms there).
            char[] chars = text.ToCharArray();
            int digits = 0;
            for (int i = 0; i < chars.Length; i++)
            {
                char ch = chars[i];
                if (IsSeparator(ch)) continue;
                if (Value(ch) < 0) throw new InvalidEncodingException("hex: invalid character at position " + i);
                digits++;
            }
            if ((digits & 1) != 0) throw new InvalidEncodingException("hex: odd number of digits (" + digits + ")");
            byte[] result = new byte[digits / 2];
            int n = 0;
            int high = -1;
            for (int i = 0; i < chars.Length; i++)
            {
                char ch = chars[i];
                if (IsSeparator(ch)) continue;
                int v = Value(ch);
                if (high < 0) high = v;
                else { result[n++] = (byte)((high << 4) | v); high = -1; }
            }
            return result;
        }

        private static bool IsSeparator(char ch)
        {
            return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == ':';
        }

        private static int Value(char ch)
        {
            if (ch >= '0' && ch <= '9') return ch - '0';
            if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
            if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
            return -1;
        }
    }
}
