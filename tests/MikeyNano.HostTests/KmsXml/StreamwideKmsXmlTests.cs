using MikeyNano.Bytes;
using MikeyNano.Identity;
using MikeyNano.KmsXml;
using MikeyNano.Tests.Eccsi;
using MikeyNano.Tests.Sakke;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.KmsXml
{
    /// <summary>Streamwide's sample KMS responses (Data/kms-xml, from sw_mikey_sakke): they parse, the certificate holds
    /// the RFC 6508 Appendix A Z_T and the RFC 6507 Appendix A KPAK, the key set's UserID is the TS 33.180 F.2.1 UID of
    /// (alice@org.com, localhost:8080, 2592000, 0, 625), and the key set is refused as a key set of that KMS (its RSK
    /// does not pass the RFC 6508 6.1.2 pairing check against that Z_T).</summary>
    [TestClass]
    public sealed class StreamwideKmsXmlTests
    {
        [TestMethod]
        public void InitResponseHoldsTheAppendixAPublicKeys()
        {
            KmsResponse r = KmsXmlReader.Read(TestKms.Sample("streamwide-init-response.xml"));
            Assert.AreEqual(KmsSignatureStatus.Absent, r.Signature);
            Assert.AreEqual("alice@org.com", r.UserUri);
            Assert.AreEqual("localhost:8080", r.KmsUri);
            Assert.AreEqual("http://localhost:8080/keymanagement/identity/v1/init", r.ClientReqUrl);
            KmsCertificate c = r.Certificate;
            Assert.AreEqual("localhost:8080", c.KmsUri);
            Assert.AreEqual("Root", c.Role);
            Assert.AreEqual("2", c.UserIdFormat);
            Assert.AreEqual(2592000UL, c.UserKeyPeriod);
            Assert.AreEqual(0UL, c.UserKeyOffset);
            Assert.AreEqual(Rfc6508Vectors.ZT, Hex.Encode(c.PubEncKey).ToUpperInvariant());
            Assert.AreEqual(EccsiRfc6507Tests.Kpak, Hex.Encode(c.PubAuthKey).ToUpperInvariant());
            Assert.IsNull(r.KeySets);
        }

        [TestMethod]
        public void KeyProvResponseParsesAndItsUserIdIsTheF21Uid()
        {
            KmsResponse r = KmsXmlReader.Read(TestKms.Sample("streamwide-key-prov-response.xml"));
            Assert.AreEqual(1, r.KeySets.Count);
            KmsKeySet s = r.KeySets[0];
            Assert.AreEqual("alice@org.com", s.UserUri);
            Assert.AreEqual(625UL, s.KeyPeriodNo);
            Assert.IsFalse(s.KeysWereWrapped);
            Assert.AreEqual("060c5cddd13b87be1e37d3ff091101684b88aadef26c409a8b49c8da9dd81a05", Hex.Encode(s.UserId));
            CollectionAssert.AreEqual(MikeySakkeUid.Compute("alice@org.com", "localhost:8080", 2592000, 0, 625), s.UserId);
            Assert.AreEqual(257, s.UserDecryptKey.Length);
            Assert.AreEqual("0451e8e3cde160d2", Hex.Encode(s.UserDecryptKey).Substring(0, 16));
            Assert.AreEqual("d31c6fd21791d92d0bc721b50125c2b83450f4727ec5a845853ad30e023c34f3", Hex.Encode(s.UserSigningKeySsk));
            Assert.AreEqual(65, s.UserPubTokenPvt.Length);
        }

        [TestMethod]
        public void TheSampleKeySetIsRefusedForItsKms()
        {
            KmsCertificate c = KmsXmlReader.Read(TestKms.Sample("streamwide-init-response.xml")).Certificate;
            KmsKeySet s = KmsXmlReader.Read(TestKms.Sample("streamwide-key-prov-response.xml")).KeySets[0];
            // The UID check passes (the UID is right), so it is the RSK pairing check that refuses.
            var e = Assert.ThrowsExactly<KmsXmlException>(() => KmsKeySetValidator.Validate(s, c, "alice@org.com", 625));
            Assert.AreEqual(KmsXmlCheck.RskPairing, e.Check, e.Message);
            StringAssert.StartsWith(e.Message, "rsk-pairing: ");
        }
    }
}
