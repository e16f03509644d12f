namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// The status octet of a provisioning response (docs/provisioning.md, "Status codes"): 0 is success, every other
    /// value names the one check that refused the request. The client raises the same codes for what it detects itself
    /// (a timeout, a response that fails its own checks).
    /// </summary>
    public static class ProvisioningError
    {
        public const int Ok = 0;
        /// <summary>A frame header that is not ours: unknown version, a length above the maximum.</summary>
        public const int BadFrame = 1;
        /// <summary>The frame's CRC-32 does not match: the frame was damaged on the line (or edited).</summary>
        public const int CrcMismatch = 2;
        /// <summary>The frame stopped before its end (inter-octet or whole-frame timeout).</summary>
        public const int Truncated = 3;
        /// <summary>A command code the device does not know.</summary>
        public const int UnknownCommand = 4;
        /// <summary>A payload whose fields do not parse (lengths, counts, trailing octets).</summary>
        public const int MalformedPayload = 5;
        /// <summary>The device has no transport key yet: only device info and the first transport key are accepted.</summary>
        public const int NoTransportKey = 6;
        /// <summary>The request's HMAC-SHA-256 does not verify: wrong transport key, a tampered frame, or a request made
        /// for another session.</summary>
        public const int MacMismatch = 7;
        /// <summary>The request's sequence number is not above the last one accepted in this session: a replay.</summary>
        public const int Replay = 8;
        /// <summary>RFC 5649 unwrap under the transport key failed its integrity check.</summary>
        public const int UnwrapFailed = 9;
        /// <summary>A KMS certificate field is refused (URI, UserIdFormat, key period, Z_T, KPAK, validity).</summary>
        public const int CertificateInvalid = 10;
        /// <summary>The KMS certificate is not valid at the device's time.</summary>
        public const int CertificateNotValidNow = 11;
        /// <summary>A key set arrived before any KMS certificate.</summary>
        public const int NoCertificate = 12;
        /// <summary>The key set's UserID is not the TS 33.180 F.2.1 UID of its URI, KMS and key period.</summary>
        public const int UidMismatch = 13;
        /// <summary>The key set's key period is neither the current one nor the next at the device's time.</summary>
        public const int KeyPeriodRefused = 14;
        /// <summary>The RSK fails RFC 6508 section 6.1.2: &lt;[b]P + Z_T, RSK&gt; != g.</summary>
        public const int RskInvalid = 15;
        /// <summary>The (SSK, PVT) pair fails RFC 6507 section 5.1.2.</summary>
        public const int SskInvalid = 16;
        /// <summary>The key store holds its maximum number of key sets.</summary>
        public const int StoreFull = 17;
        /// <summary>The key store could not write (the old content stays).</summary>
        public const int StorageFailed = 18;
        /// <summary>Neither the device's clock nor the request gives the time.</summary>
        public const int ClockNotSet = 19;
        /// <summary>Client side: no (complete) response in time.</summary>
        public const int Timeout = 20;
        /// <summary>Client side: the response fails its checks (its MAC, its sequence, its fields).</summary>
        public const int ResponseInvalid = 21;
        /// <summary>An authenticated request before any device info in this session: the device has no nonce yet.</summary>
        public const int NoSession = 22;
        /// <summary>A transport key in clear while one is installed: a new one must come wrapped under the current one.</summary>
        public const int TransportKeyInstalled = 23;

        /// <summary>The code's name, as docs/provisioning.md spells it.</summary>
        public static string Name(int code)
        {
            switch (code)
            {
                case Ok: return "ok";
                case BadFrame: return "bad-frame";
                case CrcMismatch: return "crc-mismatch";
                case Truncated: return "truncated";
                case UnknownCommand: return "unknown-command";
                case MalformedPayload: return "malformed-payload";
                case NoTransportKey: return "no-transport-key";
                case MacMismatch: return "mac-mismatch";
                case Replay: return "replay";
                case UnwrapFailed: return "unwrap-failed";
                case CertificateInvalid: return "certificate-invalid";
                case CertificateNotValidNow: return "certificate-not-valid-now";
                case NoCertificate: return "no-certificate";
                case UidMismatch: return "uid-mismatch";
                case KeyPeriodRefused: return "key-period-refused";
                case RskInvalid: return "rsk-invalid";
                case SskInvalid: return "ssk-invalid";
                case StoreFull: return "store-full";
                case StorageFailed: return "storage-failed";
                case ClockNotSet: return "clock-not-set";
                case Timeout: return "timeout";
                case ResponseInvalid: return "response-invalid";
                case NoSession: return "no-session";
                case TransportKeyInstalled: return "transport-key-installed";
                default: return "error-" + code;
            }
        }
    }
}
