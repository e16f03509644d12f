using System.Collections.Generic;

namespace MikeyNano.Bench
{
    public sealed partial class SakkeBench
    {
        private static IEnumerable<string> EccsiRows() { yield break; }
        private static string EccsiMemory() => "";
    }
}
