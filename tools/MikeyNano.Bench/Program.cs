using System;
using System.Collections.Generic;
using System.Linq;

namespace MikeyNano.Bench
{
    /// <summary>`mikeynano-bench [group ...]`: runs the named benchmark groups (all when none is named) and prints a
    /// Markdown table per group. Each group lives in its own file and registers itself in <see cref="Groups"/>.</summary>
    public static class Program
    {
        public static readonly Dictionary<string, Func<IEnumerable<string>>> Groups = new(StringComparer.OrdinalIgnoreCase)
        {
        };

        public static int Main(string[] args)
        {
            var names = args.Length == 0 ? Groups.Keys.ToArray() : args;
            foreach (var name in names)
            {
                if (!Groups.TryGetValue(name, out var group))
                {
                    Console.Error.WriteLine($"unknown group '{name}'; groups: {string.Join(", ", Groups.Keys)}");
                    return 2;
                }
                foreach (var line in group()) Console.WriteLine(line);
                Console.WriteLine();
            }
            return 0;
        }
    }
}
