using System.Xml;
using MikeyNano.Ciphers;
using MikeyNano.Errors;
using static MikeyNano.KmsXml.KmsXmlElements;

namespace MikeyNano.KmsXml
{
    /// <summary>
    /// A key value of EncKeyContentType (TS 33.180 D.3.3, and NewTransportKey/NewIntegrityKey): one xenc:EncryptedKey
    /// (or Kapsch's xenc:EncryptedData Type="...#EncryptedKey") whose CipherValue (base64, or hex from Kapsch) is the
    /// RFC 5649 wrap of the key under the transport key TrK. Both algorithm URIs real KMSs send are accepted and mean
    /// AES-256 key wrap with padding; the TrK must be 32 octets.
    /// </summary>
    internal static class WrappedKeyValue
    {
        public static bool IsWrapped(XmlNode n) =>
            Is(n, KmsXmlNames.XencNamespace, "EncryptedKey") || Is(n, KmsXmlNames.XencNamespace, "EncryptedData");

        /// <summary>Unwraps <paramref name="encrypted"/> (an xenc:EncryptedKey or EncryptedData) under <paramref name="trk"/>.</summary>
        public static byte[] Unwrap(XmlElement encrypted, byte[] trk, string what)
        {
            if (encrypted.LocalName == "EncryptedData" && encrypted.GetAttribute("Type") != KmsXmlNames.EncryptedKeyType)
                throw new KmsXmlException(KmsXmlCheck.Format, what + ": xenc:EncryptedData without Type=\"" + KmsXmlNames.EncryptedKeyType + "\"");
            XmlElement method = XencChild(encrypted, "EncryptionMethod", what);
            string algorithm = method.GetAttribute("Algorithm");
            if (algorithm != KmsXmlNames.KwAes256 && algorithm != KmsXmlNames.KwAes256Pad)
                throw new KmsXmlException(KmsXmlCheck.Format, what + ": unsupported key wrap algorithm '" + algorithm + "'");
            XmlElement cipherValue = XencChild(XencChild(encrypted, "CipherData", what), "CipherValue", what);
            byte[] wrapped = KmsValue.Decode(Text(cipherValue), what + " CipherValue");
            if (trk == null)
                throw new KmsXmlException(KmsXmlCheck.TransportKey, what + " is wrapped (EncKeyContentType): the transport key TrK is needed");
            if (trk.Length != 32)
                throw new KmsXmlException(KmsXmlCheck.TransportKey, what + ": " + algorithm + " needs a 32-octet TrK, got " + trk.Length);
            try
            {
                return AesKeyWrap.UnwrapWithPadding(trk, wrapped);
            }
            catch (AuthenticationException e)
            {
                throw new KmsXmlException(KmsXmlCheck.KeyUnwrap, what + ": RFC 5649 unwrap under the TrK failed (wrong TrK or altered value)", e);
            }
            catch (InvalidEncodingException e)
            {
                throw new KmsXmlException(KmsXmlCheck.KeyUnwrap, what + ": " + e.Message, e);
            }
        }

        /// <summary>Writes xenc:EncryptedKey with the XML Encryption 1.1 kw-aes-256-pad URI and a base64 CipherValue
        /// (XML Encryption section 5.7.2) into <paramref name="parent"/>.</summary>
        public static void Write(XmlElement parent, byte[] value, byte[] trk)
        {
            if (trk == null || trk.Length != 32) throw new KmsXmlException(KmsXmlCheck.TransportKey, "the TrK must be 32 octets");
            XmlDocument doc = parent.OwnerDocument;
            XmlElement key = doc.CreateElement("xenc", "EncryptedKey", KmsXmlNames.XencNamespace);
            XmlElement method = doc.CreateElement("xenc", "EncryptionMethod", KmsXmlNames.XencNamespace);
            method.SetAttribute("Algorithm", KmsXmlNames.KwAes256Pad);
            XmlElement data = doc.CreateElement("xenc", "CipherData", KmsXmlNames.XencNamespace);
            XmlElement cipher = doc.CreateElement("xenc", "CipherValue", KmsXmlNames.XencNamespace);
            cipher.InnerText = KmsValue.Base64(AesKeyWrap.WrapWithPadding(trk, value));
            data.AppendChild(cipher);
            key.AppendChild(method);
            key.AppendChild(data);
            parent.AppendChild(key);
        }

        private static XmlElement XencChild(XmlElement parent, string localName, string what)
        {
            XmlElement found = null;
            foreach (XmlNode n in parent.ChildNodes)
            {
                if (!Is(n, KmsXmlNames.XencNamespace, localName)) continue;
                if (found != null) throw new KmsXmlException(KmsXmlCheck.Format, what + ": more than one xenc:" + localName);
                found = (XmlElement)n;
            }
            return found ?? throw new KmsXmlException(KmsXmlCheck.Format, what + ": no xenc:" + localName);
        }
    }
}
