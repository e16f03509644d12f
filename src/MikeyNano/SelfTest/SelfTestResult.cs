namespace MikeyNano.SelfTest
{
    /// <summary>The outcome of one known-answer test: which algorithm, against which source, pass or fail, and why.</summary>
    public sealed class SelfTestResult
    {
        internal SelfTestResult(string algorithm, string source, bool passed, string detail, long elapsedTicks)
        {
            Algorithm = algorithm;
            Source = source;
            Passed = passed;
            Detail = detail;
            ElapsedTicks = elapsedTicks;
        }

        public string Algorithm { get; private set; }
        public string Source { get; private set; }
        public bool Passed { get; private set; }
        /// <summary>Empty when passed; otherwise the failure message.</summary>
        public string Detail { get; private set; }
        /// <summary>Run time in 100 ns ticks (DateTime ticks), for the boot log.</summary>
        public long ElapsedTicks { get; private set; }
    }
}
