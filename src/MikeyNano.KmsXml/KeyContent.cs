using System.Xml;
using static MikeyNano.KmsXml.KmsXmlElements;

namespace MikeyNano.KmsXml
{
    /// <summary>A key element of abstractKeyContentType (TS 33.180 D.3.3 UserDecryptKey, UserSigningKeySSK,
    /// UserPubTokenPVT): plain (xsi:type="KeyContentType", or no xsi:type as in Streamwide's sample; hex or base64 text)
    /// or EncKeyContentType (one wrapped key, <see cref="WrappedKeyValue"/>). What the element holds decides; an
    /// xsi:type that contradicts it is refused.</summary>
    internal static class KeyContent
    {
        public const string PlainType = "KeyContentType";
        public const string EncryptedType = "EncKeyContentType";

        public static byte[] Read(XmlElement e, byte[] trk, out bool wrapped)
        {
            string what = e.LocalName;
            string type = XsiType(e);
            XmlElement encrypted = null;
            foreach (XmlNode n in e.ChildNodes)
            {
                if (!(n is XmlElement)) continue;
                if (!WrappedKeyValue.IsWrapped(n) || encrypted != null)
                    throw new KmsXmlException(KmsXmlCheck.Format, what + " must hold a value or one xenc:EncryptedKey");
                encrypted = (XmlElement)n;
            }
            wrapped = encrypted != null;
            if (!wrapped)
            {
                if (type == EncryptedType) throw new KmsXmlException(KmsXmlCheck.Format, what + " is EncKeyContentType but holds no xenc:EncryptedKey");
                if (type.Length != 0 && type != PlainType) throw new KmsXmlException(KmsXmlCheck.Format, what + ": unknown xsi:type '" + type + "'");
                return KmsValue.Decode(Text(e), what);
            }
            if (type.Length != 0 && type != EncryptedType) throw new KmsXmlException(KmsXmlCheck.Format, what + " holds an encrypted key but its xsi:type is '" + type + "'");
            return WrappedKeyValue.Unwrap(encrypted, trk, what);
        }

        /// <summary>Writes the key plain (KeyContentType, upper-case hex) or, with a TrK, wrapped (EncKeyContentType).</summary>
        public static void Write(XmlElement e, byte[] value, byte[] trk)
        {
            XmlAttribute type = e.OwnerDocument.CreateAttribute("xsi", "type", KmsXmlNames.XsiNamespace);
            type.Value = trk == null ? PlainType : EncryptedType;
            e.Attributes.Append(type);
            if (trk == null) e.InnerText = KmsValue.Hex(value);
            else WrappedKeyValue.Write(e, value, trk);
        }
    }
}
