using System;
using System.Runtime.InteropServices;

namespace MikeyNano.NativeHost
{
    /// <summary>SHA-256 of the native backend (firmware/native/include/mn_hash.h): the compression function only, over
    /// whole 64-octet blocks; padding and length encoding stay with the caller (the managed Sha256).</summary>
    public static unsafe partial class NativeBackend
    {
        [DllImport(Library, EntryPoint = "mn_sha256_blocks")]
        private static extern int Sha256BlocksNative(uint* state, byte* data, nuint blocks);

        /// <summary>Compresses <paramref name="blocks"/> blocks at data[offset..] into the 8-word chaining value
        /// (FIPS 180-4 6.2.2).</summary>
        public static int Sha256Blocks(uint[] state, byte[] data, int offset, int blocks)
        {
            if (state == null || state.Length != 8) throw new ArgumentException("state must be 8 words", nameof(state));
            if (data == null) throw new ArgumentNullException(nameof(data));
            if (offset < 0 || blocks < 0 || offset > data.Length || blocks > (data.Length - offset) / 64)
                throw new ArgumentOutOfRangeException(nameof(blocks), "the blocks must lie inside data");
            byte dummy = 0;
            fixed (uint* s = state) fixed (byte* d = data)
                return Sha256BlocksNative(s, data.Length == 0 ? &dummy : d + offset, (nuint)blocks);
        }
    }
}
