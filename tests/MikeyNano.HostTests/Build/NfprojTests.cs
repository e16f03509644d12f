#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using MikeyNano.HostTests.Gate;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Build;

/// <summary>The nanoFramework projects list their sources explicitly and pin their packages; these tests keep them
/// equal to the files on disk (what the host build compiles) and to each other.</summary>
[TestClass]
public sealed class NfprojTests
{
    static string Root => GatePaths.RepoRoot;

    static SortedSet<string> CompileItems(string nfproj) => new(Nfproj.CompileItems(nfproj), StringComparer.Ordinal);

    static SortedSet<string> SourcesOnDisk(string dir) =>
        new(Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(dir, f).Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            .Select(Path.GetFullPath), StringComparer.Ordinal);

    static void AssertSame(string nfproj, string sourceDir)
    {
        var listed = CompileItems(Path.Combine(Root, nfproj));
        var onDisk = SourcesOnDisk(Path.Combine(Root, sourceDir));
        var missing = onDisk.Except(listed).Select(f => Path.GetRelativePath(Root, f)).ToList();
        var stale = listed.Except(onDisk).Select(f => Path.GetRelativePath(Root, f)).ToList();
        Assert.IsTrue(missing.Count == 0 && stale.Count == 0,
            $"{nfproj} <Compile> list differs from the .cs files under {sourceDir}: run `bash tools/sync-nfproj.sh`.\n" +
            $"  not listed: {string.Join(", ", missing)}\n  listed but missing: {string.Join(", ", stale)}");
    }

    [TestMethod]
    public void NfprojListsEverySource()
    {
        foreach (var name in DeviceAssemblies.Names) AssertSame($"src/{name}/{name}.nfproj", $"src/{name}");
        AssertTiersCoverTheTests("tests/NFUnitTest/NFUnitTest.nfproj", "tests/NFUnitTest.Slow/NFUnitTest.nfproj", "tests/MikeyNano.Tests");
    }

    /// <summary>The device tests run in two tiers (tools/sync-nfproj.sh, docs/device.md): every file with a [TestClass]
    /// is in exactly one of them, every other file (vectors, support) in both, except in the folders whose tests all run
    /// in the slow tier (Boards, Modes, Radio: the quick tier's string table is nearly full), whose support files are
    /// in the slow tier only; and nothing else is listed.</summary>
    static void AssertTiersCoverTheTests(string quick, string slow, string sourceDir)
    {
        var q = CompileItems(Path.Combine(Root, quick));
        var s = CompileItems(Path.Combine(Root, slow));
        var problems = new List<string>();
        var sources = SourcesOnDisk(Path.Combine(Root, sourceDir));
        bool HasTests(string file) => File.ReadAllText(file).Contains("[TestClass]");
        // tools/sync-nfproj.sh: these folders' tests all run in the slow tier, and so do their support files.
        string[] SlowOnlyFolders = { "Boards", "Modes", "Radio" };
        foreach (var f in sources)
        {
            bool tests = HasTests(f);
            string rel = Path.GetRelativePath(Root, f);
            string folder = Path.GetRelativePath(Path.Combine(Root, sourceDir), f).Split(Path.DirectorySeparatorChar)[0];
            bool slowOnly = SlowOnlyFolders.Contains(folder);
            if (tests && q.Contains(f) == s.Contains(f)) problems.Add($"{rel}: in {(q.Contains(f) ? "both tiers" : "neither tier")}");
            else if (tests && slowOnly && q.Contains(f)) problems.Add($"{rel}: {folder}/ runs in the slow tier only");
            if (tests) continue;
            if (slowOnly ? !(s.Contains(f) && !q.Contains(f)) : !(q.Contains(f) && s.Contains(f)))
                problems.Add($"{rel}: a support file must be in {(slowOnly ? "the slow tier only" : "both tiers")}");
        }
        problems.AddRange(q.Concat(s).Where(f => !sources.Contains(f)).Distinct().Select(f => Path.GetRelativePath(Root, f) + ": listed but missing"));
        Assert.AreEqual(0, problems.Count, "device test tiers: run `bash tools/sync-nfproj.sh`.\n  " + string.Join("\n  ", problems));
    }

    /// <summary>`dotnet build` and `dotnet test` of the solution run on machines without the nanoFramework project system:
    /// every .nfproj the solution lists must then turn each target they call into a no-op (a missing VSTest target makes
    /// `dotnet test MikeyNano.sln` exit 1 although every test passed).</summary>
    [TestMethod]
    public void EveryNfprojInTheSolutionHasTheFallbackTargets()
    {
        var nfprojs = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(Root, "MikeyNano.sln")), "\"([^\"]+\\.nfproj)\"")
            .Select(m => m.Groups[1].Value.Replace('\\', '/')).ToList();
        Assert.IsTrue(nfprojs.Count >= DeviceAssemblies.Names.Length + 1, "MikeyNano.sln lists " + nfprojs.Count + " .nfproj");
        string[] needed = { "Build", "Restore", "Clean", "Rebuild", "VSTest", "_IsProjectRestoreSupported", "GetTargetPath" };
        foreach (var nfproj in nfprojs)
        {
            var fallbacks = XDocument.Load(Path.Combine(Root, nfproj)).Descendants().Where(e => e.Name.LocalName == "Target" &&
                    (string?)e.Attribute("Condition") == "'$(NfToolchain)' != 'true'")
                .Select(e => e.Attribute("Name")!.Value).ToList();
            var missing = needed.Where(t => !fallbacks.Contains(t)).ToList();
            Assert.AreEqual(0, missing.Count, $"{nfproj} lacks the no-op fallback target(s) {string.Join(", ", missing)} " +
                "(<Target Name=\"...\" Condition=\"'$(NfToolchain)' != 'true'\" />)");
            var twice = fallbacks.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.AreEqual(0, twice.Count, $"{nfproj} defines the fallback target(s) {string.Join(", ", twice)} twice");
        }
    }

    static Dictionary<string, string> PackagesConfig(string path) =>
        XDocument.Load(Path.Combine(Root, path)).Descendants("package")
            .ToDictionary(p => p.Attribute("id")!.Value, p => p.Attribute("version")!.Value);

    static void AssertHintPathsAgree(string nfproj, Dictionary<string, string> packages)
    {
        var hints = XDocument.Load(Path.Combine(Root, nfproj)).Descendants().Where(e => e.Name.LocalName == "HintPath")
            .Select(e => e.Value.Replace('\\', '/')).ToList();
        Assert.IsTrue(hints.Count > 0, nfproj + " has no package references");
        foreach (var hint in hints)
        {
            var folder = hint.Split('/').SkipWhile(s => s != "packages").Skip(1).First();   // e.g. nanoFramework.CoreLibrary.1.17.11
            var (id, version) = packages.Select(p => (p.Key, p.Value)).FirstOrDefault(p => folder.StartsWith(p.Key + ".", StringComparison.Ordinal));
            Assert.IsNotNull(id, $"{nfproj}: HintPath {hint} names a package that packages.config lacks");
            Assert.AreEqual(id + "." + version, folder, $"{nfproj}: HintPath {hint} disagrees with packages.config ({id} {version})");
        }
    }

    [TestMethod]
    public void PackagesArePinnedConsistently()
    {
        foreach (var name in DeviceAssemblies.Names)
        {
            var lib = PackagesConfig($"src/{name}/packages.config");
            Assert.AreEqual("1.17.11", lib["nanoFramework.CoreLibrary"], $"src/{name}/packages.config must pin nanoFramework.CoreLibrary 1.17.11");
            AssertHintPathsAgree($"src/{name}/{name}.nfproj", lib);
            // The package's dependencies: the nanoFramework packages it runs on (not build-time ones such as
            // Nerdbank.GitVersioning) and the MikeyNano packages its project references, at the same version.
            var runtime = lib.Where(p => !p.Key.StartsWith("Nerdbank.", StringComparison.Ordinal)).ToList();
            // UTF-8 is our own codec (MikeyNano.Bytes.Utf8): a device assembly needs nanoFramework.CoreLibrary alone.
            CollectionAssert.AreEqual(new[] { "nanoFramework.CoreLibrary" }, runtime.Select(p => p.Key).ToList(),
                $"src/{name}/packages.config: the device assemblies run on nanoFramework.CoreLibrary alone");
            var projectRefs = XDocument.Load(Path.Combine(Root, $"src/{name}/{name}.nfproj")).Descendants()
                .Where(e => e.Name.LocalName == "ProjectReference")
                .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
                .Select(n => new KeyValuePair<string, string>(n, "$version$")).ToList();
            var nuspec = XDocument.Load(Path.Combine(Root, $"src/{name}/{name}.nuspec")).Descendants()
                .Where(e => e.Name.LocalName == "dependency").ToDictionary(e => e.Attribute("id")!.Value, e => e.Attribute("version")!.Value);
            CollectionAssert.AreEquivalent(runtime.Concat(projectRefs).OrderBy(p => p.Key).ToList(), nuspec.OrderBy(p => p.Key).ToList(),
                $"{name}.nuspec dependencies must equal src/{name}/packages.config (runtime packages) plus its MikeyNano project references");
        }

        var tests = PackagesConfig("tests/NFUnitTest/packages.config");
        Assert.AreEqual("1.17.11", tests["nanoFramework.CoreLibrary"], "tests/NFUnitTest/packages.config must pin nanoFramework.CoreLibrary 1.17.11");
        AssertHintPathsAgree("tests/NFUnitTest/NFUnitTest.nfproj", tests);
        CollectionAssert.AreEquivalent(tests.ToList(), PackagesConfig("tests/NFUnitTest.Slow/packages.config").ToList(),
            "both tiers of the device tests pin the same packages");
        AssertHintPathsAgree("tests/NFUnitTest.Slow/NFUnitTest.nfproj", tests);
    }
}
