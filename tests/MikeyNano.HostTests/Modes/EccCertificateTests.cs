using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MikeyNano.Certificates;
using MikeyNano.Curves;
using MikeyNano.Errors;
using MikeyNano.Mikey.Modes;
using MikeyNano.Tests.Modes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Modes
{
    /// <summary>MIKEY-ECIES and DH-SIGN with the initiator's static key in a CERTi payload instead of provisioned
    /// (profile 4.1, 6.1): certificates made by .NET's CertificateRequest, checked by the device's X.509 code through
    /// SigningCertificates. A certificate of a provisioned issuer for IDRi keys the call; one from an unknown issuer, for
    /// another URI, or without digitalSignature is refused with Invalid-CERT (8) and nothing derived.</summary>
    [TestClass]
    public class EccCertificateTests
    {
        private static readonly DateTimeOffset At = new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(ModeFixtures.Now);

        private static (ECDsa Key, X509Certificate2 Cert) Ca(string name)
        {
            ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var req = new CertificateRequest("CN=" + name, key, HashAlgorithmName.SHA256);
            req.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            return (key, req.CreateSelfSigned(At.AddDays(-10), At.AddDays(10)));
        }

        private static byte[] Leaf((ECDsa Key, X509Certificate2 Cert) ca, string uri, X509KeyUsageFlags usage)
        {
            var req = new CertificateRequest("CN=alice", EccOracle.Alice, HashAlgorithmName.SHA256);
            var san = new SubjectAlternativeNameBuilder();
            san.AddUri(new Uri(uri));
            req.CertificateExtensions.Add(san.Build());
            req.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
            return req.Create(ca.Cert, At.AddDays(-1), At.AddDays(1), [1, 2, 3, 4]).RawData;
        }

        private static P256Point PublicOf(ECDsa key)
        {
            ECParameters p = key.ExportParameters(false);
            return P256Point.FromCoordinates(p.Q.X, p.Q.Y);
        }

        [TestMethod]
        [DataRow("ecies")]
        [DataRow("dh-sign")]
        public void ACertifiedInitiatorKeysTheCallAndOthersAreInvalidCert(string mode)
        {
            var ca = Ca("MikeyNano test issuer");
            var issuers = new CertificateValidator();
            issuers.AddIssuer(PublicOf(ca.Key), null);
            EccCredentials bob = EccFixtures.Credentials(EccFixtures.BobUri, EccFixtures.BobPrivate, "sip:nobody@example.org", EccFixtures.EvePrivate);
            bob.Certificates = new SigningCertificates(issuers); // Alice's key is not provisioned: only her CERTi can name it
            MikeyEndpoint Endpoint(EccCredentials c, ulong seed) => mode == "ecies" ? EccFixtures.Ecies(c, seed) : EccFixtures.DhSign(c, seed);
            byte[] Offer(byte[] cert)
            {
                EccCredentials alice = EccFixtures.Alice();
                alice.Certificate = cert;
                return Endpoint(alice, 81).Offer(EccFixtures.ToBob(1, true), ModeFixtures.Now).IMessage;
            }

            MikeyCall call = Endpoint(bob, 82).Answer(Offer(Leaf(ca, EccFixtures.AliceUri, X509KeyUsageFlags.DigitalSignature)), ModeFixtures.Now);
            Assert.AreEqual(3, call.Sessions.Length);
            ModeFixtures.Refused(Endpoint(bob, 83), Offer(Leaf(Ca("someone else"), EccFixtures.AliceUri, X509KeyUsageFlags.DigitalSignature)), ModeFixtures.Now, MikeyErrorCode.InvalidCert);
            ModeFixtures.Refused(Endpoint(bob, 84), Offer(Leaf(ca, "sip:mallory@example.org", X509KeyUsageFlags.DigitalSignature)), ModeFixtures.Now, MikeyErrorCode.InvalidCert);
            ModeFixtures.Refused(Endpoint(bob, 85), Offer(Leaf(ca, EccFixtures.AliceUri, X509KeyUsageFlags.KeyAgreement)), ModeFixtures.Now, MikeyErrorCode.InvalidCert);
        }
    }
}
