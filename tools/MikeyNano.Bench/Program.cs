using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace MikeyNano.Bench
{
    /// <summary>A benchmark group: one layer's operations with their same-run baselines. Classes implementing it are
    /// found by reflection, so adding a group is adding a file.</summary>
    public interface IBenchGroup
    {
        string Name { get; }
        /// <summary>Runs the group and returns Markdown lines (a heading and a table).</summary>
        IEnumerable<string> Run();
    }

    /// <summary>`dotnet run -c Release --project tools/MikeyNano.Bench -- [group ...]`: runs the named groups (all when none is named) and prints their tables.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var groups = typeof(Program).Assembly.GetTypes()
                .Where(t => typeof(IBenchGroup).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface)
                .Select(t => (IBenchGroup)Activator.CreateInstance(t))
                .OrderBy(g => g.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Name, StringComparer.OrdinalIgnoreCase);
            var names = args.Length == 0 ? groups.Keys.ToArray() : args;
            Console.WriteLine($"# MikeyNano benchmarks ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {DateTime.UtcNow:yyyy-MM-dd})");
            Console.WriteLine();
            foreach (var name in names)
            {
                if (!groups.TryGetValue(name, out var group))
                {
                    Console.Error.WriteLine($"unknown group '{name}'; groups: {string.Join(", ", groups.Keys)}");
                    return 2;
                }
                foreach (var line in group.Run()) Console.WriteLine(line);
                Console.WriteLine();
            }
            return 0;
        }
    }
}
