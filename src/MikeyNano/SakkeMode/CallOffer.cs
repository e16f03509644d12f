using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey.SakkeMode
{
    /// <summary>
    /// What an initiator wants its I_MESSAGE to say: who the responder is, which identity scheme and PRF to use, the
    /// crypto sessions (an SRTP-ID map with SSRCs and ROCs, or a 3GPP GENERIC-ID map with key IDs), their security
    /// policies, and optionally the SSV (the key to share: GMK/PCK/CSK in 3GPP) and CSB ID; unset ones are drawn at
    /// random. Set <see cref="SrtpSessions"/> or <see cref="GenericSessions"/>, not both; neither gives an empty map.
    /// </summary>
    public sealed class CallOffer
    {
        public CallOffer(string responderUri, KmsPublicKeys responderKms)
        {
            ResponderUri = responderUri;
            ResponderKms = responderKms;
            IdScheme = IdentityScheme.TelUriMonthly;
            PrfFunc = HeaderPayload.PrfHmacSha256;
            SsvLength = 16;
            IncludeKmsIds = true;
        }

        public string ResponderUri { get; set; }
        public KmsPublicKeys ResponderKms { get; set; }
        /// <summary><see cref="IdentityScheme.TelUriMonthly"/> (RFC 6509) or <see cref="IdentityScheme.Uid3gpp"/>.</summary>
        public int IdScheme { get; set; }
        /// <summary>HDR PRF func: 0 MIKEY-1 (HMAC-SHA-1), 1 PRF-HMAC-SHA-256.</summary>
        public int PrfFunc { get; set; }
        public SrtpCsEntry[] SrtpSessions { get; set; }
        public GenericCsEntry[] GenericSessions { get; set; }
        public SecurityPolicyPayload[] Policies { get; set; }
        /// <summary>The SSV (TGK) to send; null draws <see cref="SsvLength"/> random octets.</summary>
        public byte[] Ssv { get; set; }
        public int SsvLength { get; set; }
        /// <summary>CSB ID; 0 draws a random one (3GPP: the GUK-ID, PCK-ID or CSK-ID).</summary>
        public uint CsbId { get; set; }
        /// <summary>Whether to name both KMSs in IDR roles 6 and 7.</summary>
        public bool IncludeKmsIds { get; set; }
        /// <summary>An optional General Extension (3GPP key parameters, type 7) placed after the SAKKE payload.</summary>
        public GeneralExtensionPayload Extension { get; set; }
    }
}
