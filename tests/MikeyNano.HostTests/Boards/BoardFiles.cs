#nullable enable
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MikeyNano.HostTests.Gate;

namespace MikeyNano.HostTests.Boards;

/// <summary>The board profiles in boards/ (every *.json but the schema) and the schema.</summary>
public static class BoardFiles
{
    public static string Folder => Path.Combine(GatePaths.RepoRoot, "boards");

    public static string SchemaPath => Path.Combine(Folder, "board-profile.schema.json");

    /// <summary>Profile name (file name without .json) to path, in ordinal order.</summary>
    public static IReadOnlyList<(string Name, string Path)> Profiles =>
        Directory.GetFiles(Folder, "*.json").Where(f => f != SchemaPath)
            .Select(f => (System.IO.Path.GetFileNameWithoutExtension(f), f)).OrderBy(p => p.Item1, System.StringComparer.Ordinal).ToList();
}
