using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyTitle("MikeyNano.Native")]
[assembly: AssemblyDescription("The InternalCall declarations of MikeyNano's native arithmetic backend")]
[assembly: AssemblyCompany("MikeyNano")]
[assembly: AssemblyProduct("MikeyNano")]
[assembly: AssemblyCopyright("Copyright (c) MikeyNano contributors")]

// Nothing here is public: MikeyNano.Core decides whether the firmware has the backend and routes the other assemblies'
// heavy arithmetic to it (MikeyNano.Core/Native).
[assembly: InternalsVisibleTo("MikeyNano.Core")]
[assembly: InternalsVisibleTo("MikeyNano.Tests")]
[assembly: InternalsVisibleTo("MikeyNano.Tests.Native")]
[assembly: InternalsVisibleTo("MikeyNano.HostTests")]
[assembly: InternalsVisibleTo("NFUnitTest")]

#if NANOFRAMEWORK_1_0
// The native code's version that the interop glue (firmware/interop) reports for this assembly; its major number is
// MN_NATIVE_VERSION of mikeynano_native.h. .NET has no such attribute (the host build calls nothing native here).
[assembly: AssemblyNativeVersion("3.0.0.0")]
#endif
