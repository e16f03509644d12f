// Reference shim (compile only) of nanoFramework.Runtime.Native 1.7.11: the members RadioApp calls, with the
// signatures ../shared/nanoframework-api/nanoFramework.Runtime.Native.txt lists (checked by Build/FirmwareShimTests).
// Our own declarations; bodies throw; the real package replaces it on a board.
using System;

[assembly: System.Reflection.AssemblyVersion("1.7.11.0")]

namespace nanoFramework.Runtime.Native
{
    public static class SystemInfo
    {
        /// <summary>The firmware image's target name (nf-interpreter's TARGET_NAME), e.g. "ESP32_REV3".</summary>
        public static string TargetName => throw new NotSupportedException("nanoFramework.Runtime.Native reference shim: deploy the real package");
    }
}

namespace System
{
    public static class Environment
    {
        public static long TickCount64 => throw new NotSupportedException("nanoFramework.Runtime.Native reference shim: deploy the real package");
    }
}
