using System;
using System.IO;
using MikeyNano.Radio;

namespace MikeyNano.HostPlatform.Radio
{
    /// <summary>The emulated speaker: checks that every frame played is the tone of <see cref="ToneAudioSource"/> and
    /// follows the one before (frame i+1 after frame i, modulo its period of five: the source's count runs on across calls), and optionally records the audio
    /// (raw G.711 mu-law, 8 kHz: `aplay -t raw -f MU_LAW -r 8000 file`).</summary>
    public sealed class ToneCheckingSink : IAudioSink, IDisposable
    {
        private readonly byte[][] _phases = new byte[ToneAudioSource.Period][];
        private readonly Stream _record;
        private int _lastPhase = -1;

        public ToneCheckingSink(string recordPath = null)
        {
            for (int i = 0; i < _phases.Length; i++) _phases[i] = ToneSource.Frame(i);
            if (recordPath != null) _record = File.Create(recordPath);
        }

        /// <summary>Frames that were the tone.</summary>
        public int Matched { get; private set; }
        /// <summary>Frames that were not the tone (decrypted to other octets).</summary>
        public int Mismatched { get; private set; }
        /// <summary>Tone frames that did not follow the frame before (a frame lost, repeated or out of order).</summary>
        public int Discontinuities { get; private set; }

        public void WriteFrame(byte[] frame, int offset, int count)
        {
            _record?.Write(frame, offset, count);
            int phase = PhaseOf(frame, offset, count);
            if (phase < 0)
            {
                Mismatched++;
                return;
            }
            Matched++;
            if (_lastPhase >= 0 && phase != (_lastPhase + 1) % _phases.Length) Discontinuities++;
            _lastPhase = phase;
        }

        private int PhaseOf(byte[] frame, int offset, int count)
        {
            for (int p = 0; p < _phases.Length; p++)
                if (count == _phases[p].Length && frame.AsSpan(offset, count).SequenceEqual(_phases[p])) return p;
            return -1;
        }

        public void Dispose() => _record?.Dispose();
    }
}
