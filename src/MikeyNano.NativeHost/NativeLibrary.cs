using System;
using System.Runtime.InteropServices;

namespace MikeyNano.NativeHost
{
    /// <summary>The native backend's shared library (firmware/native, built by this project's BuildNativeBackend
    /// target): its name for DllImport, the status codes of mikeynano_native.h, and the interface version.</summary>
    public static partial class NativeBackend
    {
        public const string Library = "mikeynano_native";

        /// <summary>MN_NATIVE_VERSION of the header these declarations follow.</summary>
        public const int ExpectedVersion = 3;

        public const int Ok = 0;
        public const int ErrorEncoding = -1;
        public const int ErrorPoint = -2;
        public const int ErrorInfinity = -3;
        public const int ErrorBuffer = -4;

        [DllImport(Library, EntryPoint = "mn_native_version")]
        public static extern int Version();

        [DllImport(Library, EntryPoint = "mn_wipe")]
        private static extern unsafe void WipeNative(byte* p, nuint n);

        /// <summary>The folder of the C build (cmake's binary dir, with the CTest programs), as this project built it.</summary>
        public static string BuildDirectory
        {
            get
            {
                foreach (var a in typeof(NativeBackend).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false))
                {
                    var m = (System.Reflection.AssemblyMetadataAttribute)a;
                    if (m.Key == "NativeBuildDir") return m.Value!;
                }
                throw new InvalidOperationException("NativeBuildDir metadata missing");
            }
        }

        /// <summary>Whether the library loads and speaks this interface version.</summary>
        public static bool IsAvailable()
        {
            try { return Version() == ExpectedVersion; }
            catch (DllNotFoundException) { return false; }
            catch (EntryPointNotFoundException) { return false; }
        }

        /// <summary>mn_wipe on buffer[offset..offset+count).</summary>
        public static unsafe void Wipe(byte[] buffer, int offset, int count)
        {
            if ((uint)offset > (uint)buffer.Length || (uint)count > (uint)(buffer.Length - offset)) throw new ArgumentOutOfRangeException(nameof(count));
            fixed (byte* p = buffer) WipeNative(p + offset, (nuint)count);
        }

        /// <summary>Throws when a native call did not return MN_OK, naming the call and the code.</summary>
        public static void Check(int status, string call)
        {
            if (status == Ok) return;
            string what = status switch
            {
                ErrorEncoding => "an input is not a canonical encoding",
                ErrorPoint => "an input point is not on its curve",
                ErrorInfinity => "the result is the point at infinity",
                ErrorBuffer => "a table buffer is too small or not built for this call",
                _ => "unknown status",
            };
            throw new InvalidOperationException(call + " returned " + status + ": " + what);
        }
    }
}
