using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Errors;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Certificates
{
    /// <summary>
    /// The device's X.509 checker behind the ECC modes' <see cref="IPeerCertificates"/> hook (EccCredentials.Certificates
    /// for MIKEY-ECIES and DH-SIGN; PeerKeyDirectory for MIKEY-ECMQV): a CERT payload of type 0 (X.509v3) is accepted
    /// when <see cref="CertificateValidator"/> passes it at the message's T with the key usage this mode's static key
    /// needs (X509Certificate.UsageDigitalSignature for a signing key, UsageKeyAgreement for ECMQV's) and a
    /// subjectAltName URI equal to the IDR's; every refusal is Invalid-CERT (RFC 3830 error 8) naming the reason.
    /// </summary>
    public sealed class X509PeerCertificates : IPeerCertificates
    {
        private readonly CertificateValidator _issuers;
        private readonly int _usage;

        /// <param name="issuers">the provisioned issuers</param>
        /// <param name="requiredUsage">X509Certificate.Usage* bits the keyUsage extension must have when present</param>
        public X509PeerCertificates(CertificateValidator issuers, int requiredUsage)
        {
            if (issuers == null) throw new System.ArgumentNullException("issuers");
            _issuers = issuers;
            _usage = requiredUsage;
        }

        public P256Point KeyOf(CertPayload cert, byte[] uri, ulong ntpSeconds)
        {
            if (cert.CertType != 0) throw new MikeyException(MikeyErrorCode.InvalidCert, "CERT type " + cert.CertType + " is not X.509v3 (0)");
            string text;
            try
            {
                text = Utf8.Decode(uri);
            }
            catch (InvalidEncodingException)
            {
                throw new MikeyException(MikeyErrorCode.InvalidId, "the IDR a CERT certifies is not UTF-8 text");
            }
            try
            {
                return _issuers.Check(cert.Data, (long)ntpSeconds, _usage, text).PublicKey;
            }
            catch (CertificateException e)
            {
                throw new MikeyException(MikeyErrorCode.InvalidCert, "CERT not accepted (" + CertificateError.Name(e.Reason) + "): " + e.Message);
            }
        }
    }
}
