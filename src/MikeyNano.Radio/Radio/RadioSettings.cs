using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Srtp;

namespace MikeyNano.Radio
{
    /// <summary>
    /// What a radio is configured with beyond its keys: whom push-to-talk calls, the SRTP policy it offers, its table
    /// policy (from the board profile: precomputed tables need PSRAM), which other KMSs it trusts, and its timing.
    /// The defaults suit a 20 ms G.711 voice call (RFC 3551 payload type 0, 160 samples per frame).
    /// </summary>
    public sealed class RadioSettings
    {
        public RadioSettings()
        {
            Peers = new RadioPeer[0];
            Policy = SrtpPolicy.AesCm128HmacSha1_80();
            ReplayCapacity = 64;
            ClockSkewSeconds = 300;
            HangTimeMs = 1500;
            PayloadType = 0;
            SamplesPerFrame = 160;
            MaxDatagram = 2048;
            PollWaitMs = 20;
        }

        /// <summary>Whom a push of the key calls: one peer, or the members of a group.</summary>
        public RadioPeer[] Peers { get; set; }
        /// <summary>The SRTP protection offered in the I_MESSAGE's SP payload (RFC 3830 6.10.1).</summary>
        public SrtpPolicy Policy { get; set; }
        /// <summary>Whether to build the per-key-period tables (hundreds of KB: boards with PSRAM only).</summary>
        public bool Precompute { get; set; }
        /// <summary>KMSs other than ours whose users may call us.</summary>
        public KmsPublicKeys[] TrustedKms { get; set; }
        /// <summary>Identifiers the replay cache keeps (RFC 3830 5.4).</summary>
        public int ReplayCapacity { get; set; }
        /// <summary>The accepted difference between a message's T and our clock, in seconds (RFC 3830 5.4).</summary>
        public int ClockSkewSeconds { get; set; }
        /// <summary>Milliseconds without media after which an incoming call ends.</summary>
        public int HangTimeMs { get; set; }
        /// <summary>RTP payload type of the frames sent (RFC 3551: 0 is PCMU).</summary>
        public int PayloadType { get; set; }
        /// <summary>RTP timestamp units per frame.</summary>
        public int SamplesPerFrame { get; set; }
        /// <summary>Largest datagram the radio reads; a longer one is refused.</summary>
        public int MaxDatagram { get; set; }
        /// <summary>How long one idle poll waits for a datagram.</summary>
        public int PollWaitMs { get; set; }
    }
}
