using System;
using System.Collections.Generic;
using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Sakke;

namespace MikeyNano.Bench
{
    /// <summary>SAKKE (RFC 6508, parameter set 1) and ECCSI (RFC 6507): median time, F_p operations and allocation
    /// per operation, with and without the per-key-period tables, on the RFC Appendix A keys.</summary>
    public sealed partial class SakkeBench : IBenchGroup
    {
        public string Name => "sakke";

        private const string Z = "AFF429D35F84B110D094803B3595A6E2998BC99F";
        private const string B = "323031312D30320074656C3A2B34343737303039303031323300";
        private const string Ssv = "123456789ABCDEF0123456789ABCDEF0";

        /// <summary>F_p multiplications, squarings and inversions of one call (FieldOps counts every field, incl. mod
        /// q).</summary>
        internal static (long mul, long sqr, long inv) Count(Action op)
        {
            FieldOps.Reset();
            FieldOps.Enabled = true;
            op();
            FieldOps.Enabled = false;
            return (FieldOps.Multiplications, FieldOps.Squarings, FieldOps.Inversions);
        }

        internal static string Row(string op, string path, Measurement m, (long mul, long sqr, long inv) ops, string target) =>
            $"| {op} | {path} | {m.Time} | {ops.mul + ops.sqr:N0} ({ops.mul:N0} M + {ops.sqr:N0} S) + {ops.inv} I | {m.BytesPerOp:N0} | {target} |";

        internal static Measurement Time(string name, Action op)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            while (sw.ElapsedMilliseconds < 300) op();
            return Measure.Run(name, op, batches: 7, batchMs: 150);
        }

        public IEnumerable<string> Run()
        {
            var lines = new List<string>
            {
                "## SAKKE and ECCSI",
                "",
                "| operation | path | median | F_p mults + sqrs | bytes allocated/op | target |",
                "|---|---|---:|---:|---:|---|",
            };
            var kms = new SakkeKms(Hex.Decode(Z));
            byte[] zt = kms.PublicKey, b = Hex.Decode(B), rsk = kms.IssueRsk(b), ssv = Hex.Decode(Ssv);
            var senderPlain = new SakkeSender(zt, false);
            var senderTables = new SakkeSender(zt, true);
            byte[] sed = senderPlain.Encapsulate(ssv, b);
            var recvPlain = new SakkeReceiver(zt, b, rsk, false);
            var recvTables = new SakkeReceiver(zt, b, rsk, true);

            foreach (var (path, recv) in new[] { ("plain (no tables)", recvPlain), ("RSK lines + [b]P+Z comb", recvTables) })
            {
                var m = Time("decap " + path, () => recv.Decapsulate(sed));
                lines.Add(Row("SAKKE decapsulate", path, m, Count(() => recv.Decapsulate(sed)), "<= 40 ms, <= 25,000 ops"));
            }
            foreach (var (path, sender) in new[] { ("plain (no tables)", senderPlain), ("P and Z_T combs", senderTables) })
            {
                var m = Time("encap " + path, () => sender.Encapsulate(ssv, b));
                lines.Add(Row("SAKKE encapsulate", path, m, Count(() => sender.Encapsulate(ssv, b)), "<= 15 ms"));
            }
            foreach (var (path, pre) in new[] { ("plain (no tables)", false), ("incl. building the tables", true) })
            {
                var m = Measure.Run("rsk validation " + path, () => new SakkeReceiver(zt, b, rsk, pre), batches: 3, batchMs: 200);
                lines.Add(Row("SAKKE RSK validation (receiver set-up)", path, m, Count(() => new SakkeReceiver(zt, b, rsk, pre)), "once per key period"));
            }
            var mSender = Measure.Run("sender tables", () => new SakkeSender(zt, true), batches: 3, batchMs: 200);
            lines.Add(Row("SAKKE sender set-up", "building the P and Z_T combs", mSender, Count(() => new SakkeSender(zt, true)), "once per key period"));
            var mKms = Measure.Run("rsk issue", () => kms.IssueRsk(b), batches: 3, batchMs: 200);
            lines.Add(Row("SAKKE KMS: issue RSK", "plain", mKms, Count(() => kms.IssueRsk(b)), ""));
            lines.AddRange(EccsiRows());
            // the same run's cost of one 1024-bit field multiplication, to turn operation counts into time on this machine
            var f = SakkeParameterSet1.Field;
            uint[] a = f.Create(), c = f.Create();
            f.SetSmall(a, 12345);
            f.Sqr(a, a); f.Sqr(a, a); f.Sqr(a, a); f.Sqr(a, a); f.Sqr(a, a);
            var mul = Time("fp mul", () => f.Mul(c, a, a));
            var sqr = Time("fp sqr", () => f.Sqr(c, a));
            lines.Add($"| 1024-bit F_p multiplication / squaring (same run) | MontgomeryField | {mul.Time} / {sqr.Time} | 1 | 0 | |");
            lines.Add("");
            lines.Add($"Table memory (field-element storage): SAKKE receiver {recvTables.TableMemoryBytes:N0} octets " +
                      $"(RSK Miller lines + [b]P+Z_T comb), SAKKE sender {senderTables.TableMemoryBytes:N0} octets (P and Z_T combs, 8 teeth){EccsiMemory()}.");
            return lines;
        }
    }
}
