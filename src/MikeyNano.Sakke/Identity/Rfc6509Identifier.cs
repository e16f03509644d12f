using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Identity
{
    /// <summary>
    /// The MIKEY-SAKKE identifier of RFC 6509 section 3.2 (ID scheme 1): the key month and the URI, each followed by a
    /// zero octet: <c>"YYYY-MM" || 0x00 || URI || 0x00</c>. RFC 6507 and RFC 6508 Appendix A use
    /// <c>"2011-02" 00 "tel:+447700900123" 00</c>. The same octets are the ECCSI ID and the SAKKE b.
    /// The URI is checked as octets: a zero octet in it would make two URIs share one identifier. On nanoFramework a
    /// string cannot hold U+0000 at all (it ends the string), so a URI that arrives as octets (an IDR payload) must be
    /// passed as octets: turning it into a string first would silently cut it at the zero.
    /// </summary>
    public static class Rfc6509Identifier
    {
        /// <summary>Builds the identifier for <paramref name="year"/>-<paramref name="month"/> and a URI.</summary>
        public static byte[] Create(int year, int month, string uri)
        {
            return Create(YearMonth(year, month), EncodeUri(uri));
        }

        /// <summary>Builds the identifier for <paramref name="year"/>-<paramref name="month"/> and the UTF-8 octets of a URI.</summary>
        public static byte[] Create(int year, int month, byte[] uri)
        {
            return Create(YearMonth(year, month), uri);
        }

        /// <summary>Builds the identifier from a "YYYY-MM" string and a URI (which may not contain U+0000).</summary>
        public static byte[] Create(string yearMonth, string uri)
        {
            return Create(yearMonth, EncodeUri(uri));
        }

        /// <summary>Builds the identifier from a "YYYY-MM" string and the UTF-8 octets of a URI: non-empty, no zero
        /// octet (<see cref="InvalidEncodingException"/> otherwise).</summary>
        public static byte[] Create(string yearMonth, byte[] uri)
        {
            if (!IsYearMonth(yearMonth))
                throw new InvalidEncodingException("RFC 6509 identifier: the date must be \"YYYY-MM\"");
            if (uri == null || uri.Length == 0 || Octets.IndexOf(uri, 0) >= 0)
                throw new InvalidEncodingException("RFC 6509 identifier: the URI must be non-empty and contain no zero octet");
            byte[] id = new byte[yearMonth.Length + 1 + uri.Length + 1];
            for (int i = 0; i < yearMonth.Length; i++) id[i] = (byte)yearMonth[i]; // ASCII digits and '-'
            System.Array.Copy(uri, 0, id, yearMonth.Length + 1, uri.Length);
            return id; // the two separators are already zero
        }

        /// <summary>The month an RFC 6509 identifier names, as year * 12 + (month - 1), or -1 when
        /// <paramref name="identifier"/> does not start with "YYYY-MM" 0x00 (month 01..12).</summary>
        internal static int MonthOf(byte[] identifier)
        {
            if (identifier == null || identifier.Length < 8 || identifier[4] != (byte)'-' || identifier[7] != 0) return -1;
            for (int i = 0; i < 7; i++)
                if (i != 4 && (identifier[i] < (byte)'0' || identifier[i] > (byte)'9')) return -1;
            int year = Digits(identifier, 0, 4), month = Digits(identifier, 5, 2);
            if (month < 1 || month > 12) return -1;
            return year * 12 + month - 1;
        }

        private static int Digits(byte[] ascii, int from, int count)
        {
            int v = 0;
            for (int i = from; i < from + count; i++) v = v * 10 + (ascii[i] - (byte)'0');
            return v;
        }

        private static byte[] EncodeUri(string uri)
        {
            if (uri == null) throw new InvalidEncodingException("RFC 6509 identifier: the URI must be non-empty and contain no zero octet");
            return Utf8.Encode(uri);
        }

        private static string YearMonth(int year, int month)
        {
            if (year < 0 || year > 9999 || month < 1 || month > 12)
                throw new InvalidEncodingException("RFC 6509 identifier: year must be 0..9999 and month 1..12");
            return Pad(year, 4) + "-" + Pad(month, 2);
        }

        // Four ASCII digits, '-', two ASCII digits.
        private static bool IsYearMonth(string s)
        {
            if (s == null || s.Length != 7 || s[4] != '-') return false;
            for (int i = 0; i < 7; i++)
                if (i != 4 && (s[i] < '0' || s[i] > '9')) return false;
            return true;
        }

        private static string Pad(int value, int digits)
        {
            string s = value.ToString();
            while (s.Length < digits) s = "0" + s;
            return s;
        }
    }
}
