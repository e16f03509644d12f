using MikeyNano.Entropy;
using MikeyNano.SelfTest;

namespace MikeyNano.Radio
{
    /// <summary>The library's power-on self-test (RNG start-up health test, SP 800-90B 4.3, and every known-answer
    /// test) on the random source the radio will draw its keys and nonces from.</summary>
    public sealed class PowerOnRadioSelfTest : IRadioSelfTest
    {
        private readonly IRandomSource _rng;

        public PowerOnRadioSelfTest(IRandomSource rng)
        {
            _rng = rng;
        }

        public int Run(IConsole console)
        {
            SelfTestResult[] results = PowerOnSelfTest.Run(_rng);
            int failed = 0;
            long ticks = 0;
            for (int i = 0; i < results.Length; i++)
            {
                ticks += results[i].ElapsedTicks;
                if (results[i].Passed) continue;
                failed++;
                console.WriteLine("self-test FAILED: " + results[i].Algorithm + " (" + results[i].Source + "): " + results[i].Detail);
            }
            console.WriteLine("self-test: " + (results.Length - failed) + "/" + results.Length + " passed in " + ticks / 10000 + " ms");
            return results.Length == 0 ? 1 : failed;
        }
    }
}
