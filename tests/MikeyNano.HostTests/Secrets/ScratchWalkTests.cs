#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using MikeyNano.Bytes;
using MikeyNano.Ecc;
using MikeyNano.Eccsi;
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
/// A secret never outlives the call that used it (issue 11, Deliver 1): after every secret operation of every public
/// crypto object (key generation, KMS issuance, sign, encapsulate, decapsulate, ECDH, SRTP protect and unprotect, and
/// their failures; the calls a MIKEY-SAKKE exchange hands back), <see cref="ScratchWalk"/> walks every array reachable
/// from the object and from every static field of the device assemblies (the shared contexts and caches): each one that
/// <see cref="MemoryRoles"/> does not list as a documented key or a public value must be all zero. After Wipe() the
/// keys must be zero too, both those still reachable and those that were reachable before Wipe() (a key dropped without
/// wiping is still in memory). Every finding of the run is reported at once.
/// </summary>
[TestClass]
[DoNotParallelize] // reads the process-wide caches, which other tests' operations use
public class ScratchWalkTests
{
    private const ulong Now = 0xed000000;
    /// <summary>Findings: "Root.path (what)" and the operations after which it was seen.</summary>
    private readonly Dictionary<string, List<string>> _findings = new();
    private int _walks;
    private readonly DroppedSets _dropped = new();
    private int _droppedWalked;

    /// <summary>The working sets and refused objects the library lets go (<see cref="DroppedScratch"/>), collected
    /// until the next check walks them.</summary>
    private sealed class DroppedSets : IDroppedScratchObserver
    {
        public readonly List<object> Seen = new();
        public void Dropped(object workingSet) => Seen.Add(workingSet);
    }

    [TestMethod]
    public void NoSecretOutlivesTheCallThatUsedIt()
    {
        var rng = new CounterRandomSource(11);
        DroppedScratch.Observer = _dropped;
        try
        {
            Eccsi(rng);
            Sakke(rng);
            P256(rng);
            Srtp();
            MikeySakke(rng);
        }
        finally { DroppedScratch.Observer = null; }
        Assert.IsTrue(_walks > 40, "walks run: " + _walks);
        // the table-free ECCSI signer and verifier (sign, verify, validation) and SAKKE sender and receiver
        // (construction, encapsulation, decapsulation, a rejected one, validation), the refused constructors
        Assert.IsTrue(_droppedWalked > 12, "dropped working sets walked: " + _droppedWalked);
        Assert.AreEqual(0, _findings.Count, _findings.Count + " arrays hold data they should not:\n" + string.Join("\n",
            _findings.Select(f => $"{f.Key} after {string.Join("; ", f.Value.Take(3))}{(f.Value.Count > 3 ? $" and {f.Value.Count - 3} more" : "")}")));
        var stale = MemoryRoles.Fields.Where(k => !ScratchWalk.FieldsMet.Contains(k)).ToList();
        Assert.AreEqual(0, stale.Count, "role entries no walk met (remove them): " + string.Join(", ", stale));
    }

    private void Eccsi(CounterRandomSource rng)
    {
        EccsiKms kms = EccsiKms.Generate(rng);
        Check("EccsiKms.Generate", kms);
        byte[] id = Ascii.Bytes("2011-02\0tel:+447700900123\0");
        byte[] ssk = kms.Issue(id, rng, out byte[] pvt);
        Check("EccsiKms.Issue", kms);
        foreach (bool precompute in new[] { true, false })
        {
            string how = precompute ? "" : " (no precomputation)";
            var signer = new EccsiSigner(kms.Kpak, id, ssk, pvt, precompute);
            Check("new EccsiSigner (validation)" + how, signer);
            byte[] message = Ascii.Bytes("message");
            byte[] signature = signer.Sign(message, rng);
            Check("EccsiSigner.Sign" + how, signer);
            var verifier = new EccsiVerifier(kms.Kpak, precompute);
            verifier.Verify(message, 0, message.Length, signature, 0, id);
            Check("EccsiVerifier.Verify" + how, verifier);
            byte[] wrong = (byte[])ssk.Clone();
            wrong[31] ^= 1;
            Assert.ThrowsExactly<InvalidKeyException>(() => new EccsiSigner(kms.Kpak, id, wrong, pvt, precompute));
            Refused("new EccsiSigner, SSK refused" + how, typeof(EccsiSigner));
            Wiped("EccsiSigner.Wipe" + how, signer, signer.Wipe);
        }
        Assert.ThrowsExactly<InvalidKeyException>(() => new EccsiKms(MikeyNano.Curves.P256.Order)); // KSAK = q
        Refused("new EccsiKms, KSAK refused", typeof(EccsiKms));
        Wiped("EccsiKms.Wipe", kms, kms.Wipe);
    }

    private void Sakke(CounterRandomSource rng)
    {
        SakkeKms kms = SakkeKms.Generate(rng);
        Check("SakkeKms.Generate", kms);
        byte[] b = Ascii.Bytes("2011-02\0tel:+447700900123\0"), zt = kms.PublicKey;
        byte[] rsk = kms.IssueRsk(b), otherRsk = kms.IssueRsk(Ascii.Bytes("2011-02\0tel:+447700900456\0"));
        Check("SakkeKms.IssueRsk", kms);
        byte[] ssv = SakkeSender.GenerateSsv(rng);
        foreach (bool tables in new[] { false, true })
        {
            string how = tables ? " (tables)" : " (no tables)";
            var sender = new SakkeSender(zt, tables);
            Check("new SakkeSender" + how, sender);
            byte[] sed = sender.Encapsulate(ssv, b);
            Check("SakkeSender.Encapsulate" + how, sender);
            var receiver = new SakkeReceiver(zt, b, rsk, tables);
            Check("new SakkeReceiver (RSK validation)" + how, receiver);
            receiver.Decapsulate(sed);
            Check("SakkeReceiver.Decapsulate" + how, receiver);
            sed[sed.Length - 1] ^= 1; // another SSV: the [r]([b]P + Z_T) == R check fails
            Assert.ThrowsExactly<DecapsulationException>(() => receiver.Decapsulate(sed));
            Check("SakkeReceiver.Decapsulate, rejected" + how, receiver);
            Assert.ThrowsExactly<InvalidKeyException>(() => new SakkeReceiver(zt, b, otherRsk, tables));
            Refused("new SakkeReceiver, RSK refused" + how, typeof(SakkeReceiver));
            Wiped("SakkeReceiver.Wipe" + how, receiver, receiver.Wipe);
        }
        Assert.ThrowsExactly<InvalidKeyException>(() => new SakkeKms(new byte[] { 1 })); // z_T = 1
        Refused("new SakkeKms, master secret refused", typeof(SakkeKms));
        Wiped("SakkeKms.Wipe", kms, kms.Wipe);
    }

    private void P256(CounterRandomSource rng)
    {
        P256KeyPair generated = P256KeyPair.Generate(rng);
        Check("P256KeyPair.Generate", generated);
        P256KeyPair kp = P256KeyPair.FromPrivateKey(generated.PrivateKey);
        Check("P256KeyPair.FromPrivateKey", kp);
        byte[] d = kp.PrivateKey, hash = Sha(7);
        EcdsaP256.SignHash(d, hash, rng);
        Check("EcdsaP256.SignHash", null);
        EcdsaP256.SignHashDeterministic(d, hash);
        Check("EcdsaP256.SignHashDeterministic", null);
        EcdhP256.SharedSecret(d, generated.PublicKey);
        Check("EcdhP256.SharedSecret", null);
        Wiped("P256KeyPair.Wipe", kp, kp.Wipe);
        Wiped("P256KeyPair.Wipe (generated)", generated, generated.Wipe);
    }

    private static byte[] Sha(byte seed)
    {
        byte[] h = new byte[32];
        for (int i = 0; i < h.Length; i++) h[i] = (byte)(seed * (i + 1));
        return h;
    }

    private void Srtp()
    {
        SrtpPolicy rekeying = SrtpPolicy.AesCm128HmacSha1_80();
        rekeying.KeyDerivationRate = 4;
        foreach (var (name, policy) in new[] { ("AES-CM/HMAC-SHA1", SrtpPolicy.AesCm128HmacSha1_80()),
                                               ("AES-GCM", SrtpPolicy.AeadAes128Gcm()), ("AES-CM, kdr 4", rekeying) })
        {
            byte[] key = new byte[policy.EncryptionKeyLength], salt = new byte[policy.SaltKeyLength];
            for (int i = 0; i < key.Length; i++) key[i] = (byte)(i + 1);
            for (int i = 0; i < salt.Length; i++) salt[i] = (byte)(0x40 + i);
            var tx = new SrtpContext(key, salt, 42, 0, policy);
            var rx = new SrtpContext(key, salt, 42, 0, policy);
            Check("new SrtpContext, " + name, tx);
            byte[] payload = Ascii.Bytes("twenty octets of voice data!"), packet = new byte[128], rtcp = new byte[128];
            for (int i = 0; i < 6; i++)
            {
                int n = tx.ProtectNextFrame(0, false, (uint)i * 160, payload, 0, payload.Length, packet, 0);
                Check("SrtpContext.ProtectNextFrame, " + name, tx);
                rx.UnprotectRtp(packet, 0, n, packet, 0);
                Check("SrtpContext.UnprotectRtp, " + name, rx);
            }
            int refused = tx.ProtectNextFrame(0, false, 960, payload, 0, payload.Length, packet, 0);
            packet[refused - 1] ^= 1;
            Assert.ThrowsExactly<SrtpException>(() => rx.UnprotectRtp(packet, 0, refused, packet, 0));
            Check("SrtpContext.UnprotectRtp, rejected, " + name, rx);
            rtcp[0] = 0x80; rtcp[1] = 200; rtcp[7] = 42;
            int m = tx.ProtectRtcp(rtcp, 0, 28, rtcp, 0);
            Check("SrtpContext.ProtectRtcp, " + name, tx);
            rtcp[10] ^= 1;
            Assert.ThrowsExactly<SrtpException>(() => rx.UnprotectRtcp(rtcp, 0, m, rtcp, 0));
            Check("SrtpContext.UnprotectRtcp, rejected, " + name, rx);
            Wiped("SrtpContext.Wipe (sender), " + name, tx, tx.Wipe);
            Wiped("SrtpContext.Wipe (receiver), " + name, rx, rx.Wipe);
        }
    }

    private void MikeySakke(CounterRandomSource rng)
    {
        SakkeKms sakkeKms = SakkeKms.Generate(rng);
        EccsiKms eccsiKms = EccsiKms.Generate(rng);
        var kms = new KmsPublicKeys("kms.example.org", sakkeKms.PublicKey, eccsiKms.Kpak, 2592000, 0);
        UserKeyMaterial Issue(string uri, bool tables)
        {
            byte[] id = IdentityScheme.Identifier(IdentityScheme.TelUriMonthly, uri, kms, Now);
            byte[] ssk = eccsiKms.Issue(id, rng, out byte[] pvt);
            return new UserKeyMaterial(uri, id, kms, sakkeKms.IssueRsk(id), ssk, pvt, tables);
        }
        UserKeyMaterial alice = Issue("tel:+447700900123", false), bob = Issue("tel:+447700900456", true);
        Check("new UserKeyMaterial", alice);
        Check("new UserKeyMaterial (tables)", bob);
        var initiator = new SakkeInitiator(alice, rng);
        var offer = new CallOffer(bob.Uri, kms) { IdScheme = IdentityScheme.TelUriMonthly };
        offer.SrtpSessions = new[] { new SrtpCsEntry(0, 0x11111111, 0) };
        offer.Policies = new[] { SrtpContextFactory.PayloadOf(0, SrtpPolicy.AeadAes128Gcm()) };
        OutgoingCall call = initiator.CreateIMessage(offer, Now);
        Check("SakkeInitiator.CreateIMessage", initiator);
        var responder = new SakkeResponder(bob, null, new ReplayCache(8, 60));
        ReceivedCall got = responder.Process(call.Message, Now);
        Check("SakkeResponder.Process", responder);
        Assert.AreEqual(Hex.Encode(call.Ssv), Hex.Encode(got.Ssv));
        Assert.ThrowsExactly<MikeyReplayException>(() => responder.Process(call.Message, Now)); // a replay
        Check("SakkeResponder.Process, replay refused", responder);
        Check("OutgoingCall (after CreateIMessage)", call);
        Check("ReceivedCall (after Process)", got);
        Wiped("OutgoingCall.Wipe", call, call.Wipe);
        Wiped("ReceivedCall.Wipe", got, got.Wipe);
        Wiped("UserKeyMaterial.Wipe", alice, alice.Wipe);
        Wiped("UserKeyMaterial.Wipe (tables)", bob, bob.Wipe);
    }

    /// <summary>After <paramref name="operation"/>: no scratch reachable from root or the statics is non-zero, and
    /// nothing the operation dropped (a working set made for the call, a refused object) holds scratch or a key.</summary>
    private void Check(string operation, object? root)
    {
        foreach (var r in Walk(root))
            if (r.Role == Role.Scratch && !r.IsZero) Report(root, r, operation);
        foreach (object dropped in _dropped.Seen)
        {
            _droppedWalked++;
            foreach (var r in ScratchWalk.Walk(("root", dropped)))
                if (r.Role is Role.Scratch or Role.Key && !r.IsZero) Report(dropped, r, operation + " (dropped)");
        }
        _dropped.Seen.Clear();
    }

    /// <summary>After a constructor refused its key: the half-built object it dropped holds no key or scratch (and was
    /// seen: a constructor that stopped reporting it would pass unchecked).</summary>
    private void Refused(string operation, Type type)
    {
        Assert.IsTrue(_dropped.Seen.Any(o => o.GetType() == type), operation + ": the refused " + type.Name + " was not handed to the observer");
        Check(operation, null);
    }

    /// <summary>Wipe() leaves no key or scratch non-zero, among the arrays reachable before it and after it, and
    /// the walk did reach a key before (so it sees what Wipe() must clear).</summary>
    private void Wiped(string operation, object root, Action wipe)
    {
        List<Reached> before = ScratchWalk.Walk(("root", root)).Where(r => r.Role is Role.Key or Role.Scratch).ToList();
        Assert.IsTrue(before.Any(r => r.Role == Role.Key && !r.IsZero), $"before {operation}: the walk reaches the key");
        wipe();
        foreach (var r in before.Concat(Walk(root)).Where(r => r.Role is Role.Key or Role.Scratch))
            if (!r.IsZero) Report(root, r, operation);
    }

    private void Report(object? root, Reached r, string operation)
    {
        string where = r.Path.StartsWith("root", StringComparison.Ordinal) ? root!.GetType().Name + r.Path.Substring(4) : r.Path;
        string key = $"{where} ({r.Role}, {Describe(r.Array)})";
        if (!_findings.TryGetValue(key, out var ops)) _findings[key] = ops = new List<string>();
        if (!ops.Contains(operation)) ops.Add(operation);
    }

    private List<Reached> Walk(object? root)
    {
        _walks++;
        var roots = new List<(string, object?)> { ("root", root) };
        roots.AddRange(ScratchWalk.Statics());
        return ScratchWalk.Walk(roots.ToArray());
    }

    private static string Describe(Array a)
    {
        int nonZero = a.Cast<object>().Count(v => Convert.ToInt64(v) != 0);
        return $"{a.GetType().GetElementType()!.Name}[{a.Length}], {nonZero} non-zero";
    }
}
