using MikeyNano.Errors;

namespace MikeyNano.Bytes
{
    /// <summary>RFC 4648 base64 (standard alphabet, '=' padding). The decoder is strict (canonical padding, no
    /// characters outside the alphabet except skipped white space) and throws <see cref="InvalidEncodingException"/>,
    /// which nanoFramework's native Convert.FromBase64String does not promise; public data only (not constant-time).</summary>
    internal static class Base64
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        public static string Encode(byte[] data)
        {
            if (data == null) return "";
            char[] c = new char[(data.Length + 2) / 3 * 4];
            int o = 0;
            int i = 0;
            for (; i + 2 < data.Length; i += 3)
            {
                int v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
                c[o++] = Alphabet[v >> 18];
                c[o++] = Alphabet[(v >> 12) & 63];
                c[o++] = Alphabet[(v >> 6) & 63];
                c[o++] = Alphabet[v & 63];
            }
            int rest = data.Length - i;
            if (rest > 0)
            {
                int v = data[i] << 16;
                if (rest == 2) v |= data[i + 1] << 8;
                c[o++] = Alphabet[v >> 18];
                c[o++] = Alphabet[(v >> 12) & 63];
                c[o++] = rest == 2 ? Alphabet[(v >> 6) & 63] : '=';
                c[o++] = '=';
            }
            return CheckedString.FromChars(c, 0, c.Length);
        }

        /// <summary>Decodes base64, skipping spaces, tabs and line breaks.</summary>
        public static byte[] Decode(string text)
        {
            if (text == null) throw new InvalidEncodingException("base64: null input");
            char[] s = new char[text.Length];
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char ch = text[i];
                if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') continue;
                s[n++] = ch;
            }
            if ((n & 3) != 0) throw new InvalidEncodingException("base64: length " + n + " is not a multiple of 4");
            int pad = 0;
            if (n > 0 && s[n - 1] == '=') pad++;
            if (n > 1 && s[n - 2] == '=') pad++;
            byte[] r = new byte[n / 4 * 3 - pad];
            int o = 0;
            for (int i = 0; i < n; i += 4)
            {
                int v = 0;
                for (int j = 0; j < 4; j++)
                {
                    int d;
                    if (s[i + j] == '=')
                    {
                        if (i + 4 != n || j < 4 - pad) throw new InvalidEncodingException("base64: misplaced '=' at " + (i + j));
                        d = 0;
                    }
                    else
                    {
                        d = Value(s[i + j]);
                        if (d < 0) throw new InvalidEncodingException("base64: invalid character at position " + (i + j));
                    }
                    v = (v << 6) | d;
                }
                r[o++] = (byte)(v >> 16);
                if (o < r.Length) r[o++] = (byte)(v >> 8);
                else if (((v >> 8) & 0xFF) != 0) throw new InvalidEncodingException("base64: non-zero padding bits");
                if (o < r.Length) r[o++] = (byte)v;
                else if ((v & 0xFF) != 0 && i + 4 == n) throw new InvalidEncodingException("base64: non-zero padding bits");
            }
            return r;
        }

        private static int Value(char ch)
        {
            if (ch >= 'A' && ch <= 'Z') return ch - 'A';
            if (ch >= 'a' && ch <= 'z') return ch - 'a' + 26;
            if (ch >= '0' && ch <= '9') return ch - '0' + 52;
            if (ch == '+') return 62;
            if (ch == '/') return 63;
            return -1;
        }
    }
}
