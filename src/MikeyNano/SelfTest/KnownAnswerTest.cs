using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.SelfTest
{
    /// <summary>One power-on known-answer test: computes a published value from its published inputs and compares.
    /// <see cref="Run"/> throws <see cref="SelfTestFailedException"/> (or whatever the algorithm threw) on failure.</summary>
    internal abstract class KnownAnswerTest
    {
        /// <summary>The algorithm under test, as reported (for example "SHA-256").</summary>
        public abstract string Algorithm { get; }

        /// <summary>Where the expected values come from (for example "FIPS 180-4 example 'abc'").</summary>
        public abstract string Source { get; }

        public abstract void Run();

        /// <summary>Fails the test unless <paramref name="actual"/> equals the hex string <paramref name="expectedHex"/>.</summary>
        protected void ExpectHex(string what, string expectedHex, byte[] actual)
        {
            string got = Hex.Encode(actual);
            string want = Hex.Encode(Hex.Decode(expectedHex));
            if (got != want)
                throw new SelfTestFailedException(Algorithm + ": " + what + " is " + got + ", expected " + want);
        }

        protected void Expect(string what, bool condition)
        {
            if (!condition) throw new SelfTestFailedException(Algorithm + ": " + what);
        }
    }

    /// <summary>A known-answer test computed a value other than the published one.</summary>
    internal class SelfTestFailedException : MikeyNanoException
    {
        public SelfTestFailedException(string message) : base(message) { }
    }
}
