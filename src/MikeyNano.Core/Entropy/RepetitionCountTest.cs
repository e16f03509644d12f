namespace MikeyNano.Entropy
{
    /// <summary>
    /// The Repetition Count Test of NIST SP 800-90B section 4.4.1 over octet samples: a run of C equal samples fails,
    /// with C = 1 + ceil(-log2(alpha) / H) for alpha = 2^-20 and the assumed min-entropy H per sample
    /// (<see cref="HealthTests.AssumedEntropyBits"/>). It catches a source that is stuck at one value. Branch-free in the
    /// samples (they become keys): only the window bookkeeping of the caller branches.
    /// </summary>
    internal sealed class RepetitionCountTest
    {
        /// <summary>C = 1 + ceil(20 / H) = 1 + ceil(20 / 4) = 6.</summary>
        public const int Cutoff = 1 + (20 + HealthTests.AssumedEntropyBits - 1) / HealthTests.AssumedEntropyBits;

        private int _last = 256;  // no octet equals it: the first sample starts a run of 1
        private int _run;

        /// <summary>Counts one sample; 1 when the run of equal samples has reached <see cref="Cutoff"/>, else 0.</summary>
        public int Add(int sample)
        {
            int same = HealthTests.IsZero(sample ^ _last);
            _run = 1 + same * _run;            // B = B + 1 on a repeat, else B = 1 (SP 800-90B 4.4.1 step 2)
            _last = sample;
            return HealthTests.AtLeast(_run, Cutoff);
        }
    }
}
