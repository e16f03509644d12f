using MikeyNano.Bytes;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// One call of any mode, on either side, as <see cref="MikeyEndpoint"/> leaves it: the I_MESSAGE (sent or
    /// received), the R_MESSAGE (the one the responder must send, or the one the initiator verified; null when the
    /// mode or the V flag asks for none) and, once the call is keyed, the crypto sessions with their SRTP master keys,
    /// salts, SSRCs, ROCs and policies (SrtpContextFactory.Create builds the contexts). An initiator that asked for a
    /// verification message is not keyed until <see cref="MikeyEndpoint.Confirm"/> verified the R_MESSAGE:
    /// <see cref="Sessions"/> is null until then (RFC 3830 section 3.1: V proves the responder holds the keys).
    /// The keys are secret and belong to the caller: <see cref="Wipe"/> when the call ends.
    /// </summary>
    public sealed class MikeyCall
    {
        private CryptoSession[] _sessions;

        internal MikeyCall(int mode, bool isInitiator, MikeyMessage iMessage, CryptoSession[] sessions)
        {
            Mode = mode;
            IsInitiator = isInitiator;
            Message = iMessage;
            _sessions = sessions;
        }

        /// <summary>The call's <see cref="MikeyMode"/>.</summary>
        public int Mode { get; private set; }
        public bool IsInitiator { get; private set; }
        /// <summary>The I_MESSAGE, parsed; its octets are <see cref="IMessage"/>.</summary>
        public MikeyMessage Message { get; private set; }
        /// <summary>The I_MESSAGE as sent or received.</summary>
        public byte[] IMessage { get { return Message.Encoded; } }
        /// <summary>Responder: the R_MESSAGE to send back (null: none is sent). Initiator: the R_MESSAGE that
        /// <see cref="MikeyEndpoint.Confirm"/> verified (null before, or when none was asked for).</summary>
        public byte[] RMessage { get; internal set; }
        /// <summary>True for an initiator whose R_MESSAGE has not been verified yet: the call is not keyed.</summary>
        public bool AwaitsConfirmation { get; internal set; }
        /// <summary>The keyed crypto sessions, one per entry of the HDR's map, in map order; null while
        /// <see cref="AwaitsConfirmation"/>.</summary>
        public CryptoSession[] Sessions { get { return AwaitsConfirmation ? null : _sessions; } }
        /// <summary>Per crypto session the SPI/MKI of its key data (KV 1, RFC 3830 section 6.13), else null; null when
        /// no key data carried one.</summary>
        public byte[][] Spis { get; internal set; }

        // Initiator awaiting its R_MESSAGE (PSK): the transport authentication key and the I_MESSAGE's T value that
        // the V payload is computed with (RFC 3830 section 6.9), wiped once verified.
        internal byte[] PendingAuthKey;
        internal int PendingAuthAlg;
        // Initiator awaiting its R_MESSAGE in a key-agreement mode (ECMQV): its ephemeral private key and the peer's
        // static public key, until Confirm keys the call (then the private key is wiped).
        internal byte[] PendingEphemeralKey;
        internal MikeyNano.Curves.P256Point PendingPeerKey;

        /// <summary>Keys an initiator's call once its R_MESSAGE verified.</summary>
        internal void Confirmed(CryptoSession[] sessions, byte[] rMessage)
        {
            _sessions = sessions;
            RMessage = rMessage;
            AwaitsConfirmation = false;
        }

        /// <summary>Zeroes every secret the call holds: each session's master key and salt and any pending transport
        /// key (the messages are public and stay). After it the call can key nothing.</summary>
        public void Wipe()
        {
            SessionKeys.Wipe(_sessions);
            Secrets.Wipe(PendingAuthKey);
            Secrets.Wipe(PendingEphemeralKey);
        }
    }
}
