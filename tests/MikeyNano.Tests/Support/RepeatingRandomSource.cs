using MikeyNano.Entropy;

namespace MikeyNano.Tests.Support
{
    /// <summary>A broken RNG that gives the same output on every call: each Fill writes the same pattern from its
    /// start (a stuck or re-seeded generator, a generator whose state is lost at every reset). All zeros when the
    /// pattern is empty. For tests only.</summary>
    public sealed class RepeatingRandomSource : IRandomSource
    {
        private readonly byte[] _pattern;

        public RepeatingRandomSource(byte[] pattern)
        {
            _pattern = pattern;
        }

        /// <summary>The first <paramref name="length"/> octets of <see cref="CounterRandomSource"/> from
        /// <paramref name="seed"/>, repeated on every call.</summary>
        public static RepeatingRandomSource FromSeed(ulong seed, int length)
        {
            byte[] p = new byte[length];
            new CounterRandomSource(seed).Fill(p, 0, length);
            return new RepeatingRandomSource(p);
        }

        public void Fill(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
                buffer[offset + i] = _pattern.Length == 0 ? (byte)0 : _pattern[i % _pattern.Length];
        }
    }
}
