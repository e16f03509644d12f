using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Hashing;

namespace MikeyNano.Ecc
{
    /// <summary>
    /// ECDSA on P-256 (FIPS 186-4 section 6; SEC 1 4.1.3 and 4.1.4). Signatures are r || s, 64 octets (IEEE P1363,
    /// as .NET's ECDsa.SignHash produces). Signing is constant-time in the private key and nonce (base-point table
    /// scanned under masks, constant-time divstep inversion mod n); verification is variable-time (public inputs only).
    /// </summary>
    public static class EcdsaP256
    {
        public const int SignatureLength = 64;

        /// <summary>Signs a message digest with a hedged nonce: RFC 6979's k from the private key and the digest, with 32
        /// octets from <paramref name="random"/> as additional input (RFC 6979 3.6; draft-irtf-cfrg-det-sigs-with-noise).
        /// An RNG that repeats or is predictable then cannot repeat k for two digests or reveal it, and a good RNG keeps
        /// k fresh for a repeated digest.</summary>
        public static byte[] SignHash(byte[] privateKey, byte[] hash, IRandomSource random)
        {
            P256KeyPair.CheckPrivateKey(privateKey);
            CheckHash(hash);
            return Sign(privateKey, hash, Rfc6979Nonce.Hedged(privateKey, hash, random));
        }

        /// <summary>Signs a message digest with the deterministic nonce of RFC 6979 (HMAC-SHA-256).</summary>
        public static byte[] SignHashDeterministic(byte[] privateKey, byte[] hash)
        {
            P256KeyPair.CheckPrivateKey(privateKey);
            CheckHash(hash);
            return Sign(privateKey, hash, new Rfc6979Nonce(privateKey, hash));
        }

        /// <summary>RFC 6979 3.2 step h: candidates k from <paramref name="nonces"/> until r and s are non-zero.</summary>
        private static byte[] Sign(byte[] privateKey, byte[] hash, Rfc6979Nonce nonces)
        {
            P256 ctx = P256ContextCache.Signing.Borrow();
            try
            {
                while (true)
                {
                    byte[] k = nonces.Next();
                    byte[] sig;
                    try { sig = TrySign(ctx, privateKey, hash, k); }
                    finally { Secrets.Wipe(k); }
                    if (sig != null) return sig;
                }
            }
            finally
            {
                nonces.Wipe();
                ctx.WipeAll();
                P256ContextCache.Signing.Return(ctx);
            }
        }

        /// <summary>SHA-256 of the message, then <see cref="SignHashDeterministic"/>.</summary>
        public static byte[] SignData(byte[] privateKey, byte[] message)
        {
            return SignHashDeterministic(privateKey, Sha256.Hash(message));
        }

        /// <summary>SHA-256 of the message, then <see cref="VerifyHash"/>.</summary>
        public static bool VerifyData(P256Point publicKey, byte[] message, byte[] signature)
        {
            return VerifyHash(publicKey, Sha256.Hash(message), signature);
        }

        /// <summary>Whether signature (r || s) is valid for the digest under the public key: false for a wrong length,
        /// r or s outside [1, n-1], or a mismatch (FIPS 186-4 6.4.2). For many verifications under one key,
        /// <see cref="EcdsaP256PreparedKey"/> is about twice as fast.</summary>
        public static bool VerifyHash(P256Point publicKey, byte[] hash, byte[] signature)
        {
            if (publicKey == null || publicKey.IsInfinity) throw new InvalidPointException("public key must be a finite point");
            return Verify(publicKey, null, hash, signature);
        }

        /// <summary>FIPS 186-4 6.4.2 with Q as a point (odd multiples built per call) or as a prepared comb.</summary>
        internal static bool Verify(P256Point publicKey, P256PrecomputedPoint prepared, byte[] hash, byte[] signature)
        {
            CheckHash(hash);
            if (signature == null || signature.Length != SignatureLength) return false;
            byte[] rb = Octets.Slice(signature, 0, 32), sb = Octets.Slice(signature, 32, 32);
            if (!P256KeyPair.IsValidScalar(rb) || !P256KeyPair.IsValidScalar(sb)) return false;
            P256 ctx = P256ContextCache.Verifying.Borrow(); // public inputs only: a shared context leaks nothing
            try
            {
                MontgomeryField n = ctx.Scalars;
                uint[] r = n.Create(), w = n.Create(), e = n.Create(), u1 = n.Create(), u2 = n.Create();
                n.FromBytes(sb, 0, 32, w);
                n.InvertVariableTime(w, w);        // w = s^-1 (divsteps; s is public)
                n.FromBytes(rb, 0, 32, r);
                n.FromBytesReduce(BitsToInt(hash), 0, 32, e);
                n.Mul(u1, e, w);
                n.ToNatural(u1, u1);               // u1 = e w
                n.Mul(u2, r, w);
                n.ToNatural(u2, u2);               // u2 = r w
                JacobianPoint sum = prepared == null
                    ? ctx.MultiplyAddPublicJacobian(u1, u2, publicKey)
                    : ctx.MultiplyAddPublicJacobian(u1, u2, prepared);
                return ctx.XModOrderEquals(sum, rb);
            }
            finally
            {
                P256ContextCache.Verifying.Return(ctx);
            }
        }

        /// <summary>r = x(k G) mod n, s = k^-1 (e + r d) mod n; null when r or s is 0 (the caller picks another k).</summary>
        private static byte[] TrySign(P256 ctx, byte[] d, byte[] hash, byte[] k)
        {
            MontgomeryField n = ctx.Scalars;
            P256Point kg = ctx.MultiplyBase(k);
            uint[] r = n.Create(), s = n.Create(), e = n.Create(), dm = n.Create(), km = n.Create();
            try
            {
                n.FromBytesReduce(kg.X, 0, 32, r);
                if (n.IsZero(r) != 0) return null;
                n.FromBytesReduce(BitsToInt(hash), 0, 32, e);
                n.FromBytes(d, 0, 32, dm);
                n.FromBytes(k, 0, 32, km);
                n.Invert(km, km);
                n.Mul(s, r, dm);
                n.Add(s, s, e);
                n.Mul(s, s, km);
                if (n.IsZero(s) != 0) return null;
                byte[] sig = new byte[SignatureLength];
                n.ToBytes(r, sig, 0);
                n.ToBytes(s, sig, 32);
                return sig;
            }
            finally
            {
                Secrets.Wipe(dm);
                Secrets.Wipe(km);
                Secrets.Wipe(s);
            }
        }

        /// <summary>bits2int for qlen = 256 (RFC 6979 2.3.2, FIPS 186-4 6.4): the leftmost 256 bits of the digest, as 32
        /// octets big-endian (a shorter digest is left-padded with zeros).</summary>
        internal static byte[] BitsToInt(byte[] hash)
        {
            byte[] z = new byte[32];
            if (hash.Length >= 32) System.Array.Copy(hash, 0, z, 0, 32);
            else System.Array.Copy(hash, 0, z, 32 - hash.Length, hash.Length);
            return z;
        }

        private static void CheckHash(byte[] hash)
        {
            if (hash == null || hash.Length == 0) throw new SignatureException("message digest is missing");
        }
    }
}
