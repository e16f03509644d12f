// OUTSIDE ../shared/nanoframework-api: nanoFramework.System.IO.FileSystem is not in the API lists. This reference shim
// (compile only) declares the members RadioApp's key storage uses, with the signatures of the package's public
// sources, nanoframework/System.IO.FileSystem tag v1.1.93 (434b26c, 2026-06-29): File.ReadAllBytes, WriteAllBytes,
// Exists and Delete in File.cs. The ESP32 images we
// flash carry its native part (nf-interpreter a3e8139: CONFIG_API_SYSTEM_IO_FILESYSTEM=y in the ESP32_REV3,
// ESP32_PSRAM_REV3 and M5Core2 defconfigs; the internal flash is drive I:). firmware/Shims/System.IO.FileSystem/api.txt
// lists every member declared here and Build/FirmwareShimTests keeps the two equal. Our own declarations; bodies throw.
using System;

[assembly: System.Reflection.AssemblyVersion("1.1.93.0")]

namespace System.IO
{
    public static class File
    {
        public static byte[] ReadAllBytes(string path) => throw FileSystemShim.NotRun();

        public static void WriteAllBytes(string path, byte[] bytes) => throw FileSystemShim.NotRun();

        public static bool Exists(string path) => throw FileSystemShim.NotRun();

        public static void Delete(string path) => throw FileSystemShim.NotRun();
    }

    internal static class FileSystemShim
    {
        internal static Exception NotRun() => new NotSupportedException("System.IO.FileSystem reference shim: deploy the real package");
    }
}
