using System;

namespace MikeyNano.Native
{
    /// <summary>
    /// Whether the library computes its heavy arithmetic (P-256 and SAKKE scalar multiplications, the pairing, SRTP
    /// packets) in the firmware's native backend (firmware/native) or in managed code. Both give the same results; the
    /// native path is what makes a call key in well under a second on an ESP32. The firmware is asked once, on first
    /// use: an image built without the backend answers every native call with NotSupportedException, and from then on
    /// the library stays managed. An application can turn the native path off (for example to compare).
    /// </summary>
    public static class NativeArithmetic
    {
        /// <summary>The interface version (MN_NATIVE_VERSION of mikeynano_native.h) these declarations follow; a backend
        /// of another version is not used.</summary>
        internal const int ExpectedVersion = 3;

        private const int Unknown = 0, Present = 1, Absent = 2;

        // Literals only (static initialisers run at boot on nanoCLR: docs/subset-gate.md, rule "static initialiser").
        private static int s_state = Unknown;
        private static bool s_disabled;
        private static INativeKernels s_kernels;

        /// <summary>Whether the firmware carries a native backend of the version this library expects (asks it on the
        /// first call).</summary>
        public static bool IsPresent
        {
            get
            {
                if (s_state == Unknown) Detect(new FirmwareKernels());
                return s_state == Present;
            }
        }

        /// <summary>Whether the library uses the native backend when present (default true).</summary>
        public static bool Enabled
        {
            get { return !s_disabled; }
            set { s_disabled = !value; }
        }

        /// <summary>The backend to call, or null: compute in managed code.</summary>
        internal static INativeKernels Kernels
        {
            get
            {
                if (s_disabled) return null;
                if (s_state == Unknown) Detect(new FirmwareKernels());
                return s_state == Present ? s_kernels : null;
            }
        }

        /// <summary>Uses <paramref name="kernels"/> (a P/Invoke backend on the host, in tests and benchmarks) if it answers
        /// with the expected version, else none; null returns to asking the firmware.</summary>
        internal static void Use(INativeKernels kernels)
        {
            s_kernels = null;
            s_state = Unknown;
            if (kernels != null) Detect(kernels);
        }

        private static void Detect(INativeKernels kernels)
        {
            int version;
            try
            {
                version = kernels.Version();
            }
            catch (Exception)
            {
                // NotSupportedException: firmware without the interop glue; SecurityException: .NET (InternalCall
                // outside its core library). Either way there is nothing to call.
                version = -1;
            }
            if (version == ExpectedVersion)
            {
                s_kernels = kernels;
                s_state = Present;
            }
            else
            {
                s_kernels = null;
                s_state = Absent;
            }
        }
    }
}
