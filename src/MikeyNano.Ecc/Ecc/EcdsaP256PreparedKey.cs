using MikeyNano.Curves;
using MikeyNano.Errors;

namespace MikeyNano.Ecc
{
    /// <summary>
    /// An ECDSA P-256 public key prepared for repeated verification (a KMS's or a peer's long-lived key): Q gets the same
    /// signed radix-32 comb as G (57,344 octets, built once: about 850 point additions and one inversion), so that
    /// u1 G + u2 Q is two sums of 52 mixed additions with no doublings instead of 256 doublings and about 70 additions.
    /// Immutable after construction; verification may run on several threads at once.
    /// </summary>
    public sealed class EcdsaP256PreparedKey
    {
        private readonly P256PrecomputedPoint _comb;

        /// <summary>Prepares a finite public key (a validated point, e.g. from <see cref="P256Point.Decode"/>).</summary>
        public EcdsaP256PreparedKey(P256Point publicKey)
        {
            if (publicKey == null || publicKey.IsInfinity) throw new InvalidPointException("public key must be a finite point");
            _comb = new P256PrecomputedPoint(publicKey);
        }

        /// <summary>The public key Q.</summary>
        public P256Point PublicKey { get { return _comb.Point; } }

        /// <summary>Octets held by Q's tables.</summary>
        public int MemoryBytes { get { return _comb.MemoryBytes; } }

        /// <summary>As <see cref="EcdsaP256.VerifyHash"/> for this key.</summary>
        public bool VerifyHash(byte[] hash, byte[] signature)
        {
            return EcdsaP256.Verify(_comb.Point, _comb, hash, signature);
        }

        /// <summary>SHA-256 of the message, then <see cref="VerifyHash"/>.</summary>
        public bool VerifyData(byte[] message, byte[] signature)
        {
            return VerifyHash(MikeyNano.Hashing.Sha256.Hash(message), signature);
        }
    }
}
