using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace MikeyNano.KmsXml
{
    /// <summary>
    /// The enveloped XML-DSig signature of a SignedKmsResponse (TS 33.180 D.2.3 and the TrK/InK extension): HMAC-SHA-256
    /// (RFC 4051 2.2.2) keyed with InK if provisioned else TrK, one Reference to "#Id" of the signed element (or "" for
    /// the whole document) with the enveloped-signature transform, SHA-256 digest, inclusive C14N 1.0 with or without
    /// comments. Anything else is refused rather than interpreted.
    /// <para>Verification returns the element the verified Reference covers; the caller reads only that element (or
    /// the KmsResponse it directly contains), which defeats signature wrapping (a valid signature over one element while
    /// a different element is read). Ids must be unique in the document for the Reference to name one element.</para>
    /// </summary>
    internal static class KmsSignature
    {
        private static readonly HashSet<string> Canonicalizations = new() { KmsXmlNames.C14N, KmsXmlNames.C14NWithComments };

        /// <summary>Checks <paramref name="signature"/> (a ds:Signature in <paramref name="doc"/>) under
        /// <paramref name="key"/>; returns the covered element or throws <see cref="KmsXmlException"/> (Signature).</summary>
        public static XmlElement Verify(XmlDocument doc, XmlElement signature, byte[] key)
        {
            // The covered element first, from the DOM: SignedXml refuses a repeated Id with a generic message.
            XmlElement covered = Covered(doc, ReferenceUri(signature));
            var signed = new SignedXml(doc);
            try
            {
                signed.LoadXml(signature);
            }
            catch (CryptographicException e)
            {
                throw new KmsXmlException(KmsXmlCheck.Signature, "ds:Signature is malformed: " + e.Message, e);
            }
            if (signed.SignatureMethod != KmsXmlNames.HmacSha256)
                throw new KmsXmlException(KmsXmlCheck.Signature, "SignatureMethod '" + signed.SignatureMethod + "' is not HMAC-SHA-256");
            if (!Canonicalizations.Contains(signed.SignedInfo.CanonicalizationMethod))
                throw new KmsXmlException(KmsXmlCheck.Signature, "CanonicalizationMethod '" + signed.SignedInfo.CanonicalizationMethod + "' is not inclusive C14N 1.0");
            if (signed.SignedInfo.References.Count != 1)
                throw new KmsXmlException(KmsXmlCheck.Signature, "SignedInfo must hold exactly one Reference, has " + signed.SignedInfo.References.Count);
            var reference = (Reference)signed.SignedInfo.References[0];
            if (reference.DigestMethod != KmsXmlNames.Sha256)
                throw new KmsXmlException(KmsXmlCheck.Signature, "DigestMethod '" + reference.DigestMethod + "' is not SHA-256");
            foreach (Transform t in reference.TransformChain)
                if (t.Algorithm != KmsXmlNames.EnvelopedSignature && !Canonicalizations.Contains(t.Algorithm))
                    throw new KmsXmlException(KmsXmlCheck.Signature, "Transform '" + t.Algorithm + "' is not allowed");
            bool valid;
            using (var hmac = new HMACSHA256(key))
            {
                try { valid = signed.CheckSignature(hmac); }
                catch (CryptographicException e) { throw new KmsXmlException(KmsXmlCheck.Signature, "cannot be checked: " + e.Message, e); }
            }
            if (!valid) throw new KmsXmlException(KmsXmlCheck.Signature, "the HMAC-SHA-256 signature does not verify (wrong InK/TrK, or the response was altered)");
            return covered;
        }

        /// <summary>Signs <paramref name="signed"/> (which must carry an Id) and appends the ds:Signature to
        /// <paramref name="parent"/>: the SignedKmsResponse root, so the signature is enveloped in the document.</summary>
        public static void Sign(XmlDocument doc, XmlElement parent, XmlElement signed, byte[] key)
        {
            var signer = new SignedXml(doc);
            var reference = new Reference("#" + signed.GetAttribute("Id")) { DigestMethod = KmsXmlNames.Sha256 };
            reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
            reference.AddTransform(new XmlDsigC14NTransform());
            signer.AddReference(reference);
            signer.SignedInfo.CanonicalizationMethod = KmsXmlNames.C14N;
            using (var hmac = new HMACSHA256(key)) signer.ComputeSignature(hmac);
            XmlElement signature = signer.GetXml();
            parent.AppendChild(doc.ImportNode(signature, true));
        }

        /// <summary>The URI of the one ds:Reference of ds:SignedInfo.</summary>
        private static string ReferenceUri(XmlElement signature)
        {
            var ns = new XmlNamespaceManager(signature.OwnerDocument.NameTable);
            ns.AddNamespace("ds", KmsXmlNames.DsNamespace);
            XmlNodeList references = signature.SelectNodes("ds:SignedInfo/ds:Reference", ns);
            if (references.Count != 1)
                throw new KmsXmlException(KmsXmlCheck.Signature, "SignedInfo must hold exactly one Reference, has " + references.Count);
            var reference = (XmlElement)references[0];
            if (!reference.HasAttribute("URI")) throw new KmsXmlException(KmsXmlCheck.Signature, "the Reference has no URI");
            return reference.GetAttribute("URI");
        }

        /// <summary>The one element the Reference URI names: "" is the document element, "#x" the only element whose
        /// Id (or ID, id, as SignedXml resolves them) is x. A repeated Id is refused: the Reference would be ambiguous.</summary>
        private static XmlElement Covered(XmlDocument doc, string uri)
        {
            if (uri == "") return doc.DocumentElement;
            if (uri == null || !uri.StartsWith('#') || uri.Length == 1)
                throw new KmsXmlException(KmsXmlCheck.Signature, "Reference URI '" + uri + "' is not a same-document '#Id'");
            string id = uri.Substring(1);
            XmlElement found = null;
            int count = 0;
            foreach (XmlElement e in doc.GetElementsByTagName("*"))
            {
                if (e.GetAttribute("Id") == id || e.GetAttribute("ID") == id || e.GetAttribute("id") == id)
                {
                    found = e;
                    count++;
                }
            }
            if (count != 1)
                throw new KmsXmlException(KmsXmlCheck.SignatureCoverage, "Reference '#" + id + "' names " + count + " elements, not one");
            return found;
        }
    }
}
