namespace MikeyNano.Errors
{
    /// <summary>Why an SRTP or SRTCP packet (or an SRTP policy) was rejected.</summary>
    public enum SrtpError
    {
        /// <summary>The authentication tag (HMAC-SHA1 or AES-GCM) does not match: tampered, wrong key or wrong ROC.</summary>
        AuthenticationFailed = 1,
        /// <summary>The packet index was already accepted (RFC 3711 3.3.2 replay list).</summary>
        Replayed = 2,
        /// <summary>The packet index is older than the replay window.</summary>
        TooOld = 3,
        /// <summary>The packet is shorter than its header, MKI and tag.</summary>
        TooShort = 4,
        /// <summary>The RTP/RTCP header is malformed (version not 2, header longer than the packet).</summary>
        InvalidHeader = 5,
        /// <summary>The caller's output buffer cannot hold the result.</summary>
        BufferTooSmall = 6,
        /// <summary>The packet carries an MKI other than this context's.</summary>
        UnknownMki = 7,
        /// <summary>The SSRC in the packet is not this context's SSRC.</summary>
        WrongSsrc = 8,
        /// <summary>The security policy or key material is invalid or unsupported.</summary>
        InvalidPolicy = 9,
        /// <summary>The packet index space (2^48 SRTP, 2^31 SRTCP) is exhausted: the master key must be replaced.</summary>
        IndexExhausted = 10,
        /// <summary>A crypto session already gave a context for this SSRC: a second one under the same master key would
        /// start its SRTCP index and replay window again and reuse keystream (RFC 3711 section 9.1).</summary>
        SsrcAlreadyKeyed = 11,
    }

    /// <summary>An SRTP/SRTCP packet or policy rejected, with the reason in <see cref="Reason"/>. Output buffers
    /// are wiped of any plaintext before this is thrown.</summary>
    public class SrtpException : MikeyNanoException
    {
        public SrtpException(SrtpError reason, string message) : base(message)
        {
            Reason = reason;
        }

        public SrtpError Reason { get; private set; }
    }
}
