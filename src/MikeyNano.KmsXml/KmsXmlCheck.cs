namespace MikeyNano.KmsXml
{
    /// <summary>Which check a KMS document or key set failed (<see cref="KmsXmlException.Check"/>); the CLI prints it.</summary>
    public enum KmsXmlCheck
    {
        /// <summary>Not well-formed XML, a DTD, a missing or repeated element, a value that is neither hex nor base64.</summary>
        Format,
        /// <summary>The KMS answered with KmsError.</summary>
        KmsError,
        /// <summary>The XML-DSig signature: unsupported algorithm or transform, or the HMAC-SHA-256 value does not match.</summary>
        Signature,
        /// <summary>The verified Reference does not cover the KmsResponse that would be read (signature wrapping).</summary>
        SignatureCoverage,
        /// <summary>A wrapped key was given without a transport key, or the transport key's length does not fit.</summary>
        TransportKey,
        /// <summary>RFC 5649 unwrap under the TrK failed (wrong key or altered value).</summary>
        KeyUnwrap,
        /// <summary>A value of the wrong length (Z_T 257, KPAK 65, RSK 257, SSK 32, PVT 65, UID 32 octets).</summary>
        KeyLength,
        /// <summary>The KmsCertificate: UserIdFormat other than 2, a zero UserKeyPeriod, Revoked.</summary>
        Certificate,
        /// <summary>The key set's KmsUri is not the certificate's.</summary>
        KmsUri,
        /// <summary>The key set is for another user than expected.</summary>
        UserUri,
        /// <summary>UserID is not the F.2.1 UID of (UserUri, KmsUri, UserKeyPeriod, UserKeyOffset, KeyPeriodNo).</summary>
        UserId,
        /// <summary>The key set is for another key period than expected.</summary>
        KeyPeriod,
        /// <summary>The key set is marked Revoked.</summary>
        Revoked,
        /// <summary>RFC 6508 section 6.1.2: the RSK pairing check against Z_T failed.</summary>
        RskPairing,
        /// <summary>RFC 6507 section 5.1.2: the SSK/PVT check against KPAK failed.</summary>
        SskPvt,
    }
}
