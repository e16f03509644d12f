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
                if (status == -3) { f.SetZero(acc.Z); return; }
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
