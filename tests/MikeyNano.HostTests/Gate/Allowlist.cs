#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
namespace MikeyNano.HostTests.Gate;

/// <summary>The device API allowlist (device-api-allowlist.txt): one line per API, <c>api | package</c>.</summary>
public sealed class Allowlist
{
    public const string FileName = "device-api-allowlist.txt";

    /// <summary>API (allowlist notation) to the nanoFramework package that provides it.</summary>
    public SortedDictionary<string, string> Entries { get; } = new(StringComparer.Ordinal);
    public List<string> Errors { get; } = new();

    public ISet<string> Apis => new HashSet<string>(Entries.Keys, StringComparer.Ordinal);

    public static Allowlist Parse(IEnumerable<string> lines)
    {
        var a = new Allowlist();
        int n = 0;
        foreach (var raw in lines)
        {
            n++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
            if (bar < 0) { a.Errors.Add($"line {n}: missing ' | package': {line}"); continue; }
            var api = line[..bar].Trim();
            var pkg = line[(bar + 3)..].Trim();
            if (!a.Entries.TryAdd(api, pkg)) a.Errors.Add($"line {n}: duplicate entry {api}");
        }
        return a;
    }

    public static string Format(string api, string package) => api + " | " + package;

    /// <summary>Best guess of the package for a new line (the CI test checks it against the API files).</summary>
    public static string GuessPackage(string api)
    {
        string type = api.Split("::")[0];
        if (type is "System.Text.StringBuilder" or "System.Text.Encoding" or "System.Text.UTF8Encoding" or "System.Text.Decoder")
            return "nanoFramework.System.Text";
        if (type.StartsWith("System.Collections.", StringComparison.Ordinal) && type is not ("System.Collections.ArrayList"
            or "System.Collections.ICollection" or "System.Collections.IEnumerable" or "System.Collections.IEnumerator"
            or "System.Collections.IList" or "System.Collections.IDictionary" or "System.Collections.DictionaryEntry"))
            return "nanoFramework.System.Collections";
        return "nanoFramework.CoreLibrary";
    }
}
