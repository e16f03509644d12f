using System.Runtime.InteropServices;

namespace MikeyNano.NativeHost
{
    public static partial class NativeBackend
    {
        [DllImport(Library, EntryPoint = "mn_sakke_pf_pow")]
        private static extern unsafe int SakkePfPowNative(byte* result, byte* g, byte* e);

        /// <summary>mn_sakke_pf_pow: result = g^e in PF_p[q] (128-octet representatives, e 128 octets).</summary>
        public static unsafe int SakkePfPow(byte[] result, byte[] g, byte[] e)
        {
            if (result.Length != 128 || g.Length != 128 || e.Length != 128) return ErrorBuffer;
            fixed (byte* o = result, pg = g, pe = e) return SakkePfPowNative(o, pg, pe);
        }
    }
}
