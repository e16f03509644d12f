using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Tests.Mikey;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Modes
{
    /// <summary>MIKEY-SAKKE (RFC 6509) on the one endpoint API (<see cref="SakkeEndpoint"/>): a whole call with three
    /// crypto sessions and SP policies under PRF func 0 and 1 keys both sides alike, with no R_MESSAGE; a replay is
    /// discarded silently (no error message), a stale T answered with error 1, a message for another user refused with
    /// Invalid-ID, a verification request and Confirm refused, all with nothing recorded.</summary>
    [TestClass]
    public class SakkeEndpointTests
    {
        private static void Pair(ulong seed, out SakkeEndpoint alice, out SakkeEndpoint bob, out UserKeyMaterial carolKeys)
        {
            SakkeCallRoundTripTests.Community c = SakkeCallRoundTripTests.NewCommunity(seed);
            alice = new SakkeEndpoint(c.Issue("sip:alice@example.org", IdentityScheme.Uid3gpp), null, c.Rng, ModeFixtures.NewReplayCache());
            bob = new SakkeEndpoint(c.Issue("sip:bob@example.org", IdentityScheme.Uid3gpp), null, c.Rng, ModeFixtures.NewReplayCache());
            carolKeys = c.Issue("sip:carol@example.org", IdentityScheme.Uid3gpp);
        }

        private static CallRequest ToBob(int prf)
        {
            CallRequest r = ModeFixtures.ThreeStreams(prf, false);
            r.ResponderUri = "sip:bob@example.org";
            return r;
        }

        [TestMethod]
        public void WholeCallsUnderBothPrfsKeyBothSidesAlikeWithoutAnRMessage()
        {
            SakkeEndpoint alice, bob;
            UserKeyMaterial carol;
            Pair(41, out alice, out bob, out carol);
            for (int prf = 0; prf <= 1; prf++)
            {
                MikeyCall offered = alice.Offer(ToBob(prf), ModeFixtures.Now);
                Assert.AreEqual(MikeyMode.Sakke, offered.Mode);
                Assert.AreEqual(MikeyDataType.Sakke, offered.Message.Header.DataType);
                Assert.IsFalse(offered.Message.Header.VerificationRequested);
                Assert.AreEqual(prf, offered.Message.Header.PrfFunc);
                Assert.IsFalse(offered.AwaitsConfirmation);
                MikeyCall answered = bob.Answer(offered.IMessage, ModeFixtures.Now + 2);
                Assert.IsNull(answered.RMessage, "MIKEY-SAKKE has no R_MESSAGE");
                Assert.AreEqual(3, answered.Sessions.Length);
                Assert.AreEqual(32, answered.Sessions[1].MasterKey.Length, "policy 2 asks for AES-256");
                ModeFixtures.AssertSameKeys(offered, answered);
                answered.Wipe();
                Assert.AreEqual("00000000000000000000000000000000", Hex.Encode(answered.Sessions[0].MasterKey), "Wipe zeroes the keys");
            }
        }

        [TestMethod]
        public void MisbehavingPeersAreRefusedWithTheirErrorsAndNothingRecorded()
        {
            SakkeEndpoint alice, bob;
            UserKeyMaterial carolKeys;
            Pair(42, out alice, out bob, out carolKeys);
            MikeyCall offered = alice.Offer(ToBob(1), ModeFixtures.Now);
            bob.Answer(offered.IMessage, ModeFixtures.Now + 1);

            MikeyException replay = ModeFixtures.Refused(bob, offered.IMessage, ModeFixtures.Now + 2, MikeyErrorCode.InvalidTs);
            Assert.IsTrue(replay is MikeyReplayException, "a replay is MikeyReplayException");
            Assert.IsNull(bob.ErrorReply(offered.IMessage, replay, ModeFixtures.Now + 2), "a replay is discarded silently");

            MikeyCall late = alice.Offer(ToBob(0), ModeFixtures.Now);
            MikeyException stale = ModeFixtures.Refused(bob, late.IMessage, ModeFixtures.Now + 1000, MikeyErrorCode.InvalidTs);
            byte[] err = bob.ErrorReply(late.IMessage, stale, ModeFixtures.Now + 1000);
            Assert.AreEqual(MikeyDataType.Error, MikeyMessage.Parse(err).Header.DataType, "a stale T is answered with the error message");

            SakkeEndpoint carol = new SakkeEndpoint(carolKeys, null, new CounterRandomSource(43), ModeFixtures.NewReplayCache());
            ModeFixtures.Refused(carol, alice.Offer(ToBob(1), ModeFixtures.Now).IMessage, ModeFixtures.Now + 1, MikeyErrorCode.InvalidId);

            byte[] tampered = (byte[])late.IMessage.Clone();
            tampered[tampered.Length - 10] ^= 0x01; // inside the ECCSI signature
            ModeFixtures.Refused(bob, tampered, ModeFixtures.Now + 1, MikeyErrorCode.AuthFailure);

            Expect.Throws(typeof(System.ArgumentException), delegate { alice.Offer(ModeFixtures.ThreeStreams(1, true), ModeFixtures.Now); });
            Expect.Throws(typeof(MikeyException), delegate { alice.Confirm(offered, new byte[10], ModeFixtures.Now); });
        }
    }
}
