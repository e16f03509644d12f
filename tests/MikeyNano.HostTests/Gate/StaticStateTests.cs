#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Gate;

/// <summary>
/// Start-up as nanoCLR does it, on the host: the six device assemblies loaded afresh, every static initialiser run
/// before anything else (here in reverse metadata order, the opposite of the device's), then the library used. .NET
/// initialises a type on demand, so it cannot show a null the way nanoCLR's eager order does; what guarantees order
/// independence is the gate's static-initialiser rule (StaticInitRule.cs: no initialiser reads a static or calls
/// code). These tests check what the rule promises: every static readonly field is set, loading allocates little, and
/// the library works when every initialiser has run first.
/// </summary>
[TestClass]
public sealed class StaticStateTests
{
    /// <summary>The budget for loading the library (measured for real in nanoCLR; the host figure is a proxy).</summary>
    const long LoadBudget = 16 * 1024;

    /// <summary>The device assemblies loaded from the test's output folder into their own collectible context: new
    /// copies whose statics nothing has touched yet.</summary>
    sealed class FreshDeviceContext : AssemblyLoadContext
    {
        readonly string _folder;
        public FreshDeviceContext(string folder) : base("fresh device statics", isCollectible: true) { _folder = folder; }

        protected override Assembly? Load(AssemblyName name) =>
            DeviceAssemblies.IsDeviceAssembly(name.Name!) ? LoadFromAssemblyPath(Path.Combine(_folder, name.Name + ".dll")) : null;
    }

    sealed record Started(FreshDeviceContext Context, Assembly[] Assemblies, long AllocatedOctets);

    /// <summary>Loads the six assemblies and lists their types first (not counted), then runs every type's static
    /// initialiser, last type of the last assembly first, and counts the octets that allocates on this thread.</summary>
    static Started StartInReverseOrder()
    {
        string folder = Path.GetDirectoryName(DeviceAssemblies.HostBuildPath("MikeyNano"))!;
        var context = new FreshDeviceContext(folder);
        var assemblies = DeviceAssemblies.Names.Select(n => context.LoadFromAssemblyName(new AssemblyName(n))).ToArray();
        var handles = assemblies.Reverse()
                                .SelectMany(a => a.GetTypes().OrderByDescending(t => t.MetadataToken))
                                .Select(t => t.TypeHandle).ToArray();
        RuntimeHelpers.RunClassConstructor(typeof(StaticStateTests).TypeHandle); // the call itself warmed up
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var h in handles) RuntimeHelpers.RunClassConstructor(h);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return new Started(context, assemblies, allocated);
    }

    [TestMethod]
    public void LoadingTheLibraryAllocatesLittleAndSetsEveryStatic()
    {
        var started = StartInReverseOrder();
        try
        {
            var unset = new List<string>();
            int readonlyStatics = 0;
            foreach (var t in started.Assemblies.SelectMany(a => a.GetTypes()))
                foreach (var f in t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!f.IsInitOnly || f.FieldType.IsValueType) continue;
                    readonlyStatics++;
                    if (f.GetValue(null) == null) unset.Add(t.FullName + "::" + f.Name);
                }
            Assert.AreEqual(0, unset.Count, "static readonly fields still null after every initialiser ran: " + string.Join(", ", unset));
            Assert.IsTrue(readonlyStatics >= 10, $"only {readonlyStatics} static readonly reference fields found: is the walk looking at the device assemblies?");
            Console.WriteLine($"Running every static initialiser of the six device assemblies allocated {started.AllocatedOctets:N0} octets on the host " +
                              $"({readonlyStatics} static readonly reference fields set).");
            Assert.IsTrue(started.AllocatedOctets < LoadBudget,
                          $"running the device assemblies' static initialisers allocated {started.AllocatedOctets:N0} octets on the host, " +
                          $"over the {LoadBudget:N0} budget for loading the library: something is built at boot");
        }
        finally
        {
            started.Context.Unload();
        }
    }

    /// <summary>After every initialiser has run (in reverse order), the power-on self-test passes: P-256 (the base
    /// table, built now on first use), ECCSI, SAKKE and the rest work with no static left unset.</summary>
    [TestMethod]
    public void SelfTestPassesAfterEveryInitialiserRanFirst()
    {
        var started = StartInReverseOrder();
        try
        {
            var top = started.Assemblies.Single(a => a.GetName().Name == "MikeyNano");
            var selfTest = top.GetType("MikeyNano.SelfTest.PowerOnSelfTest", throwOnError: true)!;
            Assert.AreNotSame(typeof(MikeyNano.SelfTest.PowerOnSelfTest), selfTest, "the fresh context must hold its own copy");
            // the RNG the health test draws from must come from the fresh context too: its DeviceRandomSource
            var core = started.Assemblies.Single(a => a.GetName().Name == "MikeyNano.Core");
            var rng = Activator.CreateInstance(core.GetType("MikeyNano.Entropy.DeviceRandomSource", throwOnError: true)!);
            var results = (Array)selfTest.GetMethod("Run")!.Invoke(null, new[] { rng })!;
            var failed = new List<string>();
            foreach (var r in results)
            {
                var type = r!.GetType();
                if (!(bool)type.GetProperty("Passed")!.GetValue(r)!)
                    failed.Add(type.GetProperty("Algorithm")!.GetValue(r) + ": " + type.GetProperty("Detail")!.GetValue(r));
            }
            Assert.IsTrue(results.Length >= 18, $"{results.Length} self-tests ran");
            Assert.AreEqual(0, failed.Count, string.Join("\n", failed));
        }
        finally
        {
            started.Context.Unload();
        }
    }
}
