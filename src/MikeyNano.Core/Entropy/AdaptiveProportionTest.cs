namespace MikeyNano.Entropy
{
    /// <summary>
    /// The Adaptive Proportion Test of NIST SP 800-90B section 4.4.2 over octet samples: in each window of W = 512
    /// consecutive samples, the first sample A fails the test when it occurs C times in the window, C = 1 +
    /// CRITBINOM(W, 2^-H, 1 - alpha) for alpha = 2^-20 and the assumed min-entropy H per sample
    /// (<see cref="HealthTests.AssumedEntropyBits"/>). It catches a source that favours one value (bias, a short cycle)
    /// without necessarily repeating it back to back. Branch-free in the samples; only the window position, which is
    /// public, is branched on.
    /// </summary>
    internal sealed class AdaptiveProportionTest
    {
        /// <summary>W: 512 for non-binary samples (SP 800-90B 4.4.2).</summary>
        public const int Window = 512;

        /// <summary>C for W = 512, H = 4: the smallest k with P(X &lt;= k) &gt;= 1 - 2^-20 for X ~ Binomial(512, 1/16) is
        /// 61, so C = 62 (SP 800-90B Table 2; recomputed by RngHealthCutoffTests).</summary>
        public const int Cutoff = 62;

        private int _a;
        private int _count;
        private int _position;

        /// <summary>Samples left in the current window (W when the next sample starts a window and becomes A).</summary>
        public int LeftInWindow { get { return Window - _position; } }

        /// <summary>Counts one sample; 1 when the window's first value has now occurred <see cref="Cutoff"/> times, else 0.</summary>
        public int Add(int sample)
        {
            int fail = 0;
            if (_position == 0)
            {
                _a = sample;                                    // step 1: A = the first sample, B = 1
                _count = 1;
            }
            else
            {
                _count += HealthTests.IsZero(sample ^ _a);      // step 2: B = B + 1 when the sample equals A
                fail = HealthTests.AtLeast(_count, Cutoff);
            }
            _position++;
            if (_position == Window) _position = 0;
            return fail;
        }
    }
}
