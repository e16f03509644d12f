using System;
using System.Runtime.InteropServices;
using MikeyNano.Native;

namespace MikeyNano.NativeHost
{
    /// <summary>
    /// The library's native seam (MikeyNano.Core's INativeKernels) served on the host by the shared library through
    /// P/Invoke: the same C the firmware links, with the argument conventions of the firmware's InternalCalls
    /// (firmware/interop), so the host tests run the library's native path (NativeArithmetic.Use) and compare it with
    /// the managed one.
    /// </summary>
    internal sealed unsafe class PInvokeKernels : INativeKernels
    {
        [DllImport(NativeBackend.Library, EntryPoint = "mn_srtp_keys_size")]
        private static extern nuint mn_srtp_keys_size();
        [DllImport(NativeBackend.Library, EntryPoint = "mn_srtp_keys_init")]
        private static extern int mn_srtp_keys_init(uint* k, int suite, byte* enc, nuint encLen, byte* salt, nuint saltLen, byte* auth, nuint authLen);
        [DllImport(NativeBackend.Library, EntryPoint = "mn_srtp_kdf")]
        private static extern int mn_srtp_kdf(byte* output, nuint outLen, byte* key, nuint keyLen, byte* salt, nuint saltLen, uint label, ulong r);
        [DllImport(NativeBackend.Library, EntryPoint = "mn_sakke_comb_mul_rb")]
        private static extern int mn_sakke_comb_mul_rb(byte* output, uint* table1, uint* table2, nuint words, byte* r, byte* b);
        [DllImport(NativeBackend.Library, EntryPoint = "mn_eccsi_sign_s")]
        private static extern int mn_eccsi_sign_s(byte* s, byte* j, byte* he, byte* r, byte* ssk);
        [DllImport(NativeBackend.Library, EntryPoint = "mn_srtp_protect")]
        private static extern int mn_srtp_protect(uint* k, byte* packet, nuint headerLen, nuint payloadLen, uint roc, byte* tag, nuint tagLen);
        [DllImport(NativeBackend.Library, EntryPoint = "mn_srtp_unprotect")]
        private static extern int mn_srtp_unprotect(uint* k, byte* packet, nuint headerLen, nuint payloadLen, uint roc, byte* tag, nuint tagLen);

        private const int Buffer = NativeBackend.ErrorBuffer;

        public int Version() => NativeBackend.Version();

        public int P256MulBase(byte[] result, byte[] k) => NativeBackend.P256MultiplyBase(result, k);
        public int P256Mul(byte[] result, byte[] p, byte[] k) => NativeBackend.P256Multiply(result, p, k);
        public int P256MulAddPublic(byte[] result, byte[] u1, byte[] u2, byte[] q) => NativeBackend.P256MultiplyAddPublic(result, u1, u2, q);

        public int P256MulAdd3Public(byte[] result, byte[] u1, byte[] u2, byte[] q2, byte[] u3, byte[] q3) =>
            NativeBackend.P256MultiplyAdd3Public(result, u1, u2, q2, u3, q3);

        public int SakkeMul(byte[] result, byte[] q, byte[] k) => NativeBackend.SakkeMultiply(result, q, k);
        public int SakkeCombWords() => NativeBackend.SakkeCombWords;
        public int SakkeCombBuild(uint[] table, byte[] b) => NativeBackend.SakkeCombBuild(table, b);
        public int SakkeCombMul2(byte[] result, uint[] table1, byte[] k1, uint[] table2, byte[] k2) =>
            NativeBackend.SakkeCombMultiplyTwo(result, table1, k1, table2, k2);
        public int SakkePair(byte[] w, byte[] r, byte[] q) => NativeBackend.SakkePair(w, r, q);
        public int SakkeRskTableWords() => NativeBackend.SakkeRskTableWords;
        public int SakkeRskTableBuild(uint[] table, byte[] rsk) => NativeBackend.SakkeRskTableBuild(table, rsk);
        public int SakkeRskPair(byte[] w, uint[] table, byte[] r) => NativeBackend.SakkeRskPair(w, table, r);
        public int SakkeCheck(byte[] qb, byte[] r, byte[] rPoint) => NativeBackend.SakkeCheck(qb, r, rPoint);
        public int SakkeCheckComb(uint[] table, byte[] r, byte[] rPoint) => NativeBackend.SakkeCheckComb(table, r, rPoint);

        public int SakkePfPow(byte[] result, byte[] g, byte[] r) => NativeBackend.SakkePfPow(result, g, r);

        // SRTP: the session-key state is uint[] words on the device (4-octet aligned); the same here.
        public int SrtpKeysWords() => (int)((mn_srtp_keys_size() + 3) / 4);

        public int SrtpKeysInit(uint[] keys, int suite, byte[] encKey, byte[] salt, byte[] authKey)
        {
            if (keys.Length < SrtpKeysWords()) return Buffer;
            fixed (uint* k = keys) fixed (byte* e = encKey, s = salt, a = authKey)
                return mn_srtp_keys_init(k, suite, e, (nuint)encKey.Length, s, (nuint)salt.Length, a, (nuint)(authKey?.Length ?? 0));
        }

        public int SrtpProtect(uint[] keys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc, int tagOffset, int tagLength) =>
            Srtp(true, keys, packet, offset, headerLength, payloadLength, roc, tagOffset, tagLength);

        public int SrtpUnprotect(uint[] keys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc, int tagOffset, int tagLength) =>
            Srtp(false, keys, packet, offset, headerLength, payloadLength, roc, tagOffset, tagLength);

        // the firmware glue's length checks (firmware/interop/MikeyNano_Native_MikeyNano_Native_NativeCalls.cpp)
        private int Srtp(bool protect, uint[] keys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc, int tagOffset, int tagLength)
        {
            int n = packet.Length;
            if (keys.Length < SrtpKeysWords() || headerLength < 0 || payloadLength < 0 || !Within(offset, headerLength, n) ||
                !Within(offset + headerLength, payloadLength, n) || !Within(tagOffset, tagLength, n))
                return Buffer;
            fixed (uint* k = keys) fixed (byte* p = packet)
            {
                return protect
                    ? mn_srtp_protect(k, p + offset, (nuint)headerLength, (nuint)payloadLength, roc, p + tagOffset, (nuint)tagLength)
                    : mn_srtp_unprotect(k, p + offset, (nuint)headerLength, (nuint)payloadLength, roc, p + tagOffset, (nuint)tagLength);
            }
        }

        // the firmware glue's checks: an 8-word state, whole blocks inside data
        public int Sha256Blocks(uint[] state, byte[] data, int offset, int blocks)
        {
            if (state.Length != 8 || blocks < 0 || !Within(offset, 0, data.Length) || blocks > (data.Length - offset) / 64)
                return Buffer;
            return NativeBackend.Sha256Blocks(state, data, offset, blocks);
        }

        // the glue's checks: a 256-octet result, two tables of at least a comb's words, r and b of 128 octets
        public int SakkeCombMulRb(byte[] result, uint[] table1, uint[] table2, byte[] r, byte[] b)
        {
            int words = NativeBackend.SakkeCombWords;
            if (result.Length != 256 || table1.Length < words || table2.Length < words || r.Length != 128 || b.Length != 128)
                return Buffer;
            fixed (byte* o = result, pr = r, pb = b) fixed (uint* t1 = table1, t2 = table2)
                return mn_sakke_comb_mul_rb(o, t1, t2, (nuint)words, pr, pb);
        }

        // the firmware glue's checks: lengths and values are the C function's (a negative label is out of its range);
        // a null array throws NullReferenceException, as the firmware's marshalling does
        public int SrtpKdf(byte[] output, byte[] masterKey, byte[] masterSalt, int label, uint rHigh, uint rLow)
        {
            int n = output.Length, kl = masterKey.Length, sl = masterSalt.Length;
            fixed (byte* o = output, k = masterKey, s = masterSalt)
                return mn_srtp_kdf(o, (nuint)n, k, (nuint)kl, s, (nuint)sl, label < 0 ? 256u : (uint)label, (ulong)rHigh << 32 | rLow);
        }

        // the glue's checks: five arrays of 32 octets
        public int EccsiSignS(byte[] s, byte[] j, byte[] he, byte[] r, byte[] ssk)
        {
            if (s.Length != 32 || j.Length != 32 || he.Length != 32 || r.Length != 32 || ssk.Length != 32) return Buffer;
            fixed (byte* ps = s, pj = j, ph = he, pr = r, pk = ssk)
                return mn_eccsi_sign_s(ps, pj, ph, pr, pk);
        }

        private static bool Within(int offset, int length, int n) => offset >= 0 && length >= 0 && offset <= n && length <= n - offset;
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
