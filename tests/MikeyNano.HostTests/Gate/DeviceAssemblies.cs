#nullable enable
using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace MikeyNano.HostTests.Gate;

/// <summary>The device assemblies (one per .nfproj under src/), in dependency order, and their host builds.</summary>
public static class DeviceAssemblies
{
    /// <summary>Names in dependency order: each assembly references only names before it.</summary>
    public static readonly string[] Names =
        { "MikeyNano.Native", "MikeyNano.Core", "MikeyNano.Ecc", "MikeyNano.Sakke", "MikeyNano.Srtp", "MikeyNano.Mikey", "MikeyNano", "MikeyNano.Radio" };

    public static bool IsDeviceAssembly(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>Path of the host build (net10.0) of a device assembly, as loaded by this test run.</summary>
    public static string HostBuildPath(string name)
    {
        // Touch one type of the top assembly so every device assembly is loaded, then find the one by name.
        _ = typeof(MikeyNano.SelfTest.PowerOnSelfTest).Assembly;
        var asm = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name)
                  ?? Assembly.Load(new AssemblyName(name));
        return asm.Location;
    }

    /// <summary>src/NAME: the device assembly's source folder (sources, .nfproj, .nuspec, packages.config).</summary>
    public static string SourceFolder(string name) => Path.Combine(GatePaths.RepoRoot, "src", name);
}
