using System;
using System.Xml;
using MikeyNano.KmsXml;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.KmsXml
{
    /// <summary>What the reader refuses, each by the check that names it: an altered signed response, a signature under
    /// another key, signature wrapping (a second KmsResponse, the signed one moved aside, a repeated Id), a wrong or
    /// missing TrK, an altered wrapped key, unsupported algorithms, a DTD.</summary>
    [TestClass]
    public sealed class KmsXmlTamperTests
    {
        private static string Signed() =>
            KmsXmlWriter.WriteKeyProv(TestKms.Header(TestKms.Alice), new[] { TestKms.AliceKeys }, TestKms.Trk, TestKms.Trk);

        private static string Wrapped() =>
            KmsXmlWriter.WriteKeyProv(TestKms.Header(TestKms.Alice), new[] { TestKms.AliceKeys }, TestKms.Trk);

        private static KmsXmlCheck Refusal(string xml, byte[] trk = null, byte[] ink = null) =>
            Assert.ThrowsExactly<KmsXmlException>(() => KmsXmlReader.Read(xml, trk, ink)).Check;

        private static XmlDocument Dom(string xml)
        {
            var d = new XmlDocument { PreserveWhitespace = true };
            d.LoadXml(xml);
            return d;
        }

        private static XmlElement SignedResponse(XmlDocument d) => (XmlElement)d.GetElementsByTagName("KmsResponse")[0];

        [TestMethod]
        public void AnAlteredSignedResponseIsRefused()
        {
            string xml = Signed();
            Assert.AreEqual(KmsSignatureStatus.Verified, KmsXmlReader.Read(xml, TestKms.Trk).Signature, "control");
            Assert.AreEqual(KmsXmlCheck.Signature, Refusal(xml.Replace("<KeyPeriodNo>700<", "<KeyPeriodNo>701<"), TestKms.Trk));
            Assert.AreEqual(KmsXmlCheck.Signature, Refusal(xml.Replace(TestKms.Alice, "sip:mallory@example.org"), TestKms.Trk));
            byte[] otherKey = (byte[])TestKms.Trk.Clone();
            otherKey[31] ^= 1;
            Assert.AreEqual(KmsXmlCheck.Signature, Refusal(xml, otherKey));
            Assert.AreEqual(KmsXmlCheck.Signature, Refusal(xml.Replace(KmsXmlNames.HmacSha256, "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"), TestKms.Trk));
            Assert.AreEqual(KmsXmlCheck.Signature, Refusal(xml.Replace("xmlenc#sha256", "xmldsig#sha1"), TestKms.Trk));
        }

        [TestMethod]
        public void ASecondKmsResponseBesideTheSignedOneIsRefused()
        {
            XmlDocument d = Dom(Signed());
            XmlElement original = SignedResponse(d);
            var evil = (XmlElement)original.CloneNode(true);
            evil.RemoveAttribute("Id");
            evil.GetElementsByTagName("UserUri")[0].InnerText = "sip:mallory@example.org";
            original.ParentNode.InsertBefore(evil, original);
            Assert.AreEqual(KmsXmlCheck.Format, Refusal(d.OuterXml, TestKms.Trk));
        }

        [TestMethod]
        public void TheSignedResponseMovedAsideWhileAnotherIsReadIsRefused()
        {
            // As an attacker edits the text: the signed KmsResponse goes into an extension element after the signature,
            // and an altered copy without the Id takes its place.
            string xml = Signed();
            int start = xml.IndexOf("<KmsResponse", StringComparison.Ordinal);
            int end = xml.IndexOf("</KmsResponse>", StringComparison.Ordinal) + "</KmsResponse>".Length;
            string original = xml.Substring(start, end - start);
            string evil = original.Replace(" Id=\"xmldoc\"", "").Replace("<KeyPeriodNo>700<", "<KeyPeriodNo>701<");
            string moved = xml.Substring(0, start) + evil + xml.Substring(end).Replace("</SignedKmsResponse>", "<Extension>" + original + "</Extension></SignedKmsResponse>");
            // The HMAC still verifies (the signed element is intact); what is read must be what it covers.
            var e = Assert.ThrowsExactly<KmsXmlException>(() => KmsXmlReader.Read(moved, TestKms.Trk));
            Assert.AreEqual(KmsXmlCheck.SignatureCoverage, e.Check, e.Message);
            // The same with the Id kept on the one read: two elements carry it, the Reference names neither.
            string twice = xml.Substring(0, start) + evil.Replace("<KmsResponse ", "<KmsResponse Id=\"xmldoc\" ") + xml.Substring(end)
                .Replace("</SignedKmsResponse>", "<Extension>" + original + "</Extension></SignedKmsResponse>");
            e = Assert.ThrowsExactly<KmsXmlException>(() => KmsXmlReader.Read(twice, TestKms.Trk));
            Assert.AreEqual(KmsXmlCheck.SignatureCoverage, e.Check, e.Message);
        }

        [TestMethod]
        public void AWrongOrMissingTransportKeyOrAnAlteredWrapIsRefused()
        {
            string xml = Wrapped();
            Assert.AreEqual(TestKms.AliceKeys.KeyPeriodNo, KmsXmlReader.Read(xml, TestKms.Trk).KeySets[0].KeyPeriodNo, "control");
            byte[] otherKey = (byte[])TestKms.Trk.Clone();
            otherKey[0] ^= 0x80;
            Assert.AreEqual(KmsXmlCheck.KeyUnwrap, Refusal(xml, otherKey));
            Assert.AreEqual(KmsXmlCheck.TransportKey, Refusal(xml));
            Assert.AreEqual(KmsXmlCheck.TransportKey, Refusal(xml, new byte[16]));
            XmlDocument d = Dom(xml);
            XmlNode cipher = d.GetElementsByTagName("CipherValue", KmsXmlNames.XencNamespace)[1];
            byte[] wrapped = System.Convert.FromBase64String(cipher.InnerText);
            wrapped[5] ^= 0x01;
            cipher.InnerText = System.Convert.ToBase64String(wrapped);
            Assert.AreEqual(KmsXmlCheck.KeyUnwrap, Refusal(d.OuterXml, TestKms.Trk));
            Assert.AreEqual(KmsXmlCheck.Format, Refusal(xml.Replace(KmsXmlNames.KwAes256Pad, "http://www.w3.org/2001/04/xmlenc#aes256-cbc"), TestKms.Trk));
        }

        [TestMethod]
        public void MalformedDocumentsAreRefusedAsFormat()
        {
            Assert.AreEqual(KmsXmlCheck.Format, Refusal("<!DOCTYPE x [<!ENTITY e \"x\">]><KmsResponse xmlns=\"urn:3gpp:ns:mcsecKMSInterface:1.0\"/>"));
            Assert.AreEqual(KmsXmlCheck.Format, Refusal("<KmsRequest xmlns=\"urn:3gpp:ns:mcsecKMSInterface:1.0\"/>"));
            Assert.AreEqual(KmsXmlCheck.Format, Refusal("<KmsResponse xmlns=\"urn:3gpp:ns:mcsecKMSInterface:1.0\"><UserUri>a</UserUri></KmsResponse>"));
            string sample = TestKms.Sample("streamwide-key-prov-response.xml");
            Assert.AreEqual(KmsXmlCheck.Format, Refusal(sample.Replace("<KeyPeriodNo>625<", "<KeyPeriodNo>-1<")));
            Assert.AreEqual(KmsXmlCheck.Format, Refusal(sample.Replace("<UserSigningKeySSK>D31C", "<UserSigningKeySSK>!31C")));
            Assert.AreEqual(KmsXmlCheck.Format, Refusal(sample.Replace("<UserSigningKeySSK>", "<UserSigningKeySSK xsi:type=\"EncKeyContentType\">")));
        }

        [TestMethod]
        public void AKmsErrorIsReported()
        {
            KmsResponse r = KmsXmlReader.Read("<KmsResponse xmlns=\"urn:3gpp:ns:mcsecKMSInterface:1.0\"><UserUri>a</UserUri><KmsUri>k</KmsUri>"
                + "<Time>2026-12-05T08:00:00</Time><ClientReqUrl>u</ClientReqUrl><KmsError><ErrorCode>403</ErrorCode><ErrorMsg>no</ErrorMsg></KmsError></KmsResponse>");
            Assert.AreEqual(403, r.ErrorCode);
            Assert.AreEqual("no", r.ErrorMessage);
        }
    }
}
