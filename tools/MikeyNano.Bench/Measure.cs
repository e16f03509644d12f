using System;
using System.Diagnostics;

namespace MikeyNano.Bench
{
    /// <summary>One measured operation: median wall time per call over several batches, and bytes allocated per call
    /// on this thread.</summary>
    public sealed record Measurement(string Name, double MedianNs, double BytesPerOp, long Iterations)
    {
        public string Time => MedianNs >= 1e6 ? $"{MedianNs / 1e6:F2} ms" : MedianNs >= 1e3 ? $"{MedianNs / 1e3:F2} us" : $"{MedianNs:F0} ns";
    }

    public static class Measure
    {
        /// <summary>Runs <paramref name="op"/> in batches sized to take about <paramref name="batchMs"/> each, after a
        /// warm-up, and returns the median of the per-call times of <paramref name="batches"/> batches.</summary>
        public static Measurement Run(string name, Action op, int batches = 11, double batchMs = 40)
        {
            // JIT and tiering warm-up by time: tiered compilation promotes a hot method only after about 100 ms without
            // new tier-0 methods, so a few calls would leave early batches measuring tier-0 code.
            var sw = Stopwatch.StartNew();
            while (sw.Elapsed.TotalMilliseconds < 400) op();
            sw.Restart();
            long n = 0;
            while (sw.Elapsed.TotalMilliseconds < 50 || n < 3) { op(); n++; }
            long perBatch = Math.Max(1, (long)(n * batchMs / sw.Elapsed.TotalMilliseconds));
            var samples = new double[batches];
            long allocated = 0;
            for (int b = 0; b < batches; b++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                sw.Restart();
                for (long i = 0; i < perBatch; i++) op();
                sw.Stop();
                allocated += GC.GetAllocatedBytesForCurrentThread() - before;
                samples[b] = sw.Elapsed.TotalMilliseconds * 1e6 / perBatch;
            }
            Array.Sort(samples);
            return new Measurement(name, samples[batches / 2], (double)allocated / (perBatch * batches), perBatch * batches);
        }
    }
}
