namespace MikeyNano.Radio
{
    /// <summary>What a radio counted since boot: calls and frames each way, and what it refused.</summary>
    public sealed class RadioCounters
    {
        internal RadioCounters() { }

        /// <summary>I_MESSAGEs sent (one per peer of each keyed call).</summary>
        public int CallsSent { get; internal set; }
        /// <summary>Peers a push of the key could not call (their I_MESSAGE could not be built or sent).</summary>
        public int CallsFailed { get; internal set; }
        /// <summary>I_MESSAGEs accepted.</summary>
        public int CallsReceived { get; internal set; }
        /// <summary>SRTP packets sent.</summary>
        public int FramesSent { get; internal set; }
        /// <summary>SRTP packets authenticated, decrypted and given to the audio sink.</summary>
        public int FramesPlayed { get; internal set; }
        /// <summary>Datagrams on the MIKEY port refused (malformed, forged, stale, replayed, or no keys to answer).</summary>
        public int MessagesRefused { get; internal set; }
        /// <summary>Datagrams on the media port refused (no call, unknown SSRC, failed authentication, replayed index).</summary>
        public int PacketsRefused { get; internal set; }
        /// <summary>Stored key sets that did not validate.</summary>
        public int InvalidKeySets { get; internal set; }
        /// <summary>Provisioning requests that failed with a typed error.</summary>
        public int ProvisioningErrors { get; internal set; }
    }
}
