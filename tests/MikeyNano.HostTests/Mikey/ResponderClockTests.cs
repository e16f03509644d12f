#nullable enable
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Mikey;

/// <summary>
/// Issue 11, Low 7: the responder's replay window survives its clock stepping back (RFC 3830 section 5.4). Alice's
/// signed I_MESSAGEs are replayed to Bob after his clock moved.
/// </summary>
[TestClass]
public class ResponderClockTests
{
    private const ulong Now = 0xed000000; // 2025-12-31T20:03:12Z in NTP seconds
    private const int Skew = 300;

    private static (SakkeInitiator Alice, UserKeyMaterial Bob, TestCommunity C) Call(ulong seed)
    {
        var c = new TestCommunity(seed);
        UserKeyMaterial alice = c.Issue("tel:+447700900123", IdentityScheme.TelUriMonthly, Now);
        UserKeyMaterial bob = c.Issue("tel:+447700900456", IdentityScheme.TelUriMonthly, Now);
        return (new SakkeInitiator(alice, c.Rng), bob, c);
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
        var e = Assert.ThrowsExactly<MikeyException>(() => responder.Process(first.Message, Now));
        Assert.AreEqual(MikeyErrorCode.InvalidTs, e.ErrorCode, e.Message);
        // The second one is a replay whatever the clock says, as long as it is in the window.
        e = Assert.ThrowsExactly<MikeyException>(() => responder.Process(second.Message, Now + 500));
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
        e = Assert.ThrowsExactly<MikeyException>(() => responder.Process(call.Message, Now + 10));
        StringAssert.Contains(e.Message, "replayed");
    }
}
