using System;
using System.Collections.Generic;
using System.Diagnostics;
using MikeyNano.Bytes;
using MikeyNano.Radio.Provisioning;
using MikeyNano.Tests.Radio;
using MikeyNano.Tests.Sakke;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Provisioning
{
    /// <summary>
    /// The provisioning server's frame parser and request handling under mutation, as MikeyMutationTests fuzzes the
    /// MIKEY codec: 100,000 mutated versions of real requests of every command (recorded from the client,
    /// then delivered once so their sequence numbers are used): bit flips, random octets, truncations, extensions,
    /// length fields set to edge values, each with its CRC left or made good, frames run together and garbage. The
    /// server must answer with a well-formed response frame whose status is one of the error codes, or not at all;
    /// nothing may throw out of Poll, nothing may be written to the key store, and each input is handled in bounded time.
    /// </summary>
    [TestClass]
    public class ProvisioningFuzzTests
    {
        private const int Mutations = 100_000;
        private const int WarmUp = 1000; // inputs whose time is not measured (the JIT compiles the paths they take)
        private const double MaxMilliseconds = 100.0; // generous for a shared CI machine (a slower run is timed again); typical is tens of microseconds

        private static List<byte[]> RecordSeeds(ProvisioningFixture f)
        {
            var seeds = new List<byte[]>();
            void Record(Action request)
            {
                f.Link.Swallow = true;
                try { request(); } catch (MikeyNano.Errors.ProvisioningException) { }
                f.Link.Swallow = false;
                byte[] wire = f.Link.Captured.TakeAll();
                seeds.Add(wire);
                f.Link.Inject(wire, 2000); // delivered once: a copy later is a replay
            }
            f.Client.GetDeviceInfo();
            f.Client.ResponseTimeoutMs = f.Client.KeyCheckTimeoutMs = 500;
            Record(() => f.Client.InstallTransportKey(Ascii.Repeat(0x77, 32)));
            Record(() => f.Client.InstallKmsCertificate(ProvisioningFixture.StreamwideCertificate()));
            Record(() => f.Client.InstallKeySet(StreamwideVectors.AliceUri, Hex.Decode(StreamwideVectors.AliceUid), 236,
                Hex.Decode(StreamwideVectors.BobRsk), Hex.Decode(StreamwideVectors.AliceSsk), Hex.Decode(StreamwideVectors.AlicePvt)));
            Record(() => f.Client.List());
            Record(() => f.Client.Erase(ProvisioningCommand.EraseKeySets));
            Record(() => f.Client.RunSelfTest(out _));
            seeds.Add(new Frame(ProvisioningCommand.DeviceInfo, 1, new byte[0]).Encode());
            return seeds;
        }

        private static byte[] Mutate(byte[] seed, List<byte[]> seeds, Random rnd)
        {
            byte[] b = (byte[])seed.Clone();
            switch (rnd.Next(8))
            {
                case 0: for (int n = 1 + rnd.Next(3); n > 0; n--) b[rnd.Next(b.Length)] ^= (byte)(1 << rnd.Next(8)); break;
                case 1: b[rnd.Next(b.Length)] = (byte)rnd.Next(256); break;
                case 2: Array.Resize(ref b, rnd.Next(b.Length)); break;
                case 3: { int extra = 1 + rnd.Next(64); Array.Resize(ref b, b.Length + extra); rnd.NextBytes(b.AsSpan(b.Length - extra)); break; }
                case 4:
                {
                    int[] edges = { 0, 1, 0xFF, 0x7FF, 0x800, 0x801, 0xFFFF, (b[6] << 8 | b[7]) + 1, (b[6] << 8 | b[7]) - 1 };
                    int len = edges[rnd.Next(edges.Length)] & 0xFFFF;
                    b[6] = (byte)(len >> 8); b[7] = (byte)len; break;
                }
                case 5: b[3] = (byte)rnd.Next(256); break; // the command
                case 6: { byte[] other = seeds[rnd.Next(seeds.Count)]; byte[] two = new byte[b.Length + other.Length];
                          b.CopyTo(two, 0); other.CopyTo(two, b.Length); b = two; two[rnd.Next(two.Length)] ^= 0x10; break; }
                default: b = new byte[1 + rnd.Next(300)]; rnd.NextBytes(b); if (rnd.Next(2) == 0) { b[0] = 0x4D; if (b.Length > 1) b[1] = 0x4E; } break;
            }
            if (b.Length > 12 && rnd.Next(2) == 0)
            {
                uint crc = FrameCrc32.Compute(b, 0, b.Length - 4);
                for (int i = 0; i < 4; i++) b[b.Length - 4 + i] = (byte)(crc >> (24 - 8 * i));
            }
            return b;
        }

        [TestMethod]
        public void MutatedFramesGetTypedErrorsInBoundedTimeAndStoreNothing()
        {
            ProvisioningFixture f = new ProvisioningFixture();
            f.Client.InstallTransportKey(ProvisioningFixture.Trk);
            List<byte[]> seeds = RecordSeeds(f);
            string stored = f.StoredState();
            f.Storage.PowerOn(); // count storage work from here
            var rnd = new Random(20261205);
            var statuses = new SortedDictionary<string, int>();
            var failures = new List<string>();
            var times = new List<double>();
            double maxMs = 0;
            int mutated = 0, slowest = -1;
            // Until 100,000 inputs differ from their seed (a mutation can give the seed back: about 0.7% do).
            for (int i = 0; mutated < Mutations; i++)
            {
                byte[] seed = seeds[i % seeds.Count];
                byte[] input = Mutate(seed, seeds, rnd);
                if (input.AsSpan().SequenceEqual(seed)) continue;
                mutated++;
                long t0 = Stopwatch.GetTimestamp();
                byte[] answer;
                try
                {
                    answer = f.Link.Inject(input, 0);
                    byte[] late = Drain(f);
                    answer = Concat(answer, late);
                }
                catch (Exception e)
                {
                    if (failures.Count < 10) failures.Add($"{e.GetType().Name}: {e.Message} input={Convert.ToHexString(input)}");
                    continue;
                }
                double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                if (ms >= MaxMilliseconds) ms = Math.Min(ms, Retime(f, input)); // a pause of the shared machine, or the input?
                if (i >= WarmUp) times.Add(ms);
                if (ms > maxMs && i >= WarmUp) { maxMs = ms; slowest = i; }
                foreach (int status in Statuses(answer, failures, input))
                {
                    string name = ProvisioningError.Name(status);
                    statuses[name] = statuses.GetValueOrDefault(name) + 1;
                }
            }
            times.Sort();
            if (Environment.GetEnvironmentVariable("FUZZ_DEBUG") != null)
                foreach (int pc in new[] { 50, 60, 70, 75, 80, 90, 95, 99 }) Console.WriteLine($"p{pc} {times[times.Count * pc / 100] * 1000:F0} us");
            Console.WriteLine($"{mutated} mutated inputs, median {times[times.Count / 2] * 1000:F0} us, 99.9th percentile "
                + $"{times[times.Count * 999 / 1000] * 1000:F0} us, slowest {maxMs:F2} ms (input {slowest}); answers: {string.Join(", ", statuses)}");
            Assert.AreEqual(0, failures.Count, string.Join("\n", failures));
            Assert.AreEqual(0, f.Storage.Spent, "nothing written to the key store");
            Assert.AreEqual(stored, f.StoredState());
            Assert.IsTrue(maxMs < MaxMilliseconds, $"slowest input {maxMs} ms");
            foreach (string expected in new[] { "crc-mismatch", "mac-mismatch", "truncated", "unknown-command", "malformed-payload" })
                Assert.IsTrue(statuses.ContainsKey(expected), expected + " never seen: " + string.Join(", ", statuses));
        }

        // The fastest of three more runs of one input (its answers are not checked again).
        private static double Retime(ProvisioningFixture f, byte[] input)
        {
            double best = double.MaxValue;
            for (int k = 0; k < 3; k++)
            {
                long t0 = Stopwatch.GetTimestamp();
                f.Link.Inject(input, 0);
                Drain(f);
                best = Math.Min(best, Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
            return best;
        }

        // Lets the line go quiet long enough for the server to give up on any partial frame, and returns its answers.
        private static byte[] Drain(ProvisioningFixture f) => f.Link.Inject(new byte[0], FrameDecoder.WholeFrameTimeoutMs + 1000);

        private static byte[] Concat(byte[] a, byte[] b)
        {
            byte[] r = new byte[a.Length + b.Length];
            a.CopyTo(r, 0);
            b.CopyTo(r, a.Length);
            return r;
        }

        // Every response frame in the server's output; anything else there is a failure.
        private static IEnumerable<int> Statuses(byte[] wire, List<string> failures, byte[] input)
        {
            var d = new FrameDecoder();
            var found = new List<int>();
            for (int i = 0; i < wire.Length; i++)
            {
                int r = d.Push(wire[i], 0);
                if (r == FrameDecoder.NeedMore) continue;
                if (r != FrameDecoder.FrameReady || (d.Type & ProvisioningCommand.ResponseBit) == 0 || d.Payload.Length < 2)
                {
                    failures.Add("bad response frame to " + Convert.ToHexString(input));
                    continue;
                }
                int status = d.Payload[0];
                bool deviceInfo = d.Type == (ProvisioningCommand.DeviceInfo | ProvisioningCommand.ResponseBit);
                if ((status == 0 && !deviceInfo) || status > ProvisioningError.TransportKeyInstalled)
                    if (failures.Count < 10) failures.Add($"status {status} for {Convert.ToHexString(input)}");
                found.Add(status);
            }
            if (d.Pending != 0) failures.Add("partial response frame");
            return found;
        }
    }
}
