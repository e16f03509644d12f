#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.Eccsi;
using MikeyNano.Errors;
using MikeyNano.Sakke;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Secrets;

/// <summary>
/// The constant-time check of issue 11 Deliver 5: each secret operation runs with several secrets (random ones and edge
/// ones: 1, 2, small values, values with long runs of zero bits, n - 1) while <see cref="FieldOps"/> records every
/// field multiplication, squaring, addition, subtraction, inversion and divstep batch, in order; the counts and the
/// order-sensitive trace must be identical for every secret. A branch on a secret bit that skips or adds a field
/// operation, or a loop whose length depends on a secret, changes the trace: <see cref="TheTraceSeesABranchOnASecretBit"/>
/// and <see cref="TheTraceSeesAVariableTimeInversion"/> show it does. What the trace does not see (a secret memory index
/// that does not change the operation sequence, the runtime's own timing, caches): docs/security.md, "Constant-time:
/// what is claimed and how it is checked".
/// </summary>
[TestClass]
[DoNotParallelize] // FieldOps is process-wide: nothing else may run field operations while a trace is recorded
public class ConstantTimeTraceTests
{
    private sealed record Recorded(long Mul, long Sqr, long Add, long Inv, ulong Trace)
    {
        public override string ToString() => $"{Mul} mul, {Sqr} sqr, {Add} add/sub, {Inv} inv, trace {Trace:x16}";
    }

    private static Recorded Record(Action operation)
    {
        FieldOps.Reset();
        FieldOps.Enabled = true;
        try { operation(); }
        finally { FieldOps.Enabled = false; }
        var r = new Recorded(FieldOps.Multiplications, FieldOps.Squarings, FieldOps.Additions, FieldOps.Inversions, FieldOps.Trace);
        FieldOps.Reset();
        return r;
    }

    /// <summary>Runs the operation once per secret (after one warm-up run that builds lazy tables and schedules) and
    /// asserts one trace for all; returns it.</summary>
    private static Recorded Same<T>(string name, IEnumerable<T> secrets, Action<T> operation)
    {
        var list = secrets.ToList();
        Assert.IsTrue(list.Count >= 4, name + ": too few secrets");
        operation(list[0]);
        var traces = list.Select(s => (Secret: s, Trace: Record(() => operation(s)))).ToList();
        Assert.IsTrue(traces[0].Trace.Mul + traces[0].Trace.Sqr + traces[0].Trace.Inv > 0, name + ": the trace saw no field work: " + traces[0].Trace);
        foreach (var t in traces)
            Assert.AreEqual(traces[0].Trace, t.Trace, $"{name}: the field-operation sequence depends on the secret ({Describe(t.Secret)} vs {Describe(traces[0].Secret)})");
        return traces[0].Trace;
    }

    private static string Describe<T>(T secret) => secret is byte[] b ? Hex.Encode(b) : secret?.ToString() ?? "null";

    private static byte[] Scalar(string hex) => Hex.Decode(hex.PadLeft(64, '0'));

    /// <summary>P-256 scalars: random, small, sparse (long runs of zero bits), dense, n - 1.</summary>
    private static IEnumerable<byte[]> P256Scalars()
    {
        var rng = new CounterRandomSource(3);
        for (int i = 0; i < 3; i++)
        {
            byte[] k = new byte[32];
            rng.Fill(k, 0, 32);
            k[0] &= 0x7F;
            yield return k;
        }
        yield return Scalar("1");
        yield return Scalar("2");
        yield return Scalar("f");
        yield return Scalar("8000000000000000000000000000000000000000000000000000000000000001");
        yield return Scalar("10000000000000000000000000000000000");
        yield return Scalar("7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
        yield return Scalar("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550"); // n - 1
    }

    [TestMethod]
    public void P256ScalarMultiplicationOnBothPaths()
    {
        foreach (bool table in new[] { true, false })
        {
            var ctx = new P256(table);
            P256Point p = ctx.MultiplyBase(Scalar("7"));
            var g = Same("[k]G, table " + table, P256Scalars(), k => ctx.MultiplyBase(k));
            var kp = Same("[k]P, table " + table, P256Scalars(), k => ctx.Multiply(p, k));
            Assert.AreEqual(1, g.Inv, "one (constant-time) inversion to affine");
            Assert.AreEqual(1, kp.Inv);
        }
    }

    [TestMethod]
    public void EcdsaSignAndEcdh()
    {
        byte[] hash = new byte[32];
        for (int i = 0; i < 32; i++) hash[i] = (byte)(3 * i + 1);
        Same("ECDSA SignHash (d varies)", P256Scalars(), d => EcdsaP256.SignHash(d, hash, new CounterRandomSource(5)));
        byte[] d0 = P256Scalars().First();
        // the nonce k varies with the RNG's octets (the hedge) and with the hash
        Same("ECDSA SignHash (k varies)", Enumerable.Range(1, 6), seed => EcdsaP256.SignHash(d0, hash, new CounterRandomSource((ulong)seed)));
        Same("ECDSA SignHashDeterministic (d varies)", P256Scalars(), d => EcdsaP256.SignHashDeterministic(d, hash));
        P256Point peer = new P256(false).MultiplyBase(Scalar("abcdef"));
        Same("ECDH", P256Scalars(), d => EcdhP256.SharedSecret(d, peer));
        Same("P256KeyPair.FromPrivateKey", P256Scalars(), d => P256KeyPair.FromPrivateKey(d));
    }

    private static readonly byte[] Id = Ascii.Bytes("2011-02\0tel:+447700900123\0");

    [TestMethod]
    public void EccsiSignValidateAndIssue()
    {
        var kms = new EccsiKms(Scalar("1234567890abcdef"));
        byte[] ssk = kms.Issue(Id, new CounterRandomSource(7), out byte[] pvt);
        foreach (bool precompute in new[] { true, false })
        {
            var signer = new EccsiSigner(kms.Kpak, Id, ssk, pvt, precompute);
            // j varies with the message and with the RNG's octets
            Same("ECCSI Sign (message varies), precompute " + precompute, Enumerable.Range(0, 6),
                 i => signer.Sign(Ascii.Bytes("message " + i), new CounterRandomSource(9)));
            Same("ECCSI Sign (RNG varies), precompute " + precompute, Enumerable.Range(1, 6),
                 i => signer.Sign(Ascii.Bytes("message"), new CounterRandomSource((ulong)i)));
            // validation with the same public KPAK, ID and PVT and a different SSK: the right one, then wrong ones
            // (refused only after [SSK]G has been compared, so the whole check runs)
            var sskCandidates = new[] { ssk }.Concat(P256Scalars());
            Same("ECCSI SSK validation, precompute " + precompute, sskCandidates, s =>
            {
                try { new EccsiSigner(kms.Kpak, Id, s, pvt, precompute); }
                catch (InvalidKeyException) { Assert.AreNotEqual(Hex.Encode(ssk), Hex.Encode(s)); }
            });
        }
        Same("ECCSI KMS from KSAK", P256Scalars(), ksak => new EccsiKms(ksak));
        Same("ECCSI KMS Issue (KSAK varies)", P256Scalars(), k => k.Issue(Id, new CounterRandomSource(2), out _),
             construction: ksak => new EccsiKms(ksak));
    }

    /// <summary>As <see cref="Same{T}"/>, for an operation whose setup (run untraced first) is itself a secret operation.</summary>
    private static Recorded Same<T, TSetup>(string name, IEnumerable<T> secrets, Func<TSetup, object> operation, Func<T, TSetup> construction)
    {
        var list = secrets.ToList();
        var prepared = list.Select(construction).ToList();
        return Same(name, Enumerable.Range(0, list.Count), i => operation(prepared[i]));
    }

    /// <summary>SSVs (the secret of an encapsulation): random, all zero, all ones, one bit.</summary>
    private static IEnumerable<byte[]> Ssvs()
    {
        var rng = new CounterRandomSource(13);
        for (int i = 0; i < 3; i++) yield return SakkeSender.GenerateSsv(rng);
        yield return new byte[16];
        yield return Enumerable.Repeat((byte)0xFF, 16).ToArray();
        byte[] one = new byte[16];
        one[15] = 1;
        yield return one;
    }

    [TestMethod]
    public void SakkeEncapsulateDecapsulateValidateAndIssue()
    {
        var kms = new SakkeKms(Hex.Decode("0123456789abcdef0123456789abcdef"));
        byte[] zt = kms.PublicKey, rsk = kms.IssueRsk(Id);
        byte[] otherRsk = kms.IssueRsk(Ascii.Bytes("2011-02\0tel:+447700900456\0"));
        foreach (bool tables in new[] { false, true })
        {
            var sender = new SakkeSender(zt, tables);
            var receiver = new SakkeReceiver(zt, Id, rsk, tables);
            Same("SAKKE Encapsulate, tables " + tables, Ssvs(), ssv => sender.Encapsulate(ssv, Id));
            var seds = Ssvs().Select(ssv => (Ssv: ssv, Sed: sender.Encapsulate(ssv, Id))).ToList();
            Same("SAKKE Decapsulate, tables " + tables, seds, s => Assert.AreEqual(Hex.Encode(s.Ssv), Hex.Encode(receiver.Decapsulate(s.Sed))));
            // RSK validation with the same public Z_T and b: the right RSK and points of E that are not it. With
            // tables, a receiver whose RSK validated goes on to build the comb of the public [b]P + Z_T (the verdict is
            // public): there only the refused RSKs are compared.
            var rsks = new[] { rsk, otherRsk, kms.IssueRsk(Ascii.Bytes("x")), kms.IssueRsk(Ascii.Bytes("y")), kms.IssueRsk(Ascii.Bytes("z")) }
                .Skip(tables ? 1 : 0);
            Same("SAKKE RSK validation, tables " + tables, rsks, k =>
            {
                try { new SakkeReceiver(zt, Id, k, tables); }
                catch (InvalidKeyException) { Assert.AreNotEqual(Hex.Encode(rsk), Hex.Encode(k)); }
            });
        }
        var masters = new[] { "0123456789abcdef0123456789abcdef", "02", "03", "10", "80000000000000000000000000000001", "ffffffffffffffffffffffffffffffff" }
            .Select(Hex.Decode).ToList();
        Same("SAKKE KMS from z_T", masters, z => new SakkeKms(z));
        Same("SAKKE KMS IssueRsk (z_T varies)", masters, k => k.IssueRsk(Id), construction: z => new SakkeKms(z));
    }

    [TestMethod]
    public void ModularInversion()
    {
        var ctx = new P256(false);
        P256Field f = ctx.Field;
        MontgomeryField n = ctx.Scalars;
        foreach (var (name, field) in new (string, IPrimeField)[] { ("P-256 p", f), ("P-256 n", n), ("SAKKE p", SakkeField()) })
        {
            var values = P256Scalars().Select(k =>
            {
                uint[] a = field.Create();
                field.FromBytesReduce(k, 0, k.Length, a);
                return a;
            });
            uint[] r = field.Create();
            var t = Same("Invert, " + name, values, a => field.Invert(r, a));
            Assert.AreEqual(1, t.Inv);
        }
    }

    private static IPrimeField SakkeField() => new SakkeContext().F;

    /// <summary>The check can fail: a textbook double-and-add that adds only on one bits (the branch this library
    /// avoids) gives a different trace for scalars of different weight.</summary>
    [TestMethod]
    public void TheTraceSeesABranchOnASecretBit()
    {
        var ctx = new P256(false);
        var g = ctx.ToJacobian(ctx.MultiplyBase(Scalar("1")));
        void Branchy(byte[] k)
        {
            var acc = new JacobianPoint();
            ctx.SetInfinity(acc);
            for (int bit = 255; bit >= 0; bit--)
            {
                ctx.Double(acc, acc);
                if (((k[31 - bit / 8] >> (bit % 8)) & 1) != 0) ctx.Add(acc, acc, g);
            }
        }
        var traces = P256Scalars().Select(k => Record(() => Branchy(k))).ToList();
        Assert.IsTrue(traces.Distinct().Count() > 1, "the branchy multiplier gave one trace: " + traces[0]);
        // same weight, different positions: the counts agree, the order does not
        var a = Record(() => Branchy(Scalar("0300"))); // bits 8, 9
        var b = Record(() => Branchy(Scalar("0101"))); // bits 0, 8
        Assert.AreEqual((a.Mul, a.Sqr, a.Add), (b.Mul, b.Sqr, b.Add));
        Assert.AreNotEqual(a.Trace, b.Trace, "the trace is order-sensitive");
    }

    /// <summary>The check can fail: the variable-time inversion (for public values) stops its divstep batches early
    /// on some inputs, and the trace sees it.</summary>
    [TestMethod]
    public void TheTraceSeesAVariableTimeInversion()
    {
        P256Field f = new P256(false).Field;
        uint[] r = f.Create();
        var traces = P256Scalars().Select(k =>
        {
            uint[] a = f.Create();
            f.FromBytesReduce(k, 0, k.Length, a);
            return Record(() => f.InvertVariableTime(r, a));
        }).ToList();
        Assert.IsTrue(traces.Distinct().Count() > 1, "the variable-time inversion gave one trace: " + traces[0]);
    }
}
