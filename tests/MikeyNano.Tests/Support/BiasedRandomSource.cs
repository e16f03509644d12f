using MikeyNano.Entropy;

namespace MikeyNano.Tests.Support
{
    /// <summary>A biased RNG: each octet is <c>value</c> with probability <c>numerator</c>/256, otherwise a uniform
    /// octet (which may also be <c>value</c>), from the <see cref="CounterRandomSource"/> stream of a seed. For the health
    /// tests; not secure.</summary>
    public sealed class BiasedRandomSource : IRandomSource
    {
        private readonly CounterRandomSource _stream;
        private readonly byte _value;
        private readonly int _numerator;
        private readonly byte[] _two = new byte[2];

        public BiasedRandomSource(ulong seed, byte value, int numerator)
        {
            _stream = new CounterRandomSource(seed);
            _value = value;
            _numerator = numerator;
        }

        public void Fill(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                _stream.Fill(_two, 0, 2);
                buffer[offset + i] = _two[0] < _numerator ? _value : _two[1];
            }
        }
    }
}
