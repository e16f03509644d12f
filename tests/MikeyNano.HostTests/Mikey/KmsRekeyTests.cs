#nullable enable
using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.Errors;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Sakke;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Mikey;

/// <summary>
/// Issue 11, Medium 5: the initiator keeps its SAKKE sender (and its tables) per KMS public key Z_T, not per KMS URI.
/// A KMS that re-keys keeps its URI: the next call must be encapsulated to the new Z_T, so the callee's new RSK opens
/// it and the old master secret does not.
/// </summary>
[TestClass]
public class KmsRekeyTests
{
    private const ulong Now = 0xed000000;
    private const string KmsUri = "kms.example.org";

    [TestMethod]
    public void AfterTheKmsRekeysUnderItsUriCallsAreEncapsulatedToTheNewKey()
    {
        var rng = new CounterRandomSource(21);
        EccsiKms eccsi = EccsiKms.Generate(rng);
        SakkeKms before = SakkeKms.Generate(rng), after = SakkeKms.Generate(rng);
        var oldKeys = new KmsPublicKeys(KmsUri, before.PublicKey, eccsi.Kpak, 2592000, 0);
        var newKeys = new KmsPublicKeys(KmsUri, after.PublicKey, eccsi.Kpak, 2592000, 0);
        UserKeyMaterial Issue(string uri, KmsPublicKeys kms, SakkeKms sakke)
        {
            byte[] id = IdentityScheme.Identifier(IdentityScheme.TelUriMonthly, uri, kms, Now);
            byte[] ssk = eccsi.Issue(id, rng, out byte[] pvt);
            return new UserKeyMaterial(uri, id, kms, sakke.IssueRsk(id), ssk, pvt, false);
        }
        UserKeyMaterial alice = Issue("tel:+447700900123", oldKeys, before);
        UserKeyMaterial bobOld = Issue("tel:+447700900456", oldKeys, before), bobNew = Issue("tel:+447700900456", newKeys, after);
        var initiator = new SakkeInitiator(alice, rng);
        OutgoingCall first = initiator.CreateIMessage(new CallOffer(bobOld.Uri, oldKeys) { IdScheme = IdentityScheme.TelUriMonthly }, Now);
        Assert.AreEqual(Hex.Encode(first.Ssv), Hex.Encode(new SakkeResponder(bobOld, null, new ReplayCache(8, 60)).Process(first.Message, Now).Ssv));

        // the KMS re-keys (same URI, new Z_T); Bob has his new RSK, Alice calls him with the KMS's new public keys
        OutgoingCall second = initiator.CreateIMessage(new CallOffer(bobNew.Uri, newKeys) { IdScheme = IdentityScheme.TelUriMonthly }, Now + 1);
        ReceivedCall got = new SakkeResponder(bobNew, null, new ReplayCache(8, 60)).Process(second.Message, Now + 1);
        Assert.AreEqual(Hex.Encode(second.Ssv), Hex.Encode(got.Ssv), "the new RSK opens the call");
        var e = Assert.ThrowsExactly<MikeyException>(() => new SakkeResponder(bobOld, null, new ReplayCache(8, 60)).Process(second.Message, Now + 1));
        Assert.AreEqual(MikeyErrorCode.AuthFailure, e.ErrorCode, "the old RSK does not: " + e.Message);
    }
}
