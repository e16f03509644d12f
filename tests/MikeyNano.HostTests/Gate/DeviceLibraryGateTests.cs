#nullable enable
using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Gate;

/// <summary>The subset gate on the host builds of the device assemblies (DeviceAssemblies.Names).</summary>
[TestClass]
public sealed class DeviceLibraryGateTests
{
    [TestMethod]
    public void DeviceLibraryPassesGate()
    {
        var allow = Allowlist.Parse(File.ReadAllLines(GatePaths.AllowlistPath));
        Assert.AreEqual(0, allow.Errors.Count, "allowlist format errors:\n" + string.Join("\n", allow.Errors));
        var used = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        string message = "";
        var nano = GatePaths.NanoApiDirectory is { } dir ? NanoApiCatalog.Load(dir) : null;
        var all = DeviceAssemblies.Names.Select(DeviceAssemblies.HostBuildPath).ToList();
        foreach (var name in DeviceAssemblies.Names)
        {
            string dll = DeviceAssemblies.HostBuildPath(name);
            var report = SubsetGate.Check(dll, allow.Apis, all);
            used.UnionWith(report.UsedApis.Keys);
            var add = report.UsedApis.Keys.Where(k => !allow.Entries.ContainsKey(k))
                            .Select(k => Allowlist.Format(k, nano == null ? Allowlist.GuessPackage(k)
                                                    : nano.PackageOf(k) ?? "NOT IN ANY nanoFramework 1.x API LIST: do not add, change the code"))
                            .ToList();
            if (report.Violations.Count > 0)
                message += $"{report.Violations.Count} subset gate violation(s) in {dll}:\n  " +
                           string.Join("\n  ", report.Violations) + "\n";
            if (add.Count > 0)
                message += $"\n{name}: if (and only if) these APIs exist in nanoFramework (../shared/nanoframework-api/*.txt), add these lines to " +
                           GatePaths.AllowlistPath + " (keep it sorted; check the package):\n  " + string.Join("\n  ", add) + "\n";
        }
        var remove = allow.Entries.Where(e => !used.Contains(e.Key))
                          .Select(e => Allowlist.Format(e.Key, e.Value)).ToList();
        if (remove.Count > 0)
            message += "\nNo device assembly uses these allowlist lines any more; remove them:\n  " + string.Join("\n  ", remove) + "\n";
        Assert.AreEqual("", message);
    }

    /// <summary>The device-compatible tests (tests/MikeyNano.Tests, also compiled into tests/NFUnitTest for nanoCLR) keep
    /// the "No NUL can be lost" rule too: a test that put U+0000 in a string would test something else on the device
    /// ("a\0b" is "a" there). Only that rule: the tests' other APIs (MSTest) are not device code.</summary>
    [TestMethod]
    public void DeviceTestsCannotLoseANul()
    {
        string dll = typeof(MikeyNano.Tests.Support.Expect).Assembly.Location;
        var report = SubsetGate.Check(dll, new System.Collections.Generic.HashSet<string>());
        var nul = report.Violations.Where(v => v.Rule == SubsetGate.NulRule).ToList();
        Assert.AreEqual(0, nul.Count, $"{nul.Count} violation(s) in {dll}:\n  " + string.Join("\n  ", nul));
    }

    /// <summary>The static-initialiser rule over the device-compatible tests, which nanoCLR starts the same way (every
    /// .cctor at boot, in metadata order): a test class whose static read a library static would see null there.
    /// Exempt: ThisAssembly, which Nerdbank.GitVersioning writes into the host build (DateTime constants).</summary>
    [TestMethod]
    public void DeviceTestsHaveLiteralStaticsOnly()
    {
        string dll = typeof(MikeyNano.Tests.Support.Expect).Assembly.Location;
        var report = SubsetGate.Check(dll, new System.Collections.Generic.HashSet<string>());
        var bad = report.Violations.Where(v => v.Rule == SubsetGate.StaticInitRuleName &&
                                               !v.Where.All(w => w.StartsWith("ThisAssembly::", StringComparison.Ordinal))).ToList();
        Assert.AreEqual(0, bad.Count, $"{bad.Count} violation(s) in {dll}:\n  " + string.Join("\n  ", bad));
    }

    [TestMethod]
    public void AllowlistIsSortedAndWellFormed()
    {
        var lines = File.ReadAllLines(GatePaths.AllowlistPath).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')).ToList();
        var allow = Allowlist.Parse(lines);
        Assert.AreEqual(0, allow.Errors.Count, string.Join("\n", allow.Errors));
        var sorted = lines.OrderBy(l => l, StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(sorted, lines, "device-api-allowlist.txt must be sorted (ordinal, e.g. LC_ALL=C sort)");
    }

    /// <summary>CI only (needs ../shared/nanoframework-api): every allowlist line exists, non-generic, in its package's API list.</summary>
    [TestMethod]
    public void AllowlistEntriesExistInNanoFramework()
    {
        var dir = GatePaths.NanoApiDirectory;
        if (dir == null)
            Assert.Inconclusive("Skipped: ../shared/nanoframework-api/ (the nanoFramework API lists) is not present beside the repository at " +
                                System.IO.Path.GetFullPath(System.IO.Path.Combine(GatePaths.RepoRoot, "..", "shared")) +
                                "; this check runs in CI where it exists.");
        var nano = NanoApiCatalog.Load(dir);
        var allow = Allowlist.Parse(File.ReadAllLines(GatePaths.AllowlistPath));
        Assert.AreEqual(0, allow.Errors.Count, string.Join("\n", allow.Errors));
        var bad = new System.Collections.Generic.List<string>();
        foreach (var (api, package) in allow.Entries)
        {
            if (api.Contains('<') || api.Contains('`')) { bad.Add($"{api}: generic (nanoFramework 1.x has no generics)"); continue; }
            if (!nano.FileOfPackage.TryGetValue(package, out var file) || file.Contains("preview"))
            { bad.Add($"{api}: unknown package '{package}' (known: {string.Join(", ", nano.FileOfPackage.Keys)})"); continue; }
            if (!nano.ByFile[file].TryGetValue(api, out var line))
            {
                var elsewhere = nano.PackageOf(api);
                bad.Add($"{api}: not in {file} ({package})" + (elsewhere != null ? $"; it is in {elsewhere}" : ""));
                continue;
            }
            if (line.Contains("generic") || line.Contains('<')) bad.Add($"{api}: generic in {file}: {line}");
        }
        Assert.AreEqual(0, bad.Count, $"{bad.Count} allowlist line(s) not in the nanoFramework API lists ({dir}):\n  " + string.Join("\n  ", bad));
    }
}
