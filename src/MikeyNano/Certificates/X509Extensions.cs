using MikeyNano.Bytes;

namespace MikeyNano.Certificates
{
    /// <summary>
    /// The extensions of an X.509 v3 certificate the device reads (RFC 5280 section 4.2): keyUsage (2.5.29.15),
    /// subjectAltName (2.5.29.17; its uniformResourceIdentifier names) and basicConstraints (2.5.29.19; cA). Any other
    /// extension is skipped unless marked critical, which refuses the certificate (RFC 5280 section 4.2: a certificate
    /// with an unrecognised critical extension must be rejected). Each extension may occur once.
    /// </summary>
    internal static class X509Extensions
    {
        private const int KeyUsageArc = 15;
        private const int SubjectAltNameArc = 17;
        private const int BasicConstraintsArc = 19;
        /// <summary>GeneralName uniformResourceIdentifier [6] IA5String, implicit.</summary>
        private const int UriTag = 0x86;

        public static void Parse(X509Certificate c, DerReader list)
        {
            int seen = 0;
            if (!list.HasMore) throw DerReader.Malformed("extensions: an empty list");
            while (list.HasMore)
            {
                DerReader ext = list.Enter(DerReader.Sequence, "Extension");
                byte[] oid = ext.Read(DerReader.Oid, "extnID");
                bool critical = false;
                if (ext.PeekTag() == DerReader.Boolean)
                {
                    byte[] b = ext.Read(DerReader.Boolean, "critical");
                    // DER: TRUE is 0xFF, and the DEFAULT FALSE is never encoded.
                    if (b.Length != 1 || b[0] != 0xFF) throw DerReader.Malformed("extension: critical is not DER TRUE");
                    critical = true;
                }
                byte[] value = ext.Read(DerReader.OctetString, "extnValue");
                ext.End("Extension");
                int arc = IdCeArc(oid);
                if (arc == KeyUsageArc || arc == SubjectAltNameArc || arc == BasicConstraintsArc)
                {
                    int bit = 1 << (arc - KeyUsageArc);
                    if ((seen & bit) != 0) throw DerReader.Malformed("extension 2.5.29." + arc + " twice");
                    seen |= bit;
                }
                if (arc == KeyUsageArc) c.KeyUsage = KeyUsage(value);
                else if (arc == SubjectAltNameArc) c.UriNames = Uris(value);
                else if (arc == BasicConstraintsArc) c.IsCa = IsCa(value);
                else if (critical) throw X509Certificate.Unsupported("an unknown critical extension");
            }
        }

        /// <summary>The last arc of an id-ce OID (2.5.29.x, content 55 1D x with x &lt; 128), else -1.</summary>
        private static int IdCeArc(byte[] oid)
        {
            if (oid.Length == 3 && oid[0] == 0x55 && oid[1] == 0x1D && oid[2] < 0x80) return oid[2];
            return -1;
        }

        /// <summary>KeyUsage ::= BIT STRING; named bit i is octet i / 8, mask 0x80 &gt;&gt; (i % 8).</summary>
        private static int KeyUsage(byte[] value)
        {
            DerReader r = new DerReader(value, 0, value.Length);
            byte[] bits = r.Read(DerReader.BitString, "keyUsage");
            r.End("keyUsage");
            if (bits.Length < 2 || bits.Length > 3 || bits[0] > 7) throw DerReader.Malformed("keyUsage: not a 1- or 2-octet BIT STRING");
            int usage = 0;
            for (int i = 0; i < 8 * (bits.Length - 1); i++)
                if ((bits[1 + (i >> 3)] & (0x80 >> (i & 7))) != 0) usage |= 1 << i;
            return usage;
        }

        /// <summary>The uniformResourceIdentifier entries of GeneralNames (other names skipped).</summary>
        private static string[] Uris(byte[] value)
        {
            DerReader outer = new DerReader(value, 0, value.Length);
            DerReader names = outer.Enter(DerReader.Sequence, "subjectAltName");
            outer.End("subjectAltName");
            int count = 0;
            DerReader counting = new DerReader(value, 0, value.Length).Enter(DerReader.Sequence, "subjectAltName");
            while (counting.HasMore)
            {
                if (counting.PeekTag() == UriTag) count++;
                counting.Skip("GeneralName");
            }
            string[] uris = new string[count];
            int k = 0;
            while (names.HasMore)
            {
                if (names.PeekTag() != UriTag)
                {
                    names.Skip("GeneralName");
                    continue;
                }
                byte[] ia5 = names.Read(UriTag, "uniformResourceIdentifier");
                for (int i = 0; i < ia5.Length; i++)
                    if (ia5[i] == 0 || ia5[i] > 0x7E) throw DerReader.Malformed("uniformResourceIdentifier: not IA5 printable text");
                uris[k++] = Utf8.Decode(ia5); // ASCII: its UTF-8 decoding is itself
            }
            return uris;
        }

        /// <summary>BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER OPTIONAL }.</summary>
        private static bool IsCa(byte[] value)
        {
            DerReader outer = new DerReader(value, 0, value.Length);
            DerReader bc = outer.Enter(DerReader.Sequence, "basicConstraints");
            outer.End("basicConstraints");
            bool ca = false;
            if (bc.HasMore && bc.PeekTag() == DerReader.Boolean)
            {
                byte[] b = bc.Read(DerReader.Boolean, "cA");
                if (b.Length != 1 || b[0] != 0xFF) throw DerReader.Malformed("basicConstraints: cA is not DER TRUE");
                ca = true;
            }
            if (bc.HasMore) bc.Read(DerReader.Integer, "pathLenConstraint");
            bc.End("basicConstraints");
            return ca;
        }
    }
}
