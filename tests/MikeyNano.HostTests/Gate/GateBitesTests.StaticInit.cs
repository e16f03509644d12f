#nullable enable
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Gate;

/// <summary>The static-initialiser rule (StaticInitRule.cs) bites: each sample below does in a static initialiser
/// what nanoCLR's eager, metadata-ordered start-up turns into a null or a heap spent at boot, and is rejected with a
/// message naming the problem and the .cctor; literal statics pass and are counted to the octet.</summary>
public sealed partial class GateBitesTests
{
    const string Rule = SubsetGate.StaticInitRuleName;

    /// <summary>Today's bug in small: P256.SharedOrder = new MontgomeryField(P256Constants.OrderBytes).</summary>
    [TestMethod]
    public void StaticInitialiserReadingAnotherTypesStaticIsRejected()
    {
        var r = Gate(@"
public static class Constants { public static readonly byte[] Order = { 0xFF, 0x00, 0x51 }; }
public sealed class Field { private readonly byte[] _m; public Field(byte[] m) { _m = (byte[])m.Clone(); } public int Length { get { return _m.Length; } } }
public static class Curve
{
    private static readonly Field SharedOrder = new Field(Constants.Order);
    public static int OrderLength() { return SharedOrder.Length; }
}");
        AssertRejected(r, Rule, "reads static field Constants::Order", "Curve::.cctor()");
        AssertRejected(r, Rule, "constructs Field::.ctor(byte[])", "Curve::.cctor()");
    }

    [TestMethod]
    public void StaticInitialiserCallingAMethodIsRejected()
    {
        var r = Gate(@"
public static class Pow
{
    private static readonly int[] Schedule = Build(0xFD);
    private static int[] Build(int e) { var s = new int[8]; for (int i = 0; i < 8; i++) s[i] = (e >> i) & 1; return s; }
    public static int First() { return Schedule[0]; }
}");
        AssertRejected(r, Rule, "calls Pow::Build(int)", "Pow::.cctor()");
    }

    /// <summary>An explicit static constructor is held to the same rule: a loop needs locals and branches.</summary>
    [TestMethod]
    public void StaticConstructorComputingATableIsRejected()
    {
        var r = Gate(@"
public static class Squares
{
    private static readonly uint[] Table = new uint[16];
    static Squares() { for (uint i = 0; i < 16; i++) Table[i] = i * i; }
    public static uint Of(int i) { return Table[i]; }
}");
        AssertRejected(r, Rule, "reads static field Squares::Table", "Squares::.cctor()");
        AssertRejected(r, Rule, "runs stloc.0", "Squares::.cctor()");
    }

    [TestMethod]
    public void StaticArrayOfComputedLengthIsRejected()
    {
        var r = Gate(@"
public static class Sizes { public static readonly int Words = 8; }
public static class Scratch { private static readonly uint[] Buffer = new uint[Sizes.Words]; public static int Length() { return Buffer.Length; } }");
        AssertRejected(r, Rule, "allocates an array of computed length", "Scratch::.cctor()");
        AssertRejected(r, Rule, "reads static field Sizes::Words", "Scratch::.cctor()");
    }

    /// <summary>The 57 KB base table at boot, in small: a big array in a static initialiser, even an empty one.</summary>
    [TestMethod]
    public void BigStaticTableIsRejected()
    {
        var r = Gate(@"
public static class Comb { private static readonly uint[] Table = new uint[832 * 16]; public static uint At(int i) { return Table[i]; } }");
        AssertRejected(r, Rule, "static initialisers allocate 53,248 octets at boot, over the budget of 2,048 per assembly (largest: Comb::.cctor() 53,248)", "(assembly)");
        Assert.AreEqual(53248, r.StaticInitOctets);
    }

    /// <summary>What the rule allows: literal arrays (blob-initialised or element by element, jagged included), numbers,
    /// strings, a lock object, the compiler's lambda cache, and lazily built state with no initialiser. The octets are
    /// counted exactly: uint[8] 32, byte[3] 3, string[2] 8, uint[][2] 8 + uint[2] 8 + uint[1] 4, two objects 12 each.</summary>
    [TestMethod]
    public void LiteralStaticsPass()
    {
        var r = Gate(@"
public delegate int Op(int x);
public static class Literals
{
    public const int Words = 8;
    private static readonly uint[] Prime = { 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0, 0, 0, 1, 0xFFFFFFFF };
    private static readonly byte[] Prefix = { 4, 2, 3 };
    private static readonly string[] Names = { ""P-256"", ""SAKKE"" };
    private static readonly uint[][] Jagged = { new uint[] { 1, 2 }, new uint[] { 3 } };
    private static readonly long Big = 0x123456789AL;
    private static readonly double Half = 0.5;
    private static readonly string Label = ""MikeyNano"";
    private static readonly object BuildLock = new object();
    private static uint[] _derived;

    public static uint[] Derived()
    {
        uint[] d = _derived;
        if (d == null) _derived = d = new uint[] { Prime[0] + Jagged[1][0] };
        return d;
    }

    public static Op Twice() { return x => 2 * x; }
    public static int Use() { lock (BuildLock) { return Prefix.Length + Names.Length + (int)Big + (int)Half + Label.Length; } }
}", LanguageVersion.CSharp9);
        var bad = r.Violations.Where(v => v.Rule == Rule).ToList();
        Assert.AreEqual(0, bad.Count, string.Join("\n", bad));
        Assert.AreEqual(32 + 3 + 8 + 8 + 8 + 4 + 12 + 12, r.StaticInitOctets);
    }
}
