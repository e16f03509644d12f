using System.Collections.Generic;

namespace MikeyNano.Bench
{
    /// <summary>Group `eccsi`: the ECCSI rows of group `sakke` alone (seconds instead of minutes), for comparing
    /// signing paths.</summary>
    public sealed class EccsiBench : IBenchGroup
    {
        public string Name => "eccsi";

        public IEnumerable<string> Run()
        {
            var lines = new List<string>
            {
                "## ECCSI (RFC 6507 Appendix A keys)",
                "",
                "| operation | path | median | F_p mults + sqrs | bytes allocated/op | target |",
                "|---|---|---:|---:|---:|---|",
            };
            lines.AddRange(SakkeBench.EccsiRowsForGroup());
            return lines;
        }
    }
}
