using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Errors;

namespace MikeyNano.Ecc
{
    /// <summary>
    /// ECMQV on P-256 (SEC 1 v2 section 3.4, cofactor h = 1, f = 256): with own static pair (d, Q), own ephemeral pair
    /// (e, E) and the peer's static and ephemeral public keys (Q', E'),
    /// avf(X) = (x_X mod 2^128) + 2^128, s = (e + avf(E) d) mod n, P = [s](E' + [avf(E')] Q'),
    /// and the shared value is x(P), 32 octets with leading zeros kept (P at infinity is refused). Both parties get the
    /// same value. Constant-time in d, e and s (Montgomery arithmetic mod n, the constant-time ladder for [s]);
    /// E' + [avf(E')] Q' is computed from public points only and may take variable time.
    /// </summary>
    public static class EcmqvP256
    {
        public const int SharedLength = 32;

        /// <summary>x(P) as above. Throws InvalidKeyException for a private key outside [1, n-1] and
        /// InvalidPointException for a missing or infinite public key or P at infinity.</summary>
        public static byte[] SharedSecret(byte[] staticPrivate, byte[] ephemeralPrivate, P256Point ephemeralPublic,
                                          P256Point peerStatic, P256Point peerEphemeral)
        {
            P256KeyPair.CheckPrivateKey(staticPrivate);
            P256KeyPair.CheckPrivateKey(ephemeralPrivate);
            RequireFinite(ephemeralPublic, "own ephemeral public key");
            RequireFinite(peerStatic, "peer static public key");
            RequireFinite(peerEphemeral, "peer ephemeral public key");
            P256 ctx = P256ContextCache.Signing.Borrow();
            byte[] s = null;
            P256Point p = null;
            try
            {
                s = ImplicitSignature(ctx.Scalars, staticPrivate, ephemeralPrivate, ephemeralPublic);
                // E' + [avf(E')] Q': public points and a public scalar, so the variable-time path is allowed.
                P256Point peerSum = ctx.Add(peerEphemeral, ctx.MultiplyAddPublic(new byte[32], AssociateValue(peerEphemeral), peerStatic));
                p = ctx.Multiply(peerSum, s); // h = 1: [h s] = [s]
                if (p.IsInfinity) throw new InvalidPointException("ECMQV: the shared point is infinity");
                return p.X;
            }
            finally
            {
                Secrets.Wipe(s);
                if (p != null) p.Wipe();
                ctx.WipeAll();
                P256ContextCache.Signing.Return(ctx);
            }
        }

        /// <summary>avf(X) = (x mod 2^128) + 2^128 as 32 octets big-endian (SEC 1 v2 section 3.4.1 with
        /// f = ceil(log2 n) = 256, so ceil(f / 2) = 128): the low 16 octets of x, and a 1 at bit 128.</summary>
        internal static byte[] AssociateValue(P256Point point)
        {
            byte[] x = point.X;
            byte[] avf = new byte[32];
            System.Array.Copy(x, 16, avf, 16, 16);
            avf[15] = 1;
            return avf;
        }

        /// <summary>s = (e + avf(E) d) mod n, 32 octets big-endian (constant-time in d and e).</summary>
        private static byte[] ImplicitSignature(MontgomeryField n, byte[] d, byte[] e, P256Point ephemeralPublic)
        {
            uint[] dm = n.Create(), em = n.Create(), am = n.Create();
            try
            {
                n.FromBytes(d, 0, 32, dm);
                n.FromBytes(e, 0, 32, em);
                n.FromBytesReduce(AssociateValue(ephemeralPublic), 0, 32, am);
                n.Mul(dm, dm, am);
                n.Add(dm, dm, em);
                byte[] s = new byte[32];
                n.ToBytes(dm, s, 0);
                return s;
            }
            finally
            {
                Secrets.Wipe(dm);
                Secrets.Wipe(em);
            }
        }

        private static void RequireFinite(P256Point p, string what)
        {
            if (p == null || p.IsInfinity) throw new InvalidPointException("ECMQV: " + what + " must be a finite point");
        }
    }
}
