using MikeyNano.Entropy;

namespace MikeyNano.Tests.Support
{
    /// <summary>A deterministic stand-in for the RNG seam: a 64-bit xorshift* stream from a fixed seed, identical on
    /// the host and on the device (where System.Random ignores its seed). For tests only: it is not secure.</summary>
    public sealed class CounterRandomSource : IRandomSource
    {
        private ulong _state;

        public CounterRandomSource(ulong seed)
        {
            _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;
        }

        public void Fill(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                _state ^= _state >> 12;
                _state ^= _state << 25;
                _state ^= _state >> 27;
                buffer[offset + i] = (byte)((_state * 0x2545F4914F6CDD1DUL) >> 56);
            }
        }
    }
}
