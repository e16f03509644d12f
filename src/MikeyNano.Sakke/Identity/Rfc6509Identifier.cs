using System.Text;
using MikeyNano.Errors;

namespace MikeyNano.Identity
{
    /// <summary>
    /// The MIKEY-SAKKE identifier of RFC 6509 section 3.2 (ID scheme 1): the key month and the URI, each followed by a
    /// zero octet: <c>"YYYY-MM" || 0x00 || URI || 0x00</c>. RFC 6507 and RFC 6508 Appendix A use
    /// <c>"2011-02\0tel:+447700900123\0"</c>. The same octets are the ECCSI ID and the SAKKE b.
    /// </summary>
    public static class Rfc6509Identifier
    {
        /// <summary>Builds the identifier for <paramref name="year"/>-<paramref name="month"/> and a URI.</summary>
        public static byte[] Create(int year, int month, string uri)
        {
            if (year < 0 || year > 9999 || month < 1 || month > 12)
                throw new InvalidEncodingException("RFC 6509 identifier: year must be 0..9999 and month 1..12");
            string date = Pad(year, 4) + "-" + Pad(month, 2);
            return Create(date, uri);
        }

        /// <summary>Builds the identifier from a "YYYY-MM" string and a URI (neither may contain a zero octet).</summary>
        public static byte[] Create(string yearMonth, string uri)
        {
            if (yearMonth == null || yearMonth.Length != 7 || yearMonth[4] != '-')
                throw new InvalidEncodingException("RFC 6509 identifier: the date must be \"YYYY-MM\"");
            if (uri == null || uri.Length == 0 || uri.IndexOf('\0') >= 0)
                throw new InvalidEncodingException("RFC 6509 identifier: the URI must be non-empty and contain no NUL");
            byte[] d = Encoding.UTF8.GetBytes(yearMonth);
            byte[] u = Encoding.UTF8.GetBytes(uri);
            byte[] id = new byte[d.Length + 1 + u.Length + 1];
            System.Array.Copy(d, 0, id, 0, d.Length);
            System.Array.Copy(u, 0, id, d.Length + 1, u.Length);
            return id; // the two separators are already zero
        }

        private static string Pad(int value, int digits)
        {
            string s = value.ToString();
            while (s.Length < digits) s = "0" + s;
            return s;
        }
    }
}
