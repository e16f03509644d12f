using System;
using System.Runtime.InteropServices;

namespace MikeyNano.NativeHost
{
    /// <summary>P-256 of the native backend (firmware/native/include/mn_p256.h): points are X || Y (64 octets), scalars
    /// 32 octets big-endian (reduced mod n), field elements 8 little-endian limbs in plain form. The wrappers check
    /// lengths and return the C status (<see cref="Ok"/>, <see cref="ErrorEncoding"/>, <see cref="ErrorPoint"/>,
    /// <see cref="ErrorInfinity"/>, <see cref="P256ErrorVerify"/>).</summary>
    public static partial class NativeBackend
    {
        /// <summary>MN_P256_EVERIFY: the signature does not verify.</summary>
        public const int P256ErrorVerify = -16;

        [DllImport(Library, EntryPoint = "mn_p256_mul_base")]
        private static extern unsafe int P256MulBaseNative(byte* out64, byte* k32);

        [DllImport(Library, EntryPoint = "mn_p256_mul")]
        private static extern unsafe int P256MulNative(byte* out64, byte* p64, byte* k32);

        [DllImport(Library, EntryPoint = "mn_p256_mul_add_public")]
        private static extern unsafe int P256MulAddPublicNative(byte* out64, byte* u1, byte* u2, byte* q64);

        [DllImport(Library, EntryPoint = "mn_p256_mul_add3_public")]
        private static extern unsafe int P256MulAdd3PublicNative(byte* out64, byte* u1, byte* u2, byte* q2, byte* u3, byte* q3);

        [DllImport(Library, EntryPoint = "mn_p256_ecdsa_verify_public")]
        private static extern unsafe int P256EcdsaVerifyNative(byte* hash, nuint hashLen, byte* r32, byte* s32, byte* q64);

        [DllImport(Library, EntryPoint = "mn_p256_fp_mul")]
        private static extern unsafe int P256FpMulNative(uint* r, uint* a, uint* b);

        [DllImport(Library, EntryPoint = "mn_p256_fp_sqr")]
        private static extern unsafe int P256FpSqrNative(uint* r, uint* a);

        [DllImport(Library, EntryPoint = "mn_p256_fp_inv")]
        private static extern unsafe int P256FpInvNative(uint* r, uint* a);

        [DllImport(Library, EntryPoint = "mn_p256_fn_mul")]
        private static extern unsafe int P256FnMulNative(uint* r, uint* a, uint* b);

        [DllImport(Library, EntryPoint = "mn_p256_fn_inv")]
        private static extern unsafe int P256FnInvNative(uint* r, uint* a);

        private static void Need(byte[] b, int length, string name)
        {
            if (b == null || b.Length != length) throw new ArgumentException(name + " must be " + length + " octets", name);
        }

        private static void Need(uint[] a, string name)
        {
            if (a == null || a.Length != 8) throw new ArgumentException(name + " must be 8 limbs", name);
        }

        /// <summary>output = [k]G (constant-time in k).</summary>
        public static unsafe int P256MultiplyBase(byte[] output, byte[] k)
        {
            Need(output, 64, nameof(output)); Need(k, 32, nameof(k));
            fixed (byte* o = output, pk = k) return P256MulBaseNative(o, pk);
        }

        /// <summary>output = [k]P (constant-time in k; P validated).</summary>
        public static unsafe int P256Multiply(byte[] output, byte[] point, byte[] k)
        {
            Need(output, 64, nameof(output)); Need(point, 64, nameof(point)); Need(k, 32, nameof(k));
            fixed (byte* o = output, pp = point, pk = k) return P256MulNative(o, pp, pk);
        }

        /// <summary>output = [u1]G + [u2]Q (variable time: public inputs only).</summary>
        public static unsafe int P256MultiplyAddPublic(byte[] output, byte[] u1, byte[] u2, byte[] q)
        {
            Need(output, 64, nameof(output)); Need(u1, 32, nameof(u1)); Need(u2, 32, nameof(u2)); Need(q, 64, nameof(q));
            fixed (byte* o = output, a = u1, b = u2, pq = q) return P256MulAddPublicNative(o, a, b, pq);
        }

        /// <summary>output = [u1]G + [u2]Q2 + [u3]Q3 (variable time: public inputs only; ECCSI verification's J).</summary>
        public static unsafe int P256MultiplyAdd3Public(byte[] output, byte[] u1, byte[] u2, byte[] q2, byte[] u3, byte[] q3)
        {
            Need(output, 64, nameof(output)); Need(u1, 32, nameof(u1)); Need(u2, 32, nameof(u2)); Need(q2, 64, nameof(q2));
            Need(u3, 32, nameof(u3)); Need(q3, 64, nameof(q3));
            fixed (byte* o = output, a = u1, b = u2, pq2 = q2, c = u3, pq3 = q3) return P256MulAdd3PublicNative(o, a, b, pq2, c, pq3);
        }

        /// <summary>ECDSA verification of a digest (any length, at least one octet) with signature r || s (64 octets).</summary>
        public static unsafe int P256EcdsaVerify(byte[] hash, byte[] signature, byte[] q)
        {
            if (hash == null) throw new ArgumentNullException(nameof(hash));
            Need(signature, 64, nameof(signature)); Need(q, 64, nameof(q));
            byte dummy = 0;
            fixed (byte* h = hash, s = signature, pq = q)
                return P256EcdsaVerifyNative(hash.Length == 0 ? &dummy : h, (nuint)hash.Length, s, s + 32, pq);
        }

        /// <summary>r = a b mod p (plain 8-limb integers below p).</summary>
        public static unsafe int P256FieldMultiply(uint[] r, uint[] a, uint[] b)
        {
            Need(r, nameof(r)); Need(a, nameof(a)); Need(b, nameof(b));
            fixed (uint* pr = r, pa = a, pb = b) return P256FpMulNative(pr, pa, pb);
        }

        /// <summary>r = a^2 mod p.</summary>
        public static unsafe int P256FieldSquare(uint[] r, uint[] a)
        {
            Need(r, nameof(r)); Need(a, nameof(a));
            fixed (uint* pr = r, pa = a) return P256FpSqrNative(pr, pa);
        }

        /// <summary>r = a^-1 mod p (0 for 0).</summary>
        public static unsafe int P256FieldInvert(uint[] r, uint[] a)
        {
            Need(r, nameof(r)); Need(a, nameof(a));
            fixed (uint* pr = r, pa = a) return P256FpInvNative(pr, pa);
        }

        /// <summary>r = a b mod n.</summary>
        public static unsafe int P256ScalarMultiply(uint[] r, uint[] a, uint[] b)
        {
            Need(r, nameof(r)); Need(a, nameof(a)); Need(b, nameof(b));
            fixed (uint* pr = r, pa = a, pb = b) return P256FnMulNative(pr, pa, pb);
        }

        /// <summary>r = a^-1 mod n (0 for 0).</summary>
        public static unsafe int P256ScalarInvert(uint[] r, uint[] a)
        {
            Need(r, nameof(r)); Need(a, nameof(a));
            fixed (uint* pr = r, pa = a) return P256FnInvNative(pr, pa);
        }
    }
}
