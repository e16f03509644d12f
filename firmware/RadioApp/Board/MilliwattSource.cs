using System.Threading;
using MikeyNano.Radio;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>
    /// The board's microphone until an I2S codec driver exists (none is in the API lists): the G.711 mu-law digital
    /// milliwatt, a 1 kHz tone whose eight octets 1E 0B 0B 1E 9E 8B 8B 9E repeat (ITU-T G.711, Table 5), in 20 ms
    /// frames of 160 octets paced in real time, as a codec delivers them. A radio keyed with it sends SRTP a peer can
    /// count and check, so a first call shows the media path without audio hardware.
    /// </summary>
    internal sealed class MilliwattSource : IAudioSource
    {
        internal const int FrameOctets = 160;
        internal const int FrameMs = 20;
        private static readonly byte[] Period = new byte[] { 0x1E, 0x0B, 0x0B, 0x1E, 0x9E, 0x8B, 0x8B, 0x9E };
        private long _nextDueMs;

        public int ReadFrame(byte[] frame)
        {
            long now = System.Environment.TickCount64;
            long wait = _nextDueMs - now;
            if (wait > 0) Thread.Sleep((int)wait);
            else if (wait < -200) _nextDueMs = now; // a pause between calls: no burst to catch up
            _nextDueMs += FrameMs;
            for (int i = 0; i < FrameOctets; i++) frame[i] = Period[i & 7];
            return FrameOctets;
        }
    }
}
