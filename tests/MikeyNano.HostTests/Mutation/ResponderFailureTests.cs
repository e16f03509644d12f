using System;
using System.Collections.Generic;
using System.Diagnostics;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.HostTests.Mikey;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Srtp;
using MikeyNano.Tests.Sakke;
using MikeyNano.Tests.Mikey;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Mutation;

/// <summary>
/// Issue 11 Low 14: SakkeResponder.Process documents that every failure is a MikeyException with its RFC 3830 error
/// code. Messages derived from the four real TS 33.180 vectors (each processed by its real responder at its T):
/// every truncation (Unspecified: malformed); every octet of every payload's fields (all of HDR, T, IDR, SP; the
/// headers of RAND, SAKKE, General Extension and SIGN) set to edge values, as received; and the same field mutations,
/// payloads removed or repeated, signed again by the vector's real initiator, so that they pass the signature and
/// reach the identity, key-period, replay, decapsulation and key-derivation steps. Nothing but MikeyException may come
/// out, and each message is processed in bounded time. A re-signed message may be accepted (it is authentic).
/// </summary>
[TestClass]
public class ResponderFailureTests
{
    private const ulong MessageTime = 0xec898da8;
    private const double MaxMilliseconds = 2000;
    private static readonly byte[] Edges = { 0x00, 0x01, 0x02, 0x7F, 0x80, 0xFF };

    private sealed record Vector(string Name, byte[] Message, UserKeyMaterial Responder, UserKeyMaterial Initiator);

    /// <summary>The four vectors; the CSK one with Alice's URI in IDRi too (the URI-to-UID binding); and an RFC 6509
    /// call of ours (ID scheme 1: the identifier from IDRi and T; SRTP-ID map, two policies).</summary>
    private static List<Vector> Vectors()
    {
        UserKeyMaterial alice = Tabled(StreamwideVectors.AliceUri, StreamwideVectors.AliceUid, StreamwideVectors.AliceRsk, StreamwideVectors.AliceSsk, StreamwideVectors.AlicePvt);
        UserKeyMaterial gms = Tabled(StreamwideVectors.GmsUri, StreamwideVectors.GmsUid, StreamwideVectors.GmsRsk, StreamwideVectors.GmsSsk, StreamwideVectors.GmsPvt);
        UserKeyMaterial bob = Tabled(StreamwideVectors.BobUri, StreamwideVectors.BobUid, StreamwideVectors.BobRsk, StreamwideVectors.BobSsk, StreamwideVectors.BobPvt);
        UserKeyMaterial iwf = Tabled(StreamwideVectors.IwfUri, StreamwideVectors.IwfUid, StreamwideVectors.IwfRsk, StreamwideVectors.IwfSsk, StreamwideVectors.IwfPvt);
        var c = new TestCommunity(1414);
        UserKeyMaterial carol = c.Issue("tel:+447700900123", IdentityScheme.TelUriMonthly, MessageTime, tables: true);
        UserKeyMaterial dave = c.Issue("tel:+447700900456", IdentityScheme.TelUriMonthly, MessageTime, tables: true);
        var offer = new CallOffer(dave.Uri, c.Kms)
        {
            SrtpSessions = new[] { new SrtpCsEntry(0, 0x01020304, 0), new SrtpCsEntry(1, 0x05060708, 9) },
            Policies = new[] { SrtpContextFactory.PayloadOf(0, SrtpPolicy.AesCm128HmacSha1_80()), SrtpContextFactory.PayloadOf(1, SrtpPolicy.AeadAes128Gcm()) },
        };
        return new List<Vector>
        {
            new("GMK", Hex.Decode(Ts33180Vectors.GmkHex), alice, gms),
            new("CSK", Hex.Decode(Ts33180Vectors.CskHex), gms, alice),
            new("PCK", Hex.Decode(Ts33180Vectors.PckHex), bob, alice),
            new("legacy GMK", Hex.Decode(Ts33180Vectors.LegacyGmkHex), iwf, gms),
            new("CSK with IDRi", SakkeResponderBindingTests.WithIdr(Hex.Decode(Ts33180Vectors.CskHex), IdrPayload.RoleInitiator,
                Utf8.Encode(StreamwideVectors.AliceUri), alice, new CounterRandomSource(1)), gms, alice),
            new("RFC 6509", new SakkeInitiator(carol, c.Rng).CreateIMessage(offer, MessageTime).Message, dave, carol),
        };
    }

    // Keys with their tables (built once per run, about 0.3 s each): a message that passes the signature then costs
    // milliseconds, not a table-free pairing, so every field can be tried.
    private static UserKeyMaterial Tabled(string uri, string uid, string rsk, string ssk, string pvt) =>
        new(uri, Hex.Decode(uid), SakkeResponderVectorTests.Kms(), StreamwideVectors.KeyPeriodNo, Hex.Decode(rsk), Hex.Decode(ssk), Hex.Decode(pvt), true);

    private sealed class Tally
    {
        public int Total, Refused, Accepted;
        public double Slowest;
        public readonly Dictionary<MikeyErrorCode, int> Codes = new();
        public readonly List<string> Failures = new();

        /// <summary>Processes <paramref name="m"/>; returns the code it was refused with, or null when accepted.</summary>
        public MikeyErrorCode? Run(string what, byte[] m, UserKeyMaterial responder)
        {
            Total++;
            var r = new SakkeResponder(responder, null, new ReplayCache(4, 300));
            long t0 = Stopwatch.GetTimestamp();
            try
            {
                r.Process(m, MessageTime);
                Accepted++;
                return null;
            }
            catch (MikeyException e)
            {
                Refused++;
                Codes[e.ErrorCode] = Codes.GetValueOrDefault(e.ErrorCode) + 1;
                return e.ErrorCode;
            }
            catch (Exception e)
            {
                if (Failures.Count < 10) Failures.Add($"{what}: {e.GetType().Name}: {e.Message} on {Convert.ToHexString(m)}");
                return null;
            }
            finally
            {
                Slowest = Math.Max(Slowest, Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
        }

        public void Check()
        {
            Console.WriteLine($"{Total} messages: {Refused} refused, {Accepted} accepted; slowest {Slowest:F1} ms; codes: " + string.Join(", ", Codes));
            Assert.AreEqual(0, Failures.Count, string.Join("\n", Failures));
            Assert.IsTrue(Slowest < MaxMilliseconds, $"slowest message took {Slowest:F1} ms");
        }
    }

    /// <summary>The offset and encoded length of the HDR and of each payload, in order.</summary>
    private static List<(int Offset, int Length, int Type)> Layout(byte[] message)
    {
        MikeyMessage m = MikeyMessage.Parse(message);
        var r = new List<(int, int, int)> { (0, m.Header.EncodedLength, -1) };
        int at = m.Header.EncodedLength;
        for (int i = 0; i < m.PayloadCount; i++)
        {
            MikeyPayload p = m.GetPayload(i);
            r.Add((at, p.EncodedLength, p.PayloadType));
            at += p.EncodedLength;
        }
        Assert.AreEqual(message.Length, at);
        return r;
    }

    /// <summary>The offsets of every field: whole HDR, T, IDR, SP payloads; the headers (next payload, type and length
    /// fields) of the payloads that carry a blob.</summary>
    private static List<int> FieldOffsets(byte[] message)
    {
        var offsets = new List<int>();
        foreach (var (offset, length, type) in Layout(message))
        {
            int n = type switch
            {
                MikeyPayloadType.Rand => 2,               // next, length
                MikeyPayloadType.Sakke => 5,              // next, params, ID scheme, length
                MikeyPayloadType.GeneralExtension => 4,   // next, type, length
                MikeyPayloadType.Sign => 2,               // S type | length
                _ => length,
            };
            for (int i = 0; i < n; i++) offsets.Add(offset + i);
        }
        return offsets;
    }

    private static byte[] Resign(byte[] mutant, UserKeyMaterial signer, Random rng)
    {
        MikeyMessage m;
        try { m = MikeyMessage.Parse(mutant); }
        catch (MikeyException) { return null; }
        if (m.Signature == null || m.Signature.Signature.Length != 129) return null;
        return Resigned.By(m, signer, new CounterRandomSource((ulong)rng.Next()));
    }

    [TestMethod]
    public void EveryTruncationIsMalformed()
    {
        var tally = new Tally();
        foreach (Vector v in Vectors())
            for (int n = 0; n < v.Message.Length; n++)
            {
                MikeyErrorCode? code = tally.Run($"{v.Name} cut to {n}", v.Message.AsSpan(0, n).ToArray(), v.Responder);
                if (code != null && code != MikeyErrorCode.Unspecified && tally.Failures.Count < 10)
                    tally.Failures.Add($"{v.Name} cut to {n} octets: {code}, expected Unspecified (malformed)");
            }
        tally.Check();
        Assert.AreEqual(tally.Total, tally.Refused);
    }

    [TestMethod]
    public void EveryFieldAtEdgeValuesIsAMikeyException()
    {
        var tally = new Tally();
        foreach (Vector v in Vectors())
            foreach (int at in FieldOffsets(v.Message))
                foreach (byte value in Edges)
                {
                    if (v.Message[at] == value) continue;
                    byte[] mutant = (byte[])v.Message.Clone();
                    mutant[at] = value;
                    tally.Run($"{v.Name} [{at}] = {value:x2}", mutant, v.Responder);
                }
        tally.Check();
        Assert.AreEqual(tally.Total, tally.Refused, "none of these keeps a valid signature");
    }

    [TestMethod]
    public void ReSignedFieldMutationsAreMikeyExceptionsOrAccepted()
    {
        var tally = new Tally();
        var rng = new Random(14);
        foreach (Vector v in Vectors())
        {
            List<int> fields = FieldOffsets(v.Message);
            // Every field octet once, at a random edge value (a random XOR where the edge equals the octet).
            foreach (int at in fields)
            {
                byte[] mutant = (byte[])v.Message.Clone();
                byte value = Edges[rng.Next(Edges.Length)];
                mutant[at] = value != mutant[at] ? value : (byte)(mutant[at] ^ (1 << rng.Next(8)));
                byte[] signed = Resign(mutant, v.Initiator, rng);
                if (signed != null) tally.Run($"{v.Name} [{at}] re-signed", signed, v.Responder);
            }
        }
        tally.Check();
        Assert.IsTrue(tally.Total > 500, "most field mutations still parse, and reach the checks after the signature");
    }

    [TestMethod]
    public void ReSignedPayloadRemovalsRepeatsAndBadBlobsAreMikeyExceptionsOrAccepted()
    {
        var tally = new Tally();
        var rng = new Random(3830);
        foreach (Vector v in Vectors())
        {
            MikeyMessage original = MikeyMessage.Parse(v.Message);
            int last = original.PayloadCount - 1; // SIGN
            for (int i = 0; i < last; i++)
            {
                MikeyPayload p = original.GetPayload(i);
                MikeyErrorCode? got = Run(tally, v, rng, $"payload {i} removed", Rebuilt(original, i, drop: true, repeat: false, replacement: null));
                MikeyErrorCode? expected = WithoutIt(p, original.Sakke.IdScheme);
                if (got != expected && tally.Failures.Count < 10)
                    tally.Failures.Add($"{v.Name} without payload {i} ({p.GetType().Name}): {got?.ToString() ?? "accepted"}, expected {expected?.ToString() ?? "accepted"}");
                Run(tally, v, rng, $"payload {i} repeated", Rebuilt(original, i, drop: false, repeat: true, replacement: null));
            }
            for (int i = 0; i < last; i++)
            {
                MikeyPayload p = original.GetPayload(i);
                foreach (MikeyPayload bad in BadVersionsOf(p, rng))
                    Run(tally, v, rng, $"payload {i} ({p.GetType().Name}) replaced", Rebuilt(original, i, drop: false, repeat: false, replacement: bad));
            }
        }
        tally.Check();
    }

    [TestMethod]
    public void ASakkePayloadOfTheWrongLengthIsMalformedBeforeAnyVerification()
    {
        MikeyMessage m = MikeyMessage.Parse(Hex.Decode(Ts33180Vectors.GmkHex));
        int at = IndexOf(m, MikeyPayloadType.Sakke);
        foreach (int length in new[] { 0, 272, 274 })
        {
            byte[] data = new byte[length];
            Array.Copy(m.Sakke.Data, data, Math.Min(length, 273));
            byte[] signed = Resigned.By(Rebuilt(m, at, drop: false, repeat: false, replacement: new SakkePayload(1, 2, data)),
                SakkeResponderVectorTests.Gms(), new CounterRandomSource(5));
            var responder = new SakkeResponder(SakkeResponderVectorTests.Alice(), null, new ReplayCache(4, 300));
            var e = Assert.ThrowsExactly<MikeyException>(() => responder.Process(signed, MessageTime));
            Assert.AreEqual(MikeyErrorCode.Unspecified, e.ErrorCode, e.Message);
            StringAssert.Contains(e.Message, "273 octets");
            Assert.AreEqual(0, responder.SignatureVerifications, "a malformed SAKKE payload costs no verification");
        }
    }

    [TestMethod]
    public void ATrustedKpakThatIsNotAPointIsRefusedWhenTheResponderIsBuilt()
    {
        byte[] kpak = Hex.Decode(StreamwideVectors.PubAuthKey);
        kpak[64] ^= 1; // y no longer on P-256
        var bad = new KmsPublicKeys("kms.bad.example", Hex.Decode(StreamwideVectors.PubEncKey), kpak, StreamwideVectors.UserKeyPeriod, 0);
        Assert.ThrowsExactly<InvalidPointException>(() => new SakkeResponder(SakkeResponderVectorTests.Alice(), new[] { bad }, new ReplayCache(4, 300)));
    }

    private static int IndexOf(MikeyMessage m, int type)
    {
        for (int i = 0; i < m.PayloadCount; i++) if (m.GetPayload(i).PayloadType == type) return i;
        return -1;
    }

    /// <summary>The refusal of a re-signed message without <paramref name="p"/>: T, RAND, SAKKE and the identity the
    /// signature is checked under are required; IDRr, IDR role 9, the KMS IDRs (ours by default), SP (RFC 3830
    /// defaults) and the General Extension are not: without them the message is still authentic and accepted (null).</summary>
    private static MikeyErrorCode? WithoutIt(MikeyPayload p, int scheme)
    {
        switch (p)
        {
            case TimestampPayload: return MikeyErrorCode.InvalidTs;
            case RandPayload: return MikeyErrorCode.Unspecified;
            case SakkePayload: return MikeyErrorCode.Unspecified;
            case IdrPayload idr when idr.Role == (scheme == IdentityScheme.Uid3gpp ? IdrPayload.RoleInitiatorUid : IdrPayload.RoleInitiator):
                return MikeyErrorCode.InvalidId;
            default: return null;
        }
    }

    private static MikeyErrorCode? Run(Tally tally, Vector v, Random rng, string what, MikeyMessage m)
    {
        return tally.Run($"{v.Name} {what}", Resigned.By(m, v.Initiator, new CounterRandomSource((ulong)rng.Next())), v.Responder);
    }

    private static MikeyMessage Rebuilt(MikeyMessage m, int index, bool drop, bool repeat, MikeyPayload replacement)
    {
        var r = new MikeyMessage(m.Header);
        for (int i = 0; i < m.PayloadCount; i++)
        {
            MikeyPayload p = m.GetPayload(i);
            if (i == index && drop) continue;
            r.Add(i == index && replacement != null ? replacement : p);
            if (i == index && repeat) r.Add(p);
        }
        return r;
    }

    private static IEnumerable<MikeyPayload> BadVersionsOf(MikeyPayload p, Random rng)
    {
        byte[] Random(int n) { var b = new byte[n]; rng.NextBytes(b); return b; }
        switch (p)
        {
            case IdrPayload idr:
                foreach (byte[] data in new[] { new byte[0], Hex.Decode("6100"), Hex.Decode("fffe"), new byte[32], Random(32),
                                                 Utf8.Encode("sip:chief@streamwide.com"), Random(300) })
                    yield return new IdrPayload(idr.Role, idr.IdType, data);
                break;
            case TimestampPayload:
                yield return new TimestampPayload(TimestampPayload.Ntp, MessageTime << 32);
                yield return new TimestampPayload(TimestampPayload.Counter, MessageTime);
                yield return new TimestampPayload(TimestampPayload.NtpUtc, 0);
                yield return new TimestampPayload(TimestampPayload.NtpUtc, ulong.MaxValue);
                break;
            case RandPayload:
                yield return new RandPayload(new byte[1]);
                yield return new RandPayload(Random(255));
                break;
            case SakkePayload s:
                foreach (byte[] data in new[] { new byte[0], Random(272), Random(274), new byte[273], Random(273),
                                                 Octets.Concat(new byte[] { 4 }, Random(272)), Octets.Concat(new byte[] { 4 }, new byte[272]) })
                    yield return new SakkePayload(s.Params, s.IdScheme, data);
                yield return new SakkePayload(2, s.IdScheme, s.Data);
                yield return new SakkePayload(s.Params, 1, s.Data);
                yield return new SakkePayload(s.Params, 3, s.Data);
                break;
            case GeneralExtensionPayload g:
                yield return new GeneralExtensionPayload(g.ExtensionType, new byte[0]);
                yield return new GeneralExtensionPayload(g.ExtensionType, Random(g.Data.Length));
                break;
        }
    }
}
