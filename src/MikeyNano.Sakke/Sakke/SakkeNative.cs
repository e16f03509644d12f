using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Native;

namespace MikeyNano.Sakke
{
    /// <summary>
    /// The conversions between the managed SAKKE types and the native backend's encodings (mn_sakke.h: points x || y,
    /// 256 octets without RFC 6508's 0x04; scalars and PF_p values 128 octets big-endian), and its status codes as the
    /// exceptions the managed path throws for the same input.
    /// </summary>
    internal static class SakkeNative
    {
        public const int PointLength = 2 * SakkeParameterSet1.L;
        /// <summary>MN_EINFINITY: the result is the point at infinity.</summary>
        public const int Infinity = -3;
        /// <summary>MN_EBUFFER: the backend does not take these lengths (the managed path serves).</summary>
        public const int Buffer = -4;

        /// <summary>x || y of an affine point (its field elements in the context's form).</summary>
        public static byte[] Encode(IPrimeField f, SakkePoint p)
        {
            byte[] b = new byte[PointLength];
            f.ToBytes(p.X, b, 0);
            f.ToBytes(p.Y, b, SakkeParameterSet1.L);
            return b;
        }

        /// <summary>The point x || y back as an affine point of the context's field.</summary>
        public static SakkePoint Decode(IPrimeField f, byte[] xy)
        {
            SakkePoint p = new SakkePoint(f);
            f.FromBytes(xy, 0, SakkeParameterSet1.L, p.X);
            f.FromBytes(xy, SakkeParameterSet1.L, SakkeParameterSet1.L, p.Y);
            return p;
        }

        /// <summary>
        /// a + b for two public affine points given as x || y (below p, on E), or null when x_a = x_b (a = +-b: the
        /// chord is undefined; the caller takes the general path). The chord formulas on plain integers mod p, so that
        /// nothing enters or leaves Montgomery form: with Mul(u, v) = u v R^-1 and the divstep inverse of the plain
        /// dx = x_b - x_a coming out as dx^-1 R^2 (MontgomeryField.InvertVariableTime), lambda R = Mul(dy, that),
        /// lambda = Mul(lambda R, 1), lambda^2 = Mul(lambda, lambda R), x = lambda^2 - x_a - x_b and
        /// y = Mul(lambda R, x_a - x) - y_a. One variable-time inversion and four products.
        /// </summary>
        public static byte[] AddPublic(MontgomeryField f, byte[] a, byte[] b)
        {
            int n = f.Limbs, l = SakkeParameterSet1.L;
            uint[] x1 = f.Create(), y1 = f.Create(), x2 = f.Create(), y2 = f.Create(), lr = f.Create(), t = f.Create();
            Natural.FromBigEndian(a, 0, l, x1, n);
            Natural.FromBigEndian(a, l, l, y1, n);
            Natural.FromBigEndian(b, 0, l, x2, n);
            Natural.FromBigEndian(b, l, l, y2, n);
            if (f.AreEqual(x1, x2) != 0) return null;
            f.Sub(t, x2, x1);
            f.InvertVariableTime(t, t);     // dx^-1 R^2
            f.Sub(y2, y2, y1);
            f.Mul(lr, y2, t);               // lambda R
            f.ToNatural(lr, t);             // lambda
            f.Mul(t, t, lr);                // lambda^2
            f.Sub(t, t, x1);
            f.Sub(x2, t, x2);               // x3
            f.Sub(t, x1, x2);
            f.Mul(t, lr, t);
            f.Sub(y2, t, y1);               // y3
            byte[] r = new byte[PointLength];
            Natural.ToBigEndian(x2, n, r, 0, l);
            Natural.ToBigEndian(y2, n, r, l, l);
            return r;
        }

        /// <summary>x || y of an RFC 6508 point 0x04 || x || y at src[offset..], after checking the prefix (the native
        /// side checks the coordinates and the curve equation).</summary>
        public static byte[] FromWire(byte[] src, int offset)
        {
            if (src[offset] != 0x04) throw new InvalidPointException("SAKKE: point prefix must be 0x04 (uncompressed)");
            byte[] xy = new byte[PointLength];
            System.Array.Copy(src, offset + 1, xy, 0, PointLength);
            return xy;
        }

        /// <summary>A scalar as the 128 octets the native side takes (left-padded).</summary>
        public static byte[] Scalar(byte[] k)
        {
            if (k.Length == SakkeParameterSet1.L) return k;
            byte[] r = new byte[SakkeParameterSet1.L];
            System.Array.Copy(k, 0, r, SakkeParameterSet1.L - k.Length, k.Length);
            return r;
        }

        /// <summary>Throws what the managed path throws for the input the native side refused.</summary>
        public static void Check(int status, string what)
        {
            if (status == 0) return;
            if (status == -1 || status == -2) throw new InvalidPointException("SAKKE: " + what + ": a point is not on E or a coordinate is not below p");
            throw new MikeyNanoException("SAKKE: " + what + ": the native backend failed (status " + status + ")");
        }

        /// <summary>[k]Q natively into acc (Jacobian with Z = 1); acc at infinity (Z = 0) when the result is.</summary>
        public static void Multiply(INativeKernels n, SakkeCurve curve, IPrimeField f, SakkeJacobianPoint acc, SakkePoint q, byte[] k)
        {
            byte[] result = new byte[PointLength];
            byte[] ks = Scalar(k);
            try
            {
                int status = n.SakkeMul(result, Encode(f, q), ks);
                if (status == Infinity) { f.SetZero(acc.Z); return; }
                Check(status, "[k]Q");
                SakkePoint r = Decode(f, result);
                curve.SetAffine(acc, r);
                r.Wipe();
            }
            finally
            {
                Secrets.Wipe(result);
                if (ks != k) Secrets.Wipe(ks);
            }
        }
    }
}
