using MikeyNano.Bytes;

namespace MikeyNano.Mikey.SakkeMode
{
    /// <summary>What the initiator sends and keeps: the encoded I_MESSAGE, the SSV it carries and the crypto sessions
    /// derived from it (the same keys the responder will derive). The SSV and the sessions' master keys and salts are
    /// secret and belong to the caller: <see cref="Wipe"/> when the call ends (SRTP contexts built from the sessions keep
    /// their own keys until SrtpContext.Wipe).</summary>
    public sealed class OutgoingCall
    {
        internal OutgoingCall(byte[] message, MikeyMessage parsed, byte[] ssv, CryptoSession[] sessions)
        {
            Message = message;
            Parsed = parsed;
            Ssv = ssv;
            Sessions = sessions;
        }

        public byte[] Message { get; private set; }
        public MikeyMessage Parsed { get; private set; }
        public byte[] Ssv { get; private set; }
        public CryptoSession[] Sessions { get; private set; }

        /// <summary>Zeroes every secret the call holds: the SSV and each session's master key and salt (the message is
        /// public and stays). After it the call can key nothing.</summary>
        public void Wipe()
        {
            Secrets.Wipe(Ssv);
            SessionKeys.Wipe(Sessions);
        }
    }
}
