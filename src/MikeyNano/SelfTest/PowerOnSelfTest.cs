using System;
using MikeyNano.Entropy;

namespace MikeyNano.SelfTest
{
    /// <summary>
    /// The power-on self-test, as FIPS 140-style crypto modules run at boot: the start-up health test of the random
    /// source (NIST SP 800-90B 4.3), then every algorithm the library offers, run once on a published input and compared
    /// with the published answer. The device firmware must call <see cref="Run"/> at start-up with the random source it
    /// will use and key no call while <see cref="AllPassed"/> is false: the endpoint classes do not see the result, so
    /// the integrator enforces it (docs/security.md); the host CLI exposes it as
    /// <c>mikeynano selftest</c>.
    /// </summary>
    public static class PowerOnSelfTest
    {
        /// <summary>The random source's health test, then every known-answer test, bottom layer first. Each layer adds
        /// its tests here.</summary>
        internal static KnownAnswerTest[] AllTests(IRandomSource rng)
        {
            return new KnownAnswerTest[]
            {
                new RngStartupTest(rng),
                new HexKat(),
                new Sha1Kat(),
                new Sha256Kat(),
                new HmacSha1Kat(),
                new HmacSha256Kat(),
                new MikeyPrfKat(),
                new GbaKdfKat(),
                new Aes128Kat(),
                new Aes256Kat(),
                new AesCtrKat(),
                new AesGcmKat(),
                new MontgomeryKat(),
                new P256Kat(),
                new SakkeKat(),
                new EccsiKat(),
                new SrtpKdfKat(),
                new SrtpPacketKat(),
            };
        }

        /// <summary>Runs every test, the health test on 1024 octets of <paramref name="rng"/> (the source the endpoint
        /// will draw from); a test that throws is reported as failed with its message, and the rest still run.</summary>
        public static SelfTestResult[] Run(IRandomSource rng)
        {
            if (rng == null) throw new ArgumentNullException("rng");
            KnownAnswerTest[] tests = AllTests(rng);
            SelfTestResult[] results = new SelfTestResult[tests.Length];
            for (int i = 0; i < tests.Length; i++)
            {
                long start = DateTime.UtcNow.Ticks;
                bool passed = true;
                string detail = "";
                try
                {
                    tests[i].Run();
                }
                catch (Exception e)
                {
                    passed = false;
                    detail = e.Message;
                }
                results[i] = new SelfTestResult(tests[i].Algorithm, tests[i].Source, passed, detail, DateTime.UtcNow.Ticks - start);
            }
            return results;
        }

        public static bool AllPassed(SelfTestResult[] results)
        {
            for (int i = 0; i < results.Length; i++)
                if (!results[i].Passed) return false;
            return results.Length > 0;
        }
    }
}
