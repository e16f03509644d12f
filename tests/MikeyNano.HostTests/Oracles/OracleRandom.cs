using System;

namespace MikeyNano.HostTests.Oracles
{
    /// <summary>The seeded randomness of the differential tests: a fixed seed per test (printed in every failure message),
    /// which MIKEYNANO_SEED overrides to replay or explore another run.</summary>
    internal static class OracleRandom
    {
        public static int Seed(int fallback)
        {
            string s = Environment.GetEnvironmentVariable("MIKEYNANO_SEED");
            return s != null && int.TryParse(s, out int v) ? v : fallback;
        }

        public static byte[] Bytes(Random rng, int n)
        {
            var b = new byte[n];
            rng.NextBytes(b);
            return b;
        }
    }
}
