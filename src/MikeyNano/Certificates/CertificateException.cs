using MikeyNano.Errors;

namespace MikeyNano.Certificates
{
    /// <summary>A certificate refused by the parser or the checker; <see cref="Reason"/> says why (a
    /// <see cref="CertificateError"/> value). MIKEY modes report every one as RFC 3830 error 8 (certificate not
    /// accepted, profile section 3.11).</summary>
    public sealed class CertificateException : MikeyNanoException
    {
        public CertificateException(int reason, string message) : base(message)
        {
            Reason = reason;
        }

        /// <summary>One of the <see cref="CertificateError"/> constants.</summary>
        public int Reason { get; private set; }
    }

    /// <summary>Why a certificate was refused.</summary>
    public static class CertificateError
    {
        /// <summary>Not DER, a length that overruns its parent, trailing octets, a field of the wrong type.</summary>
        public const int Malformed = 1;
        /// <summary>Well-formed but outside what the device checks: not v3, not ECDSA P-256/SHA-256, not a P-256
        /// key, an unknown critical extension.</summary>
        public const int Unsupported = 2;
        /// <summary>No provisioned issuer has the certificate's issuer name (or none is provisioned).</summary>
        public const int UnknownIssuer = 3;
        /// <summary>The signature does not verify under the provisioned issuer's key.</summary>
        public const int BadSignature = 4;
        /// <summary>The time checked is before notBefore.</summary>
        public const int NotYetValid = 5;
        /// <summary>The time checked is after notAfter.</summary>
        public const int Expired = 6;
        /// <summary>The keyUsage extension lacks a usage the caller requires.</summary>
        public const int KeyUsage = 7;
        /// <summary>No subjectAltName URI equals the identity the certificate must certify.</summary>
        public const int IdentityMismatch = 8;

        public static string Name(int reason)
        {
            if (reason == Malformed) return "malformed";
            if (reason == Unsupported) return "unsupported";
            if (reason == UnknownIssuer) return "unknown issuer";
            if (reason == BadSignature) return "bad signature";
            if (reason == NotYetValid) return "not yet valid";
            if (reason == Expired) return "expired";
            if (reason == KeyUsage) return "key usage";
            if (reason == IdentityMismatch) return "identity mismatch";
            return "reason " + reason;
        }
    }
}
