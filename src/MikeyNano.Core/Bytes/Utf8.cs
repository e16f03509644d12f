using MikeyNano.Errors;

namespace MikeyNano.Bytes
{
    /// <summary>
    /// Strict UTF-8 (RFC 3629) between strings and octets, so that the device library needs nanoFramework.CoreLibrary
    /// alone (no System.Text) and refuses what a lenient codec would silently repair.
    /// Encoding refuses a lone surrogate. Decoding accepts exactly the UTF8-octets of RFC 3629 section 4: no overlong
    /// form (C0, C1, E0 80..9F, F0 80..8F), no encoded surrogate (ED A0..BF, section 3), nothing above U+10FFFF
    /// (F4 90..BF, F5..FF), no continuation octet without a lead, no truncated sequence; and no 00 octet, because a
    /// nanoFramework string cannot hold U+0000 (it would cut the string there): data that may hold one stays octets.
    /// A leading EF BB BF is U+FEFF like any other character (no byte-order mark is added or removed).
    /// Every refusal is an <see cref="InvalidEncodingException"/> that names the offset.
    /// </summary>
    internal static class Utf8
    {
        /// <summary>The UTF-8 octets of <paramref name="text"/>.</summary>
        public static byte[] Encode(string text)
        {
            if (text == null) throw new InvalidEncodingException("UTF-8: null string");
            // The UTF-16 units come from ToCharArray, not the indexer: nanoCLR keeps strings as UTF-8 and its indexer
            // counts code points while Length counts UTF-16 units, so text[i] past a supplementary character reads the
            // wrong unit (and never the low surrogate). ToCharArray converts the whole string, pairs included.
            char[] units = text.ToCharArray();
            byte[] b = new byte[EncodedLength(units)];
            int at = 0;
            for (int i = 0; i < units.Length; i++)
            {
                int c = units[i];
                if (c < 0x80)
                {
                    b[at++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    b[at++] = (byte)(0xC0 | (c >> 6));
                    b[at++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c >= 0xD800 && c <= 0xDFFF)
                {
                    // A high surrogate followed by a low one (EncodedLength checked the pairing): four octets.
                    int cp = 0x10000 + ((c - 0xD800) << 10) + (units[++i] - 0xDC00);
                    b[at++] = (byte)(0xF0 | (cp >> 18));
                    b[at++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                    b[at++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                    b[at++] = (byte)(0x80 | (cp & 0x3F));
                }
                else
                {
                    b[at++] = (byte)(0xE0 | (c >> 12));
                    b[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    b[at++] = (byte)(0x80 | (c & 0x3F));
                }
            }
            return b;
        }

        /// <summary>The string whose UTF-8 encoding is <paramref name="octets"/>.</summary>
        public static string Decode(byte[] octets)
        {
            if (octets == null) throw new InvalidEncodingException("UTF-8: null octets");
            return Decode(octets, 0, octets.Length);
        }

        /// <summary>The string whose UTF-8 encoding is <paramref name="count"/> octets of <paramref name="octets"/> from
        /// <paramref name="offset"/>.</summary>
        public static string Decode(byte[] octets, int offset, int count)
        {
            if (octets == null || offset < 0 || count < 0 || offset > octets.Length - count)
                throw new InvalidEncodingException("UTF-8: octet range is outside the buffer");
            char[] chars = new char[count]; // never more UTF-16 units than octets
            int n = 0;
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                int lead = octets[i];
                if (lead == 0)
                    throw new InvalidEncodingException("UTF-8: octet " + (i - offset) + " is 00 (U+0000), which a nanoFramework string cannot hold; keep such data as octets");
                if (lead < 0x80)
                {
                    chars[n++] = (char)lead;
                    i++;
                    continue;
                }
                int tail = TailLength(lead, i - offset);
                if (i + tail >= end)
                    throw new InvalidEncodingException("UTF-8: the sequence at octet " + (i - offset) + " is truncated");
                CheckSecondOctet(lead, octets[i + 1], i - offset);
                int cp = lead & (0x3F >> tail);
                for (int k = 1; k <= tail; k++)
                {
                    int t = octets[i + k];
                    if ((t & 0xC0) != 0x80)
                        throw new InvalidEncodingException("UTF-8: the sequence at octet " + (i - offset) + " is truncated (octet " + (i + k - offset) + " is not a continuation)");
                    cp = (cp << 6) | (t & 0x3F);
                }
                i += tail + 1;
                if (cp >= 0x10000)
                {
                    cp -= 0x10000;
                    chars[n++] = (char)(0xD800 + (cp >> 10));
                    chars[n++] = (char)(0xDC00 + (cp & 0x3FF));
                }
                else
                {
                    chars[n++] = (char)cp;
                }
            }
            return CheckedString.FromChars(chars, 0, n);
        }

        // Continuation octets after a lead octet (RFC 3629 section 4): C2..DF one, E0..EF two, F0..F4 three.
        private static int TailLength(int lead, int at)
        {
            if (lead >= 0xC2 && lead <= 0xDF) return 1;
            if (lead >= 0xE0 && lead <= 0xEF) return 2;
            if (lead >= 0xF0 && lead <= 0xF4) return 3;
            string octet = "UTF-8: octet " + at + " (0x" + Hex.Encode(new byte[] { (byte)lead }) + ")";
            if (lead < 0xC0) throw new InvalidEncodingException(octet + " is a continuation octet without a lead octet");
            if (lead < 0xC2) throw new InvalidEncodingException(octet + " starts an overlong encoding");
            throw new InvalidEncodingException(octet + " never occurs in UTF-8 (it would encode above U+10FFFF)");
        }

        // The second octet's range narrows after E0, ED, F0 and F4 (RFC 3629 section 4): what lies outside it is an
        // overlong form, a surrogate (U+D800..U+DFFF, section 3) or above U+10FFFF.
        private static void CheckSecondOctet(int lead, int second, int at)
        {
            if ((second & 0xC0) != 0x80) return; // not a continuation: reported as truncated by the caller
            if (lead == 0xE0 && second < 0xA0 || lead == 0xF0 && second < 0x90)
                throw new InvalidEncodingException("UTF-8: the sequence at octet " + at + " is an overlong encoding");
            if (lead == 0xED && second > 0x9F)
                throw new InvalidEncodingException("UTF-8: the sequence at octet " + at + " encodes a surrogate (U+D800..U+DFFF)");
            if (lead == 0xF4 && second > 0x8F)
                throw new InvalidEncodingException("UTF-8: the sequence at octet " + at + " encodes a code point above U+10FFFF");
        }

        // The encoded length; refuses a lone surrogate before anything is written.
        private static int EncodedLength(char[] text)
        {
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (c < 0x80) n += 1;
                else if (c < 0x800) n += 2;
                else if (c < 0xD800 || c > 0xDFFF) n += 3;
                else if (c <= 0xDBFF && i + 1 < text.Length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                {
                    n += 4;
                    i++;
                }
                else
                {
                    throw new InvalidEncodingException("UTF-8: character " + i + " is a lone surrogate (U+" + Hex.Encode(new byte[] { (byte)(c >> 8), (byte)c }) + ")");
                }
            }
            return n;
        }
    }
}
