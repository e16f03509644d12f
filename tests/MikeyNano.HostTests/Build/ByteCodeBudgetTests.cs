#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Build;

/// <summary>
/// Every device assembly fits the nanoFramework metadata processor with room to grow: at most 56,000 bytes of byte
/// code each (the processor refuses more than 65,535: method bodies are addressed by 16-bit offsets). Measured on the
/// real-compiler build (DeviceBuild: Roslyn, real mscorlib, optimised) with ByteCodeProxy, the IL sizes. Calibrated
/// against the real metadata processor (docs/device-build.md): its byte code is 0.73-0.87 of the proxy per assembly
/// and at most 1.00 of it for any single method, so the proxy is an upper bound and the limit applies to it as is.
/// </summary>
[TestClass]
public sealed class ByteCodeBudgetTests
{
    /// <summary>The budget per assembly, in nanoFramework byte code.</summary>
    public const int BudgetBytes = 56_000;

    /// <summary>Byte code per proxy byte, at most: the largest ratio measured for any method (docs/device-build.md).</summary>
    public const double ByteCodePerProxyByte = 1.00;

    [TestMethod]
    public void EveryDeviceAssemblyFitsTheByteCodeBudget()
    {
        var build = DeviceBuild.Current;
        var notBuilt = build.Libraries.Where(u => u.Image == null).Select(u => u.Name).ToList();
        Assert.AreEqual(0, notBuilt.Count, "cannot measure what does not compile (see DeviceCompileTests): " + string.Join(", ", notBuilt));
        var report = "";
        foreach (var unit in build.Libraries)
        {
            var methods = ByteCodeProxy.Measure(unit.Image!);
            Console.WriteLine($"{unit.Name}: {ByteCodeProxy.Total(methods)} bytes of IL (proxy), {methods.Count} method bodies");
            report += OverBudget(unit.Name, methods, BudgetBytes);
        }
        Assert.AreEqual("", report, "over the byte code budget: split the assembly or shrink its largest methods" + report);
    }

    /// <summary>"" when the assembly fits; else its proxy size and its 15 largest methods with their sizes.</summary>
    public static string OverBudget(string assembly, IReadOnlyList<MethodIl> methods, int budget)
    {
        int proxy = ByteCodeProxy.Total(methods);
        if (proxy * ByteCodePerProxyByte <= budget) return "";
        return $"\n{assembly}: {proxy} bytes of IL (proxy) x {ByteCodePerProxyByte:0.00} > {budget} bytes of byte code; its 15 largest methods:\n" +
               string.Join("\n", methods.OrderByDescending(m => m.ProxyBytes).Take(15).Select(m => $"  {m.ProxyBytes,6}  {m.Method}"));
    }

    [TestMethod]
    public void OverBudgetNamesTheAssemblyAndItsLargestMethods()
    {
        var core = DeviceBuild.Current.Libraries.First(u => u.Name == "MikeyNano.Core");
        Assert.IsNotNull(core.Image, core.ErrorReport());
        var methods = ByteCodeProxy.Measure(core.Image!);
        Assert.AreEqual("", OverBudget(core.Name, methods, BudgetBytes));
        var report = OverBudget(core.Name, methods, 5_000);
        var lines = report.Trim('\n').Split('\n');
        StringAssert.StartsWith(lines[0], "MikeyNano.Core: " + ByteCodeProxy.Total(methods) + " bytes of IL");
        Assert.AreEqual(16, lines.Length, report);
        // The largest method of MikeyNano.Core is the bitsliced AES S-box (2,451 bytes of IL).
        StringAssert.Contains(lines[1], "MikeyNano.Ciphers.AesBitsliced::SubBytes(uint[])");
        var sizes = lines.Skip(1).Select(l => int.Parse(l.Trim().Split(' ')[0])).ToList();
        CollectionAssert.AreEqual(sizes.OrderByDescending(x => x).ToList(), sizes, "largest first");
    }

    [TestMethod]
    public void TheProxyCountsCodeAndExceptionTables()
    {
        // A method of known size: ldarg.0, ldc.i4.1, add, ret = 4 bytes; one with a try/catch adds one 12-byte clause + count.
        var unit = DeviceBuild.Current.CompileSample(
            "public static class T { public static int Inc(int x) { return x + 1; }\n" +
            "  public static int Safe(int x) { try { return 10 / x; } catch (System.Exception) { return 0; } } }");
        Assert.AreEqual(0, unit.Errors.Count, unit.ErrorReport());
        var methods = ByteCodeProxy.Measure(unit.Image!);
        var inc = methods.Single(m => m.Method == "T::Inc(int)");
        Assert.AreEqual(4, inc.IlBytes);
        Assert.AreEqual(4, inc.ProxyBytes);
        var safe = methods.Single(m => m.Method == "T::Safe(int)");
        Assert.AreEqual(1, safe.ExceptionClauses);
        Assert.AreEqual(safe.IlBytes + 13, safe.ProxyBytes);
    }
}
