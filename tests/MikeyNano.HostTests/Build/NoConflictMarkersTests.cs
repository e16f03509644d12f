using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using MikeyNano.HostTests.Gate;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Build
{
    /// <summary>No merge-conflict marker is left in a source, project or data file (a half-resolved merge can compile
    /// when the markers sit in a data file or an excluded branch).</summary>
    [TestClass]
    public class NoConflictMarkersTests
    {
        private static readonly Regex Marker = new(@"^(<{7}|>{7})( |$)|^={7}$", RegexOptions.Multiline);

        [TestMethod]
        public void NoFileHoldsAConflictMarker()
        {
            string root = GatePaths.RepoRoot;
            string[] extensions = { ".cs", ".csproj", ".nfproj", ".txt", ".json", ".md", ".sh", ".props", ".config", ".nuspec" };
            var hits = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                         && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                         && !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}"))
                .Where(f => extensions.Contains(Path.GetExtension(f)))
                .Where(f => Marker.IsMatch(File.ReadAllText(f)))
                .Select(f => Path.GetRelativePath(root, f)).ToList();
            Assert.AreEqual(0, hits.Count, "merge-conflict markers in: " + string.Join(", ", hits));
        }
    }
}
