#nullable enable
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MikeyNano.HostTests.Gate;

namespace MikeyNano.HostTests.Build;

/// <summary>One reference shim of firmware/Shims: the nanoFramework package it stands for, the assembly name the
/// application binds to, the API list it is checked against (../shared/nanoframework-api/LIST, or for a package outside
/// those lists, the shim's own api.txt read from the package's public sources), and the package version.</summary>
public sealed record FirmwareShim(string Package, string Assembly, string Folder, string? SharedList, string Version)
{
    public string SourceFolder => Path.Combine(GatePaths.RepoRoot, "firmware", "Shims", Folder);

    public IReadOnlyList<string> Sources => Directory.GetFiles(SourceFolder, "*.cs").OrderBy(f => f, System.StringComparer.Ordinal).ToList();

    /// <summary>firmware/Shims/FOLDER/api.txt for a shim outside ../shared's lists.</summary>
    public string OwnList => Path.Combine(SourceFolder, "api.txt");

    public bool OutsideSharedLists => SharedList == null;
}

/// <summary>The shims RadioApp compiles against, in dependency order (none depends on another).</summary>
public static class FirmwareShims
{
    public static readonly FirmwareShim[] All =
    {
        new("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.txt", "1.6.42"),
        new("nanoFramework.Runtime.Native", "nanoFramework.Runtime.Native", "nanoFramework.Runtime.Native", "nanoFramework.Runtime.Native.txt", "1.7.11"),
        new("nanoFramework.System.IO.Ports", "System.IO.Ports", "System.IO.Ports", "System.IO.Ports.txt", "1.1.139"),
        new("nanoFramework.System.Net", "System.Net", "System.Net", "System.Net.txt", "1.11.54"),
        new("nanoFramework.System.Device.Gpio", "System.Device.Gpio", "System.Device.Gpio", null, "1.1.62"),
        new("nanoFramework.System.IO.FileSystem", "System.IO.FileSystem", "System.IO.FileSystem", null, "1.1.93"),
    };
}
