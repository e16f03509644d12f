#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Gate;

/// <summary>Proves the gate bites: small assemblies compiled here with Roslyn, each using one thing nanoFramework 1.x
/// lacks, are rejected with a message naming it; a clean one passes with a tiny allowlist.</summary>
[TestClass]
public sealed partial class GateBitesTests
{
    // One reference set for every compilation: from the running runtime's trusted platform assemblies, only the three
    // the samples need (referencing all ~170 costs seconds per test run).
    static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Collections.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray());

    internal static GateReport Gate(string source, LanguageVersion lang = LanguageVersion.CSharp9, params string[] allow)
    {
        bool unsafeCode = source.Contains("unsafe", StringComparison.Ordinal); // unsafe compiles add their own markers
        return Gate(source, lang, unsafeCode, allow);
    }

    static GateReport Gate(string source, LanguageVersion lang, bool unsafeCode, string[] allow)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(lang));
        var compilation = CSharpCompilation.Create("GateSample" + Guid.NewGuid().ToString("N"), new[] { tree }, References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
                                         allowUnsafe: unsafeCode));
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        Assert.IsTrue(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        pe.Position = 0;
        return SubsetGate.Check(pe, new HashSet<string>(allow, StringComparer.Ordinal));
    }

    internal static void AssertRejected(GateReport report, string rule, string mustName, string inMethod)
    {
        var hit = report.Violations.FirstOrDefault(v => v.Rule == rule && v.ToString().Contains(mustName, StringComparison.Ordinal));
        Assert.IsNotNull(hit, $"expected a [{rule}] violation naming '{mustName}'; got:\n{report}");
        StringAssert.Contains(hit.ToString(), inMethod, "the violation must name the method where it occurs");
    }

    [TestMethod]
    public void ListOfIntIsRejected()
    {
        var r = Gate("public static class C { public static int M() { var l = new System.Collections.Generic.List<int>(); l.Add(1); return l.Count; } }");
        AssertRejected(r, "generic", "generic instantiation List<int>", "C::M()");
    }

    [TestMethod]
    public void StackallocIsRejected()
    {
        var r = Gate("public static class C { public static unsafe int M(int n) { byte* p = stackalloc byte[16]; p[0] = (byte)n; return p[0]; } }");
        AssertRejected(r, "forbidden opcode", "localloc (stackalloc)", "C::M(int)");
    }

    [TestMethod]
    public void SpanStackallocIsRejected()
    {
        var r = Gate("public static class C { public static int M() { System.Span<byte> s = stackalloc byte[16]; return s.Length; } }");
        AssertRejected(r, "forbidden opcode", "localloc (stackalloc)", "C::M()");
        AssertRejected(r, "generic", "Span<byte>", "C::M()");
    }

    [TestMethod]
    public void BufferBlockCopyIsRejected()
    {
        var r = Gate("public static class C { public static void M(byte[] a, byte[] b) { System.Buffer.BlockCopy(a, 0, b, 0, 4); } }",
                     LanguageVersion.CSharp9, "System.Object");
        AssertRejected(r, "not in allowlist", "System.Buffer::BlockCopy(Array, int, Array, int, int) : void", "C::M(byte[], byte[])");
    }

    [TestMethod]
    public void CheckedMultiplyIsRejected()
    {
        var r = Gate("public static class C { public static int M(int a, int b) { return checked(a * b); } }");
        AssertRejected(r, "checked arithmetic", "mul.ovf", "C::M(int, int)");
    }

    [TestMethod]
    public void CheckedConversionAndAddAreRejected()
    {
        var r = Gate("public static class C { public static byte M(uint a, uint b) { return checked((byte)(a + b)); } }");
        AssertRejected(r, "checked arithmetic", "add.ovf.un", "C::M(uint, uint)");
        AssertRejected(r, "checked arithmetic", "conv.ovf.u1.un", "C::M(uint, uint)");
    }

    [TestMethod]
    public void GenericDefinitionsAndMultidimensionalArraysAreRejected()
    {
        var r = Gate("public class Box<T> { public T V; } public static class C { public static T Id<T>(T x) { return x; } " +
                     "public static int M() { var a = new int[2, 2]; return a[1, 1]; } }");
        AssertRejected(r, "generic", "generic type definition Box`1", "Box`1");
        AssertRejected(r, "generic", "generic method definition C::Id", "C::Id");
        AssertRejected(r, "forbidden", "multidimensional array int[,]", "C::M()");
    }

    [TestMethod]
    public void InterpolationHandlerIsRejected()
    {
        var r = Gate("public static class C { public static string M(int x) { return $\"x={x}\"; } }", LanguageVersion.Latest);
        AssertRejected(r, "not on device", "DefaultInterpolatedStringHandler (string interpolation handler)", "C::M(int)");
    }

    [TestMethod]
    public void FunctionPointerCallIsRejected()
    {
        var r = Gate("public static unsafe class C { static int F() { return 1; } public static int M() { delegate*<int> f = &F; return f(); } }",
                     LanguageVersion.Latest);
        AssertRejected(r, "forbidden opcode", "calli", "C::M()");
    }

    [TestMethod]
    public void StringFromCharsIsRejected()
    {
        var r = Gate("public static class C { public static string M(char[] c) { return new string(c); } " +
                     "public static string N(char[] c, int n) { return new string(c, 0, n); } " +
                     "public static string P(char c) { return new string(c, 3); } }");
        AssertRejected(r, SubsetGate.NulRule, "System.String::.ctor(char[]) : void makes a string from characters", "C::M(char[])");
        AssertRejected(r, SubsetGate.NulRule, "System.String::.ctor(char[], int, int) : void makes a string from characters", "C::N(char[], int)");
        AssertRejected(r, SubsetGate.NulRule, "System.String::.ctor(char, int) : void makes a string from characters", "C::P(char)");
    }

    [TestMethod]
    public void CharToStringAndBoxedCharAreRejected()
    {
        var r = Gate("public static class C { public static string M(char c) { return c.ToString(); } " +
                     "public static string N(char c) { return string.Concat(\"x\", (object)c); } " +
                     "public static string P(char c) { return \"x\" + c; } }");
        AssertRejected(r, SubsetGate.NulRule, "System.Char::ToString() : string makes a string from characters", "C::M(char)");
        AssertRejected(r, SubsetGate.NulRule, "box System.Char", "C::N(char)");
        AssertRejected(r, SubsetGate.NulRule, "System.String::Concat(ReadOnlySpan<char>, ReadOnlySpan<char>) : string makes a string from characters", "C::P(char)");
    }

    [TestMethod]
    public void NulInAStringLiteralOrConstantIsRejected()
    {
        var r = Gate("public static class C { public const string Separator = \"2011-02\\0\"; " +
                     "public static int M(string s) { return string.Concat(s, \"a\\0b\").Length; } }");
        AssertRejected(r, SubsetGate.NulRule, "string literal \"a\\0b\" holds U+0000", "C::M(string)");
        AssertRejected(r, SubsetGate.NulRule, "string constant \"2011-02\\0\" holds U+0000", "C::Separator");
    }

    [TestMethod]
    public void SearchForNulInAStringIsRejected()
    {
        // The defect of Rfc6509Identifier before it checked octets: on the device the search never finds U+0000.
        var r = Gate("public static class C { public static bool M(string uri) { return uri.IndexOf('\\0') >= 0; } " +
                     "public static bool N(string uri) { return uri.IndexOf('a') >= 0; } }");
        AssertRejected(r, SubsetGate.NulRule, "System.String::IndexOf(char) : int searches for U+0000", "C::M(string)");
        Assert.IsFalse(r.Violations.Any(v => v.Rule == SubsetGate.NulRule && v.ToString().Contains("C::N")), r.ToString());
    }

    [TestMethod]
    public void CheckedStringFromCharsIsTheOneExemptMaker()
    {
        const string body = "{ for (int i = 0; i < n; i++) if (c[o + i] == 0) throw new System.Exception(\"U+0000\"); return new string(c, o, n); }";
        var r = Gate("namespace MikeyNano.Bytes { static class CheckedString { public static string FromChars(char[] c, int o, int n) " + body + " } " +
                     "static class Elsewhere { public static string FromChars(char[] c, int o, int n) " + body + " } }");
        var nul = r.Violations.Where(v => v.Rule == SubsetGate.NulRule).ToList();
        Assert.AreEqual(1, nul.Count, r.ToString());
        StringAssert.Contains(nul[0].ToString(), "MikeyNano.Bytes.Elsewhere::FromChars(char[], int, int)");
    }

    [TestMethod]
    public void CleanSamplePassesWithTinyAllowlist()
    {
        string[] allow =
        {
            "System.Array",
            "System.Array::Copy(Array, int, Array, int, int) : void",
            "System.Byte",
            "System.Exception",
            "System.Exception::.ctor(string) : void",
            "System.Object",
            "System.Object::.ctor() : void",
            "System.String",
            "System.String::Concat(string, string) : string",
            "System.String::Length : int [property get]",
            "System.UInt32",
        };
        var r = Gate(@"
public sealed class BadInput : System.Exception { public BadInput(string m) : base(m) { } }
public sealed class C
{
    public static byte[] Copy(byte[] a, int n, string what)
    {
        if (n > a.Length) throw new BadInput(""too long: "" + what);
        var b = new byte[n]; System.Array.Copy(a, 0, b, 0, n);
        uint[][] jagged = new uint[2][]; jagged[0] = new uint[1];
        ulong wide = (ulong)(uint)n * 3u; return wide > 0 ? b : a;
    }
    public static int Len(string s) { return s.Length; }
}", LanguageVersion.CSharp9, allow);
        Assert.AreEqual(0, r.Violations.Count, r.ToString());
        CollectionAssert.AreEqual(allow.OrderBy(a => a, StringComparer.Ordinal).ToList(),
                                  r.UsedApis.Keys.ToList(),
                                  "used APIs: " + string.Join("; ", r.UsedApis.Keys));
    }
}
