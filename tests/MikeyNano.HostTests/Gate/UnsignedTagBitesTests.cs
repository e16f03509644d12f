#nullable enable
using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Gate;

/// <summary>Proves the unsigned-tag check bites (docs/subset-gate.md, "Unsigned-tagged values"): samples compiled here
/// by Roslyn with optimisation on, as the library is, whose signed shift, remainder or widening nanoCLR would run as
/// unsigned, are rejected with the method, the IL offset and where the tag came from; the tag-independent spellings
/// pass.</summary>
[TestClass]
public sealed class UnsignedTagBitesTests
{
    const string Rule = "unsigned tag";

    static GateReport Gate(string source) => GateBitesTests.Gate(source, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp9, "System.Object");

    static void AssertRejected(GateReport r, string what, string inMethod, string origin)
    {
        GateBitesTests.AssertRejected(r, Rule, what, inMethod);
        var hit = r.Violations.First(v => v.Rule == Rule && v.ToString().Contains(what, StringComparison.Ordinal));
        StringAssert.Contains(hit.ToString(), origin, "the violation must say where the unsigned tag came from");
        StringAssert.Matches(hit.ToString(), new System.Text.RegularExpressions.Regex(@" at IL_[0-9A-F]{4} "), "the IL offset");
    }

    /// <summary>The case measured in nanoCLR: 0x00000000FFFFFFFF there for a = 1, -1 on .NET.</summary>
    [TestMethod]
    public void BorrowShiftedFromAConvertedUintIsRejected()
    {
        var r = Gate("public static class C { public static long F(uint a) { long c = (long)a - 0xFFFFFFFF; c >>= 32; return c; } }");
        AssertRejected(r, "shr of a 64-bit value nanoCLR tags unsigned", "C::F(uint)", "conv.u8 at IL_0001 in C::F");
    }

    [TestMethod]
    public void TagCarriedByAReturnValueIsRejected()
    {
        var r = Gate("public static class C { static long Diff(uint a) { return (long)a - 1; } " +
                     "public static long G(uint a) { return Diff(a) >> 8; } }");
        AssertRejected(r, "shr of a 64-bit value", "C::G(uint)", "the value C::Diff returns");
    }

    [TestMethod]
    public void TagCarriedByAnArgumentIsRejected()
    {
        var r = Gate("public static class C { static long Half(long x) { return x >> 1; } " +
                     "public static long H(uint a) { return Half((long)a - 3); } }");
        AssertRejected(r, "shr of a 64-bit value", "C::Half(long)", "argument 0 of C::Half from IL_");
    }

    [TestMethod]
    public void PublicLongParameterShiftedIsRejected()
    {
        var r = Gate("public static class C { public static long Shift(long x) { return x >> 8; } }");
        AssertRejected(r, "shr of a 64-bit value", "C::Shift(long)", "callers outside the analysed assemblies");
    }

    [TestMethod]
    public void ThirtyTwoBitShiftRemainderAndWideningAreRejected()
    {
        var r = Gate("public static class C { public static int Sar(uint u) { return (int)u >> 4; } " +
                     "public static long Rem(uint a) { return ((long)a - 7) % 5; } " +
                     "public static long Widen(uint u) { return (int)u; } }");
        AssertRejected(r, "shr of a 32-bit value", "C::Sar(uint)", "uint");
        AssertRejected(r, "rem of a 64-bit value", "C::Rem(uint)", "conv.u8");
        AssertRejected(r, "conv.i8 of a 32-bit value", "C::Widen(uint)", "uint");
    }

    [TestMethod]
    public void TagIndependentSpellingsPass()
    {
        var r = Gate(@"
public static class C
{
    // a chain that starts signed and grows by c += ...: a sum keeps its first operand's type
    public static long F(uint a, uint b) { long c = 0; c += (long)a - 0xFFFFFFFF; c >>= 32; c += b; return c >> 32; }
    // the borrow sign-extended from 32 bits: (int)(c >> 32) keeps only bits both shifts agree on
    public static long F2(uint a) { long c = (long)a - 0xFFFFFFFF; c = (int)(c >> 32); return c; }
    // a long local that the IL keeps (a loop-carried carry): stloc gives the value the local's signed type
    public static long Borrow(uint[] a) { long c = 0; for (int i = 0; i < a.Length; i++) { c += (long)a[i] - 5; c >>= 32; } return c; }
    // non-negative values: a zero-extended uint, an array length; the low byte of a shifted int
    public static long Zx(uint a) { return (long)a >> 3; }
    public static long Len(byte[] b) { return (long)b.Length % 3; }
    public static byte High(uint u) { return (byte)((int)u >> 8); }
    // unsigned spellings: ulong shifts are shr.un, lengths widened as unsigned
    public static ulong U(uint a) { return ((ulong)a - 1) >> 32; }
    public static long Widen(int n) { return (long)(uint)n; }
}");
        Assert.AreEqual(0, r.Violations.Count(v => v.Rule == Rule), r.ToString());
    }
}
