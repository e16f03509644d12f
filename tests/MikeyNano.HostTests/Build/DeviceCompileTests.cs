#nullable enable
using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Build;

/// <summary>The real compiler in CI: the device assemblies and NFUnitTest compile with Roslyn against the real
/// nanoFramework mscorlib 1.17.11 alone (and the TestFramework reference shim), as the device build does; any error
/// fails, listed. The compiled assemblies are written for the metadata processor (DeviceBuild.OutputDirectories).</summary>
[TestClass]
public sealed class DeviceCompileTests
{
    static DeviceBuild Build => DeviceBuild.Current;

    [TestMethod]
    public void CompilesAgainstTheRealNanoFrameworkMscorlib()
    {
        var corlib = Build.Shim.Compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly.Identity;
        Assert.AreEqual("mscorlib", corlib.Name, "System.Object must come from nanoFramework's mscorlib");
        // .NET's corlib has Span<T> and Math.Clamp; nanoFramework 1.17 has neither.
        Assert.IsNull(Build.Shim.Compilation.GetTypeByMetadataName("System.Span`1"), "the reference is not nanoFramework's mscorlib");
        StringAssert.Contains(NanoCoreLibrary.MscorlibPath.Replace('\\', '/'), "/nanoframework.corelibrary/" + NanoCoreLibrary.Version + "/lib/");
    }

    [TestMethod]
    public void TestFrameworkShimCompiles() =>
        Assert.AreEqual(0, Build.Shim.Errors.Count, Build.Shim.ErrorReport());

    [TestMethod]
    public void EveryDeviceAssemblyCompilesWithTheDeviceCompiler()
    {
        var failed = Build.Libraries.Where(u => u.Errors.Count > 0).ToList();
        Assert.AreEqual(0, failed.Count, "device assemblies that do not compile against nanoFramework mscorlib " +
            NanoCoreLibrary.Version + " alone (LangVersion 9, NANOFRAMEWORK_1_0):\n" + string.Join("\n", failed.Select(u => u.ErrorReport())));
        CollectionAssert.AreEqual(Gate.DeviceAssemblies.Names, Build.Libraries.Where(u => u.Image != null).Select(u => u.Name).ToList());
    }

    [TestMethod]
    public void NFUnitTestCompilesAgainstTheDeviceAssembliesAndTheTestFramework()
    {
        Assert.AreEqual(0, Build.Tests.Errors.Count, "tests/NFUnitTest (the quick tier of the device-compatible tests) against mscorlib, " +
            "the device assemblies and the nanoFramework.TestFramework shim:\n" + Build.Tests.ErrorReport());
        Assert.AreEqual(0, Build.SlowTests.Errors.Count, "tests/NFUnitTest.Slow (the slow tier) against mscorlib, " +
            "the device assemblies and the nanoFramework.TestFramework shim:\n" + Build.SlowTests.ErrorReport());
    }

    /// <summary>tools/MikeyNano.DeviceProbe, the nanoFramework program that measures the library in nanoCLR: one build
    /// per PROBE_* scenario its Program.cs knows. No InternalsVisibleTo names the probe, so it sees what a radio
    /// application sees: this also proves the public API is enough for whole responder and initiator rounds.</summary>
    [TestMethod]
    public void DeviceProbeCompilesInEveryScenario()
    {
        var nfproj = Path.Combine(Gate.GatePaths.RepoRoot, "tools", "MikeyNano.DeviceProbe", "MikeyNano.DeviceProbe.nfproj");
        var sources = Nfproj.CompileItems(nfproj);
        var scenarios = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(sources.Single(f => Path.GetFileName(f) == "Program.cs")),
            @"\bPROBE_[A-Z_]+\b").Select(m => m.Value).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.IsTrue(scenarios.Count >= 2, "no PROBE_* scenarios found in the probe's Program.cs");
        var report = "";
        foreach (var scenario in scenarios)
        {
            var unit = Build.Compile("MikeyNano.DeviceProbe", sources, Build.Libraries, OutputKind.ConsoleApplication, scenario);
            if (unit.Errors.Count > 0) report += "\n" + scenario + ": " + unit.ErrorReport();
        }
        Assert.AreEqual("", report, "the device probe does not compile against the device assemblies:" + report);
    }

    [TestMethod]
    public void CompiledAssembliesAreWrittenForTheMetadataProcessor()
    {
        foreach (var dir in Build.OutputDirectories)
            foreach (var unit in Build.All.Where(u => u.Image != null))
            {
                var folder = unit == Build.Shim ? Path.Combine(dir, "reference") : unit == Build.SlowTests ? Path.Combine(dir, "slow") : dir;
                CollectionAssert.AreEqual(unit.Image, File.ReadAllBytes(Path.Combine(folder, unit.Name + ".dll")), unit.Name + ".dll in " + folder);
                Assert.IsTrue(File.Exists(Path.Combine(folder, unit.Name + ".pdb")), unit.Name + ".pdb in " + folder);
            }
    }

    // ---- the compile bites: what MSTest and .NET accept and the device toolchain refuses --------------------------

    static DeviceUnit Sample(string source) => Build.CompileSample(source, Build.Shim);

    [TestMethod]
    public void AnIntLiteralAgainstAByteIsAmbiguousAsOnTheDevice()
    {
        var unit = Sample("using nanoFramework.TestFramework; public static class T { public static void M(byte[] p) { Assert.AreEqual(0x80, p[0]); } }");
        Assert.IsTrue(unit.Errors.Any(e => e.Id == "CS0121"), "Assert.AreEqual(0x80, byte) must be ambiguous (CS0121):\n" + unit.ErrorReport());
        var fixedCall = Sample("using nanoFramework.TestFramework; public static class T { public static void M(byte[] p) { Assert.AreEqual((byte)0x80, p[0]); } }");
        Assert.AreEqual(0, fixedCall.Errors.Count, fixedCall.ErrorReport());
    }

    [TestMethod]
    public void ApisMissingFromNanoFrameworkDoNotCompile()
    {
        // string.Join and Buffer.BlockCopy are everyday .NET; nanoFramework mscorlib 1.17 has neither.
        var unit = Sample("public static class T { public static string M(string[] a, byte[] b) { System.Buffer.BlockCopy(b, 0, b, 1, 1); return string.Join(\",\", a); } }");
        Assert.IsTrue(unit.Errors.Any(e => e.Id == "CS0117" && e.GetMessage().Contains("Join", StringComparison.Ordinal)),
            "string.Join must not compile:\n" + unit.ErrorReport());
        Assert.IsTrue(unit.Errors.Any(e => e.Id == "CS0234" && e.GetMessage().Contains("Buffer", StringComparison.Ordinal)),
            "System.Buffer must not compile:\n" + unit.ErrorReport());
    }
}
