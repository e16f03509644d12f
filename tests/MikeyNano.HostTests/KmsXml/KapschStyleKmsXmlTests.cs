using System;
using System.Security.Cryptography;
using System.Text;
using MikeyNano.Ciphers;
using MikeyNano.KmsXml;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.KmsXml
{
    /// <summary>
    /// The other forms real KMSs send (TS33180-KMS-XML.md): ds:-prefixed signature whose SignedInfo inherits the
    /// document's default namespace, C14N with comments, xenc:EncryptedData Type="#EncryptedKey", the kw-aes256 URI,
    /// hex CipherValue, base64 UserID, a private namespace. The signature here is computed independently of
    /// System.Security.Cryptography.Xml: the canonical forms (inclusive C14N 1.0: in-scope namespaces on the apex,
    /// default first then by prefix, attributes sorted, comments dropped from the referenced element, no empty-element
    /// tags) are written out by hand and only SHA-256 and HMAC-SHA-256 come from .NET.
    /// </summary>
    [TestClass]
    public sealed class KapschStyleKmsXmlTests
    {
        private const string Ds = "http://www.w3.org/2000/09/xmldsig#";
        private const string Xenc = "http://www.w3.org/2001/04/xmlenc#";
        private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

        private static string Key(string name, byte[] value) =>
            "<" + name + " xsi:type=\"EncKeyContentType\"><xenc:EncryptedData Type=\"" + KmsXmlNames.EncryptedKeyType + "\">"
            + "<xenc:EncryptionMethod Algorithm=\"" + KmsXmlNames.KwAes256 + "\"></xenc:EncryptionMethod><xenc:CipherData><xenc:CipherValue>"
            + Convert.ToHexString(AesKeyWrap.WrapWithPadding(TestKms.Trk, value)) + "</xenc:CipherValue></xenc:CipherData></xenc:EncryptedData></" + name + ">";

        /// <summary>The KmsResponse body (already canonical apart from the apex's namespaces and the comment).</summary>
        private static string Body(KmsKeySet s, string comment) =>
            "<UserUri>" + s.UserUri + "</UserUri><KmsUri>" + s.KmsUri + "</KmsUri><Time>2026-12-05T08:00:00</Time>"
            + "<ClientReqUrl>https://kms/keymanagement/identity/v1/keyprov</ClientReqUrl><KmsMessage><KmsKeyProv Version=\"1.0.0\">"
            + "<KmsKeySet Version=\"1.1.0\"><KmsUri>" + s.KmsUri + "</KmsUri><UserUri>" + s.UserUri + "</UserUri><UserID>"
            + Convert.ToBase64String(s.UserId) + "</UserID><KeyPeriodNo>" + s.KeyPeriodNo + "</KeyPeriodNo>" + comment
            + Key("UserDecryptKey", s.UserDecryptKey) + Key("UserSigningKeySSK", s.UserSigningKeySsk) + Key("UserPubTokenPVT", s.UserPubTokenPvt)
            + "</KmsKeySet></KmsKeyProv></KmsMessage>";

        private static string SignedInfo(string namespaces, string digest) =>
            "<ds:SignedInfo" + namespaces + "><ds:CanonicalizationMethod Algorithm=\"" + KmsXmlNames.C14NWithComments + "\"></ds:CanonicalizationMethod>"
            + "<ds:SignatureMethod Algorithm=\"" + KmsXmlNames.HmacSha256 + "\"></ds:SignatureMethod><ds:Reference URI=\"#xmldoc\"><ds:Transforms>"
            + "<ds:Transform Algorithm=\"" + KmsXmlNames.EnvelopedSignature + "\"></ds:Transform></ds:Transforms><ds:DigestMethod Algorithm=\""
            + KmsXmlNames.Sha256 + "\"></ds:DigestMethod><ds:DigestValue>" + digest + "</ds:DigestValue></ds:Reference></ds:SignedInfo>";

        private static string Document(string kmsNamespace, byte[] hmacKey)
        {
            KmsKeySet s = TestKms.AliceKeys;
            string inScope = " xmlns=\"" + kmsNamespace + "\" xmlns:ds=\"" + Ds + "\" xmlns:xenc=\"" + Xenc + "\" xmlns:xsi=\"" + Xsi + "\"";
            string canonicalResponse = "<KmsResponse" + inScope + " Id=\"xmldoc\" Version=\"1.0.0\">" + Body(s, "") + "</KmsResponse>";
            string digest = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalResponse)));
            string signatureValue = Convert.ToBase64String(HMACSHA256.HashData(hmacKey, Encoding.UTF8.GetBytes(SignedInfo(inScope, digest))));
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SignedKmsResponse" + inScope + " Id=\"outer\">"
                + "<KmsResponse Id=\"xmldoc\" Version=\"1.0.0\">" + Body(s, "<!-- dropped by C14N of a same-document reference -->") + "</KmsResponse>"
                + "<ds:Signature>" + SignedInfo("", digest) + "<ds:SignatureValue>" + signatureValue + "</ds:SignatureValue></ds:Signature>"
                + "</SignedKmsResponse>";
        }

        [TestMethod]
        public void AnIndependentlySignedKapschStyleResponseVerifiesAndUnwraps()
        {
            KmsResponse r = KmsXmlReader.Read(Document(KmsXmlNames.KmsNamespace, TestKms.Trk), TestKms.Trk);
            Assert.AreEqual(KmsSignatureStatus.Verified, r.Signature);
            KmsKeySet s = r.KeySets[0];
            Assert.IsTrue(s.KeysWereWrapped);
            CollectionAssert.AreEqual(TestKms.AliceKeys.UserId, s.UserId);
            CollectionAssert.AreEqual(TestKms.AliceKeys.UserDecryptKey, s.UserDecryptKey);
            CollectionAssert.AreEqual(TestKms.AliceKeys.UserSigningKeySsk, s.UserSigningKeySsk);
            CollectionAssert.AreEqual(TestKms.AliceKeys.UserPubTokenPvt, s.UserPubTokenPvt);
        }

        [TestMethod]
        public void APrivateNamespaceWithTheSameNamesReadsAndTheInkTakesPrecedence()
        {
            string xml = Document("urn:example:private-kms", TestKms.Ink);
            Assert.AreEqual(KmsSignatureStatus.Verified, KmsXmlReader.Read(xml, TestKms.Trk, TestKms.Ink).Signature);
            Assert.AreEqual(KmsXmlCheck.Signature, Assert.ThrowsExactly<KmsXmlException>(() => KmsXmlReader.Read(xml, TestKms.Trk)).Check);
        }
    }
}
