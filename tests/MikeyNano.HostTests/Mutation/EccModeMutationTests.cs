using System;
using MikeyNano.Mikey.Modes;
using MikeyNano.Tests.Modes;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Mutation
{
    /// <summary>
    /// The MIKEY-ECIES and DH-SIGN responders and their initiators' R_MESSAGE processing on 100,000 mutants each
    /// (ModeMutationTests.Mutate): every mutant refused with a MikeyException (a typed RFC 3830 error) and nothing else,
    /// and no key from a message that did not verify: SIGN covers every octet before it and the V payload every octet
    /// of the R_MESSAGE, so an accepted mutant must be the original octets. Each call bounded in time.
    /// </summary>
    [TestClass]
    public class EccModeMutationTests
    {
        private static readonly EccCredentials Alice = EccFixtures.Alice(), Bob = EccFixtures.Bob();

        private static CallRequest Request(int which, bool verify)
        {
            CallRequest r = EccFixtures.ToBob(which, verify);
            r.CsbId = 0x5EED0000u + (uint)which; // with the same random source: the same I_MESSAGE, so the same R_MESSAGE answers
            return r;
        }

        [TestMethod]
        public void EciesResponderOnMutants()
        {
            byte[][] originals = [EccFixtures.Ecies(Alice, 51).Offer(Request(0, true), ModeFixtures.Now).IMessage,
                                  EccFixtures.Ecies(Alice, 52).Offer(Request(1, false), ModeFixtures.Now).IMessage];
            ModeMutationTests.Mutate(originals, 4650, (m, which) =>
            {
                MikeyCall call = new EciesEndpoint(Bob, new CounterRandomSource(53), ModeFixtures.NewReplayCache()).Answer(m, ModeFixtures.Now);
                return m.AsSpan().SequenceEqual(originals[which]) && call.Sessions.Length == 3;
            }).Report("ECIES responder");
        }

        [TestMethod]
        public void EciesInitiatorOnMutatedRMessages() =>
            InitiatorOnMutatedRMessages((c, seed) => EccFixtures.Ecies(c, seed), 4651, "ECIES initiator (R_MESSAGE)");

        [TestMethod]
        public void DhSignResponderOnMutants()
        {
            byte[][] originals = [EccFixtures.DhSign(Alice, 57).Offer(Request(0, true), ModeFixtures.Now).IMessage,
                                  EccFixtures.DhSign(Alice, 58).Offer(Request(1, true), ModeFixtures.Now).IMessage];
            ModeMutationTests.Mutate(originals, 4652, (m, which) =>
            {
                MikeyCall call = new DhSignEndpoint(Bob, new CounterRandomSource(59), ModeFixtures.NewReplayCache()).Answer(m, ModeFixtures.Now);
                return m.AsSpan().SequenceEqual(originals[which]) && call.Sessions.Length == 3 && call.RMessage != null;
            }).Report("DH-SIGN responder");
        }

        [TestMethod]
        public void DhSignInitiatorOnMutatedRMessages() =>
            InitiatorOnMutatedRMessages((c, seed) => EccFixtures.DhSign(c, seed), 4653, "DH-SIGN initiator (R_MESSAGE)");

        /// <summary>Alice's Confirm on mutants of Bob's R_MESSAGEs to two calls; each call is offered again (the same
        /// random source: the same I_MESSAGE, which the same R_MESSAGE answers) once a mutant confirmed it.</summary>
        private static void InitiatorOnMutatedRMessages(Func<EccCredentials, ulong, MikeyEndpoint> endpoint, int seed, string name)
        {
            MikeyEndpoint alice = endpoint(Alice, 60);
            var calls = new MikeyCall[2];
            var responses = new byte[2][];
            void Offer(int which) => calls[which] = endpoint(Alice, 61).Offer(Request(which, true), ModeFixtures.Now);
            for (int w = 0; w < 2; w++)
            {
                Offer(w);
                responses[w] = endpoint(Bob, 62).Answer(calls[w].IMessage, ModeFixtures.Now).RMessage;
            }
            ModeMutationTests.Mutate(responses, seed, (r, which) =>
            {
                alice.Confirm(calls[which], r, ModeFixtures.Now);
                bool sound = r.AsSpan().SequenceEqual(responses[which]) && calls[which].Sessions != null;
                Offer(which); // confirmed: a new call awaits the next mutant
                return sound;
            }).Report(name);
        }
    }
}
