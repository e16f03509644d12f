using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml;

namespace MikeyNano.KmsXml
{
    /// <summary>Navigation in a KMS document: KMS elements by local name (the 3GPP namespace or Kapsch's private one,
    /// never XML-DSig's or XML Encryption's), XML Encryption elements by namespace and name, text and typed values
    /// with errors that name the element.</summary>
    internal static class KmsXmlElements
    {
        public static bool IsKms(XmlNode node, string localName) =>
            node is XmlElement e && e.LocalName == localName
            && e.NamespaceURI != KmsXmlNames.DsNamespace && e.NamespaceURI != KmsXmlNames.XencNamespace;

        public static bool Is(XmlNode node, string ns, string localName) =>
            node is XmlElement e && e.LocalName == localName && e.NamespaceURI == ns;

        public static List<XmlElement> Children(XmlElement parent, string localName)
        {
            var r = new List<XmlElement>();
            foreach (XmlNode n in parent.ChildNodes)
                if (IsKms(n, localName)) r.Add((XmlElement)n);
            return r;
        }

        public static XmlElement Optional(XmlElement parent, string localName)
        {
            List<XmlElement> all = Children(parent, localName);
            if (all.Count > 1) throw new KmsXmlException(KmsXmlCheck.Format, parent.LocalName + " has " + all.Count + " " + localName + " elements");
            return all.Count == 1 ? all[0] : null;
        }

        public static XmlElement Required(XmlElement parent, string localName) =>
            Optional(parent, localName) ?? throw new KmsXmlException(KmsXmlCheck.Format, parent.LocalName + " has no " + localName);

        /// <summary>The element's character data (text and CDATA); an element inside a simple value is refused.</summary>
        public static string Text(XmlElement e)
        {
            var text = new System.Text.StringBuilder();
            foreach (XmlNode n in e.ChildNodes)
            {
                if (n is XmlElement) throw new KmsXmlException(KmsXmlCheck.Format, e.LocalName + " must hold a value, not elements");
                if (n is XmlText || n is XmlCDataSection || n is XmlWhitespace || n is XmlSignificantWhitespace) text.Append(n.Value);
            }
            return text.ToString().Trim();
        }

        public static string OptionalText(XmlElement parent, string localName)
        {
            XmlElement e = Optional(parent, localName);
            return e == null ? null : Text(e);
        }

        public static string RequiredText(XmlElement parent, string localName)
        {
            string s = Text(Required(parent, localName));
            if (s.Length == 0) throw new KmsXmlException(KmsXmlCheck.Format, parent.LocalName + "/" + localName + " is empty");
            return s;
        }

        public static ulong RequiredULong(XmlElement parent, string localName)
        {
            string s = RequiredText(parent, localName);
            if (!ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out ulong v))
                throw new KmsXmlException(KmsXmlCheck.Format, localName + " '" + s + "' is not a non-negative integer");
            return v;
        }

        public static bool OptionalBool(XmlElement parent, string localName)
        {
            string s = OptionalText(parent, localName);
            if (s == null) return false;
            if (s == "true" || s == "1") return true;
            if (s == "false" || s == "0") return false;
            throw new KmsXmlException(KmsXmlCheck.Format, localName + " '" + s + "' is not an xsd:boolean");
        }

        public static DateTime? OptionalDateTime(XmlElement parent, string localName)
        {
            string s = OptionalText(parent, localName);
            if (s == null) return null;
            try { return XmlConvert.ToDateTime(s, XmlDateTimeSerializationMode.RoundtripKind); }
            catch (FormatException) { throw new KmsXmlException(KmsXmlCheck.Format, localName + " '" + s + "' is not an xsd:dateTime"); }
        }

        /// <summary>The local part of xsi:type ("EncKeyContentType" of "kms:EncKeyContentType"); "" when absent.</summary>
        public static string XsiType(XmlElement e)
        {
            string t = e.GetAttribute("type", KmsXmlNames.XsiNamespace);
            int colon = t.IndexOf(':');
            return colon >= 0 ? t.Substring(colon + 1) : t;
        }

        public static string Attribute(XmlElement e, string name) => e.HasAttribute(name) ? e.GetAttribute(name) : null;
    }
}
