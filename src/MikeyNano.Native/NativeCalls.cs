using System.Runtime.CompilerServices;

namespace MikeyNano.Native
{
    /// <summary>
    /// The firmware's native backend (firmware/native, C), reached through nanoFramework interop: each method is an
    /// InternalCall that the interop glue (firmware/interop, generated from this assembly by the metadata processor)
    /// implements by calling the C function of the same name in mikeynano_native.h. Firmware built without the glue
    /// throws NotSupportedException on every call; the host's .NET throws SecurityException. MikeyNano.Core's
    /// NativeArithmetic calls <see cref="Version"/> once to find out which, and the rest only when it answered.
    ///
    /// This type is the interop contract: the metadata processor's native checksum covers exactly its method names and
    /// signatures (in this order), and the firmware refuses an assembly whose checksum differs from the one its glue was
    /// generated for. Change it only together with firmware/interop (tests/MikeyNano.HostTests/Native/InteropChecksumTests).
    /// Arguments are arrays the caller allocated at the sizes mikeynano_native.h states; the glue checks each length
    /// and returns MN_EBUFFER on a mismatch rather than reading or writing past an array.
    /// </summary>
    internal static class NativeCalls
    {
        /// <summary>mn_native_version(): MN_NATIVE_VERSION of the firmware's backend.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Version();
    }
}
