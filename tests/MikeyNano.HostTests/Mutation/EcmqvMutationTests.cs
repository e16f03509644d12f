using System;
using MikeyNano.Certificates;
using MikeyNano.Ecc;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Replay;
using MikeyNano.Tests.Modes;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Mutation
{
    /// <summary>
    /// The MIKEY-ECMQV responder and the initiator's R_MESSAGE processing on 100,000 mutants each
    /// (ModeMutationTests.Mutate: typed MikeyExceptions only, bounded time per call). The I_MESSAGE carries no MAC
    /// (ECMQV authenticates implicitly), so the responder may accept a mutant; what must hold then is that its keys are
    /// exactly those the initiator, holding the static and ephemeral private keys, derives from that mutant and the
    /// R_MESSAGE (which it confirms): no other party can use them. The initiator accepts only the genuine R_MESSAGE
    /// (V covers all of it and the whole I_MESSAGE).
    /// </summary>
    [TestClass]
    public class EcmqvMutationTests
    {
        private static readonly P256KeyPair AliceKey = EcmqvFixtures.Key(EcmqvFixtures.AliceKeyHex), BobKey = EcmqvFixtures.Key(EcmqvFixtures.BobKeyHex);
        private static readonly PeerKeyDirectory Peers = EcmqvFixtures.Directory();

        private static EcmqvEndpoint Alice(ulong seed) => new(AliceKey, EcmqvFixtures.AliceUri, null, Peers, new CounterRandomSource(seed), ModeFixtures.NewReplayCache());
        private static EcmqvEndpoint Bob(ulong seed) => new(BobKey, EcmqvFixtures.BobUri, null, Peers, new CounterRandomSource(seed), ModeFixtures.NewReplayCache());

        private static CallRequest Request(int which)
        {
            CallRequest r = EcmqvFixtures.ToBob(which);
            r.CsbId = 0x5EED0100u + (uint)which; // the same seed and CSB ID give the same I_MESSAGE, so the same R_MESSAGE answers it
            return r;
        }

        [TestMethod]
        public void EcmqvResponderOnMutants()
        {
            MikeyCall[] offers = [Alice(51).Offer(Request(0), ModeFixtures.Now), Alice(52).Offer(Request(1), ModeFixtures.Now)];
            byte[][] originals = [offers[0].IMessage, offers[1].IMessage];
            EcmqvEndpoint alice = Alice(53);
            ModeMutationTests.Mutate(originals, 5302, (m, which) =>
            {
                MikeyCall answered = Bob(54).Answer(m, ModeFixtures.Now);
                // The initiator's view of the same (mutated) I_MESSAGE: it must confirm the R_MESSAGE and hold the same keys.
                var mine = new MikeyCall(MikeyMode.Ecmqv, true, MikeyMessage.Parse(m), null)
                {
                    AwaitsConfirmation = true,
                    PendingEphemeralKey = (byte[])offers[which].PendingEphemeralKey.Clone(),
                    PendingPeerKey = BobKey.PublicKey,
                };
                try
                {
                    alice.Confirm(mine, answered.RMessage, ModeFixtures.Now);
                }
                catch (MikeyNano.Errors.MikeyException e)
                {
                    Console.WriteLine("initiator refused what the responder accepted: " + e.Message);
                    return false; // the responder accepted what the initiator cannot confirm
                }
                ModeFixtures.AssertSameKeys(mine, answered);
                return true;
            }).Report("ECMQV responder", authenticated: false);
        }

        [TestMethod]
        public void EcmqvInitiatorOnMutatedRMessages()
        {
            EcmqvEndpoint alice = Alice(55);
            MikeyCall[] calls = new MikeyCall[2];
            byte[][] responses = new byte[2][];
            void Offer(int which) => calls[which] = Alice(56 + (ulong)which).Offer(Request(which), ModeFixtures.Now);
            for (int w = 0; w < 2; w++)
            {
                Offer(w);
                responses[w] = Bob(58).Answer(calls[w].IMessage, ModeFixtures.Now).RMessage;
            }
            ModeMutationTests.Mutate(responses, 5303, (r, which) =>
            {
                alice.Confirm(calls[which], r, ModeFixtures.Now);
                bool sound = r.AsSpan().SequenceEqual(responses[which]) && calls[which].Sessions != null;
                Offer(which); // confirmed: a new call (the same I_MESSAGE) awaits the next mutant
                return sound;
            }).Report("ECMQV initiator (R_MESSAGE)");
        }
    }
}
