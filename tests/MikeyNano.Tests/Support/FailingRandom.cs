using MikeyNano.Entropy;

namespace MikeyNano.Tests.Support
{
    /// <summary>A System.Random whose octets come from one <see cref="IRandomSource"/> for the first <c>count</c> octets
    /// and from another after that: a platform generator that breaks down while in use.</summary>
    public sealed class FailingRandom : System.Random
    {
        private readonly IRandomSource _first;
        private readonly IRandomSource _then;
        private int _left;

        public FailingRandom(IRandomSource first, int count, IRandomSource then)
        {
            _first = first;
            _left = count;
            _then = then;
        }

        public override void NextBytes(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                if (_left > 0) { _first.Fill(buffer, i, 1); _left--; }
                else _then.Fill(buffer, i, 1);
            }
        }
    }
}
