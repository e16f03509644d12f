using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;

namespace MikeyNano.KmsXml
{
    /// <summary>
    /// Writes TS 33.180 Annex D KMS responses as real KMSs send them, so our test KMS and the provisioning tool speak
    /// that format: KmsResponse/KmsInit with the community's KmsCertificate, KmsResponse/KmsKeyProv with key sets (keys
    /// plain, KeyContentType hex, or wrapped under a TrK, EncKeyContentType with RFC 5649), and optionally a
    /// SignedKmsResponse whose enveloped HMAC-SHA-256 signature covers the KmsResponse by its Id.
    /// </summary>
    public static class KmsXmlWriter
    {
        /// <summary>The KmsResponse header (D.2.3): who asked (UserUri), which KMS answers, when, and the request URL.</summary>
        public sealed class Header
        {
            public string Id { get; set; } = "xmldoc";
            public string UserUri { get; set; }
            public string KmsUri { get; set; }
            public DateTime Time { get; set; } = NowToTheSecond();
            public string KmsId { get; set; }
            public string ClientReqUrl { get; set; }
        }

        private static DateTime NowToTheSecond()
        {
            DateTime now = DateTime.UtcNow;
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        }

        public static string WriteInit(Header header, KmsCertificate certificate, byte[] signingKey = null)
        {
            var doc = new XmlDocument();
            XmlElement message = Response(doc, header);
            XmlElement init = Kms(message, "KmsInit");
            init.SetAttribute("Version", "1.0.0");
            WriteCertificate(Kms(init, "KmsCertificate"), certificate);
            return Finish(doc, signingKey);
        }

        public static string WriteKeyProv(Header header, IEnumerable<KmsKeySet> keySets, byte[] transportKey = null, byte[] signingKey = null)
        {
            var doc = new XmlDocument();
            XmlElement message = Response(doc, header);
            XmlElement keyProv = Kms(message, "KmsKeyProv");
            keyProv.SetAttribute("Version", "1.0.0");
            foreach (KmsKeySet set in keySets) WriteKeySet(Kms(keyProv, "KmsKeySet"), set, transportKey);
            return Finish(doc, signingKey);
        }

        /// <summary>The KmsResponse root and its header; returns its KmsMessage.</summary>
        private static XmlElement Response(XmlDocument doc, Header h)
        {
            XmlElement root = doc.CreateElement("KmsResponse", KmsXmlNames.KmsNamespace);
            root.SetAttribute("xmlns", KmsXmlNames.KmsNamespace);
            root.SetAttribute("xmlns:xsi", KmsXmlNames.XsiNamespace);
            root.SetAttribute("Id", h.Id);
            root.SetAttribute("Version", "1.0.0");
            doc.AppendChild(root);
            Value(root, "UserUri", h.UserUri);
            Value(root, "KmsUri", h.KmsUri);
            Value(root, "Time", XmlConvert.ToString(h.Time, XmlDateTimeSerializationMode.Utc));
            if (h.KmsId != null) Value(root, "KmsId", h.KmsId);
            Value(root, "ClientReqUrl", h.ClientReqUrl ?? "https://" + h.KmsUri + "/keymanagement/identity/v1/");
            return Kms(root, "KmsMessage");
        }

        private static void WriteCertificate(XmlElement e, KmsCertificate c)
        {
            if (c.Id != null) e.SetAttribute("Id", c.Id);
            e.SetAttribute("Version", c.Version ?? "1.1.0");
            e.SetAttribute("Role", c.Role ?? "Root");
            if (c.CertUri != null) Value(e, "CertUri", c.CertUri);
            Value(e, "KmsUri", c.KmsUri);
            if (c.Issuer != null) Value(e, "Issuer", c.Issuer);
            if (c.ValidFrom != null) Value(e, "ValidFrom", XmlConvert.ToString(c.ValidFrom.Value, XmlDateTimeSerializationMode.Utc));
            if (c.ValidTo != null) Value(e, "ValidTo", XmlConvert.ToString(c.ValidTo.Value, XmlDateTimeSerializationMode.Utc));
            if (c.Revoked) Value(e, "Revoked", "true");
            Value(e, "UserIdFormat", c.UserIdFormat ?? KmsXmlNames.UidFormat);
            Value(e, "UserKeyPeriod", c.UserKeyPeriod.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Value(e, "UserKeyOffset", c.UserKeyOffset.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Value(e, "PubEncKey", KmsValue.Hex(c.PubEncKey));
            Value(e, "PubAuthKey", KmsValue.Hex(c.PubAuthKey));
            if (c.ParameterSet != null) Value(e, "ParameterSet", c.ParameterSet.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        private static void WriteKeySet(XmlElement e, KmsKeySet s, byte[] trk)
        {
            if (s.Id != null) e.SetAttribute("Id", s.Id);
            e.SetAttribute("Version", "1.1.0");
            Value(e, "KmsUri", s.KmsUri);
            if (s.CertUri != null) Value(e, "CertUri", s.CertUri);
            if (s.Issuer != null) Value(e, "Issuer", s.Issuer);
            Value(e, "UserUri", s.UserUri);
            Value(e, "UserID", KmsValue.Hex(s.UserId));
            if (s.ValidFrom != null) Value(e, "ValidFrom", XmlConvert.ToString(s.ValidFrom.Value, XmlDateTimeSerializationMode.Utc));
            if (s.ValidTo != null) Value(e, "ValidTo", XmlConvert.ToString(s.ValidTo.Value, XmlDateTimeSerializationMode.Utc));
            Value(e, "KeyPeriodNo", s.KeyPeriodNo.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (s.Revoked) Value(e, "Revoked", "true");
            KeyContent.Write(Kms(e, "UserDecryptKey"), s.UserDecryptKey, trk);
            KeyContent.Write(Kms(e, "UserSigningKeySSK"), s.UserSigningKeySsk, trk);
            KeyContent.Write(Kms(e, "UserPubTokenPVT"), s.UserPubTokenPvt, trk);
        }

        /// <summary>Indents the document, then (with a key) reloads it whitespace-preserving and wraps it in a
        /// SignedKmsResponse whose signature covers the KmsResponse: the text written is the text signed.</summary>
        private static string Finish(XmlDocument doc, byte[] signingKey)
        {
            string text = Serialize(doc, true);
            if (signingKey == null) return text;
            var signedDoc = new XmlDocument { PreserveWhitespace = true };
            signedDoc.LoadXml(text);
            XmlElement response = signedDoc.DocumentElement;
            XmlElement root = signedDoc.CreateElement("SignedKmsResponse", KmsXmlNames.KmsNamespace);
            root.SetAttribute("xmlns", KmsXmlNames.KmsNamespace);
            root.SetAttribute("xmlns:xsi", KmsXmlNames.XsiNamespace);
            signedDoc.ReplaceChild(root, response);
            root.AppendChild(signedDoc.CreateWhitespace("\n"));
            root.AppendChild(response);
            root.AppendChild(signedDoc.CreateWhitespace("\n"));
            KmsSignature.Sign(signedDoc, root, response, signingKey);
            root.AppendChild(signedDoc.CreateWhitespace("\n"));
            return Serialize(signedDoc, false);
        }

        private static string Serialize(XmlDocument doc, bool indent)
        {
            var settings = new XmlWriterSettings { Indent = indent, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
            using var stream = new MemoryStream();
            using (var writer = XmlWriter.Create(stream, settings)) doc.Save(writer);
            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        private static XmlElement Kms(XmlElement parent, string name)
        {
            XmlElement e = parent.OwnerDocument.CreateElement(name, KmsXmlNames.KmsNamespace);
            parent.AppendChild(e);
            return e;
        }

        private static void Value(XmlElement parent, string name, string value)
        {
            if (value == null) throw new KmsXmlException(KmsXmlCheck.Format, "cannot write " + name + ": no value");
            Kms(parent, name).InnerText = value;
        }
    }
}
