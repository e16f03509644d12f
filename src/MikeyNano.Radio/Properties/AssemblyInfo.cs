using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyTitle("MikeyNano.Radio")]
[assembly: AssemblyDescription("The radio: provisioning over serial, the key store, board profiles, the radio state machine")]
[assembly: AssemblyCompany("MikeyNano")]
[assembly: AssemblyProduct("MikeyNano")]
[assembly: AssemblyCopyright("Copyright (c) MikeyNano contributors")]

// The machinery is internal: shared with our tests, the host tools (the emulated radio, the provisioning tool) and
// the firmware application.
[assembly: InternalsVisibleTo("MikeyNano.Tests")]
[assembly: InternalsVisibleTo("MikeyNano.Tests.Native")]
[assembly: InternalsVisibleTo("MikeyNano.HostTests")]
[assembly: InternalsVisibleTo("NFUnitTest")]
[assembly: InternalsVisibleTo("MikeyNano.Bench")]
[assembly: InternalsVisibleTo("MikeyNano.Cli")]
