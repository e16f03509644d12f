using MikeyNano.Curves;
using MikeyNano.Errors;

namespace MikeyNano.Ecc
{
    /// <summary>ECDH on P-256 (SP 800-56A 5.7.1.2 / SEC 1 3.3.1, cofactor 1): the shared secret is the x-coordinate
    /// of d Q, 32 octets big-endian. Constant-time in d.</summary>
    public static class EcdhP256
    {
        /// <summary>x(d Q) for a validated peer point. Throws InvalidKeyException for a bad d.</summary>
        public static byte[] SharedSecret(byte[] privateKey, P256Point peerPublicKey)
        {
            P256KeyPair.CheckPrivateKey(privateKey);
            if (peerPublicKey == null || peerPublicKey.IsInfinity)
                throw new InvalidPointException("peer public key must be a finite point");
            P256 ctx = P256ContextCache.Signing.Borrow();
            P256Point z = null;
            try
            {
                z = ctx.Multiply(peerPublicKey, privateKey);
                if (z.IsInfinity) throw new InvalidPointException("shared point is infinity"); // impossible with cofactor 1
                return z.X;
            }
            finally
            {
                if (z != null) z.Wipe(); // its y is as secret as x, and the caller never sees it
                ctx.WipeAll();
                P256ContextCache.Signing.Return(ctx);
            }
        }

        /// <summary>x(d Q) for an encoded peer point (65-octet uncompressed or 33-octet compressed; fully validated).</summary>
        public static byte[] SharedSecret(byte[] privateKey, byte[] peerPublicKey)
        {
            if (peerPublicKey == null) throw new InvalidPointException("peer public key is missing");
            return SharedSecret(privateKey, P256Point.Decode(peerPublicKey, 0, peerPublicKey.Length));
        }
    }
}
