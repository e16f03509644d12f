using System;
using System.Collections.Generic;
using System.Diagnostics;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Tests.Mikey;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Mutation
{
    /// <summary>
    /// The MIKEY-SAKKE responder on mutated versions of the four real 3GPP messages: bit flips anywhere, truncations,
    /// octets set to edge values, and octet runs duplicated or removed. Each must be refused with a MikeyException (the
    /// responder turns every lower-layer failure into one, with its RFC 3830 error code), or, if accepted, carry exactly
    /// the signed data of the original: the responder never yields a key from a message whose signature did not
    /// verify. Each is processed in bounded time.
    /// </summary>
    [TestClass]
    public class ResponderMutationTests
    {
        private const int MutationsPerMessage = 1500;
        private const double MaxMilliseconds = 2000; // a refused mutant costs a parse and at most one ECCSI verification
        private const ulong MessageTime = 0xec898da8;

        [TestMethod]
        public void MutatedMessagesAreRefusedOrCarryTheOriginalSignedData()
        {
            var cases = new (string Hex, UserKeyMaterial Keys)[]
            {
                (Ts33180Vectors.GmkHex, SakkeResponderVectorTests.Alice()),
                (Ts33180Vectors.CskHex, SakkeResponderVectorTests.Gms()),
            };
            var rng = new Random(3830);
            int total = 0, refused = 0, accepted = 0;
            double slowest = 0;
            var failures = new List<string>();
            var codes = new Dictionary<MikeyErrorCode, int>();
            foreach (var (hex, keys) in cases)
            {
                byte[] original = Hex.Decode(hex);
                byte[] signed = MikeyMessage.Parse(original).GetSignedData();
                for (int i = 0; i < MutationsPerMessage; i++)
                {
                    byte[] mutant = Mutate(original, rng);
                    total++;
                    var responder = new SakkeResponder(keys, null, new ReplayCache(4, 300));
                    long t0 = Stopwatch.GetTimestamp();
                    try
                    {
                        ReceivedCall call = responder.Process(mutant, MessageTime);
                        accepted++;
                        if (!ConstantTime.AreEqual(call.Message.GetSignedData(), signed) && failures.Count < 5)
                            failures.Add("accepted a message whose signed part differs: " + Convert.ToHexString(mutant));
                    }
                    catch (MikeyException e)
                    {
                        refused++;
                        codes[e.ErrorCode] = codes.GetValueOrDefault(e.ErrorCode) + 1;
                    }
                    catch (Exception e)
                    {
                        if (failures.Count < 5) failures.Add($"{e.GetType().Name}: {e.Message} on {Convert.ToHexString(mutant)}");
                    }
                    slowest = Math.Max(slowest, Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                }
            }
            Console.WriteLine($"{total} mutants: {refused} refused, {accepted} accepted (same signed data); slowest {slowest:F1} ms; codes: "
                + string.Join(", ", codes));
            Assert.AreEqual(0, failures.Count, string.Join("\n", failures));
            Assert.AreEqual(total, refused + accepted);
            Assert.IsTrue(refused > total * 9 / 10, "almost every mutant must be refused");
            Assert.IsTrue(slowest < MaxMilliseconds, $"slowest mutant took {slowest:F1} ms");
        }

        internal static byte[] Mutate(byte[] m, Random rng)
        {
            byte[] r;
            switch (rng.Next(5))
            {
                case 0: // one to three bit flips
                    r = (byte[])m.Clone();
                    for (int k = rng.Next(1, 4); k > 0; k--) r[rng.Next(r.Length)] ^= (byte)(1 << rng.Next(8));
                    return r;
                case 1: // truncation
                    return m.AsSpan(0, rng.Next(m.Length)).ToArray();
                case 2: // an octet set to an edge value
                    r = (byte[])m.Clone();
                    byte[] edges = { 0x00, 0x01, 0x7F, 0x80, 0xFF };
                    r[rng.Next(r.Length)] = edges[rng.Next(edges.Length)];
                    return r;
                case 3: // a run duplicated
                {
                    int at = rng.Next(m.Length), len = rng.Next(1, Math.Min(64, m.Length - at) + 1);
                    var l = new List<byte>(m);
                    l.InsertRange(at, m.AsSpan(at, len).ToArray());
                    return l.ToArray();
                }
                default: // a run removed
                {
                    int at = rng.Next(m.Length), len = rng.Next(1, Math.Min(64, m.Length - at) + 1);
                    var l = new List<byte>(m);
                    l.RemoveRange(at, len);
                    return l.ToArray();
                }
            }
        }
    }
}
