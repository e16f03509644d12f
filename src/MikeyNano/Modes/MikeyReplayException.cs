namespace MikeyNano.Errors
{
    /// <summary>An I_MESSAGE the replay cache has accepted before, or one older than the cache can vouch for (RFC 3830
    /// section 5.4): refused with Invalid-TS like the SAKKE responder's replays, and, unlike other refusals, answered
    /// with nothing (profile section 3.10: a repeat is discarded silently, no ERR, no R_MESSAGE, no keys), so
    /// MikeyEndpoint.ErrorReply gives null for it.</summary>
    public sealed class MikeyReplayException : MikeyException
    {
        internal MikeyReplayException(string message) : base(MikeyErrorCode.InvalidTs, message) { }
    }
}
