using MikeyNano.Curves;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// The hook through which the ECC modes (MIKEY-ECIES, DH-SIGN, MIKEY-ECMQV) accept a peer's static P-256 key
    /// carried in a CERT payload (profile 3.2: right after the IDR it certifies) instead of a provisioned one: the
    /// device's X.509 checker implements it (issuer provisioned, signature, validity containing T, key usage,
    /// subjectAltName URI equal to the IDR's). An endpoint without one refuses every CERT payload (Invalid-CERT).
    /// </summary>
    public interface IPeerCertificates
    {
        /// <summary>The P-256 public key <paramref name="cert"/> certifies for <paramref name="uri"/> (the IDR's
        /// UTF-8 octets) at NTP time <paramref name="ntpSeconds"/> (the message's T); throws MikeyException with
        /// Invalid-CERT (8) when the certificate is not accepted.</summary>
        P256Point KeyOf(CertPayload cert, byte[] uri, ulong ntpSeconds);
    }
}
