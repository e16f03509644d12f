using System;
using System.CommandLine;
using MikeyNano.HostPlatform;
using MikeyNano.SelfTest;

namespace MikeyNano.Cli
{
    /// <summary>`mikeynano selftest`: the device's power-on self-test, run on the host build of the same code (the RNG
    /// health test draws from the host's generator, SystemRandomSource).</summary>
    public static class SelfTestCommand
    {
        public static Command Create()
        {
            var cmd = new Command("selftest", "Run the power-on self-test: the RNG's start-up health test and every algorithm's known-answer test; exit 1 if any fails");
            cmd.SetAction(_ => Run(Console.Out));
            return cmd;
        }

        public static int Run(System.IO.TextWriter output)
        {
            SelfTestResult[] results = PowerOnSelfTest.Run(SystemRandomSource.Instance);
            int failed = 0;
            foreach (SelfTestResult r in results)
            {
                string status = r.Passed ? "PASS" : "FAIL";
                output.WriteLine($"{status}  {r.Algorithm,-36} {r.ElapsedTicks / 10_000.0,9:F3} ms  {r.Source}");
                if (!r.Passed)
                {
                    output.WriteLine("      " + r.Detail);
                    failed++;
                }
            }
            output.WriteLine($"self-test: {results.Length - failed} of {results.Length} algorithms passed");
            return PowerOnSelfTest.AllPassed(results) ? 0 : 1;
        }
    }
}
