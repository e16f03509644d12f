namespace MikeyNano.Mikey.SakkeMode
{
    /// <summary>What the initiator sends and keeps: the encoded I_MESSAGE, the SSV it carries and the crypto sessions
    /// derived from it (the same keys the responder will derive).</summary>
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
    }
}
