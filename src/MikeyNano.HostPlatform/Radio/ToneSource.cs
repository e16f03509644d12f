using System;

namespace MikeyNano.HostPlatform.Radio
{
    /// <summary>The synthetic audio of the demo and the emulated radio: a 440 Hz tone sampled at 8 kHz, G.711 mu-law encoded, cut into 20 ms
    /// frames of 160 octets. Deterministic, so the receiver can check every frame it decrypts against what was sent.</summary>
    public static class ToneSource
    {
        public const int SampleRate = 8000;
        public const int FrameSamples = 160;
        public const double Frequency = 440.0;

        public static byte[] Frame(int index)
        {
            var frame = new byte[FrameSamples];
            for (int i = 0; i < FrameSamples; i++)
            {
                double t = (double)(index * FrameSamples + i) / SampleRate;
                frame[i] = MuLaw((short)(Math.Sin(2 * Math.PI * Frequency * t) * 8000));
            }
            return frame;
        }

        /// <summary>ITU-T G.711 mu-law encoding of a 16-bit linear sample.</summary>
        public static byte MuLaw(short sample)
        {
            const int Bias = 0x84, Clip = 32635;
            int sign = (sample >> 8) & 0x80;
            int magnitude = Math.Min(Math.Abs((int)sample), Clip) + Bias;
            int exponent = 7;
            for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) exponent--;
            int mantissa = (magnitude >> (exponent + 3)) & 0x0F;
            return (byte)~(sign | (exponent << 4) | mantissa);
        }
    }
}
