using System;
using System.Linq;
using System.Numerics;
using System.Security.Cryptography;
using MikeyNano.Entropy;
using MikeyNano.HostPlatform;
using MikeyNano.SelfTest;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Entropy
{
    /// <summary>The SP 800-90B health tests on the host: their cutoffs recomputed from the SP's formulas (exact binomial
    /// sums), a good generator (RandomNumberGenerator) passing the start-up and continuous tests, and the power-on
    /// self-test reporting a broken source with the name of the test it failed.</summary>
    [TestClass]
    public sealed class RngHealthHostTests
    {
        /// <summary>SP 800-90B 4.4.2: C = 1 + CRITBINOM(W, 2^-H, 1 - 2^-20), CRITBINOM(n, p, a) being the smallest k with
        /// P(X &lt;= k) &gt;= a for X ~ Binomial(n, p); exact, in integers scaled by 2^(H W + 20).</summary>
        static int AptCutoff(int w, int h)
        {
            BigInteger denominator = BigInteger.Pow(2, h * w);           // (2^H)^W
            BigInteger other = BigInteger.Pow(2, h) - 1;                 // p = 1 / 2^H, 1 - p = other / 2^H
            BigInteger target = (denominator << 20) - denominator;       // (1 - 2^-20) * denominator * 2^20
            BigInteger cumulative = 0, binom = 1;                        // C(w, 0)
            for (int k = 0; k <= w; k++)
            {
                cumulative += binom * BigInteger.Pow(other, w - k);
                if (cumulative << 20 >= target) return 1 + k;
                binom = binom * (w - k) / (k + 1);
            }
            throw new InvalidOperationException();
        }

        static int RctCutoff(int h) => 1 + (int)Math.Ceiling(20.0 / h);

        [TestMethod]
        public void Cutoffs_FollowFromTheSpFormulas()
        {
            // SP 800-90B Table 2 (W = 512) for H = 1, 2, 4, 8, reproduced first: the calculator is right
            Assert.AreEqual(311, AptCutoff(512, 1));
            Assert.AreEqual(177, AptCutoff(512, 2));
            Assert.AreEqual(13, AptCutoff(512, 8));
            Assert.AreEqual(AdaptiveProportionTest.Cutoff, AptCutoff(512, HealthTests.AssumedEntropyBits), "the library's APT cutoff");
                        Assert.AreEqual(RepetitionCountTest.Cutoff, RctCutoff(HealthTests.AssumedEntropyBits), "the library's RCT cutoff");
            Assert.AreEqual(21, RctCutoff(1));
            Assert.AreEqual(4, RctCutoff(8));
        }

        [TestMethod]
        public void AGoodGenerator_PassesStartUpAndFourMebibytesOfContinuousTesting()
        {
            // With H = 4 cutoffs a uniform source fails the RCT with probability 2^-40 per octet and the APT with far
            // less: 2^22 octets must pass.
            Assert.IsNull(HealthTests.Startup(SystemRandomSource.Instance));
            var t = new HealthTests();
            byte[] b = new byte[1 << 16];
            for (int i = 0; i < 64; i++)
            {
                RandomNumberGenerator.Fill(b);
                Assert.IsTrue(t.Feed(b, 0, b.Length), t.Failure);
            }
            SelfTestResult[] r = PowerOnSelfTest.Run(SystemRandomSource.Instance);
            Assert.IsTrue(r[0].Algorithm.StartsWith("RNG health") && r[0].Passed, r[0].Detail);
        }

        [TestMethod]
        public void TheSelfTestReportsABrokenSource_ByTheTestItFailed()
        {
            SelfTestResult[] stuck = PowerOnSelfTest.Run(new RepeatingRandomSource(new byte[] { 0 }));
            SelfTestResult rng = stuck.Single(x => x.Algorithm.StartsWith("RNG health"));
            Assert.IsFalse(rng.Passed);
            StringAssert.Contains(rng.Detail, "Repetition Count Test");
            StringAssert.Contains(rng.Source, "H = 4");
            Assert.IsFalse(PowerOnSelfTest.AllPassed(stuck), "the firmware keys no call");
            Assert.IsTrue(stuck.Where(x => x != rng).All(x => x.Passed), "the known-answer tests still ran and passed");

            SelfTestResult pattern = PowerOnSelfTest.Run(new RepeatingRandomSource(new byte[] { 0x5A, 0xA5 }))[0];
            Assert.IsFalse(pattern.Passed);
            StringAssert.Contains(pattern.Detail, "Adaptive Proportion Test");
            Assert.IsFalse(pattern.Detail.Contains("Repetition Count Test"), pattern.Detail);
            Console.WriteLine(rng.Detail + "\n" + pattern.Detail);
        }
    }
}
