using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Native;

namespace MikeyNano.Curves
{
    /// <summary>P-256 scalar multiplications on the firmware's native backend (mn_p256.h), when it has one
    /// (<see cref="NativeArithmetic"/>): the same results as the managed code, in one interop call each.</summary>
    internal sealed partial class P256
    {
        private const int NativeInfinity = -3; // MN_EINFINITY

        /// <summary>[k]P (P null: G) natively, or null when there is no backend or the scalar is longer than 32 octets
        /// (the managed path reduces any length). Constant-time in k as the C is; k's padded copy is wiped.</summary>
        private static P256Point MultiplyNative(P256Point p, byte[] scalar)
        {
            INativeKernels n = NativeArithmetic.Kernels;
            if (n == null || scalar == null || scalar.Length > 32 || (p != null && p.IsInfinity)) return null;
            byte[] k = Padded(scalar);
            byte[] result = new byte[64];
            try
            {
                int status = p == null ? n.P256MulBase(result, k) : n.P256Mul(result, Encode(p), k);
                return FromNative(status, result, "[k]P");
            }
            finally
            {
                Secrets.Wipe(k);
                Secrets.Wipe(result);
            }
        }

        /// <summary>u1 G + u2 Q natively (public inputs), or null (no backend, a scalar over 32 octets, Q infinity).</summary>
        private static P256Point MultiplyAddPublicNative(byte[] u1, byte[] u2, P256Point q)
        {
            INativeKernels n = NativeArithmetic.Kernels;
            if (n == null || u1 == null || u2 == null || u1.Length > 32 || u2.Length > 32 || q == null || q.IsInfinity) return null;
            byte[] result = new byte[64];
            return FromNative(n.P256MulAddPublic(result, Padded(u1), Padded(u2), Encode(q)), result, "u1 G + u2 Q");
        }

        /// <summary>u1 G + u2 Q2 + u3 Q3 in one native call (public inputs: ECCSI verification's J), or null when there is
        /// no backend, a scalar is over 32 octets, a point is infinity, or the backend refuses the input (the caller
        /// then computes it in managed code, which decides how to reject).</summary>
        internal static P256Point MultiplyAdd3PublicNative(byte[] u1, byte[] u2, P256Point q2, byte[] u3, P256Point q3)
        {
            INativeKernels n = NativeArithmetic.Kernels;
            if (n == null || u1 == null || u2 == null || u3 == null || u1.Length > 32 || u2.Length > 32 || u3.Length > 32 ||
                q2 == null || q2.IsInfinity || q3 == null || q3.IsInfinity)
                return null;
            byte[] result = new byte[64];
            int status = n.P256MulAdd3Public(result, Padded(u1), Padded(u2), Encode(q2), Padded(u3), Encode(q3));
            if (status != 0 && status != NativeInfinity) return null;
            return FromNative(status, result, "u1 G + u2 Q2 + u3 Q3");
        }

        private static byte[] Padded(byte[] scalar)
        {
            byte[] k = new byte[32];
            for (int i = 0; i < scalar.Length; i++) k[32 - scalar.Length + i] = scalar[i];
            return k;
        }

        private static byte[] Encode(P256Point p)
        {
            byte[] b = new byte[64];
            Natural.ToBigEndian(p.XLimbs, 8, b, 0, 32);
            Natural.ToBigEndian(p.YLimbs, 8, b, 32, 32);
            return b;
        }

        private static P256Point FromNative(int status, byte[] result, string what)
        {
            if (status == NativeInfinity) return P256Point.Infinity;
            if (status != 0) throw new InvalidPointException("P-256 " + what + ": the native backend refused the input (status " + status + ")");
            uint[] x = new uint[8], y = new uint[8];
            Natural.FromBigEndian(result, 0, 32, x, 8);
            Natural.FromBigEndian(result, 32, 32, y, 8);
            P256Point point = new P256Point(x, y);
            Secrets.Wipe(x);
            Secrets.Wipe(y);
            return point;
        }
    }
}
