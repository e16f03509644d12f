#nullable enable
using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace MikeyNano.HostTests.Build;

/// <summary>The real nanoFramework mscorlib (package nanoFramework.CoreLibrary, the version every .nfproj pins), which
/// this project's restore downloads (PackageDownload in MikeyNano.HostTests.csproj) without referencing it.</summary>
public static class NanoCoreLibrary
{
    public const string PackageId = "nanoFramework.CoreLibrary";
    public const string Version = "1.17.11";

    /// <summary>lib/mscorlib.dll in the NuGet packages folder: the one this build restored into (recorded in the test
    /// assembly at build time), else $NUGET_PACKAGES, else ~/.nuget/packages. Throws, naming every place looked at,
    /// when none has it.</summary>
    public static string MscorlibPath
    {
        get
        {
            var relative = Path.Combine(PackageId.ToLowerInvariant(), Version, "lib", "mscorlib.dll");
            var roots = new[]
            {
                typeof(NanoCoreLibrary).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                    .FirstOrDefault(a => a.Key == "NuGetPackageRoot")?.Value,
                Environment.GetEnvironmentVariable("NUGET_PACKAGES"),
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
            }.Where(r => !string.IsNullOrEmpty(r)).Select(r => Path.GetFullPath(r!)).Distinct().ToList();
            foreach (var root in roots)
            {
                var candidate = Path.Combine(root, relative);
                if (File.Exists(candidate)) return candidate;
            }
            throw new FileNotFoundException(
                $"{PackageId} {Version} (lib/mscorlib.dll) is not in the NuGet packages folder; looked for {relative} under: " +
                string.Join(", ", roots) + ". It is downloaded by `dotnet restore` of tests/MikeyNano.HostTests " +
                "(<PackageDownload Include=\"" + PackageId + "\" Version=\"[" + Version + "]\" />): run `dotnet test MikeyNano.sln -c Release` " +
                "with access to a NuGet feed that serves it.");
        }
    }
}
