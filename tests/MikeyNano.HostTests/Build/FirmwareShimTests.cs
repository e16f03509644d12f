#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using MikeyNano.HostTests.Gate;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Build;

/// <summary>
/// The reference shims of firmware/Shims declare nothing the real packages lack: every public member of a shim whose
/// package ../shared/nanoframework-api lists is a line of that list (CI only: Inconclusive where ../shared is absent),
/// in the lists' notation (TestFrameworkShimTests.ApiLines; the lists' native/native-get/native-set flags say how a
/// member is implemented, not what it is, and are left out of the comparison). The two shims of packages outside those
/// lists (System.Device.Gpio, System.IO.FileSystem) declare exactly what their api.txt records from the package's
/// public sources, and both say at their top that they are outside the lists.
/// </summary>
[TestClass]
public sealed class FirmwareShimTests
{
    static readonly Regex NativeFlag = new(@"(, )?\bnative(-get|-set)?\b");

    /// <summary>A list line without the native flags (and without brackets left empty).</summary>
    public static string WithoutNativeFlags(string line)
    {
        var s = NativeFlag.Replace(line, "");
        s = s.Replace("[, ", "[", StringComparison.Ordinal).Replace(" []", "", StringComparison.Ordinal);
        return s.Trim();
    }

    static SortedSet<string> ListLines(string path) =>
        new(File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(WithoutNativeFlags), StringComparer.Ordinal);

    static List<string> ShimLines(FirmwareShim shim) =>
        TestFrameworkShimTests.ApiLines(RadioAppBuild.Current.Shims[shim].Compilation.Assembly).ToList();

    [TestMethod]
    public void EveryShimCompiles()
    {
        foreach (var (shim, unit) in RadioAppBuild.Current.Shims)
            Assert.AreEqual(0, unit.Errors.Count, shim.Folder + ": " + unit.ErrorReport());
    }

    [TestMethod]
    public void ShimsDeclareOnlyListedMembers()
    {
        var dir = GatePaths.NanoApiDirectory;
        if (dir == null)
            Assert.Inconclusive("Skipped (CI-only check): ../shared/nanoframework-api/ is not present beside the repository at " + GatePaths.RepoRoot + ".");
        var report = "";
        foreach (var shim in FirmwareShims.All.Where(s => !s.OutsideSharedLists))
        {
            var listed = ListLines(Path.Combine(dir!, shim.SharedList!));
            var extra = ShimLines(shim).Where(l => !listed.Contains(l)).ToList();
            if (extra.Count > 0) report += $"\nfirmware/Shims/{shim.Folder} declares what {shim.SharedList} does not list:\n  " + string.Join("\n  ", extra);
        }
        Assert.AreEqual("", report, report);
    }

    [TestMethod]
    public void ShimsOutsideTheListsDeclareExactlyTheirRecordedApi()
    {
        foreach (var shim in FirmwareShims.All.Where(s => s.OutsideSharedLists))
        {
            var recorded = ListLines(shim.OwnList);
            var declared = new SortedSet<string>(ShimLines(shim), StringComparer.Ordinal);
            CollectionAssert.AreEqual(recorded.ToList(), declared.ToList(),
                $"firmware/Shims/{shim.Folder}: the shim and api.txt differ\n  shim only: {string.Join(", ", declared.Except(recorded))}\n  api.txt only: {string.Join(", ", recorded.Except(declared))}");
            StringAssert.StartsWith(File.ReadAllText(shim.Sources.Single()), "// OUTSIDE ../shared/nanoframework-api", shim.Folder);
            StringAssert.StartsWith(File.ReadAllText(shim.OwnList), "# OUTSIDE ../shared/nanoframework-api", shim.Folder);
            StringAssert.Contains(File.ReadAllText(shim.OwnList), "tag v" + shim.Version, shim.Folder + "/api.txt names the version it was read from");
        }
    }

    /// <summary>The outside packages really are absent from ../shared's lists (else their shim should be checked
    /// against the list like the others). CI only.</summary>
    [TestMethod]
    public void TheOutsidePackagesAreNotInTheSharedLists()
    {
        var dir = GatePaths.NanoApiDirectory;
        if (dir == null) Assert.Inconclusive("Skipped (CI-only check): ../shared/nanoframework-api/ is not present.");
        var all = string.Join("\n", Directory.GetFiles(dir!, "*.txt").Select(File.ReadAllText));
        foreach (var shim in FirmwareShims.All.Where(s => s.OutsideSharedLists))
            foreach (var line in ListLines(shim.OwnList).Where(l => l.Contains("::", StringComparison.Ordinal)))
                Assert.IsFalse(all.Contains(line.Split(' ')[0], StringComparison.Ordinal), line + " is in ../shared's lists after all");
    }

    /// <summary>The check bites: the renderer gives the lists' notation for what the shims use (enum values, a
    /// readonly static field, a protected constructor, a flags enum over byte), and a member the list lacks is found.</summary>
    [TestMethod]
    public void TheRendererSpeaksTheListsNotation()
    {
        var net = ShimLines(FirmwareShims.All.Single(s => s.Folder == "System.Net"));
        CollectionAssert.Contains(net, "System.Net.Sockets.AddressFamily::InterNetwork [enum value=2]");
        CollectionAssert.Contains(net, "System.Net.IPAddress::Any : IPAddress [field readonly, static]");
        CollectionAssert.Contains(net, "System.Net.EndPoint::.ctor() : void [protected]");
        CollectionAssert.Contains(net, "System.Net.NetworkInformation.Wireless80211Configuration.ConfigurationOptions [enum flags] : byte");
        Assert.AreEqual("System.IO.Ports.SerialPort::Read(byte[], int, int) : int",
            WithoutNativeFlags("System.IO.Ports.SerialPort::Read(byte[], int, int) : int [native]"));
        Assert.AreEqual("System.IO.Ports.SerialPort::BytesToRead : int [property get]",
            WithoutNativeFlags("System.IO.Ports.SerialPort::BytesToRead : int [property get, native-get]"));
        var sample = DeviceBuild.Current.CompileSample("namespace System.IO.Ports { public sealed class SerialPort { private SerialPort() { } public string ReadLine() => null; public void Flush() { } } }");
        var lines = TestFrameworkShimTests.ApiLines(sample.Compilation.Assembly).ToList();
        var dir = GatePaths.NanoApiDirectory;
        if (dir == null) return;
        var listed = ListLines(Path.Combine(dir, "System.IO.Ports.txt"));
        CollectionAssert.AreEqual(new[] { "System.IO.Ports.SerialPort::Flush() : void" }, lines.Where(l => !listed.Contains(l) && l.Contains("::", StringComparison.Ordinal)).ToList(),
            "Flush is not in System.IO.Ports.txt; ReadLine is");
    }
}
