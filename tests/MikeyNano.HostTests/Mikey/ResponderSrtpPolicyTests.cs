#nullable enable
using System.Text;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Srtp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Mikey;

/// <summary>
/// Issue 11, Low 13: the responder holds a signed I_MESSAGE's SP payloads to the local minimum SRTP policy before it
/// decapsulates (Invalid-SP, RFC 3830 error 9), and keys a NULL/NULL call only for an application that relaxed it.
/// </summary>
[TestClass]
public class ResponderSrtpPolicyTests
{
    private const ulong Now = 0xed000000;

    private static SecurityPolicyPayload NullNull() => new(0, SecurityPolicyPayload.ProtSrtp, new[]
    {
        new SecurityPolicyParam(SecurityPolicyParam.EncryptionAlgorithm, new byte[] { 0 }),
        new SecurityPolicyParam(SecurityPolicyParam.AuthenticationAlgorithm, new byte[] { 0 }),
    });

    private static (OutgoingCall Sent, UserKeyMaterial Alice, UserKeyMaterial Bob, TestCommunity C) Offer(ulong seed, SecurityPolicyPayload sp)
    {
        var c = new TestCommunity(seed);
        UserKeyMaterial alice = c.Issue("tel:+447700900123", IdentityScheme.TelUriMonthly, Now);
        UserKeyMaterial bob = c.Issue("tel:+447700900456", IdentityScheme.TelUriMonthly, Now);
        CallOffer offer = c.Offer(bob, IdentityScheme.TelUriMonthly);
        offer.SrtpSessions = new[] { new SrtpCsEntry(0, 0x11111111, 0) };
        offer.Policies = new[] { sp };
        return (new SakkeInitiator(alice, c.Rng).CreateIMessage(offer, Now), alice, bob, c);
    }

    [TestMethod]
    public void ASignedNullNullOfferIsRefusedBeforeDecapsulation()
    {
        var (sent, alice, bob, c) = Offer(51, NullNull());
        var e = Assert.ThrowsExactly<MikeyException>(() => new SakkeResponder(bob, null, new ReplayCache(8, 60)).Process(sent.Message, Now));
        Assert.AreEqual(MikeyErrorCode.InvalidSp, e.ErrorCode, e.Message);
        StringAssert.Contains(e.Message, "SP policy 0 asks for NULL encryption");
        // Signed again with SAKKE data that does not decapsulate: still Invalid-SP, so the SSV was never computed.
        MikeyMessage m = MikeyMessage.Parse(sent.Message);
        m.Sakke.Data[m.Sakke.Data.Length - 1] ^= 1;
        m.Encode();
        m.Signature.Signature = alice.Signer.Sign(m.GetSignedData(), c.Rng);
        byte[] forged = m.Encode();
        e = Assert.ThrowsExactly<MikeyException>(() => new SakkeResponder(bob, null, new ReplayCache(8, 60)).Process(forged, Now));
        Assert.AreEqual(MikeyErrorCode.InvalidSp, e.ErrorCode, e.Message);
    }

    [TestMethod]
    public void AnApplicationThatRelaxesThePolicyKeysTheCallInTheClear()
    {
        var (sent, _, bob, _) = Offer(52, NullNull());
        var relaxed = new SrtpMinimumPolicy { AllowNullEncryption = true, AllowNullAuthentication = true };
        var responder = new SakkeResponder(bob, null, new ReplayCache(8, 60)) { SrtpMinimum = relaxed };
        ReceivedCall got = responder.Process(sent.Message, Now);
        Assert.AreEqual(Hex.Encode(sent.Ssv), Hex.Encode(got.Ssv));
        // the initiator's own session is refused by the default minimum too, and built under the relaxed one
        var e = Assert.ThrowsExactly<MikeyException>(() => SrtpContextFactory.Create(sent.Sessions[0]));
        Assert.AreEqual(MikeyErrorCode.InvalidSp, e.ErrorCode);
        SrtpContext tx = SrtpContextFactory.Create(sent.Sessions[0], 0x11111111, 0, relaxed);
        SrtpContext rx = SrtpContextFactory.Create(got.Sessions[0], 0x11111111, 0, relaxed);
        byte[] frame = Encoding.ASCII.GetBytes("readable by anyone"), packet = new byte[64], plain = new byte[64];
        int n = tx.ProtectNextFrame(0, false, 160, frame, 0, frame.Length, packet, 0);
        Assert.AreEqual(12 + frame.Length, n);
        Assert.AreEqual("readable by anyone", Encoding.ASCII.GetString(packet, 12, frame.Length));
        Assert.AreEqual(n, rx.UnprotectRtp(packet, 0, n, plain, 0));
    }

    [TestMethod]
    public void TheProfilesWeOfferMeetTheDefault()
    {
        foreach (SrtpPolicy p in new[] { SrtpPolicy.AesCm128HmacSha1_80(), SrtpPolicy.AesCm256HmacSha1_32(), SrtpPolicy.AeadAes128Gcm(), SrtpPolicy.AeadAes256Gcm() })
        {
            var (sent, _, bob, _) = Offer(53, SrtpContextFactory.PayloadOf(0, p));
            ReceivedCall got = new SakkeResponder(bob, null, new ReplayCache(8, 60)).Process(sent.Message, Now);
            Assert.AreEqual(p.EncryptionKeyLength, SrtpContextFactory.Create(got.Sessions[0]).Policy.EncryptionKeyLength);
        }
    }
}
