using System;

namespace MikeyNano.SelfTest
{
    /// <summary>
    /// The power-on self-test, as FIPS 140-style crypto modules run at boot: every algorithm the library offers is run
    /// once on a published input and compared with the published answer. The device firmware calls
    /// <see cref="Run"/> at start-up and refuses to key calls while <see cref="AllPassed"/> is false; the host CLI
    /// exposes it as <c>mikeynano selftest</c>.
    /// </summary>
    public static class PowerOnSelfTest
    {
        /// <summary>Every known-answer test, bottom layer first. Each layer adds its tests here.</summary>
        internal static KnownAnswerTest[] AllTests()
        {
            return new KnownAnswerTest[]
            {
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

        /// <summary>Runs every test; a test that throws is reported as failed with its message, and the rest still run.</summary>
        public static SelfTestResult[] Run()
        {
            KnownAnswerTest[] tests = AllTests();
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
