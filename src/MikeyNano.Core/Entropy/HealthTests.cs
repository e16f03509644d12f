namespace MikeyNano.Entropy
{
    /// <summary>
    /// The health tests of NIST SP 800-90B section 4.4 (Repetition Count Test and Adaptive Proportion Test) over the
    /// octets of a random source, continuously: every octet drawn goes through both, and the first failure is kept
    /// (<see cref="Failure"/>): a source that failed stays failed. The start-up test (SP 800-90B 4.3: the same tests over
    /// at least 1024 consecutive samples before any output is used) is <see cref="Startup"/>. Cutoffs are set for an
    /// assumed min-entropy of H = <see cref="AssumedEntropyBits"/> bits per octet and a false-alarm rate of 2^-20
    /// (docs/security.md, "Randomness"). These tests catch a broken source (stuck, heavily biased, a short cycle); they
    /// cannot tell a deterministic generator from a random one.
    /// </summary>
    internal sealed class HealthTests
    {
        /// <summary>H, the min-entropy per octet the cutoffs assume: half of the 8 bits the seam must deliver, so that a
        /// source meeting the requirement essentially never fails (RCT: 2^-40 per octet) while a stuck or strongly
        /// biased one fails within one window.</summary>
        public const int AssumedEntropyBits = 4;

        /// <summary>Samples of the start-up test (SP 800-90B 4.3 item 1: at least 1024 consecutive samples).</summary>
        public const int StartupSamples = 1024;

        private readonly RepetitionCountTest _rct = new RepetitionCountTest();
        private readonly AdaptiveProportionTest _apt = new AdaptiveProportionTest();
        private string _failure;

        /// <summary>Null while every octet so far passed; otherwise which test failed first (kept).</summary>
        public string Failure { get { return _failure; } }

        /// <summary>Samples until the Adaptive Proportion Test's window ends (W when the next sample becomes its A).</summary>
        internal int LeftInWindow { get { return _apt.LeftInWindow; } }

        /// <summary>Whether the next sample starts a window and so would be kept as its A.</summary>
        internal bool WindowStarts { get { return _apt.LeftInWindow == AdaptiveProportionTest.Window; } }

        /// <summary>Runs both tests over <paramref name="count"/> octets; false when a test failed now or before.</summary>
        public bool Feed(byte[] samples, int offset, int count)
        {
            if (_failure != null) return false;
            int rct = 0, apt = 0;
            for (int i = 0; i < count; i++)
            {
                int s = samples[offset + i];
                rct |= _rct.Add(s);
                apt |= _apt.Add(s);
            }
            if ((rct | apt) == 0) return true;
            _failure = Describe(rct, apt);
            return false;
        }

        /// <summary>The start-up test of <paramref name="source"/>: <see cref="StartupSamples"/> octets through fresh
        /// tests (and discarded); null when they pass, otherwise which tests failed.</summary>
        public static string Startup(IRandomSource source)
        {
            byte[] samples = new byte[StartupSamples];
            try
            {
                source.Fill(samples, 0, samples.Length);
                HealthTests t = new HealthTests();
                t.Feed(samples, 0, samples.Length);
                return t.Failure;
            }
            finally
            {
                System.Array.Clear(samples, 0, samples.Length);
            }
        }

        private static string Describe(int rct, int apt)
        {
            string r = "";
            if (rct != 0)
                r = "Repetition Count Test (SP 800-90B 4.4.1) failed: an octet value came " + RepetitionCountTest.Cutoff +
                    " times in a row (cutoff C = " + RepetitionCountTest.Cutoff + " for H = " + AssumedEntropyBits + ")";
            if (apt != 0)
                r += (r.Length > 0 ? "; " : "") + "Adaptive Proportion Test (SP 800-90B 4.4.2) failed: the first octet value of a " +
                     AdaptiveProportionTest.Window + "-octet window came " + AdaptiveProportionTest.Cutoff +
                     " times in it (cutoff C = " + AdaptiveProportionTest.Cutoff + " for H = " + AssumedEntropyBits + ")";
            return r;
        }

        /// <summary>1 when x == 0, else 0, for 0 &lt;= x &lt; 2^31 (no branch).</summary>
        internal static int IsZero(int x)
        {
            return ((x - 1) >> 31) & 1;
        }

        /// <summary>1 when x &gt;= cutoff, else 0, for 0 &lt;= x, cutoff &lt; 2^30 (no branch).</summary>
        internal static int AtLeast(int x, int cutoff)
        {
            return ((cutoff - 1 - x) >> 31) & 1;
        }
    }
}
