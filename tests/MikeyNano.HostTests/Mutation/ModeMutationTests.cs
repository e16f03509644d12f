using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Srtp;
using MikeyNano.Tests.Mikey;
using MikeyNano.Tests.Modes;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Mutation
{
    /// <summary>
    /// The MIKEY-PSK responder, the MIKEY-PSK initiator's R_MESSAGE processing and the MIKEY-NULL responder on
    /// 100,000 mutants each (ResponderMutationTests.Mutate: bit flips, truncations, edge octets, runs duplicated or
    /// removed) of valid messages: each refused with a MikeyException (a typed RFC 3830 error) and nothing else; in PSK
    /// no key from a message whose MAC or V did not verify (an accepted mutant must be the original octets: the MAC
    /// covers all of them); in NULL, where nothing authenticates, an accepted mutant's keys are exactly the key data
    /// it carries. Each call is bounded in time.
    /// </summary>
    [TestClass]
    public class ModeMutationTests
    {
        private const int Mutants = 100_000;
        private const double MaxMilliseconds = 250; // a refused mutant costs a parse, three PRF runs and one HMAC at most

        internal sealed class Run
        {
            public int Total, Refused, Accepted;
            public double Slowest;
            public byte[] SlowestInput;
            public readonly List<string> Failures = new();
            public readonly Dictionary<MikeyErrorCode, int> Codes = new();

            public void Fail(string what) { if (Failures.Count < 5) Failures.Add(what); }

            public void Report(string name, bool authenticated = true)
            {
                Console.WriteLine($"{name}: {Total} mutants, {Refused} refused, {Accepted} accepted; slowest {Slowest:F2} ms; codes: " + string.Join(", ", Codes.OrderBy(c => c.Key)));
                Assert.AreEqual(0, Failures.Count, string.Join("\n", Failures));
                Assert.AreEqual(Total, Refused + Accepted);
                if (authenticated) Assert.IsTrue(Refused > Total * 9 / 10, "almost every mutant must be refused");
            }
        }

        /// <summary>Runs <paramref name="call"/> on each mutant of the originals: it returns whether the accepted result
        /// is sound; a MikeyException is a refusal, anything else a failure.</summary>
        internal static Run Mutate(byte[][] originals, int seed, Func<byte[], int, bool> call)
        {
            var rng = new Random(seed);
            var run = new Run();
            for (int w = 0; w < 200; w++) { try { call(originals[w % originals.Length], w % originals.Length); } catch (MikeyException) { } } // warm up
            for (int i = 0; i < Mutants; i++)
            {
                int which = i % originals.Length;
                byte[] mutant = ResponderMutationTests.Mutate(originals[which], rng);
                run.Total++;
                long t0 = Stopwatch.GetTimestamp();
                try
                {
                    if (!call(mutant, which)) run.Fail("accepted unsoundly: " + Convert.ToHexString(mutant));
                    run.Accepted++;
                }
                catch (MikeyException e)
                {
                    run.Refused++;
                    run.Codes[e.ErrorCode] = run.Codes.GetValueOrDefault(e.ErrorCode) + 1;
                }
                catch (Exception e)
                {
                    run.Fail($"{e.GetType().Name}: {e.Message} on {Convert.ToHexString(mutant)}");
                }
                double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                if (ms > run.Slowest) { run.Slowest = ms; run.SlowestInput = mutant; }
            }
            if (run.Slowest >= MaxMilliseconds) // a GC pause is not the mutant's: time it again
            {
                double best = double.MaxValue;
                for (int k = 0; k < 3; k++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    try { call(run.SlowestInput, 0); } catch (MikeyException) { }
                    best = Math.Min(best, Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                }
                Assert.IsTrue(best < MaxMilliseconds, $"slowest mutant takes {best:F1} ms: {Convert.ToHexString(run.SlowestInput)}");
            }
            return run;
        }

        private static byte[][] PskOffers()
        {
            CallRequest withIds = ModeFixtures.ThreeStreams(0, true);
            withIds.InitiatorUri = "sip:alice@example.org";
            withIds.ResponderUri = "sip:bob@example.org";
            return [ModeFixtures.Psk1(41).Offer(withIds, ModeFixtures.Now).IMessage, ModeFixtures.Psk1(42).Offer(ModeFixtures.ThreeStreams(1, false), ModeFixtures.Now).IMessage];
        }

        [TestMethod]
        public void PskResponderOnMutants()
        {
            byte[][] originals = PskOffers();
            Mutate(originals, 3830, (m, which) =>
            {
                MikeyCall call = ModeFixtures.Psk1(43).Answer(m, ModeFixtures.Now);
                return m.AsSpan().SequenceEqual(originals[which]) && call.Sessions.Length == 3;
            }).Report("PSK responder");
        }

        [TestMethod]
        public void PskInitiatorOnMutatedRMessages()
        {
            PskEndpoint alice = ModeFixtures.Psk1(44);
            MikeyCall[] calls = new MikeyCall[2];
            byte[][] responses = new byte[2][];
            void Offer(int which)
            {
                CallRequest r = ModeFixtures.ThreeStreams(which, true);
                if (which == 0) r.ResponderUri = "sip:bob@example.org";
                r.CsbId = 0x5EED0000u + (uint)which; // the same CSB ID, RAND and TGK each time: the same R_MESSAGE answers
                calls[which] = new PskEndpoint(ModeFixtures.Psk, null, new CounterRandomSource(45), ModeFixtures.NewReplayCache()).Offer(r, ModeFixtures.Now);
            }
            for (int w = 0; w < 2; w++)
            {
                Offer(w);
                responses[w] = ModeFixtures.Psk1(46).Answer(calls[w].IMessage, ModeFixtures.Now).RMessage;
            }
            Mutate(responses, 6043, (r, which) =>
            {
                alice.Confirm(calls[which], r, ModeFixtures.Now);
                bool sound = r.AsSpan().SequenceEqual(responses[which]) && calls[which].Sessions != null;
                Offer(which); // confirmed: a new call awaits the next mutant
                return sound;
            }).Report("PSK initiator (R_MESSAGE)");
        }

        [TestMethod]
        public void NullResponderOnMutants()
        {
            var request = new CallRequest([new SrtpCsEntry(0, 0x0A0B0C0D, 0), new SrtpCsEntry(0, 0x0E0F1011, 2)])
            {
                Policies = [SrtpContextFactory.PayloadOf(0, SrtpPolicy.AesCm128HmacSha1_80())],
            };
            byte[][] originals =
            [
                new NullEndpoint(new CounterRandomSource(47), ModeFixtures.NewReplayCache()).Offer(request, ModeFixtures.Now).IMessage,
                MikeyNano.Bytes.Hex.Decode(MikeyNullVectors.GortsplibHex),
                MikeyNano.Bytes.Base64.Decode(MikeyNullVectors.OnvifBase64),
            ];
            ulong[] times = [ModeFixtures.Now, 0xebfe6f2d, 0x01d38e19];
            Mutate(originals, 3711, (m, which) =>
            {
                MikeyCall call = new NullEndpoint(new CounterRandomSource(48), ModeFixtures.NewReplayCache()).Answer(m, times[which]);
                KeyDataPayload[] items = MikeyMessage.Parse(m).Kemac.GetKeyData();
                for (int i = 0; i < call.Sessions.Length; i++)
                {
                    KeyDataPayload k = items[items.Length == 1 ? 0 : i];
                    byte[] carried = k.Type == KeyDataPayload.TypeTekSalt ? [.. k.Key, .. k.Salt] : k.Key;
                    if (k.Type == KeyDataPayload.TypeTgk) continue; // derived keys: checked against the vectors elsewhere
                    if (!carried.AsSpan().SequenceEqual([.. call.Sessions[i].MasterKey, .. call.Sessions[i].MasterSalt])) return false;
                }
                return true;
            }).Report("NULL responder", authenticated: false); // unauthenticated: a mutant in the key octets is a valid message
        }
    }
}
