using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// What an initiator asks of any mode's <see cref="MikeyEndpoint.Offer"/>: the crypto sessions (an SRTP-ID map:
    /// policy number, SSRC and ROC per stream, RFC 3830 section 6.1.1), the SP payloads they name (none: the RFC 3830
    /// default policy for every session), the PRF, whether a verification message is wanted, optional identities,
    /// and optionally the CSB ID and the key to send (unset ones are drawn at random). A mode ignores what it cannot
    /// carry (MIKEY-NULL: V, identities, PRF func; profile section 8).
    /// </summary>
    public sealed class CallRequest
    {
        public CallRequest(SrtpCsEntry[] sessions)
        {
            Sessions = sessions;
            PrfFunc = HeaderPayload.PrfHmacSha256;
        }

        /// <summary>One entry per SRTP stream, 1..255 of them; crypto session k (1-based) is entry k.</summary>
        public SrtpCsEntry[] Sessions { get; set; }
        /// <summary>The SP payloads, one per policy number the sessions name, in increasing policy number; null for none.</summary>
        public SecurityPolicyPayload[] Policies { get; set; }
        /// <summary>HDR PRF func: 0 MIKEY-1 (HMAC-SHA-1), 1 PRF-HMAC-SHA-256 (RFC 6043; the default).</summary>
        public int PrfFunc { get; set; }
        /// <summary>The HDR V flag: ask the responder for a verification message (PSK: R_MESSAGE with a V payload).</summary>
        public bool VerificationRequested { get; set; }
        /// <summary>The initiator's URI for IDRi, or null for none.</summary>
        public string InitiatorUri { get; set; }
        /// <summary>The responder's URI for IDRr, or null for none.</summary>
        public string ResponderUri { get; set; }
        /// <summary>CSB ID; 0 draws a random one.</summary>
        public uint CsbId { get; set; }
        /// <summary>The key the message carries, or null to draw one: PSK the TGK (32 octets drawn), NULL the TEK
        /// (SRTP master key || master salt, as long as the policy's key and salt).</summary>
        public byte[] Key { get; set; }
    }
}
