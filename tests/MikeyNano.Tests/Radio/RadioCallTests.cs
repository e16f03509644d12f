using MikeyNano.Errors;
using MikeyNano.Identity;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Radio;
using MikeyNano.Tests.Mikey;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Radio
{
    /// <summary>
    /// Two radios on an in-memory network, keyed by one KMS (3GPP UIDs, TS 33.180 F.2.1): a push of the key sends a
    /// MIKEY-SAKKE I_MESSAGE (RFC 6509) and SRTP frames (RFC 3711) that the other radio accepts, decrypts and plays,
    /// both ways; a tampered or replayed I_MESSAGE and a tampered SRTP packet are refused with the radio staying up.
    /// </summary>
    [TestClass]
    public class RadioCallTests
    {
        private const string AliceUri = "sip:alice@radio.example.org";
        private const string BobUri = "sip:bob@radio.example.org";

        private sealed class Pair
        {
            public SakkeCallRoundTripTests.Community Kms;
            public MemoryNetwork Net = new MemoryNetwork();
            public ManualClock AliceClock = new ManualClock(SakkeCallRoundTripTests.Now);
            public ManualClock BobClock = new ManualClock(SakkeCallRoundTripTests.Now);
            public TestRadio Alice;
            public TestRadio Bob;
            public RadioKeySet BobKeys;
        }

        private static Pair Booted(ulong seed)
        {
            Pair p = new Pair();
            p.Kms = SakkeCallRoundTripTests.NewCommunity(seed);
            p.Alice = new TestRadio(p.Net, "10.0.0.1", p.AliceClock, null);
            p.Bob = new TestRadio(p.Net, "10.0.0.2", p.BobClock, null);
            p.Alice.CallsTo(p.Bob, BobUri);
            p.Bob.CallsTo(p.Alice, AliceUri);
            p.BobKeys = Issue(p.Kms, BobUri);
            Assert.AreEqual((int)RadioState.Ready, (int)p.Alice.Boot(new FixedKeySource(Issue(p.Kms, AliceUri)), 0, null, seed + 1));
            Assert.AreEqual((int)RadioState.Ready, (int)p.Bob.Boot(new FixedKeySource(p.BobKeys), 0, null, seed + 2));
            return p;
        }

        /// <summary>The raw key set of <paramref name="uri"/> for the key period of <see cref="SakkeCallRoundTripTests.Now"/>.</summary>
        private static RadioKeySet Issue(SakkeCallRoundTripTests.Community c, string uri)
        {
            byte[] id = IdentityScheme.Identifier(IdentityScheme.Uid3gpp, uri, c.Kms, SakkeCallRoundTripTests.Now);
            byte[] pvt;
            byte[] ssk = c.Eccsi.Issue(id, c.Rng, out pvt);
            return new RadioKeySet(uri, id, c.Kms, c.Period, c.Sakke.IssueRsk(id), ssk, pvt);
        }

        /// <summary>Holds the key of <paramref name="from"/> for <paramref name="frames"/> turns, each followed by a turn
        /// of <paramref name="to"/>, then releases it.</summary>
        private static void Talk(TestRadio from, TestRadio to, int frames)
        {
            from.Ptt.IsPressed = true;
            for (int i = 0; i < frames; i++)
            {
                from.Device.Poll();
                to.Device.Poll();
            }
            from.Ptt.IsPressed = false;
            from.Device.Poll();
        }

        private static bool AllZero(byte[] b)
        {
            for (int i = 0; i < b.Length; i++) if (b[i] != 0) return false;
            return true;
        }

        [TestMethod]
        public void ACallEachWayPlaysEveryFrameAndWipesTheCallKeys()
        {
            Pair p = Booted(0x5101);
            p.Alice.Ptt.IsPressed = true;
            p.Alice.Device.Poll();
            Assert.AreEqual((int)RadioState.Transmitting, (int)p.Alice.Device.State);
            RadioCallLeg leg = p.Alice.Device.Legs[0];
            Assert.AreEqual(1, p.Alice.Mikey.Sent);
            p.Bob.Device.Poll();
            Assert.AreEqual((int)RadioState.Receiving, (int)p.Bob.Device.State);
            Talk(p.Alice, p.Bob, 24);

            Assert.AreEqual(25, p.Alice.Device.Counters.FramesSent);
            Assert.AreEqual(25, p.Bob.Device.Counters.FramesPlayed);
            Assert.AreEqual(25, p.Bob.Sink.Played);
            Assert.AreEqual(25, p.Bob.Sink.Matched);
            Assert.AreEqual((int)RadioState.Ready, (int)p.Alice.Device.State);
            Assert.IsTrue(AllZero(leg.Call.Ssv), "the SSV of the ended call is wiped");
            Assert.IsTrue(AllZero(leg.Call.Sessions[0].MasterKey), "the SRTP master key of the ended call is wiped");
            Assert.AreEqual(1, p.Bob.Console.CountLines("call from " + AliceUri + " (10.0.0.1:2269): ECCSI signature verified"));

            p.Bob.Poll(1 + 1500 / p.Bob.Settings.PollWaitMs); // silence: the hang time ends the reception
            Assert.AreEqual((int)RadioState.Ready, (int)p.Bob.Device.State);
            Assert.AreEqual(1, p.Bob.Console.CountLines("ended (no media for 1500 ms) after 25 frame(s); call keys wiped"));

            Talk(p.Bob, p.Alice, 10);
            Assert.AreEqual(1, p.Alice.Device.Counters.CallsReceived);
            Assert.AreEqual(10, p.Alice.Sink.Matched);
            Assert.AreEqual(0, p.Alice.Device.Counters.PacketsRefused + p.Bob.Device.Counters.PacketsRefused);
            Assert.AreEqual(0, p.Alice.Device.Counters.MessagesRefused + p.Bob.Device.Counters.MessagesRefused);
        }

        [TestMethod]
        public void ATamperedOrReplayedIMessageIsRefusedAndTheRadioStaysUp()
        {
            Pair p = Booted(0x5102);
            p.Alice.Ptt.IsPressed = true;
            p.Alice.Device.Poll();
            byte[] genuine = p.Alice.Mikey.LastSent;
            p.Alice.Ptt.IsPressed = false;
            p.Alice.Device.Poll();
            p.Bob.Mikey.Inject(genuine, "10.0.0.1", 2269); // Bob's queue now: genuine, genuine (the replay)
            byte[] tampered = (byte[])genuine.Clone();
            tampered[tampered.Length - 80] ^= 0x01; // inside s of the ECCSI signature (r, s, PVT: RFC 6507 5.2.1)
            p.Bob.Mikey.Inject(tampered, "10.0.0.66", 2269);
            p.Bob.Mikey.Inject(new byte[] { 1, 0, 26, 1, 2, 3 }, "10.0.0.66", 2269); // truncated HDR

            p.Bob.Device.Poll();
            Assert.AreEqual((int)RadioState.Receiving, (int)p.Bob.Device.State);
            Assert.AreEqual(1, p.Bob.Device.Counters.CallsReceived);
            p.Bob.Device.Poll();
            Assert.AreEqual((int)MikeyErrorCode.InvalidTs, (int)p.Bob.Device.LastRefusal);
            Assert.AreEqual(1, p.Bob.Console.CountLines("refused: MIKEY error 1: replayed I_MESSAGE"));
            p.Bob.Device.Poll();
            Assert.AreEqual((int)MikeyErrorCode.AuthFailure, (int)p.Bob.Device.LastRefusal);
            Assert.AreEqual(1, p.Bob.Console.CountLines("I_MESSAGE from 10.0.0.66:2269 refused: MIKEY error 0"));
            p.Bob.Device.Poll();
            Assert.AreEqual((int)MikeyErrorCode.Unspecified, (int)p.Bob.Device.LastRefusal);
            Assert.AreEqual(3, p.Bob.Device.Counters.MessagesRefused);
            Assert.AreEqual(1, p.Bob.Device.Counters.CallsReceived);
            Assert.AreEqual((int)RadioState.Receiving, (int)p.Bob.Device.State); // the accepted call goes on

            // the newest accepted T was saved: a restarted Bob refuses the replay too (RFC 3830 5.4)
            byte[] saved = p.Bob.Storage.Read(RadioDevice.ReplayRecord);
            Assert.AreEqual(8, saved.Length);
            Assert.AreEqual(SakkeCallRoundTripTests.Now, MikeyNano.Bytes.BigEndian.ReadUInt64(saved, 0));
            TestRadio restarted = new TestRadio(new MemoryNetwork(), "10.0.0.2", new ManualClock(SakkeCallRoundTripTests.Now + 30), p.Bob.Storage);
            Assert.AreEqual((int)RadioState.Ready, (int)restarted.Boot(new FixedKeySource(p.BobKeys), 0, null, 7));
            restarted.Mikey.Inject(genuine, "10.0.0.1", 2269);
            restarted.Device.Poll();
            Assert.AreEqual(0, restarted.Device.Counters.CallsReceived);
            Assert.AreEqual((int)MikeyErrorCode.InvalidTs, (int)restarted.Device.LastRefusal);
            Assert.AreEqual((int)RadioState.Ready, (int)restarted.Device.State);
        }

        [TestMethod]
        public void ATamperedSrtpPacketIsRefusedAndTheOthersPlay()
        {
            Pair p = Booted(0x5103);
            p.Alice.Ptt.IsPressed = true;
            p.Alice.Device.Poll();  // I_MESSAGE and frame 0
            p.Alice.Device.Poll();  // frame 1
            p.Bob.Device.Poll();    // accepts the call, plays frame 0
            p.Bob.Device.Poll();    // plays frame 1
            byte[] packet = p.Alice.Media.LastSent;
            byte[] tampered = (byte[])packet.Clone();
            tampered[20] ^= 0x80;   // a payload octet: the HMAC-SHA1-80 tag no longer matches (RFC 3711 3.3)
            p.Bob.Media.Inject(tampered, "10.0.0.1", 5004);
            p.Bob.Media.Inject(packet, "10.0.0.1", 5004); // a replayed index (RFC 3711 3.3.2)
            p.Bob.Device.Poll();
            p.Bob.Device.Poll();
            Assert.AreEqual(2, p.Bob.Device.Counters.PacketsRefused);
            Talk(p.Alice, p.Bob, 5);
            Assert.AreEqual(7, p.Bob.Sink.Played);
            Assert.AreEqual(7, p.Bob.Sink.Matched);
            Assert.AreEqual((int)RadioState.Receiving, (int)p.Bob.Device.State);
        }

        [TestMethod]
        public void TheKeysOfAnotherUserAreRefusedAtBootAndTheEndOfTheKeyPeriodUnloadsThem()
        {
            Pair p = Booted(0x5104);
            RadioKeySet carol = Issue(p.Kms, "sip:carol@radio.example.org");
            RadioKeySet mixed = new RadioKeySet(BobUri, p.BobKeys.Identifier, p.Kms.Kms, p.Kms.Period, p.BobKeys.Rsk, carol.Ssk, carol.Pvt);
            TestRadio r = new TestRadio(new MemoryNetwork(), "10.0.0.3", new ManualClock(SakkeCallRoundTripTests.Now), null);
            Assert.AreEqual((int)RadioState.NoKeys, (int)r.Boot(new FixedKeySource(mixed), 0, null, 9));
            Assert.AreEqual(1, r.Device.Counters.InvalidKeySets);

            p.BobClock.NtpSeconds = p.Bob.Device.Keys.ValidUntil;
            p.Bob.Device.Poll();
            Assert.AreEqual((int)RadioState.NoKeys, (int)p.Bob.Device.State);
            Assert.IsNull(p.Bob.Device.Keys);
            Assert.AreEqual(1, p.Bob.Console.CountLines("the key period of the loaded keys is over"));
        }
    }
}
