using MikeyNano.Native;

namespace MikeyNano.NativeHost
{
    /// <summary>
    /// The library's native seam (MikeyNano.Core's INativeKernels) served on the host by the shared library through
    /// P/Invoke: the same C the firmware links, so the host tests run the library's native path (NativeArithmetic.Use)
    /// and compare it with the managed one.
    /// </summary>
    internal sealed class PInvokeKernels : INativeKernels
    {
        public int Version() { return NativeBackend.Version(); }
    }

    /// <summary>Switches the host library to the native backend (or back).</summary>
    public static class HostNativeArithmetic
    {
        /// <summary>Routes the library's heavy arithmetic to the shared library; returns whether it is in use (false
        /// when the library does not load or speaks another interface version).</summary>
        public static bool Enable()
        {
            NativeArithmetic.Use(new PInvokeKernels());
            return NativeArithmetic.IsPresent;
        }

        /// <summary>Back to managed arithmetic only (the firmware is asked again on next use; on .NET it answers no).</summary>
        public static void Disable() { NativeArithmetic.Use(null); }
    }
}
