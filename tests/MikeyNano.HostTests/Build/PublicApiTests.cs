#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using MikeyNano.HostTests.Gate;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Build;

/// <summary>The supported API of each device assembly is what an integrator compiles against; everything else is
/// internal (shared with the other MikeyNano assemblies, the tests and our tools through InternalsVisibleTo). This test
/// lists every type and member visible outside the assembly (public, and protected on types that can be derived from)
/// and compares the list with the approved file PublicApi/ASSEMBLY.txt, so a change of the public surface is always a
/// deliberate edit of that file, seen in review. To approve a change: run the test with MIKEYNANO_APPROVE_API=1 (it
/// rewrites the files) and commit them.</summary>
[TestClass]
public sealed class PublicApiTests
{
    static string ApprovedPath(string assembly) =>
        Path.Combine(GatePaths.RepoRoot, "tests", "MikeyNano.HostTests", "Build", "PublicApi", assembly + ".txt");

    static bool Approving => Environment.GetEnvironmentVariable("MIKEYNANO_APPROVE_API") == "1";

    [TestMethod]
    public void PublicApiMatchesTheApprovedFiles()
    {
        var failures = new List<string>();
        foreach (var name in DeviceAssemblies.Names)
        {
            var asm = Assembly.LoadFrom(DeviceAssemblies.HostBuildPath(name));   // the assembly this run already loaded
            var actual = PublicApiListing.Lines(asm);
            var path = ApprovedPath(name);
            Console.WriteLine($"{name}: {PublicApiListing.TypeCount(actual)} public types, {PublicApiListing.MemberCount(actual)} public members");
            if (Approving)
            {
                File.WriteAllText(path, PublicApiListing.Header(name) + string.Join("\n", actual) + "\n");
                continue;
            }
            var approved = File.Exists(path)
                ? File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal)).ToList()
                : new List<string>();
            var removed = approved.Except(actual).ToList();
            var added = actual.Except(approved).ToList();
            if (removed.Count + added.Count > 0)
                failures.Add($"{name} (approved: {Path.GetRelativePath(GatePaths.RepoRoot, path)}):\n" +
                             string.Concat(removed.Select(l => "  - " + l + "\n")) + string.Concat(added.Select(l => "  + " + l + "\n")));
        }
        Assert.AreEqual(0, failures.Count,
            "The public API differs from the approved listing (- approved but gone, + new). If the change is meant, " +
            "rerun with MIKEYNANO_APPROVE_API=1 and commit the updated files.\n" + string.Join("\n", failures));
    }

    /// <summary>The listing is not vacuous: it sees public types and members, and leaves out internal types and the
    /// internal members of public types.</summary>
    [TestMethod]
    public void ListingSeesPublicAndHidesInternal()
    {
        var top = PublicApiListing.Lines(typeof(MikeyNano.Mikey.SakkeMode.SakkeResponder).Assembly);
        CollectionAssert.Contains(top, "sealed class MikeyNano.Mikey.SakkeMode.SakkeResponder");
        CollectionAssert.Contains(top, "  method MikeyNano.Mikey.SakkeMode.ReceivedCall Process(byte[] message, ulong ntpNow)");
        var core = PublicApiListing.Lines(typeof(MikeyNano.Errors.MikeyException).Assembly);
        CollectionAssert.Contains(core, "class MikeyNano.Errors.MikeyException");
        CollectionAssert.Contains(core, "  property MikeyNano.Errors.MikeyErrorCode ErrorCode { get }");
        Assert.IsFalse(core.Any(l => l.Contains(" Malformed(", StringComparison.Ordinal)), "an internal member was listed");
        Assert.IsFalse(core.Any(l => l.EndsWith("Ciphers.Aes", StringComparison.Ordinal)), "an internal type was listed");
        CollectionAssert.Contains(core, "static class MikeyNano.Ciphers.AesKeyWrap");
        Assert.AreEqual(2, PublicApiListing.TypeCount(new[] { "class A", "  ctor()", "enum B", "  value X = 0" }));
        Assert.AreEqual(2, PublicApiListing.MemberCount(new[] { "class A", "  ctor()", "enum B", "  value X = 0" }));
    }
}

/// <summary>One line per public type ("kind Namespace.Type") followed by one indented line per visible member, in
/// ordinal order, with C# keywords for the built-in types.</summary>
public static class PublicApiListing
{
    const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance |
                                  BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Header(string assembly) =>
        $"# The public API of {assembly} (checked by tests/MikeyNano.HostTests/Build/PublicApiTests.cs).\n" +
        "# Regenerate deliberately: MIKEYNANO_APPROVE_API=1 dotnet test MikeyNano.sln -c Release --filter PublicApiTests\n";

    public static int TypeCount(IEnumerable<string> lines) => lines.Count(l => !l.StartsWith(" ", StringComparison.Ordinal));
    public static int MemberCount(IEnumerable<string> lines) => lines.Count(l => l.StartsWith(" ", StringComparison.Ordinal));

    public static List<string> Lines(Assembly asm)
    {
        var lines = new List<string>();
        foreach (var t in asm.GetTypes().Where(IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add(Kind(t) + " " + Name(t));
            var members = t.GetMembers(Declared).Where(m => IsVisible(t, m)).Select(m => "  " + Member(t, m))
                .Where(l => l.Length > 2).Distinct().OrderBy(l => l, StringComparer.Ordinal);
            lines.AddRange(members);
        }
        return lines;
    }

    static bool IsVisible(Type t) => t.IsPublic || (t.IsNestedPublic && IsVisible(t.DeclaringType!))
                                     || (t.IsNestedFamily || t.IsNestedFamORAssem) && IsVisible(t.DeclaringType!) && !t.DeclaringType!.IsSealed;

    static bool Visible(bool isPublic, bool isFamily, bool isFamOrAssem, Type owner) =>
        isPublic || (isFamily || isFamOrAssem) && !owner.IsSealed;

    static bool IsVisible(Type owner, MemberInfo m) => m switch
    {
        ConstructorInfo c => Visible(c.IsPublic, c.IsFamily, c.IsFamilyOrAssembly, owner) && !(owner.IsEnum),
        MethodInfo mi => (!mi.IsSpecialName || mi.Name.StartsWith("op_", StringComparison.Ordinal)) && Visible(mi.IsPublic, mi.IsFamily, mi.IsFamilyOrAssembly, owner),
        FieldInfo f => !f.IsSpecialName && Visible(f.IsPublic, f.IsFamily, f.IsFamilyOrAssembly, owner),
        PropertyInfo p => p.GetAccessors(true).Any(a => Visible(a.IsPublic, a.IsFamily, a.IsFamilyOrAssembly, owner)),
        EventInfo e => e.GetAddMethod(true) is { } add && Visible(add.IsPublic, add.IsFamily, add.IsFamilyOrAssembly, owner),
        Type => false,   // nested types are listed as types
        _ => false,
    };

    static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct"
        : typeof(Delegate).IsAssignableFrom(t) ? "delegate"
        : t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : t.IsSealed ? "sealed class" : "class";

    static string Member(Type owner, MemberInfo m)
    {
        switch (m)
        {
            case ConstructorInfo c:
                return c.IsStatic ? "" : Access(!c.IsPublic) + "ctor(" + Params(c.GetParameters()) + ")";
            case MethodInfo mi:
                return Access(!mi.IsPublic) + (mi.IsStatic ? "static " : owner.IsInterface ? ""
                           : mi.GetBaseDefinition() != mi ? "override " : mi.IsAbstract ? "abstract " : mi.IsVirtual && !mi.IsFinal ? "virtual " : "")
                       + "method " + Name(mi.ReturnType) + " " + mi.Name + "(" + Params(mi.GetParameters()) + ")";
            case FieldInfo f:
                if (owner.IsEnum) return "value " + f.Name + " = " + Convert.ToInt64(f.GetRawConstantValue()).ToString();
                return Access(!f.IsPublic) + (f.IsLiteral ? "const " : f.IsStatic ? "static " : "") + (f.IsInitOnly ? "readonly " : "")
                       + "field " + Name(f.FieldType) + " " + f.Name;
            case PropertyInfo p:
                var accessors = string.Join(" ", new[] { ("get", p.GetMethod), ("set", p.SetMethod) }
                    .Where(a => a.Item2 != null && Visible(a.Item2.IsPublic, a.Item2.IsFamily, a.Item2.IsFamilyOrAssembly, owner))
                    .Select(a => a.Item1));
                var idx = p.GetIndexParameters();
                var isStatic = (p.GetMethod ?? p.SetMethod)!.IsStatic;
                return (isStatic ? "static " : "") + "property " + Name(p.PropertyType) + " " +
                       (idx.Length > 0 ? "this[" + Params(idx) + "]" : p.Name) + " { " + accessors + " }";
            case EventInfo e:
                return "event " + Name(e.EventHandlerType!) + " " + e.Name;
            default:
                return "";
        }
    }

    static string Access(bool isProtected) => isProtected ? "protected " : "";

    static string Params(ParameterInfo[] ps) => string.Join(", ", ps.Select(p =>
        (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "") +
        Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType) + " " + p.Name +
        (p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")));

    static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte",
        [typeof(short)] = "short", [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint",
        [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(char)] = "char", [typeof(string)] = "string",
        [typeof(object)] = "object", [typeof(double)] = "double", [typeof(float)] = "float",
    };

    static string Name(Type t)
    {
        if (t.IsArray) return Name(t.GetElementType()!) + "[" + new string(',', t.GetArrayRank() - 1) + "]";
        if (Keywords.TryGetValue(t, out var k)) return k;
        if (t.IsNested) return Name(t.DeclaringType!) + "." + t.Name;
        return t.FullName ?? t.Name;
    }
}
