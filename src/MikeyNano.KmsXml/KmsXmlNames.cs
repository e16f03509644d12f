namespace MikeyNano.KmsXml
{
    /// <summary>The namespaces and algorithm identifiers of 3GPP TS 33.180 Annex D KMS XML as real KMSs use them
    /// (../shared/spec/TS33180-KMS-XML.md).</summary>
    public static class KmsXmlNames
    {
        /// <summary>TS 33.180 D.2 namespace of the KMS interface. Older Kapsch code used a private namespace with the same
        /// element names, so KMS elements are matched by local name (any namespace but XML-DSig's and XML Encryption's).</summary>
        public const string KmsNamespace = "urn:3gpp:ns:mcsecKMSInterface:1.0";
        public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
        public const string XencNamespace = "http://www.w3.org/2001/04/xmlenc#";
        public const string DsNamespace = "http://www.w3.org/2000/09/xmldsig#";

        /// <summary>AES-256 key wrap as Kapsch names it: the URI names RFC 3394 but the value is RFC 5649 (the RSK's
        /// 257 octets need padding).</summary>
        public const string KwAes256 = "http://www.w3.org/2001/04/xmlenc#kw-aes256";
        /// <summary>XML Encryption 1.1 AES-256 key wrap with padding (RFC 5649).</summary>
        public const string KwAes256Pad = "http://www.w3.org/2009/xmlenc11#kw-aes-256-pad";
        /// <summary>xenc:EncryptedData Type that Kapsch puts where the schema has xenc:EncryptedKey.</summary>
        public const string EncryptedKeyType = "http://www.w3.org/2001/04/xmlenc#EncryptedKey";

        /// <summary>RFC 4051 section 2.2.2 HMAC-SHA-256 signature method.</summary>
        public const string HmacSha256 = "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256";
        public const string Sha256 = "http://www.w3.org/2001/04/xmlenc#sha256";
        public const string EnvelopedSignature = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
        public const string C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
        public const string C14NWithComments = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments";

        /// <summary>UserIdFormat "2": the TS 33.180 F.2.1 MIKEY-SAKKE UID.</summary>
        public const string UidFormat = "2";
    }
}
