using System;
using System.Text;

namespace MikeyNano.KmsXml
{
    /// <summary>Octet values as KMSs write them: hexBinary per the schema (upper or lower case) or base64 (some KMSs,
    /// the Go KMS's UserID, XML Encryption's CipherValue). A value made only of hex digits is hex, otherwise base64
    /// (TS33180-KMS-XML.md "Encodings seen in the field"); whitespace is ignored.</summary>
    public static class KmsValue
    {
        public static byte[] Decode(string text, string what)
        {
            string compact = Compact(text);
            if (compact.Length == 0) throw new KmsXmlException(KmsXmlCheck.Format, what + " is empty");
            if (IsHex(compact))
            {
                if (compact.Length % 2 == 0) return Convert.FromHexString(compact);
                throw new KmsXmlException(KmsXmlCheck.Format, what + ": an odd number of hex digits");
            }
            try
            {
                return Convert.FromBase64String(compact);
            }
            catch (FormatException)
            {
                throw new KmsXmlException(KmsXmlCheck.Format, what + " is neither hex nor base64");
            }
        }

        /// <summary>Upper-case hex, as the Streamwide sample writes keys.</summary>
        public static string Hex(byte[] value) => Convert.ToHexString(value);

        public static string Base64(byte[] value) => Convert.ToBase64String(value);

        private static string Compact(string text)
        {
            var b = new StringBuilder(text.Length);
            foreach (char c in text)
                if (!char.IsWhiteSpace(c)) b.Append(c);
            return b.ToString();
        }

        private static bool IsHex(string s)
        {
            foreach (char c in s)
                if (!Uri.IsHexDigit(c)) return false;
            return true;
        }
    }
}
