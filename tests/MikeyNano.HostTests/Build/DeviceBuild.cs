#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using MikeyNano.HostTests.Gate;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace MikeyNano.HostTests.Build;

/// <summary>One assembly of the device build: its sources, the Roslyn compilation, its errors and, when it has none,
/// the emitted image and portable PDB.</summary>
public sealed class DeviceUnit
{
    public DeviceUnit(string name, IReadOnlyList<string> sources, CSharpCompilation compilation)
    {
        Name = name;
        Sources = sources;
        Compilation = compilation;
        Errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (Errors.Count > 0) return;
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb,
                                                                        pdbFilePath: name + ".pdb"));
        Errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!result.Success) return;
        Image = pe.ToArray();
        Pdb = pdb.ToArray();
    }

    public string Name { get; }
    public IReadOnlyList<string> Sources { get; }
    public CSharpCompilation Compilation { get; }
    public IReadOnlyList<Diagnostic> Errors { get; }
    public byte[]? Image { get; }
    public byte[]? Pdb { get; }

    /// <summary>What the next assembly references: the image, or (when this one failed) the compilation itself, so a
    /// dependent assembly still reports its own errors rather than only "missing reference".</summary>
    public MetadataReference Reference => Image != null ? MetadataReference.CreateFromImage(Image) : Compilation.ToMetadataReference();

    /// <summary>"NAME: N errors" and one line per error (repository-relative path, line, id, message), at most max.</summary>
    public string ErrorReport(int max = 60)
    {
        var lines = Errors.Take(max).Select(d =>
        {
            var span = d.Location.GetLineSpan();
            var file = span.Path.Length == 0 ? "(no file)" : Path.GetRelativePath(GatePaths.RepoRoot, span.Path);
            return $"  {file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Id}: {d.GetMessage()}";
        });
        var more = Errors.Count > max ? $"\n  (+{Errors.Count - max} more)" : "";
        return $"{Name}: {Errors.Count} error(s)\n{string.Join("\n", lines)}{more}";
    }
}

/// <summary>
/// The device build with the real compiler, as the nanoFramework project system runs it: Roslyn at LangVersion 9, no
/// standard library (only the real mscorlib 1.17.11 and the assemblies below), NANOFRAMEWORK_1_0 defined, optimised
/// (Release). Compiled once per test run, in dependency order: the reference shim of nanoFramework.TestFramework, every
/// device assembly (DeviceAssemblies.Names; sources = the Compile items of src/NAME/NAME.nfproj; assembly name = NAME,
/// so InternalsVisibleTo applies), then NFUnitTest in its two tiers (the Compile items of tests/NFUnitTest/NFUnitTest.nfproj, the quick tier, and of tests/NFUnitTest.Slow/NFUnitTest.nfproj, the slow tier). The
/// assemblies that compile are written (dll + pdb) to OutputDirectories, ready for the metadata processor.
/// </summary>
public sealed class DeviceBuild
{
    public const string ShimName = "nanoFramework.TestFramework";
    public const string TestsName = "NFUnitTest";
    /// <summary>Set it to a folder to receive a copy of the compiled device assemblies (e.g. for nanoCLR runs).</summary>
    public const string OutputVariable = "MIKEYNANO_DEVICE_OUT";

    static readonly Lazy<DeviceBuild> current = new(() => new DeviceBuild(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The build of this test run (compiled on first use).</summary>
    public static DeviceBuild Current => current.Value;

    public static string ShimSource => Path.Combine(GatePaths.RepoRoot, "tests", "NFUnitTest.Shim", "TestFrameworkShim.cs");

    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" });

    public static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, deterministic: true,
            checkOverflow: false, allowUnsafe: false, nullableContextOptions: NullableContextOptions.Disable);

    public MetadataReference Mscorlib { get; }
    public DeviceUnit Shim { get; }
    /// <summary>The device assemblies, in DeviceAssemblies.Names order.</summary>
    public IReadOnlyList<DeviceUnit> Libraries { get; }
    /// <summary>The quick tier of the device tests (tests/NFUnitTest).</summary>
    public DeviceUnit Tests { get; }
    /// <summary>The slow tier (tests/NFUnitTest.Slow): also an assembly named NFUnitTest, written to slow/.</summary>
    public DeviceUnit SlowTests { get; }
    public IReadOnlyList<string> OutputDirectories { get; }

    DeviceBuild()
    {
        Mscorlib = MetadataReference.CreateFromFile(NanoCoreLibrary.MscorlibPath);
        Shim = Compile(ShimName, new[] { ShimSource }, Array.Empty<DeviceUnit>());
        var libraries = new List<DeviceUnit>();
        foreach (var name in DeviceAssemblies.Names)
        {
            var nfproj = Path.Combine(DeviceAssemblies.SourceFolder(name), name + ".nfproj");
            libraries.Add(Compile(name, Nfproj.CompileItems(nfproj), libraries.ToArray()));
        }
        Libraries = libraries;
        var testsProject = Path.Combine(GatePaths.RepoRoot, "tests", TestsName, TestsName + ".nfproj");
        Tests = Compile(TestsName, Nfproj.CompileItems(testsProject), libraries.Append(Shim).ToArray());
        var slowProject = Path.Combine(GatePaths.RepoRoot, "tests", TestsName + ".Slow", TestsName + ".nfproj");
        SlowTests = Compile(TestsName, Nfproj.CompileItems(slowProject), libraries.Append(Shim).ToArray());
        OutputDirectories = Write();
    }

    /// <summary>Compiles one assembly against mscorlib plus the given (earlier) units; a program (OutputKind
    /// ConsoleApplication) or extra preprocessor symbols on request.</summary>
    public DeviceUnit Compile(string name, IReadOnlyList<string> sources, IReadOnlyList<DeviceUnit> references,
                              OutputKind kind = OutputKind.DynamicallyLinkedLibrary, params string[] symbols)
    {
        var parse = ParseOptions.WithPreprocessorSymbols(ParseOptions.PreprocessorSymbolNames.Concat(symbols));
        var trees = sources.Select(path =>
        {
            using var stream = File.OpenRead(path);
            return CSharpSyntaxTree.ParseText(SourceText.From(stream, canBeEmbedded: true), parse, path);
        });
        return new DeviceUnit(name, sources, CSharpCompilation.Create(name, trees, References(references), CompilationOptions.WithOutputKind(kind)));
    }

    /// <summary>Compiles a small sample (one source text) the same way, for tests that prove a check bites.</summary>
    public DeviceUnit CompileSample(string source, params DeviceUnit[] references)
    {
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(source, System.Text.Encoding.UTF8), ParseOptions, "Sample.cs");
        return new DeviceUnit("Sample", Array.Empty<string>(), CSharpCompilation.Create("Sample", new[] { tree }, References(references), CompilationOptions));
    }

    IEnumerable<MetadataReference> References(IEnumerable<DeviceUnit> units) => new[] { Mscorlib }.Concat(units.Select(r => r.Reference));

    public IEnumerable<DeviceUnit> All => new[] { Shim }.Concat(Libraries).Append(Tests).Append(SlowTests);

    /// <summary>bin/.../device/ beside the test binaries and, if set, $MIKEYNANO_DEVICE_OUT: NAME.dll + NAME.pdb of
    /// every unit that compiled (the TestFramework shim in reference/); a stale pair of a unit that did not compile is
    /// deleted.</summary>
    IReadOnlyList<string> Write()
    {
        var dirs = new List<string> { Path.Combine(AppContext.BaseDirectory, "device") };
        var extra = Environment.GetEnvironmentVariable(OutputVariable);
        if (!string.IsNullOrWhiteSpace(extra)) dirs.Add(Path.GetFullPath(extra));
        foreach (var dir in dirs)
        {
            Directory.CreateDirectory(dir);
            Directory.CreateDirectory(Path.Combine(dir, "reference"));
            Directory.CreateDirectory(Path.Combine(dir, "slow"));
            foreach (var unit in All)
            {
                // The shim goes apart (reference/): it is for compiling only; nanoCLR must load the real package.
                // The slow tier's NFUnitTest goes to slow/ (same assembly name as the quick tier's).
                var folder = unit == Shim ? Path.Combine(dir, "reference") : unit == SlowTests ? Path.Combine(dir, "slow") : dir;
                var dll = Path.Combine(folder, unit.Name + ".dll");
                var pdb = Path.Combine(folder, unit.Name + ".pdb");
                if (unit.Image == null) { File.Delete(dll); File.Delete(pdb); continue; }
                File.WriteAllBytes(dll, unit.Image);
                File.WriteAllBytes(pdb, unit.Pdb!);
            }
        }
        return dirs;
    }
}
