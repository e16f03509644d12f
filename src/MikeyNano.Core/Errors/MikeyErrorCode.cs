namespace MikeyNano.Errors
{
    /// <summary>The MIKEY error numbers of RFC 3830 section 6.12 (ERR payload), carried by <see cref="MikeyException"/>
    /// so that a responder can answer with the right ERR payload.</summary>
    public enum MikeyErrorCode
    {
        /// <summary>Authentication failure.</summary>
        AuthFailure = 0,
        /// <summary>Invalid timestamp.</summary>
        InvalidTs = 1,
        /// <summary>PRF function not supported.</summary>
        InvalidPrf = 2,
        /// <summary>MAC algorithm not supported.</summary>
        InvalidMac = 3,
        /// <summary>Encryption algorithm not supported.</summary>
        InvalidEa = 4,
        /// <summary>Hash function not supported.</summary>
        InvalidHa = 5,
        /// <summary>DH group not supported.</summary>
        InvalidDh = 6,
        /// <summary>ID not supported.</summary>
        InvalidId = 7,
        /// <summary>Certificate not supported.</summary>
        InvalidCert = 8,
        /// <summary>SP type not supported.</summary>
        InvalidSp = 9,
        /// <summary>SP parameters not supported.</summary>
        InvalidSpPar = 10,
        /// <summary>Data type not supported.</summary>
        InvalidDt = 11,
        /// <summary>An unspecified error (also used for malformed encodings: a length that overruns, trailing octets).</summary>
        Unspecified = 12
    }
}
