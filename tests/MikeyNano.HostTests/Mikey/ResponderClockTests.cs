#nullable enable
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Mikey;

/// <summary>
/// The responder's clock: its replay window survives the clock stepping back (issue 11 Low 7, RFC 3830 section 5.4:
/// Alice's signed I_MESSAGEs replayed to Bob after his clock moved), and T is read in the NTP era nearest the clock
/// (issue 11 Low 11, RFC 5905 section 6: whole calls on either side of 2036-02-07T06:28:16Z, where era 0 ends).
/// </summary>
[TestClass]
public class ResponderClockTests
{
    private const ulong Now = 0xed000000; // 2025-12-31T20:03:12Z in NTP seconds
    private const int Skew = 300;

    private const ulong EraOne = 0x100000000UL; // 2036-02-07T06:28:16Z

    private static (SakkeInitiator Alice, UserKeyMaterial Bob, TestCommunity C) Call(ulong seed, int scheme = IdentityScheme.TelUriMonthly,
                                                                                   ulong keysAt = Now)
    {
        var c = new TestCommunity(seed);
        UserKeyMaterial alice = c.Issue("tel:+447700900123", scheme, keysAt);
        UserKeyMaterial bob = c.Issue("tel:+447700900456", scheme, keysAt);
        return (new SakkeInitiator(alice, c.Rng), bob, c);
    }

    /// <summary>Alice writes an I_MESSAGE at <paramref name="sentAt"/>, Bob processes it at <paramref name="receivedAt"/>:
    /// the same SSV and sessions, and T read back as the time Alice wrote.</summary>
    private static void CallAcross(ulong seed, int scheme, ulong sentAt, ulong receivedAt)
    {
        var (alice, bob, c) = Call(seed, scheme, sentAt);
        CallOffer offer = c.Offer(bob, scheme);
        offer.SrtpSessions = new[] { new SrtpCsEntry(0, 0x11111111, 0) };
        OutgoingCall sent = alice.CreateIMessage(offer, sentAt);
        Assert.AreEqual((long)(sentAt & 0xFFFFFFFF), sent.Parsed.Timestamp.Seconds, "T carries the seconds within the era");
        ReceivedCall got = new SakkeResponder(bob, null, new ReplayCache(8, Skew)).Process(sent.Message, receivedAt);
        Assert.AreEqual(Hex.Encode(sent.Ssv), Hex.Encode(got.Ssv));
        Assert.AreEqual(Hex.Encode(sent.Sessions[0].MasterKey), Hex.Encode(got.Sessions[0].MasterKey));
        Assert.AreEqual(sentAt, got.Message.Timestamp.SecondsNear(receivedAt));
    }

    [TestMethod]
    public void WrittenAt062810AndReceivedAt062820()
    {
        CallAcross(41, IdentityScheme.TelUriMonthly, EraOne - 6, EraOne + 4);
        CallAcross(42, IdentityScheme.Uid3gpp, EraOne - 6, EraOne + 4);
    }

    [TestMethod]
    public void WrittenAt062820AndReceivedAt062810()
    {
        CallAcross(43, IdentityScheme.TelUriMonthly, EraOne + 4, EraOne - 6);
        CallAcross(44, IdentityScheme.Uid3gpp, EraOne + 4, EraOne - 6);
    }

    [TestMethod]
    public void TheKeyPeriodOfTIsReadAcrossTheWrap()
    {
        // A KMS whose key period 1657 begins exactly at the end of era 0 (UserKeyOffset 23,296 s): Alice writes at
        // 06:28:20 (period 1657) and names her URI in IDRi, which must yield the UID that signed for the period of T
        // (3GPP TS 33.180 F.2.1); Bob's clock says 06:28:10, still period 1656.
        var c = new TestCommunity(47, 23296);
        Assert.AreEqual(1657UL, MikeyNano.Identity.KeyPeriod.Number(EraOne, TestCommunity.KeyPeriodSeconds, 23296));
        Assert.AreEqual(1656UL, MikeyNano.Identity.KeyPeriod.Number(EraOne - 1, TestCommunity.KeyPeriodSeconds, 23296));
        UserKeyMaterial alice = c.Issue("sip:alice@example.org", IdentityScheme.Uid3gpp, EraOne + 4);
        UserKeyMaterial bob = c.Issue("sip:bob@example.org", IdentityScheme.Uid3gpp, EraOne + 4);
        OutgoingCall sent = new SakkeInitiator(alice, c.Rng).CreateIMessage(c.Offer(bob, IdentityScheme.Uid3gpp), EraOne + 4);
        byte[] named = MikeyNano.Tests.Mikey.SakkeResponderBindingTests.WithIdr(sent.Message, IdrPayload.RoleInitiator,
            Utf8.Encode(alice.Uri), alice, c.Rng);
        ReceivedCall got = new SakkeResponder(bob, null, new ReplayCache(8, Skew)).Process(named, EraOne - 6);
        Assert.AreEqual(Hex.Encode(sent.Ssv), Hex.Encode(got.Ssv));
        Assert.AreEqual(alice.Uri, got.InitiatorUri);
        Assert.AreEqual(Hex.Encode(alice.Identifier), Hex.Encode(got.InitiatorIdentifier));
    }

    [TestMethod]
    public void ACallIn2040()
    {
        ulong at = MikeyNano.Identity.KeyPeriod.NtpSeconds(new System.DateTime(2040, 6, 1, 12, 0, 0, System.DateTimeKind.Utc));
        Assert.AreEqual(4431153600UL, at); // era 1, offset 136,186,304
        CallAcross(45, IdentityScheme.TelUriMonthly, at, at + 2);
        CallAcross(46, IdentityScheme.Uid3gpp, at, at - 2);
    }

    [TestMethod]
    public void AReplayAfterTheClockStepsBackIsRefused()
    {
        var (alice, bob, c) = Call(31);
        var responder = new SakkeResponder(bob, null, new ReplayCache(8, Skew));
        OutgoingCall first = alice.CreateIMessage(c.Offer(bob, IdentityScheme.TelUriMonthly), Now);
        Assert.AreEqual(Hex.Encode(first.Ssv), Hex.Encode(responder.Process(first.Message, Now).Ssv));
        // 700 s later (or after a step forward) Alice calls again and Bob accepts it...
        OutgoingCall second = alice.CreateIMessage(c.Offer(bob, IdentityScheme.TelUriMonthly), Now + 700);
        Assert.AreEqual(Hex.Encode(second.Ssv), Hex.Encode(responder.Process(second.Message, Now + 700).Ssv));
        // ...then Bob's clock steps back to Now: the first message is inside his window again, and must stay refused.
        var e = Assert.ThrowsExactly<MikeyReplayException>(() => responder.Process(first.Message, Now));
        Assert.AreEqual(MikeyErrorCode.InvalidTs, e.ErrorCode, e.Message);
        // The second one is a replay whatever the clock says, as long as it is in the window.
        e = Assert.ThrowsExactly<MikeyReplayException>(() => responder.Process(second.Message, Now + 500));
        Assert.AreEqual(MikeyErrorCode.InvalidTs, e.ErrorCode, e.Message);
        StringAssert.Contains(e.Message, "replayed");
    }

    [TestMethod]
    public void AStepForwardForgetsNothing()
    {
        var (alice, bob, c) = Call(32);
        var responder = new SakkeResponder(bob, null, new ReplayCache(8, Skew));
        OutgoingCall call = alice.CreateIMessage(c.Offer(bob, IdentityScheme.TelUriMonthly), Now);
        responder.Process(call.Message, Now);
        // Bob's clock jumps a day ahead: the message is outside the window; corrected, it is a replay.
        var e = Assert.ThrowsExactly<MikeyException>(() => responder.Process(call.Message, Now + 86400));
        StringAssert.Contains(e.Message, "from our clock");
        e = Assert.ThrowsExactly<MikeyReplayException>(() => responder.Process(call.Message, Now + 10));
        StringAssert.Contains(e.Message, "replayed");
    }
    [TestMethod]
    public void AReplayAfterARestartIsRefusedWhenTheNewestTWasPersisted()
    {
        var (alice, bob, c) = Call(33);
        var cache = new ReplayCache(8, Skew);
        OutgoingCall call = alice.CreateIMessage(c.Offer(bob, IdentityScheme.TelUriMonthly), Now);
        new SakkeResponder(bob, null, cache).Process(call.Message, Now);
        long saved = cache.NewestAccepted; // persisted by the application after the accepted call
        Assert.AreEqual((long)Now, saved);
        // Bob restarts 60 s later. A fresh cache alone admits the replay once more (what a restart did before)...
        Assert.AreEqual(Hex.Encode(call.Ssv), Hex.Encode(new SakkeResponder(bob, null, new ReplayCache(8, Skew)).Process(call.Message, Now + 60).Ssv));
        // ...one given the persisted newest T refuses it, and accepts Alice's next call.
        var restored = new ReplayCache(8, Skew);
        restored.RestoreNewestAccepted(saved);
        var responder = new SakkeResponder(bob, null, restored);
        var e = Assert.ThrowsExactly<MikeyReplayException>(() => responder.Process(call.Message, Now + 60));
        Assert.AreEqual(MikeyErrorCode.InvalidTs, e.ErrorCode, e.Message);
        OutgoingCall next = alice.CreateIMessage(c.Offer(bob, IdentityScheme.TelUriMonthly), Now + 61);
        Assert.AreEqual(Hex.Encode(next.Ssv), Hex.Encode(responder.Process(next.Message, Now + 61).Ssv));
    }
}
