using MikeyNano.Entropy;

namespace MikeyNano.Radio
{
    /// <summary>
    /// What a radio runs on: the board's (or the host's) implementations of the seams. The MIKEY socket is bound to
    /// UDP 2269 (RFC 3830 section 7), the media socket to the SRTP port; the random source draws call keys, RAND and
    /// signature nonces. The audio seams may be null on a radio that only receives (no source) or only sends (no sink).
    /// </summary>
    public sealed class RadioSeams
    {
        public IConsole Console { get; set; }
        public IStatusIndicator Indicator { get; set; }
        public IClock Clock { get; set; }
        public IPushToTalk PushToTalk { get; set; }
        public IAudioSource AudioSource { get; set; }
        public IAudioSink AudioSink { get; set; }
        public IDatagramSocket MikeySocket { get; set; }
        public IDatagramSocket MediaSocket { get; set; }
        /// <summary>Where the radio keeps the newest accepted T across restarts (RFC 3830 5.4 replay protection).</summary>
        public IKeyStorage Storage { get; set; }
        public IRandomSource Random { get; set; }
    }
}
