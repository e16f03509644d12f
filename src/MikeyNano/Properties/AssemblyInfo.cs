using System.Reflection;

[assembly: AssemblyTitle("MikeyNano")]
[assembly: AssemblyDescription("MIKEY-SAKKE key management (RFC 3830, 6507, 6508, 6509; 3GPP TS 33.180) for nanoFramework")]
[assembly: AssemblyCompany("MikeyNano")]
[assembly: AssemblyProduct("MikeyNano")]
[assembly: AssemblyCopyright("Copyright (c) MikeyNano contributors")]
[assembly: AssemblyVersion("0.1.0.0")]
[assembly: AssemblyFileVersion("0.1.0.0")]
