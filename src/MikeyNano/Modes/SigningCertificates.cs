using MikeyNano.Certificates;
using MikeyNano.Curves;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// The CERT hook of MIKEY-ECIES and DH-SIGN (<see cref="IPeerCertificates"/>) filled by the device's X.509 checker
    /// (<see cref="PeerKeyDirectory.Resolve"/>): a CERT payload is accepted when it is X.509v3 (cert type 0) from a
    /// provisioned issuer, its signature verifies, its validity contains the message's T, its keyUsage allows
    /// digitalSignature (the key signs the SIGN payload in both modes) and a subjectAltName URI equals the IDR; any
    /// other certificate is Invalid-CERT (profile 4.1, 6.1, 3.11).
    /// </summary>
    public sealed class SigningCertificates : IPeerCertificates
    {
        private readonly PeerKeyDirectory _checker;

        /// <param name="issuers">the provisioned certificate issuers</param>
        public SigningCertificates(CertificateValidator issuers)
        {
            if (issuers == null) throw new System.ArgumentNullException("issuers");
            _checker = new PeerKeyDirectory(issuers);
        }

        public P256Point KeyOf(CertPayload cert, byte[] uri, ulong ntpSeconds)
        {
            // The role only names the IDR in a refusal's text; the checks are those of either role.
            return _checker.Resolve(new IdrPayload(IdrPayload.RoleInitiator, IdPayload.Uri, uri), cert, ntpSeconds, X509Certificate.UsageDigitalSignature);
        }
    }
}
