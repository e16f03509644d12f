using System.Linq;
using MikeyNano.KmsXml;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.KmsXml
{
    /// <summary>Writer to reader: our KMS's KmsInit and KmsKeyProv (plain, wrapped under the TrK, signed with the TrK
    /// or the InK) read back to the same values; the key sets then validate against the certificate, and a key set for
    /// another user or another key period than expected is refused by the check that names it.</summary>
    [TestClass]
    public sealed class KmsXmlRoundTripTests
    {
        private static void AssertSameKeys(KmsKeySet expected, KmsKeySet actual)
        {
            Assert.AreEqual(expected.KmsUri, actual.KmsUri);
            Assert.AreEqual(expected.UserUri, actual.UserUri);
            Assert.AreEqual(expected.KeyPeriodNo, actual.KeyPeriodNo);
            CollectionAssert.AreEqual(expected.UserId, actual.UserId);
            CollectionAssert.AreEqual(expected.UserDecryptKey, actual.UserDecryptKey);
            CollectionAssert.AreEqual(expected.UserSigningKeySsk, actual.UserSigningKeySsk);
            CollectionAssert.AreEqual(expected.UserPubTokenPvt, actual.UserPubTokenPvt);
        }

        [TestMethod]
        public void InitRoundTripsTheCertificate()
        {
            string xml = KmsXmlWriter.WriteInit(TestKms.Header(TestKms.Alice), TestKms.Certificate());
            StringAssert.Contains(xml, "<KmsResponse xmlns=\"urn:3gpp:ns:mcsecKMSInterface:1.0\"");
            KmsResponse r = KmsXmlReader.Read(xml);
            Assert.AreEqual(TestKms.Alice, r.UserUri);
            Assert.AreEqual("2026-12-05T08:00:00Z", r.Time);
            CollectionAssert.AreEqual(TestKms.Sakke.PublicKey, r.Certificate.PubEncKey);
            CollectionAssert.AreEqual(TestKms.Eccsi.Kpak, r.Certificate.PubAuthKey);
            Assert.AreEqual(2592000UL, r.Certificate.UserKeyPeriod);
            Assert.AreEqual("cert1@" + TestKms.KmsUri, r.Certificate.CertUri);
        }

        [TestMethod]
        public void PlainKeyProvRoundTripsAndValidates()
        {
            string xml = KmsXmlWriter.WriteKeyProv(TestKms.Header(TestKms.Alice), new[] { TestKms.AliceKeys });
            StringAssert.Contains(xml, "xsi:type=\"KeyContentType\"");
            KmsResponse r = KmsXmlReader.Read(xml);
            Assert.AreEqual(KmsSignatureStatus.Absent, r.Signature);
            AssertSameKeys(TestKms.AliceKeys, r.KeySets.Single());
            Assert.IsFalse(r.KeySets[0].KeysWereWrapped);
            KmsKeySetValidator.Validate(r.KeySets[0], TestKms.Certificate(), TestKms.Alice, TestKms.Period);
        }

        [TestMethod]
        public void WrappedAndSignedKeyProvRoundTrips()
        {
            string xml = KmsXmlWriter.WriteKeyProv(TestKms.Header(TestKms.Alice), new[] { TestKms.AliceKeys }, TestKms.Trk, TestKms.Trk);
            StringAssert.Contains(xml, "<SignedKmsResponse");
            StringAssert.Contains(xml, KmsXmlNames.KwAes256Pad);
            Assert.IsFalse(xml.Contains(MikeyNano.Bytes.Hex.Encode(TestKms.AliceKeys.UserSigningKeySsk), System.StringComparison.OrdinalIgnoreCase),
                "the SSK must not appear in the clear");
            KmsResponse r = KmsXmlReader.Read(xml, TestKms.Trk);
            Assert.AreEqual(KmsSignatureStatus.Verified, r.Signature);
            Assert.IsTrue(r.KeySets[0].KeysWereWrapped);
            AssertSameKeys(TestKms.AliceKeys, r.KeySets[0]);
        }

        [TestMethod]
        public void ASignatureUnderTheInkIsCheckedWithTheInk()
        {
            string xml = KmsXmlWriter.WriteKeyProv(TestKms.Header(TestKms.Alice), new[] { TestKms.AliceKeys }, TestKms.Trk, TestKms.Ink);
            Assert.AreEqual(KmsSignatureStatus.Verified, KmsXmlReader.Read(xml, TestKms.Trk, TestKms.Ink).Signature);
            var e = Assert.ThrowsExactly<KmsXmlException>(() => KmsXmlReader.Read(xml, TestKms.Trk));
            Assert.AreEqual(KmsXmlCheck.Signature, e.Check, "keyed with the TrK when no InK is given: " + e.Message);
            Assert.AreEqual(KmsSignatureStatus.NotChecked, KmsXmlReader.Read(
                KmsXmlWriter.WriteKeyProv(TestKms.Header(TestKms.Alice), new[] { TestKms.AliceKeys }, null, TestKms.Ink)).Signature);
        }

        [TestMethod]
        public void AKmsResponseSignedInPlaceIsVerifiedToo()
        {
            // Enveloped in the KmsResponse root itself (Reference ""), signed here with SignedXml directly.
            var doc = new System.Xml.XmlDocument { PreserveWhitespace = true };
            doc.LoadXml(KmsXmlWriter.WriteKeyProv(TestKms.Header(TestKms.Alice), new[] { TestKms.AliceKeys }, TestKms.Trk));
            var signer = new System.Security.Cryptography.Xml.SignedXml(doc);
            var reference = new System.Security.Cryptography.Xml.Reference("") { DigestMethod = KmsXmlNames.Sha256 };
            reference.AddTransform(new System.Security.Cryptography.Xml.XmlDsigEnvelopedSignatureTransform());
            signer.AddReference(reference);
            signer.SignedInfo.CanonicalizationMethod = KmsXmlNames.C14N;
            using (var hmac = new System.Security.Cryptography.HMACSHA256(TestKms.Trk)) signer.ComputeSignature(hmac);
            doc.DocumentElement.AppendChild(doc.ImportNode(signer.GetXml(), true));
            Assert.AreEqual(KmsSignatureStatus.Verified, KmsXmlReader.Read(doc.OuterXml, TestKms.Trk).Signature);
            var e = Assert.ThrowsExactly<KmsXmlException>(() => KmsXmlReader.Read(doc.OuterXml.Replace("<KeyPeriodNo>700<", "<KeyPeriodNo>701<"), TestKms.Trk));
            Assert.AreEqual(KmsXmlCheck.Signature, e.Check);
        }

        [TestMethod]
        public void AKeySetForAnotherUserOrPeriodIsRefusedByName()
        {
            var cert = TestKms.Certificate();
            var e1 = Assert.ThrowsExactly<KmsXmlException>(() => KmsKeySetValidator.Validate(TestKms.BobKeys, cert, TestKms.Alice, TestKms.Period));
            Assert.AreEqual(KmsXmlCheck.UserUri, e1.Check);
            var e2 = Assert.ThrowsExactly<KmsXmlException>(() => KmsKeySetValidator.Validate(TestKms.AliceKeys, cert, TestKms.Alice, TestKms.Period + 1));
            Assert.AreEqual(KmsXmlCheck.KeyPeriod, e2.Check);
            // KeyPeriodNo rewritten without the UID: the UID check catches it.
            var shifted = Copy(TestKms.AliceKeys);
            shifted.KeyPeriodNo = TestKms.Period + 1;
            var e3 = Assert.ThrowsExactly<KmsXmlException>(() => KmsKeySetValidator.Validate(shifted, cert));
            Assert.AreEqual(KmsXmlCheck.UserId, e3.Check, e3.Message);
            // Bob's keys relabelled as Alice's (UID recomputed): the RSK and SSK are Bob's, the RSK check refuses.
            var relabelled = Copy(TestKms.BobKeys);
            relabelled.UserUri = TestKms.Alice;
            relabelled.UserId = TestKms.AliceKeys.UserId;
            var e4 = Assert.ThrowsExactly<KmsXmlException>(() => KmsKeySetValidator.Validate(relabelled, cert));
            Assert.AreEqual(KmsXmlCheck.RskPairing, e4.Check, e4.Message);
            // Alice's RSK with Bob's SSK/PVT: the SSK/PVT check refuses.
            var mixed = Copy(TestKms.AliceKeys);
            mixed.UserSigningKeySsk = TestKms.BobKeys.UserSigningKeySsk;
            mixed.UserPubTokenPvt = TestKms.BobKeys.UserPubTokenPvt;
            var e5 = Assert.ThrowsExactly<KmsXmlException>(() => KmsKeySetValidator.Validate(mixed, cert));
            Assert.AreEqual(KmsXmlCheck.SskPvt, e5.Check, e5.Message);
        }

        internal static KmsKeySet Copy(KmsKeySet s) => new()
        {
            KmsUri = s.KmsUri, UserUri = s.UserUri, UserId = (byte[])s.UserId.Clone(), KeyPeriodNo = s.KeyPeriodNo,
            UserDecryptKey = (byte[])s.UserDecryptKey.Clone(), UserSigningKeySsk = (byte[])s.UserSigningKeySsk.Clone(),
            UserPubTokenPvt = (byte[])s.UserPubTokenPvt.Clone(),
        };
    }
}
