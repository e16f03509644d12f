using System.Diagnostics;
using System.Threading;
using MikeyNano.Radio;

namespace MikeyNano.HostPlatform.Radio
{
    /// <summary>The emulated microphone: the 440 Hz tone of <see cref="ToneSource"/>, one 20 ms frame of 160 mu-law
    /// octets per call, paced in real time (a frame is ready 20 ms after the one before, as a codec delivers them) unless
    /// <see cref="Paced"/> is off. 440 Hz repeats every 200 samples, so the frames repeat every five: frame i is
    /// ToneSource.Frame(i mod 5), exactly, which lets a sink check any frame without knowing where the stream began.</summary>
    public sealed class ToneAudioSource : IAudioSource
    {
        public const int Period = 5;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _nextDueMs;
        private int _index;

        public bool Paced { get; set; } = true;
        /// <summary>Frames handed out so far.</summary>
        public int Frames => _index;

        public int ReadFrame(byte[] frame)
        {
            if (Paced)
            {
                long wait = _nextDueMs - _clock.ElapsedMilliseconds;
                if (wait > 0) Thread.Sleep((int)wait);
                else if (wait < -200) _nextDueMs = _clock.ElapsedMilliseconds; // the radio paused: no burst to catch up
                _nextDueMs += 20;
            }
            byte[] f = ToneSource.Frame(_index % Period);
            f.CopyTo(frame, 0);
            _index++;
            return f.Length;
        }
    }
}
