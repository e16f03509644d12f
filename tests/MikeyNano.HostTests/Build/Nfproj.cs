#nullable enable
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace MikeyNano.HostTests.Build;

/// <summary>Reads a nanoFramework project file (.nfproj, MSBuild XML with Windows path separators).</summary>
public static class Nfproj
{
    /// <summary>The full paths of its &lt;Compile Include="..."/&gt; items, in the order listed.</summary>
    public static IReadOnlyList<string> CompileItems(string nfproj)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(nfproj))!;
        return XDocument.Load(nfproj).Descendants().Where(e => e.Name.LocalName == "Compile")
            .Select(e => Path.GetFullPath(Path.Combine(dir, e.Attribute("Include")!.Value.Replace('\\', '/')))).ToList();
    }
}
