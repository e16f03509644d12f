using System.Security.Cryptography.X509Certificates;
using MikeyNano.Bytes;
using MikeyNano.Certificates;
using MikeyNano.Errors;
using MikeyNano.Mikey.Modes;
using MikeyNano.Tests.Modes;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static MikeyNano.HostTests.Certificates.TestCertificates;
using X509Certificate = MikeyNano.Certificates.X509Certificate;

namespace MikeyNano.HostTests.Certificates
{
    /// <summary>
    /// The X.509 checker plugged into MIKEY-ECIES through the ECC modes' IPeerCertificates hook
    /// (EccCredentials.Certificates = X509PeerCertificates): a responder that has no key for the initiator keys the
    /// call from its CERTi (keyUsage digitalSignature: the key signs SIGNi); a certificate from an issuer it lacks, or
    /// one whose key may only agree keys, is RFC 3830 error 8, nothing recorded.
    /// </summary>
    [TestClass]
    public class X509PeerCertificatesTests
    {
        private static readonly Issuer Ca = NewIssuer(), Stranger = NewIssuer("CN=Unknown CA");

        private static EciesEndpoint Alice(byte[] certificate)
        {
            EccCredentials c = EccFixtures.Alice();
            c.Certificate = certificate;
            return EccFixtures.Ecies(c, 91);
        }

        /// <summary>Bob knows the CA, not Alice's key.</summary>
        private static EciesEndpoint Bob()
        {
            var issuers = new CertificateValidator();
            issuers.AddIssuer(Ca.PublicKey, Ca.Name.RawData);
            var c = new EccCredentials(EccFixtures.BobUri, EccFixtures.Pair(EccFixtures.BobPrivate), new PeerKeyDirectory(null))
            {
                Certificates = new X509PeerCertificates(issuers, X509Certificate.UsageDigitalSignature),
            };
            return EccFixtures.Ecies(c, 92);
        }

        private static byte[] AliceCertificate(Issuer by, X509KeyUsageFlags usage)
        {
            using var key = KeyOf(Hex.Decode(EccFixtures.AlicePrivate));
            return Issue(by, key, EccFixtures.AliceUri, usage);
        }

        [TestMethod]
        public void AnEciesResponderTakesTheInitiatorsKeyFromItsCertificate()
        {
            MikeyCall offered = Alice(AliceCertificate(Ca, X509KeyUsageFlags.DigitalSignature)).Offer(EccFixtures.ToBob(1, false), ModeFixtures.Now);
            MikeyCall answered = Bob().Answer(offered.IMessage, ModeFixtures.Now);
            ModeFixtures.AssertSameKeys(offered, answered);
        }

        [TestMethod]
        public void AnUnknownIssuerOrAKeyAgreementOnlyCertificateIsError8()
        {
            foreach (var (cert, reason) in new[]
            {
                (AliceCertificate(Stranger, X509KeyUsageFlags.DigitalSignature), "unknown issuer"),
                (AliceCertificate(Ca, X509KeyUsageFlags.KeyAgreement), "key usage"),
            })
            {
                byte[] m = Alice(cert).Offer(EccFixtures.ToBob(1, false), ModeFixtures.Now).IMessage;
                MikeyException e = ModeFixtures.Refused(Bob(), m, ModeFixtures.Now, MikeyErrorCode.InvalidCert);
                StringAssert.Contains(e.Message, "(" + reason + ")");
            }
        }
    }
}
