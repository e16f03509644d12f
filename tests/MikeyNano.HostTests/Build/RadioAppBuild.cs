#nullable enable
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using MikeyNano.HostTests.Gate;
using Microsoft.CodeAnalysis;

namespace MikeyNano.HostTests.Build;

/// <summary>firmware/RadioApp compiled as the device build compiles it (DeviceBuild: Roslyn, LangVersion 9, the real
/// mscorlib 1.17.11): each reference shim of firmware/Shims as the assembly it stands for, then the application (an
/// exe, the Compile items of RadioApp.nfproj) against mscorlib, the shims and the eight device assemblies.</summary>
public sealed class RadioAppBuild
{
    static readonly System.Lazy<RadioAppBuild> current = new(() => new RadioAppBuild(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static RadioAppBuild Current => current.Value;

    public static string Folder => Path.Combine(GatePaths.RepoRoot, "firmware", "RadioApp");

    public static string Project => Path.Combine(Folder, "RadioApp.nfproj");

    public IReadOnlyDictionary<FirmwareShim, DeviceUnit> Shims { get; }

    public DeviceUnit App { get; }

    RadioAppBuild()
    {
        var build = DeviceBuild.Current;
        Shims = FirmwareShims.All.ToDictionary(s => s, s => build.Compile(s.Assembly, s.Sources, new List<DeviceUnit>()));
        App = build.Compile("MikeyNano.RadioApp", Nfproj.CompileItems(Project), build.Libraries.Concat(Shims.Values).ToList(), OutputKind.ConsoleApplication);
    }
}
