#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MikeyNano.HostTests.Gate;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Build;

/// <summary>CI only (needs ../shared/nanoframework-api): the TestFramework reference shim
/// (tests/NFUnitTest.Shim/TestFrameworkShim.cs) declares exactly the public API that nanoFramework.TestFramework.txt
/// lists: every type and member with the same signature (parameter types, defaults, return type, flags), nothing else.</summary>
[TestClass]
public sealed class TestFrameworkShimTests
{
    const string ListFile = "nanoFramework.TestFramework.txt";

    [TestMethod]
    public void ShimDeclaresExactlyTheListedApi()
    {
        var dir = GatePaths.NanoApiDirectory;
        if (dir == null)
            Assert.Inconclusive("Skipped (CI-only check): ../shared/nanoframework-api/ is not present beside the repository at " +
                                GatePaths.RepoRoot + "; the shim cannot be compared with " + ListFile + ".");
        var listed = new SortedSet<string>(File.ReadAllLines(Path.Combine(dir!, ListFile))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Trim()), StringComparer.Ordinal);
        var shim = new SortedSet<string>(ApiLines(DeviceBuild.Current.Shim.Compilation.Assembly), StringComparer.Ordinal);
        var missing = listed.Except(shim).ToList();
        var extra = shim.Except(listed).ToList();
        Assert.IsTrue(missing.Count == 0 && extra.Count == 0,
            $"tests/NFUnitTest.Shim/TestFrameworkShim.cs differs from ../shared/nanoframework-api/{ListFile}:\n" +
            $"listed but not in the shim (or with another signature):\n  {string.Join("\n  ", missing)}\n" +
            $"in the shim but not listed:\n  {string.Join("\n  ", extra)}");
    }

    /// <summary>The assembly's public API in the API lists' notation (see ../shared/nanoframework-api/README.md).</summary>
    public static IEnumerable<string> ApiLines(IAssemblySymbol assembly)
    {
        foreach (var type in Types(assembly.GlobalNamespace).Where(Visible))
        {
            yield return TypeLine(type);
            foreach (var member in type.GetMembers().Where(m => (Visible(m) && !m.IsImplicitlyDeclared) || IsDefaultCtor(m)))
            {
                var line = MemberLine(type, member);
                if (line != null) yield return line;
            }
        }
    }

    static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns) =>
        ns.GetTypeMembers().SelectMany(Nested).Concat(ns.GetNamespaceMembers().SelectMany(Types));

    static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol t) => new[] { t }.Concat(t.GetTypeMembers().SelectMany(Nested));

    static bool Visible(ISymbol s) => s.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal;

    // A class's implicit constructor is part of its API; a struct's or an enum's is not listed.
    static bool IsDefaultCtor(ISymbol m) => m is IMethodSymbol { MethodKind: MethodKind.Constructor } c && c.IsImplicitlyDeclared && Visible(c)
        && c.ContainingType.TypeKind == TypeKind.Class;

    static string FullName(INamedTypeSymbol t) => t.ContainingType != null
        ? FullName(t.ContainingType) + "." + t.Name
        : (t.ContainingNamespace.IsGlobalNamespace ? "" : t.ContainingNamespace.ToDisplayString() + ".") + t.Name;

    static readonly SymbolDisplayFormat Short = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    static string TypeName(ITypeSymbol t) => t.ToDisplayString(Short);

    static string TypeLine(INamedTypeSymbol t)
    {
        var kind = t.TypeKind switch
        {
            TypeKind.Class => "class", TypeKind.Struct => "struct", TypeKind.Interface => "interface",
            TypeKind.Enum => "enum", TypeKind.Delegate => "delegate", _ => t.TypeKind.ToString().ToLowerInvariant(),
        };
        var mods = t.IsStatic ? " static" : t.IsSealed && t.TypeKind == TypeKind.Class ? " sealed" : t.IsAbstract && t.TypeKind == TypeKind.Class ? " abstract" : "";
        if (t.TypeKind == TypeKind.Enum && t.GetAttributes().Any(a => a.AttributeClass?.Name == "FlagsAttribute")) mods = " flags";
        var bases = new List<string>();
        if (t.EnumUnderlyingType is { SpecialType: not SpecialType.System_Int32 } underlying) bases.Add(TypeName(underlying));
        if (t.BaseType != null && t.BaseType.SpecialType != SpecialType.System_Object && t.TypeKind == TypeKind.Class) bases.Add(TypeName(t.BaseType));
        bases.AddRange(t.Interfaces.Select(TypeName));
        return $"{FullName(t)} [{kind}{mods}]" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    static string? MemberLine(INamedTypeSymbol t, ISymbol m)
    {
        var owner = FullName(t) + "::";
        switch (m)
        {
            case IMethodSymbol method when method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor:
            {
                var name = method.MethodKind == MethodKind.Constructor ? ".ctor" : method.Name;
                var flags = Modifiers(method);
                if (method.GetAttributes().Any(a => a.AttributeClass?.Name == "ObsoleteAttribute")) flags.Add("obsolete");
                if (method.IsExtensionMethod) flags.Add("extension");
                return $"{owner}{name}({string.Join(", ", method.Parameters.Select(Parameter))}) : {TypeName(method.ReturnType)}{Flags(flags)}";
            }
            case IPropertySymbol p:
            {
                var flags = new List<string> { "property" + (p.GetMethod != null && Visible(p.GetMethod) ? " get" : "") + (p.SetMethod != null && Visible(p.SetMethod) ? " set" : "") };
                flags.AddRange(Modifiers(p));
                var name = p.IsIndexer ? $"this[{string.Join(", ", p.Parameters.Select(Parameter))}]" : p.Name;
                return $"{owner}{name} : {TypeName(p.Type)}{Flags(flags)}";
            }
            case IFieldSymbol f when t.TypeKind == TypeKind.Enum:
                return $"{owner}{f.Name} [enum value={f.ConstantValue}]";
            case IFieldSymbol f:
            {
                // "field", "field readonly, static", "field, protected", as ../shared/nanoframework-api writes them.
                var flags = f.IsConst ? new List<string> { "const=" + f.ConstantValue } : new List<string> { "field" + (f.IsReadOnly ? " readonly" : "") };
                if (!f.IsConst) flags.AddRange(Modifiers(f));
                return $"{owner}{f.Name} : {TypeName(f.Type)}" + Flags(flags);
            }
            default:
                return null;   // accessors (listed with their property), nested types (listed as types)
        }
    }

    static List<string> Modifiers(ISymbol s)
    {
        var flags = new List<string>();
        if (s.IsStatic) flags.Add("static");
        if (s.IsAbstract) flags.Add("abstract");
        if (s.IsVirtual) flags.Add("virtual");
        if (s.IsOverride) flags.Add("override");
        if (s.DeclaredAccessibility != Accessibility.Public) flags.Add("protected");
        return flags;
    }

    static string Flags(List<string> flags) => flags.Count == 0 ? "" : " [" + string.Join(", ", flags) + "]";

    static string Parameter(IParameterSymbol p)
    {
        var s = (p.IsParams ? "params " : "") + p.RefKind switch { RefKind.Ref => "ref ", RefKind.Out => "out ", _ => "" } + TypeName(p.Type);
        if (!p.HasExplicitDefaultValue) return s;
        return s + " = " + p.ExplicitDefaultValue switch
        {
            null => "null",
            string str => "\"" + str + "\"",
            bool b => b ? "true" : "false",
            var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
