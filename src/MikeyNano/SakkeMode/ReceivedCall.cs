using MikeyNano.Bytes;

namespace MikeyNano.Mikey.SakkeMode
{
    /// <summary>What the responder learned from a verified I_MESSAGE: who sent it, the SSV (TGK) and the keyed crypto
    /// sessions. Only built after the signature verified and SAKKE decapsulated with its consistency check. The SSV and
    /// the sessions' master keys and salts are secret and belong to the caller: <see cref="Wipe"/> when the call ends (after
    /// reading what it needs, such as Ts33180Profile.KeyParameters, which takes the SSV).</summary>
    public sealed class ReceivedCall
    {
        internal ReceivedCall(MikeyMessage message, byte[] initiatorIdentifier, byte[] initiatorUri, byte[] ssv,
                            CryptoSession[] sessions, bool legacySignature)
        {
            Message = message;
            InitiatorIdentifier = initiatorIdentifier;
            InitiatorUriOctets = initiatorUri;
            Ssv = ssv;
            Sessions = sessions;
            LegacySignature = legacySignature;
        }

        public MikeyMessage Message { get; private set; }
        /// <summary>The identifier the signature verified under (RFC 6509 date||URI or 3GPP UID).</summary>
        public byte[] InitiatorIdentifier { get; private set; }
        /// <summary>The initiator's URI as the message carries it (IDR role 1: UTF-8 octets), else null.</summary>
        public byte[] InitiatorUriOctets { get; private set; }
        /// <summary>The initiator's URI as a string, else null: a checked view of <see cref="InitiatorUriOctets"/>
        /// (strict UTF-8; it throws InvalidEncodingException rather than drop a zero octet, which a nanoFramework string
        /// cannot hold; the responder admits no such IDRi).</summary>
        public string InitiatorUri { get { return InitiatorUriOctets == null ? null : Utf8.Decode(InitiatorUriOctets); } }
        /// <summary>The shared secret value (3GPP: the GMK, PCK or CSK).</summary>
        public byte[] Ssv { get; private set; }
        public CryptoSession[] Sessions { get; private set; }
        /// <summary>True when the signature verified only over the message without the SIGN header, as some older
        /// peers sign (MIKEY spec digest section 1.4): accepted only when the responder's
        /// <see cref="SakkeResponder.AcceptLegacySignature"/> is set, and reported so the caller can log it.</summary>
        public bool LegacySignature { get; private set; }

        /// <summary>Zeroes every secret the call holds: the SSV and each session's master key and salt (the message and
        /// the initiator's identity are public and stay). After it the call can key nothing.</summary>
        public void Wipe()
        {
            Secrets.Wipe(Ssv);
            SessionKeys.Wipe(Sessions);
        }
    }
}
