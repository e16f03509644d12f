using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyTitle("MikeyNano")]
[assembly: AssemblyDescription("MIKEY-SAKKE endpoint, self-test")]
[assembly: AssemblyCompany("MikeyNano")]
[assembly: AssemblyProduct("MikeyNano")]
[assembly: AssemblyCopyright("Copyright (c) MikeyNano contributors")]

// The machinery is internal: shared with the MikeyNano assemblies built on this one, and with our tests and tools.
[assembly: InternalsVisibleTo("MikeyNano.Radio")]
[assembly: InternalsVisibleTo("MikeyNano.Tests")]
[assembly: InternalsVisibleTo("MikeyNano.Tests.Native")]
[assembly: InternalsVisibleTo("MikeyNano.HostTests")]
[assembly: InternalsVisibleTo("NFUnitTest")]
[assembly: InternalsVisibleTo("MikeyNano.Bench")]
[assembly: InternalsVisibleTo("MikeyNano.Cli")]
