using MikeyNano.Entropy;

namespace MikeyNano.SelfTest
{
    /// <summary>The start-up health test of the random source (NIST SP 800-90B 4.3 and 4.4): 1024 octets through the
    /// Repetition Count Test and the Adaptive Proportion Test, with the cutoffs of <see cref="HealthTests"/>. Not a
    /// known answer: a source passes unless it is stuck, strongly biased or cycles through a few values; the failure
    /// names the test that failed.</summary>
    internal sealed class RngStartupTest : KnownAnswerTest
    {
        private readonly IRandomSource _rng;

        public RngStartupTest(IRandomSource rng)
        {
            _rng = rng;
        }

        public override string Algorithm { get { return "RNG health (SP 800-90B RCT, APT)"; } }

        public override string Source
        {
            get
            {
                return "SP 800-90B 4.3/4.4: " + HealthTests.StartupSamples + " octets of the random source, H = " +
                       HealthTests.AssumedEntropyBits + " bits/octet: RCT cutoff " + RepetitionCountTest.Cutoff +
                       ", APT cutoff " + AdaptiveProportionTest.Cutoff + " in " + AdaptiveProportionTest.Window;
            }
        }

        public override void Run()
        {
            string failure = HealthTests.Startup(_rng);
            if (failure != null) throw new SelfTestFailedException(failure);
        }
    }
}
