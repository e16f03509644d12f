using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MikeyNano.Certificates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static MikeyNano.HostTests.Certificates.TestCertificates;
using X509Certificate = MikeyNano.Certificates.X509Certificate;

namespace MikeyNano.HostTests.Certificates
{
    /// <summary>
    /// The device's X.509 parser and checker (src/MikeyNano/Certificates) on certificates made by .NET's
    /// CertificateRequest: the fields it reads equal .NET's; a good certificate yields its P-256 key; expired, not yet
    /// valid, signed by another issuer, from an issuer not provisioned, without the key usage asked for, for another
    /// URI, tampered and truncated certificates, and those outside the profile (RSA or P-384 key, SHA-384 signature,
    /// an unknown critical extension) are each refused with their typed reason.
    /// </summary>
    [TestClass]
    public class X509CheckTests
    {
        private const string Uri = "sip:alice@example.org";

        private static CertificateValidator Trusting(Issuer issuer, bool withName = true)
        {
            var v = new CertificateValidator();
            v.AddIssuer(issuer.PublicKey, withName ? issuer.Name.RawData : null);
            return v;
        }

        private static void Refused(int reason, Action check)
        {
            CertificateException e = Assert.ThrowsExactly<CertificateException>(check);
            Assert.AreEqual(CertificateError.Name(reason), CertificateError.Name(e.Reason), e.Message);
        }

        [TestMethod]
        public void TheParsedFieldsEqualDotNetsAndAGoodCertificateYieldsItsKey()
        {
            Issuer ca = NewIssuer();
            using ECDsa alice = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            byte[] der = Issue(ca, alice, Uri, X509KeyUsageFlags.KeyAgreement | X509KeyUsageFlags.DigitalSignature);
            using var net = X509CertificateLoader.LoadCertificate(der);
            X509Certificate c = X509Certificate.Parse(der);
            CollectionAssert.AreEqual(net.IssuerName.RawData, c.IssuerName);
            CollectionAssert.AreEqual(net.SubjectName.RawData, c.SubjectName);
            Assert.AreEqual(Ntp(net.NotBefore.ToUniversalTime()), c.NotBefore);
            Assert.AreEqual(Ntp(new DateTimeOffset(net.NotAfter.ToUniversalTime())), c.NotAfter);
            Assert.AreEqual(Ntp(NotAfter), c.NotAfter);
            CollectionAssert.AreEqual(PointOf(alice).EncodeUncompressed(), c.PublicKey.EncodeUncompressed());
            Assert.AreEqual(X509Certificate.UsageKeyAgreement | X509Certificate.UsageDigitalSignature, c.KeyUsage);
            CollectionAssert.AreEqual(new[] { Uri }, c.UriNames);
            Assert.IsFalse(c.IsCa);
            X509Certificate ok = Trusting(ca).Check(der, Inside, X509Certificate.UsageKeyAgreement, Uri);
            CollectionAssert.AreEqual(PointOf(alice).EncodeUncompressed(), ok.PublicKey.EncodeUncompressed());
            Trusting(ca, withName: false).Check(der, Ntp(NotBefore), X509Certificate.UsageDigitalSignature, null); // bounds inclusive
            Trusting(ca).Check(der, Ntp(NotAfter), 0, Uri);
        }

        [TestMethod]
        public void ValidityIsCheckedAgainstTheClock()
        {
            Issuer ca = NewIssuer();
            using ECDsa alice = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            byte[] der = Issue(ca, alice, Uri, X509KeyUsageFlags.KeyAgreement);
            Refused(CertificateError.Expired, () => Trusting(ca).Check(der, Ntp(NotAfter) + 1, 0, null));
            Refused(CertificateError.NotYetValid, () => Trusting(ca).Check(der, Ntp(NotBefore) - 1, 0, null));
            // GeneralizedTime after 2049 (RFC 5280 4.1.2.5) parses to the same instant .NET writes.
            var late = new DateTimeOffset(2051, 3, 1, 12, 30, 15, TimeSpan.Zero);
            Assert.AreEqual(Ntp(late), X509Certificate.Parse(Issue(ca, alice, Uri, null, notAfter: late)).NotAfter);
        }

        [TestMethod]
        public void AnotherIssuersCertificateIsRefused()
        {
            Issuer ca = NewIssuer(), impostor = NewIssuer(), other = NewIssuer("CN=Another CA");
            using ECDsa alice = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            byte[] forged = Issue(impostor, alice, Uri, X509KeyUsageFlags.KeyAgreement); // the same issuer name, another key
            Refused(CertificateError.BadSignature, () => Trusting(ca).Check(forged, Inside, 0, null));
            Refused(CertificateError.BadSignature, () => Trusting(ca, withName: false).Check(forged, Inside, 0, null));
            byte[] foreign = Issue(other, alice, Uri, X509KeyUsageFlags.KeyAgreement);
            Refused(CertificateError.UnknownIssuer, () => Trusting(ca).Check(foreign, Inside, 0, null));
            Refused(CertificateError.UnknownIssuer, () => new CertificateValidator().Check(foreign, Inside, 0, null));
            var both = Trusting(ca);
            both.AddIssuer(other.PublicKey, other.Name.RawData);
            both.Check(foreign, Inside, 0, Uri);
            both.Check(Issue(ca, alice, Uri, null), Inside, X509Certificate.UsageKeyAgreement, Uri); // no keyUsage: any use
        }

        [TestMethod]
        public void KeyUsageAndIdentityAreChecked()
        {
            Issuer ca = NewIssuer();
            using ECDsa alice = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            byte[] signingOnly = Issue(ca, alice, Uri, X509KeyUsageFlags.DigitalSignature);
            Refused(CertificateError.KeyUsage, () => Trusting(ca).Check(signingOnly, Inside, X509Certificate.UsageKeyAgreement, Uri));
            Trusting(ca).Check(signingOnly, Inside, X509Certificate.UsageDigitalSignature, Uri);
            Refused(CertificateError.IdentityMismatch, () => Trusting(ca).Check(signingOnly, Inside, 0, "sip:mallory@example.org"));
            Refused(CertificateError.IdentityMismatch, () => Trusting(ca).Check(Issue(ca, alice, null, null), Inside, 0, Uri));
        }

        [TestMethod]
        public void CertificatesOutsideTheProfileAreUnsupported()
        {
            Issuer ca = NewIssuer();
            using RSA rsa = RSA.Create(2048);
            using ECDsa p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
            using ECDsa alice = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            Refused(CertificateError.Unsupported, () => X509Certificate.Parse(Issue(ca, rsa, Uri, null)));
            Refused(CertificateError.Unsupported, () => X509Certificate.Parse(Issue(ca, p384, Uri, null)));
            Refused(CertificateError.Unsupported, () => X509Certificate.Parse(Issue(ca, alice, Uri, null, hash: HashAlgorithmName.SHA384)));
            byte[] critical = Issue(ca, alice, Uri, null, more: r => r.CertificateExtensions.Add(new X509Extension("1.2.3.4.5", new byte[] { 5, 0 }, true)));
            Refused(CertificateError.Unsupported, () => X509Certificate.Parse(critical));
            byte[] nonCritical = Issue(ca, alice, Uri, null, more: r => r.CertificateExtensions.Add(new X509Extension("1.2.3.4.5", new byte[] { 5, 0 }, false)));
            Trusting(ca).Check(nonCritical, Inside, 0, Uri);
        }

        [TestMethod]
        public void EveryTamperedOctetOfTheSignedPartOrSignatureIsRefused()
        {
            Issuer ca = NewIssuer();
            using ECDsa alice = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            byte[] der = Issue(ca, alice, Uri, X509KeyUsageFlags.KeyAgreement);
            CertificateValidator v = Trusting(ca, withName: false);
            int bad = 0, malformed = 0;
            for (int i = 0; i < der.Length; i++)
            {
                byte[] t = (byte[])der.Clone();
                t[i] ^= 0x01;
                try
                {
                    v.Check(t, Inside, X509Certificate.UsageKeyAgreement, Uri);
                    Assert.Fail($"octet {i} flipped and accepted");
                }
                catch (CertificateException e)
                {
                    if (e.Reason == CertificateError.BadSignature) bad++;
                    else malformed++;
                }
            }
            Console.WriteLine($"{der.Length} single-bit tampers: {bad} bad signatures, {malformed} refused before the signature check");
            // Measured: 177 of 371 reach the signature check; the others break a length, an OID, a time or the key point.
            Assert.IsTrue(bad > der.Length / 3, "tampers of names, serial, values and the signature reach the signature check");
        }

        [TestMethod]
        public void EveryTruncationIsMalformed()
        {
            Issuer ca = NewIssuer();
            using ECDsa alice = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            byte[] der = Issue(ca, alice, Uri, X509KeyUsageFlags.KeyAgreement);
            for (int n = 0; n < der.Length; n++)
                Refused(CertificateError.Malformed, () => X509Certificate.Parse(der.AsSpan(0, n).ToArray()));
            byte[] longer = new byte[der.Length + 1];
            der.CopyTo(longer, 0);
            Refused(CertificateError.Malformed, () => X509Certificate.Parse(longer));
        }
    }
}
