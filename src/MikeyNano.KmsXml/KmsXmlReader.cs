using System.IO;
using System.Xml;
using static MikeyNano.KmsXml.KmsXmlElements;

namespace MikeyNano.KmsXml
{
    /// <summary>
    /// Reads a TS 33.180 Annex D KmsResponse or SignedKmsResponse. XML is loaded without DTDs or external resolution.
    /// A SignedKmsResponse's ds:Signature is verified when an integrity key (InK) or, failing that, the transport key
    /// (TrK) is given, and then only the KmsResponse the verified Reference covers is read (the Reference must name the
    /// SignedKmsResponse or its one KmsResponse child); a signature that fails is refused. Without a key the signature
    /// cannot be checked: <see cref="KmsResponse.Signature"/> says so and the caller decides. Wrapped keys are unwrapped
    /// under the TrK (RFC 5649).
    /// </summary>
    public static class KmsXmlReader
    {
        public static KmsResponse ReadFile(string path, byte[] transportKey = null, byte[] integrityKey = null) =>
            Read(File.ReadAllText(path), transportKey, integrityKey);

        public static KmsResponse Read(string xml, byte[] transportKey = null, byte[] integrityKey = null)
        {
            XmlDocument doc = Load(xml);
            XmlElement root = doc.DocumentElement;
            XmlElement response;
            if (IsKms(root, "KmsResponse")) response = root;
            else if (IsKms(root, "SignedKmsResponse")) response = Required(root, "KmsResponse");
            else throw new KmsXmlException(KmsXmlCheck.Format, "the document is a " + root.LocalName + ", not a KmsResponse or SignedKmsResponse");
            // The schema's place is SignedKmsResponse/ds:Signature; a KmsResponse root signed in place is checked too.
            XmlElement signature = null;
            foreach (XmlNode n in root.ChildNodes)
            {
                if (!Is(n, KmsXmlNames.DsNamespace, "Signature")) continue;
                if (signature != null) throw new KmsXmlException(KmsXmlCheck.Format, root.LocalName + " has more than one ds:Signature");
                signature = (XmlElement)n;
            }
            KmsSignatureStatus status = KmsSignatureStatus.Absent;
            byte[] key = integrityKey ?? transportKey;
            if (signature != null && key == null) status = KmsSignatureStatus.NotChecked;
            else if (signature != null)
            {
                XmlElement covered = KmsSignature.Verify(doc, signature, key);
                if (covered != root && covered != response)
                    throw new KmsXmlException(KmsXmlCheck.SignatureCoverage,
                        "the signature covers a " + covered.LocalName + " that is not the document's KmsResponse or the SignedKmsResponse around it");
                status = KmsSignatureStatus.Verified;
            }
            KmsResponse result = KmsResponseParser.Parse(response, transportKey);
            result.Signature = status;
            return result;
        }

        private static XmlDocument Load(string xml)
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = 4 << 20,
            };
            var doc = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
            try
            {
                using var reader = XmlReader.Create(new StringReader(xml), settings);
                doc.Load(reader);
            }
            catch (XmlException e)
            {
                throw new KmsXmlException(KmsXmlCheck.Format, "not well-formed XML (or a DTD): " + e.Message, e);
            }
            return doc;
        }
    }
}
