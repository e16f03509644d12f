#nullable enable
using System;
using System.IO;

namespace MikeyNano.HostTests.Gate;

/// <summary>Where the repository, the allowlist and the shared nanoFramework API lists are.</summary>
public static class GatePaths
{
    /// <summary>The directory holding MikeyNano.sln, found by walking up from the test binaries.</summary>
    public static string RepoRoot
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "MikeyNano.sln"))) return d.FullName;
            throw new InvalidOperationException("MikeyNano.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string AllowlistPath => Path.Combine(RepoRoot, "tests", "MikeyNano.HostTests", "Gate", Allowlist.FileName);

    /// <summary>../shared/nanoframework-api relative to the repository root (present in CI), or null.</summary>
    public static string? NanoApiDirectory
    {
        get
        {
            var d = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "nanoframework-api"));
            return Directory.Exists(d) ? d : null;
        }
    }
}
