using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Errors;

namespace MikeyNano.Certificates
{
    /// <summary>
    /// An X.509 v3 certificate (RFC 5280) with a P-256 subject key, parsed by the device: the octets the issuer signed
    /// (tbsCertificate), issuer and subject names (DER, compared octet for octet), validity, the P-256 key, the
    /// keyUsage bits, the subjectAltName URIs, basicConstraints' cA, and the ECDSA signature as r || s. Parse checks
    /// structure only (<see cref="CertificateValidator"/> checks signature, validity and usage). What it accepts:
    /// version 3, signature ecdsa-with-SHA256 (the same inside and outside tbsCertificate), key id-ecPublicKey on
    /// prime256v1 as an uncompressed or compressed point (validated), extensions each at most once, and no unknown
    /// critical extension. Anything else is a <see cref="CertificateException"/>: Malformed or Unsupported.
    /// </summary>
    public sealed class X509Certificate
    {
        // OIDs, DER content octets (RFC 5758 section 3.2, RFC 5480 section 2.1.1, RFC 5280 section 4.2.1).
        private static byte[] EcdsaWithSha256() { return new byte[] { 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x02 }; }
        private static byte[] EcPublicKey() { return new byte[] { 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01 }; }
        private static byte[] Prime256v1() { return new byte[] { 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07 }; }

        /// <summary>Key usage bits (RFC 5280 section 4.2.1.3): bit i of KeyUsage is 1 &lt;&lt; i here.</summary>
        public const int UsageDigitalSignature = 1 << 0;
        public const int UsageKeyEncipherment = 1 << 2;
        public const int UsageKeyAgreement = 1 << 4;
        public const int UsageKeyCertSign = 1 << 5;
        /// <summary><see cref="KeyUsage"/> when the extension is absent (every usage is allowed, RFC 5280).</summary>
        public const int UsageAny = -1;
        /// <summary>The largest certificate accepted: a CERT payload holds at most 65,535 octets.</summary>
        public const int MaxLength = 0xFFFF;

        private X509Certificate() { }

        /// <summary>The DER octets parsed (a copy).</summary>
        public byte[] Encoded { get; private set; }
        /// <summary>tbsCertificate as signed: tag, length and content.</summary>
        public byte[] SignedPart { get; private set; }
        /// <summary>The issuer Name, DER (tag, length, content).</summary>
        public byte[] IssuerName { get; private set; }
        /// <summary>The subject Name, DER.</summary>
        public byte[] SubjectName { get; private set; }
        /// <summary>notBefore and notAfter in NTP seconds (since 1900).</summary>
        public long NotBefore { get; private set; }
        public long NotAfter { get; private set; }
        public P256Point PublicKey { get; private set; }
        /// <summary>The keyUsage bits (Usage* constants), or <see cref="UsageAny"/> without the extension.</summary>
        public int KeyUsage { get; internal set; }
        /// <summary>The subjectAltName uniformResourceIdentifier entries (empty when none).</summary>
        public string[] UriNames { get; internal set; }
        /// <summary>basicConstraints cA.</summary>
        public bool IsCa { get; internal set; }
        /// <summary>The signature as r || s (32 octets each).</summary>
        public byte[] Signature { get; private set; }

        /// <summary>Parses a DER certificate (at most <see cref="MaxLength"/> octets; time linear in its length).</summary>
        public static X509Certificate Parse(byte[] der)
        {
            if (der == null || der.Length == 0) throw DerReader.Malformed("no octets");
            if (der.Length > MaxLength) throw DerReader.Malformed(der.Length + " octets, at most " + MaxLength);
            X509Certificate c = new X509Certificate();
            c.Encoded = (byte[])der.Clone();
            DerReader outer = new DerReader(c.Encoded, 0, c.Encoded.Length);
            DerReader cert = outer.Enter(DerReader.Sequence, "Certificate");
            outer.End("Certificate");
            c.SignedPart = cert.ReadWhole("tbsCertificate");
            CheckAlgorithm(cert.Enter(DerReader.Sequence, "signatureAlgorithm"));
            c.Signature = EcdsaSignature.FromBitString(cert.Read(DerReader.BitString, "signatureValue"));
            cert.End("Certificate");
            c.ParseTbs(new DerReader(c.SignedPart, 0, c.SignedPart.Length).Enter(DerReader.Sequence, "tbsCertificate"));
            return c;
        }

        private void ParseTbs(DerReader tbs)
        {
            if (tbs.PeekTag() != DerReader.Explicit0) throw Unsupported("a version 1 certificate (v3 is required)");
            DerReader version = tbs.Enter(DerReader.Explicit0, "version");
            byte[] v = version.Read(DerReader.Integer, "version");
            version.End("version");
            if (v.Length != 1 || v[0] != 2) throw Unsupported("version is not v3");
            tbs.Read(DerReader.Integer, "serialNumber");
            CheckAlgorithm(tbs.Enter(DerReader.Sequence, "signature"));
            IssuerName = tbs.ReadWhole("issuer");
            DerReader validity = tbs.Enter(DerReader.Sequence, "validity");
            NotBefore = ReadTime(validity, "notBefore");
            NotAfter = ReadTime(validity, "notAfter");
            validity.End("validity");
            SubjectName = tbs.ReadWhole("subject");
            PublicKey = ReadP256Key(tbs.Enter(DerReader.Sequence, "subjectPublicKeyInfo"));
            KeyUsage = UsageAny;
            UriNames = new string[0];
            // issuerUniqueID [1] and subjectUniqueID [2] (RFC 5280: conforming CAs do not generate them) are skipped.
            while (tbs.HasMore && (tbs.PeekTag() == 0x81 || tbs.PeekTag() == 0xA1 || tbs.PeekTag() == 0x82 || tbs.PeekTag() == 0xA2))
                tbs.Skip("unique identifier");
            if (tbs.HasMore)
            {
                DerReader ext = tbs.Enter(DerReader.Explicit3, "extensions");
                X509Extensions.Parse(this, ext.Enter(DerReader.Sequence, "Extensions"));
                ext.End("extensions");
            }
            tbs.End("tbsCertificate");
        }

        private static long ReadTime(DerReader r, string what)
        {
            int tag = r.PeekTag();
            if (tag != DerReader.UtcTime && tag != DerReader.GeneralizedTime) throw DerReader.Malformed(what + ": not a time");
            return DerTime.ToNtpSeconds(tag, r.Read(tag, what));
        }

        private static void CheckAlgorithm(DerReader alg)
        {
            if (!ConstantTime.AreEqual(alg.Read(DerReader.Oid, "algorithm"), EcdsaWithSha256())) throw Unsupported("signature algorithm is not ecdsa-with-SHA256");
            alg.End("AlgorithmIdentifier"); // RFC 5758 section 3.2: the parameters field is absent
        }

        private static P256Point ReadP256Key(DerReader spki)
        {
            DerReader alg = spki.Enter(DerReader.Sequence, "subjectPublicKeyInfo algorithm");
            if (!ConstantTime.AreEqual(alg.Read(DerReader.Oid, "key algorithm"), EcPublicKey())) throw Unsupported("the subject key is not an EC key");
            if (alg.PeekTag() != DerReader.Oid || !ConstantTime.AreEqual(alg.Read(DerReader.Oid, "curve"), Prime256v1())) throw Unsupported("the subject key is not on P-256");
            alg.End("key algorithm");
            byte[] bits = spki.Read(DerReader.BitString, "subjectPublicKey");
            spki.End("subjectPublicKeyInfo");
            if (bits.Length < 2 || bits[0] != 0) throw DerReader.Malformed("subjectPublicKey: not whole octets");
            try
            {
                return P256Point.Decode(bits, 1, bits.Length - 1);
            }
            catch (InvalidPointException e)
            {
                throw DerReader.Malformed("subjectPublicKey: " + e.Message);
            }
        }

        internal static CertificateException Unsupported(string message)
        {
            return new CertificateException(CertificateError.Unsupported, "certificate: " + message);
        }
    }
}
