#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace MikeyNano.HostTests.Gate;

/// <summary>
/// The nanoFramework API lists (../shared/nanoframework-api/*.txt) as a set of keys in allowlist notation.
/// A list line <c>System.String::PadLeft(int, char = ' ') : string</c> gives the key
/// <c>System.String::PadLeft(int, char) : string</c> (defaults, <c>params</c> dropped; <c>out</c>/<c>in</c> become <c>ref</c>,
/// as metadata references cannot tell them apart); properties/indexers give one key per accessor
/// (<c>... [property get]</c>, <c>... [indexer set]</c>); fields give <c>... [field]</c>; types give their full name.
/// </summary>
public sealed class NanoApiCatalog
{
    /// <summary>Key to the API-file line it came from, per file name.</summary>
    public Dictionary<string, Dictionary<string, string>> ByFile { get; } = new(StringComparer.Ordinal);
    /// <summary>Package id (e.g. nanoFramework.CoreLibrary) to its file name (mscorlib.txt), from the README table.</summary>
    public Dictionary<string, string> FileOfPackage { get; } = new(StringComparer.Ordinal);

    public static NanoApiCatalog Load(string dir)
    {
        var c = new NanoApiCatalog();
        foreach (var line in File.ReadAllLines(Path.Combine(dir, "README.md")))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length >= 4 && cells[1].EndsWith(".txt", StringComparison.Ordinal) && cells[2].Length > 0)
                c.FileOfPackage.TryAdd(cells[2].Split(' ')[0], cells[1]);
        }
        foreach (var path in Directory.GetFiles(dir, "*.txt"))
        {
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadAllLines(path))
                if (line.Length > 0 && !line.StartsWith('#'))
                    foreach (var k in Keys(line)) keys.TryAdd(k, line);
            c.ByFile[Path.GetFileName(path)] = keys;
        }
        return c;
    }

    /// <summary>The package (stable 1.x lists only) that has this key, preferring the core library.</summary>
    public string? PackageOf(string key)
    {
        foreach (var (pkg, file) in FileOfPackage.OrderBy(p => p.Value == "mscorlib.txt" ? 0 : 1))
            if (!file.Contains("preview") && ByFile.TryGetValue(file, out var keys) && keys.ContainsKey(key)) return pkg;
        return null;
    }

    public static IEnumerable<string> Keys(string line)
    {
        int sep = line.IndexOf("::", StringComparison.Ordinal);
        if (sep < 0)
        {
            int b = line.IndexOf(" [", StringComparison.Ordinal);
            yield return (b < 0 ? line : line[..b]).Trim();
            yield break;
        }
        string type = line[..sep];
        string rest = line[(sep + 2)..];
        // member head: name, optionally followed by (params) or, for indexers, this[params]
        int i = 0;
        while (i < rest.Length && rest[i] != '(' && rest[i] != '[' && rest[i] != ' ') i++;
        string name = rest[..i];
        string? ps = null;
        if (i < rest.Length && (rest[i] == '(' || rest[i] == '['))
        {
            int close = MatchingClose(rest, i);
            ps = NormalizeParams(rest[(i + 1)..close]);
            i = close + 1;
        }
        rest = rest[i..];
        string ret = "", flags = "";
        if (rest.StartsWith(" : ", StringComparison.Ordinal))
        {
            rest = rest[3..];
            int fb = rest.LastIndexOf(" [", StringComparison.Ordinal);
            if (fb >= 0 && rest.EndsWith(']')) { flags = rest[(fb + 2)..^1]; rest = rest[..fb]; }
            ret = rest.Trim();
        }
        string first = flags.Split(',')[0].Trim();
        if (first.StartsWith("property", StringComparison.Ordinal) || first.StartsWith("indexer", StringComparison.Ordinal))
        {
            string kind = first.Split(' ')[0];
            string head = kind == "indexer" ? $"{type}::this[{ps}]" : $"{type}::{name}";
            foreach (var acc in first.Split(' ').Skip(1))
                yield return $"{head} : {ret} [{kind} {acc}]";
        }
        else if (first.StartsWith("field", StringComparison.Ordinal))
            yield return $"{type}::{name} : {ret} [field]";
        else if (ps != null && !first.StartsWith("const", StringComparison.Ordinal) && !first.StartsWith("enum", StringComparison.Ordinal)
                 && !first.StartsWith("event", StringComparison.Ordinal))
            yield return $"{type}::{name}({ps}) : {ret}";
    }

    static int MatchingClose(string s, int open)
    {
        int depth = 0;
        bool quote = false;
        char q = '\0';
        for (int i = open; i < s.Length; i++)
        {
            char ch = s[i];
            if (quote) { if (ch == '\\') i++; else if (ch == q) quote = false; continue; }
            if (ch == '\'' || ch == '"') { quote = true; q = ch; }
            else if (ch == '(' || ch == '[' || ch == '<') depth++;
            else if (ch == ')' || ch == ']' || ch == '>') { depth--; if (depth == 0) return i; }
        }
        return s.Length - 1;
    }

    static string NormalizeParams(string ps)
    {
        var parts = new List<string>();
        var cur = new StringBuilder();
        int depth = 0;
        bool quote = false;
        char q = '\0';
        for (int i = 0; i < ps.Length; i++)
        {
            char ch = ps[i];
            if (quote) { cur.Append(ch); if (ch == '\\' && i + 1 < ps.Length) cur.Append(ps[++i]); else if (ch == q) quote = false; continue; }
            if (ch == '\'' || ch == '"') { quote = true; q = ch; }
            if (ch == '<' || ch == '[' || ch == '(') depth++;
            if (ch == '>' || ch == ']' || ch == ')') depth--;
            if (ch == ',' && depth == 0) { parts.Add(cur.ToString()); cur.Clear(); continue; }
            cur.Append(ch);
        }
        if (cur.ToString().Trim().Length > 0) parts.Add(cur.ToString());
        return string.Join(", ", parts.Select(p =>
        {
            p = p.Trim();
            int eq = p.IndexOf(" = ", StringComparison.Ordinal);
            if (eq >= 0) p = p[..eq];
            foreach (var prefix in new[] { "params ", "this " }) if (p.StartsWith(prefix, StringComparison.Ordinal)) p = p[prefix.Length..];
            foreach (var prefix in new[] { "out ", "in " }) if (p.StartsWith(prefix, StringComparison.Ordinal)) p = "ref " + p[prefix.Length..];
            return p;
        }));
    }
}
