#nullable enable
using System.Collections.Generic;
using System.Linq;
using MikeyNano.Eccsi;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Sakke;
using MikeyNano.Srtp;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Secrets;

/// <summary>
/// Issue 11, Low 8: when the keys of a call cannot be derived (a security policy asks for a key length out of range),
/// no SSV is left behind. The initiator wipes the SSV it drew (the RNG seam sees the very buffer); the responder checks
/// the policies before it decapsulates, so the SSV never exists for a message whose keys it cannot derive.
/// </summary>
[TestClass]
public class FailedDerivationTests
{
    private const ulong Now = 0xed000000;

    /// <summary>An RNG that remembers every buffer it filled.</summary>
    private sealed class RecordingRandom : IRandomSource
    {
        private readonly CounterRandomSource _inner = new(5);
        public readonly List<byte[]> Filled = new();

        public void Fill(byte[] buffer, int offset, int count)
        {
            _inner.Fill(buffer, offset, count);
            Filled.Add(buffer);
        }
    }

    private static (UserKeyMaterial Alice, UserKeyMaterial Bob, KmsPublicKeys Kms) Community()
    {
        var rng = new CounterRandomSource(3);
        SakkeKms sakke = SakkeKms.Generate(rng);
        EccsiKms eccsi = EccsiKms.Generate(rng);
        var kms = new KmsPublicKeys("kms.example.org", sakke.PublicKey, eccsi.Kpak, 2592000, 0);
        UserKeyMaterial Issue(string uri)
        {
            byte[] id = IdentityScheme.Identifier(IdentityScheme.TelUriMonthly, uri, kms, Now);
            byte[] ssk = eccsi.Issue(id, rng, out byte[] pvt);
            return new UserKeyMaterial(uri, id, kms, sakke.IssueRsk(id), ssk, pvt, false);
        }
        return (Issue("tel:+447700900123"), Issue("tel:+447700900456"), kms);
    }

    private static CallOffer TwoSessions(UserKeyMaterial to, KmsPublicKeys kms, SecurityPolicyPayload second)
    {
        var offer = new CallOffer(to.Uri, kms) { IdScheme = IdentityScheme.TelUriMonthly };
        offer.SrtpSessions = new[] { new SrtpCsEntry(0, 0x11111111, 0), new SrtpCsEntry(1, 0x22222222, 0) };
        offer.Policies = new[] { SrtpContextFactory.PayloadOf(0, SrtpPolicy.AesCm128HmacSha1_80()), second };
        return offer;
    }

    private static SecurityPolicyParam KeyLength(SecurityPolicyPayload sp)
    {
        for (int i = 0; i < sp.ParamCount; i++)
            if (sp.GetParam(i).Type == SecurityPolicyParam.EncryptionKeyLength) return sp.GetParam(i);
        throw new AssertFailedException("the policy has no key length");
    }

    [TestMethod]
    public void InitiatorWipesTheSsvWhenTheSecondSessionCannotBeKeyed()
    {
        var (alice, bob, kms) = Community();
        var rng = new RecordingRandom();
        var bad = new SecurityPolicyPayload(1, SecurityPolicyPayload.ProtSrtp,
            new[] { new SecurityPolicyParam(SecurityPolicyParam.EncryptionKeyLength, new byte[] { 0 }) });
        var e = Assert.ThrowsExactly<MikeyException>(() => new SakkeInitiator(alice, rng).CreateIMessage(TwoSessions(bob, kms, bad), Now));
        Assert.AreEqual(MikeyErrorCode.InvalidSpPar, e.ErrorCode);
        byte[] ssv = rng.Filled[0]; // CreateIMessage draws the SSV first
        Assert.AreEqual(16, ssv.Length);
        Assert.IsTrue(ssv.All(b => b == 0), "the SSV the RNG filled is wiped");
    }

    [TestMethod]
    public void ResponderChecksThePoliciesBeforeTheSsvExists()
    {
        var (alice, bob, kms) = Community();
        var rng = new CounterRandomSource(9);
        OutgoingCall call = new SakkeInitiator(alice, rng).CreateIMessage(
            TwoSessions(bob, kms, SrtpContextFactory.PayloadOf(1, SrtpPolicy.AeadAes128Gcm())), Now);
        // Alice signs a message whose second policy asks for a 0-octet key and whose SAKKE data does not decapsulate:
        // refused for its policy, the responder never decapsulates (it would refuse the SAKKE data first otherwise).
        MikeyMessage m = MikeyMessage.Parse(call.Message);
        KeyLength(m.FindPolicy(1)).Value[0] = 0;
        m.Sakke.Data[m.Sakke.Data.Length - 1] ^= 1;
        m.Encode();
        m.Signature.Signature = alice.Signer.Sign(m.GetSignedData(), rng);
        byte[] forged = m.Encode();
        var e = Assert.ThrowsExactly<MikeyException>(() => new SakkeResponder(bob, null, new ReplayCache(8, 60)).Process(forged, Now));
        Assert.AreEqual(MikeyErrorCode.InvalidSpPar, e.ErrorCode, e.Message);
    }
}
