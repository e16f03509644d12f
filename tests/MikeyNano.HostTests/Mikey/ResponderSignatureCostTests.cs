#nullable enable
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Tests.Mikey;
using MikeyNano.Tests.Sakke;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Mikey;

/// <summary>
/// Issue 11, Low 12: what an unauthenticated I_MESSAGE costs the responder. A bad signature costs one ECCSI
/// verification (the legacy form without the SIGN header is tried only when <see cref="SakkeResponder.AcceptLegacySignature"/>
/// is set), and no KPAK table is built for a KMS before a message signed under it has been accepted. The count is the
/// responder's own (<c>SignatureVerifications</c>, incremented on the real verification path), the table size its
/// verifiers' <c>TableMemoryBytes</c>. The messages are the Streamwide TS 33.180 vectors; the legacy-signed one is
/// the real CSK message re-signed by Alice (her vector keys) over the signed part without the SIGN header.
/// </summary>
[TestClass]
public class ResponderSignatureCostTests
{
    private const ulong MessageTime = 0xec898da8;
    private const int KpakTableBytes = 57344;

    private static SakkeResponder Responder(UserKeyMaterial own) => new(own, null, new ReplayCache(16, 300));

    /// <summary>The GMK message with one bit of the signature's s flipped.</summary>
    private static byte[] BadlySignedGmk()
    {
        byte[] m = Hex.Decode(Ts33180Vectors.GmkHex);
        m[m.Length - 129 + 32 + 7] ^= 0x04; // SIGN is the last payload: r (32) || s (32) || PVT (65)
        return m;
    }

    /// <summary>The CSK message (Alice to the GMS) signed by Alice as legacy peers sign: without the 2-octet SIGN header.</summary>
    private static byte[] LegacySignedCsk()
    {
        MikeyMessage m = MikeyMessage.Parse(Hex.Decode(Ts33180Vectors.CskHex));
        m.Signature.Signature = SakkeResponderVectorTests.Alice().Signer.Sign(m.GetSignedDataWithoutSignHeader(), new CounterRandomSource(12));
        return m.Encode();
    }

    [TestMethod]
    public void ABadSignatureCostsOneVerification()
    {
        SakkeResponder responder = Responder(SakkeResponderVectorTests.Alice());
        var e = Assert.ThrowsExactly<MikeyException>(() => responder.Process(BadlySignedGmk(), MessageTime));
        Assert.AreEqual(MikeyErrorCode.AuthFailure, e.ErrorCode, e.Message);
        Assert.AreEqual(1, responder.SignatureVerifications);
    }

    [TestMethod]
    public void TheLegacyFormIsRefusedUnlessThePolicyAcceptsIt()
    {
        byte[] legacy = LegacySignedCsk();
        SakkeResponder strict = Responder(SakkeResponderVectorTests.Gms());
        Assert.IsFalse(strict.AcceptLegacySignature, "off by default");
        var e = Assert.ThrowsExactly<MikeyException>(() => strict.Process(legacy, MessageTime));
        Assert.AreEqual(MikeyErrorCode.AuthFailure, e.ErrorCode, e.Message);
        Assert.AreEqual(1, strict.SignatureVerifications);

        SakkeResponder tolerant = Responder(SakkeResponderVectorTests.Gms());
        tolerant.AcceptLegacySignature = true;
        ReceivedCall call = tolerant.Process(legacy, MessageTime);
        Expect.Hex(StreamwideVectors.Test2CskKey, call.Ssv, "CSK");
        Assert.IsTrue(call.LegacySignature);
        Assert.AreEqual(2, tolerant.SignatureVerifications, "the standard form first, then the legacy one");

        // The same signed part in the standard form (a new responder: the replay cache would refuse it).
        SakkeResponder tolerant2 = Responder(SakkeResponderVectorTests.Gms());
        tolerant2.AcceptLegacySignature = true;
        ReceivedCall standard = tolerant2.Process(Hex.Decode(Ts33180Vectors.CskHex), MessageTime);
        Assert.IsFalse(standard.LegacySignature);
        Assert.AreEqual(1, tolerant2.SignatureVerifications, "a standard signature costs one verification");
    }

    [TestMethod]
    public void NoKpakTableIsBuiltBeforeAMessageUnderTheKmsIsAccepted()
    {
        var alice = new UserKeyMaterial(StreamwideVectors.AliceUri, Hex.Decode(StreamwideVectors.AliceUid), SakkeResponderVectorTests.Kms(),
            StreamwideVectors.KeyPeriodNo, Hex.Decode(StreamwideVectors.AliceRsk), Hex.Decode(StreamwideVectors.AliceSsk), Hex.Decode(StreamwideVectors.AlicePvt), true);
        SakkeResponder responder = Responder(alice);
        Assert.ThrowsExactly<MikeyException>(() => responder.Process(BadlySignedGmk(), MessageTime));
        Assert.AreEqual(0, responder.TableMemoryBytes, "a forged message must not make the responder build a table");
        ReceivedCall call = responder.Process(Hex.Decode(Ts33180Vectors.GmkHex), MessageTime);
        Expect.Hex(StreamwideVectors.Test1GmkKey, call.Ssv, "GMK");
        Assert.AreEqual(KpakTableBytes, responder.TableMemoryBytes, "the KMS's table, once a message under it is accepted");
        Assert.AreEqual(2, responder.SignatureVerifications);
    }
}
