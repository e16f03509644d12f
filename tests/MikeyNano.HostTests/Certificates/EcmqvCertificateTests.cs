using System;
using System.Security.Cryptography.X509Certificates;
using MikeyNano.Bytes;
using MikeyNano.Certificates;
using MikeyNano.Errors;
using MikeyNano.Mikey.Modes;
using MikeyNano.Tests.Modes;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static MikeyNano.HostTests.Certificates.TestCertificates;

namespace MikeyNano.HostTests.Certificates
{
    /// <summary>
    /// MIKEY-ECMQV with the initiator's static key in a CERT payload (profile sections 3.2, 5.1, 5.3): a responder that
    /// has no key provisioned for the initiator but has the issuer keys the call from the certificate; a certificate
    /// from an issuer it does not have, an expired one, one for another URI than IDRi, one without keyAgreement, and a
    /// tampered one are each refused with RFC 3830 error 8, nothing derived or recorded.
    /// </summary>
    [TestClass]
    public class EcmqvCertificateTests
    {
        private static readonly Issuer Ca = NewIssuer(), Stranger = NewIssuer("CN=Unknown CA");

        /// <summary>Bob, who knows no initiator key, only the CA.</summary>
        private static EcmqvEndpoint Bob()
        {
            var issuers = new CertificateValidator();
            issuers.AddIssuer(Ca.PublicKey, Ca.Name.RawData);
            var peers = new PeerKeyDirectory(issuers);
            peers.Add(EcmqvFixtures.AliceUri, EcmqvFixtures.Key(EcmqvFixtures.MalloryKeyHex).PublicKey); // a stale provisioned key: the CERT wins
            peers.Add(EcmqvFixtures.BobUri, EcmqvFixtures.Key(EcmqvFixtures.BobKeyHex).PublicKey);
            return new EcmqvEndpoint(EcmqvFixtures.Key(EcmqvFixtures.BobKeyHex), EcmqvFixtures.BobUri, null, peers, new CounterRandomSource(72), ModeFixtures.NewReplayCache());
        }

        private static EcmqvEndpoint AliceWith(byte[] certificate) =>
            new(EcmqvFixtures.Key(EcmqvFixtures.AliceKeyHex), EcmqvFixtures.AliceUri, certificate, EcmqvFixtures.Directory(), new CounterRandomSource(71), ModeFixtures.NewReplayCache());

        private static byte[] AliceCertificate(Issuer by, string uri = EcmqvFixtures.AliceUri, X509KeyUsageFlags usage = X509KeyUsageFlags.KeyAgreement,
            DateTimeOffset? notAfter = null)
        {
            using var key = KeyOf(Hex.Decode(EcmqvFixtures.AliceKeyHex));
            return Issue(by, key, uri, usage, notAfter: notAfter);
        }

        [TestMethod]
        public void ACertifiedInitiatorIsKeyedFromItsCertificate()
        {
            EcmqvEndpoint alice = AliceWith(AliceCertificate(Ca, usage: X509KeyUsageFlags.KeyAgreement | X509KeyUsageFlags.DigitalSignature));
            MikeyCall offered = alice.Offer(EcmqvFixtures.ToBob(1), ModeFixtures.Now);
            Assert.IsNotNull(offered.Message.Find(MikeyNano.Mikey.MikeyPayloadType.Cert));
            MikeyCall answered = Bob().Answer(offered.IMessage, ModeFixtures.Now);
            alice.Confirm(offered, answered.RMessage, ModeFixtures.Now);
            ModeFixtures.AssertSameKeys(offered, answered);
        }

        [TestMethod]
        public void CertificatesTheResponderCannotAcceptAreError8()
        {
            byte[] good = AliceCertificate(Ca);
            byte[] tampered = (byte[])good.Clone();
            tampered[good.AsSpan().IndexOf("alice@"u8)] ^= 0x20; // the subject CN's "alice" -> "Alice": no longer the signed octets
            (byte[] Cert, string Reason)[] refused =
            [
                (AliceCertificate(Stranger), "unknown issuer"),
                (AliceCertificate(Ca, notAfter: new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)), "expired"), // ModeFixtures.Now is 2025-12-31
                (AliceCertificate(Ca, uri: "sip:mallory@example.org"), "identity mismatch"),
                (AliceCertificate(Ca, usage: X509KeyUsageFlags.DigitalSignature), "key usage"),
                (tampered, "bad signature"),
                (good.AsSpan(0, good.Length - 1).ToArray(), "malformed"),
            ];
            foreach (var (cert, reason) in refused)
            {
                MikeyCall offered = AliceWith(cert).Offer(EcmqvFixtures.ToBob(0), ModeFixtures.Now);
                EcmqvEndpoint bob = Bob();
                MikeyException e = ModeFixtures.Refused(bob, offered.IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidCert);
                StringAssert.Contains(e.Message, "(" + reason + ")");
                byte[] err = bob.ErrorReply(offered.IMessage, e, ModeFixtures.Now);
                Assert.AreEqual(8, err[err.Length - 3], "ERR payload: error no 8");
            }
        }
    }
}
