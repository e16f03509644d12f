using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Entropy;
using MikeyNano.Errors;

namespace MikeyNano.Ecc
{
    /// <summary>A P-256 key pair: private scalar d in [1, n-1] (32 octets big-endian) and public point Q = d G. It keeps
    /// d (and Q) until <see cref="Wipe"/>; building it leaves no other copy of d (docs/security.md).</summary>
    public sealed class P256KeyPair
    {
        private readonly byte[] _d;

        private P256KeyPair(byte[] d, P256Point q)
        {
            _d = d;
            PublicKey = q;
        }

        public P256Point PublicKey { get; private set; }

        /// <summary>A copy of d (32 octets, big-endian).</summary>
        public byte[] PrivateKey { get { return (byte[])_d.Clone(); } }

        /// <summary>The key pair for d; throws InvalidKeyException unless d is 32 octets with 1 &lt;= d &lt; n.</summary>
        public static P256KeyPair FromPrivateKey(byte[] d)
        {
            CheckPrivateKey(d);
            P256 ctx = P256ContextCache.Signing.Borrow(); // its scratch sees d: wiped before it is lent again
            try
            {
                return new P256KeyPair((byte[])d.Clone(), ctx.MultiplyBase(d));
            }
            finally
            {
                ctx.WipeAll();
                P256ContextCache.Signing.Return(ctx);
            }
        }

        /// <summary>A fresh key pair: d by rejection sampling of 32 random octets until 1 &lt;= d &lt; n (FIPS 186-4 B.4.2).</summary>
        public static P256KeyPair Generate(IRandomSource random)
        {
            byte[] d = RandomScalar(random);
            try
            {
                return FromPrivateKey(d);
            }
            finally
            {
                Secrets.Wipe(d); // the key pair keeps its own copy
            }
        }

        /// <summary>A uniformly random scalar in [1, n-1] (32 octets big-endian).</summary>
        internal static byte[] RandomScalar(IRandomSource random)
        {
            if (random == null) throw new InvalidKeyException("random source is missing");
            byte[] k = new byte[32];
            for (int attempt = 0; attempt < 64; attempt++)
            {
                random.Fill(k, 0, 32);
                if (IsValidScalar(k)) return k;
            }
            Secrets.Wipe(k);
            throw new InvalidKeyException("random source produced no scalar in [1, n-1] in 64 attempts");
        }

        /// <summary>Throws InvalidKeyException unless d is 32 octets with 1 &lt;= d &lt; n.</summary>
        internal static void CheckPrivateKey(byte[] d)
        {
            if (d == null || d.Length != 32) throw new InvalidKeyException("P-256 private key must be 32 octets");
            if (!IsValidScalar(d)) throw new InvalidKeyException("P-256 private key must be in [1, n-1]");
        }

        /// <summary>Whether 32 octets encode an integer in [1, n-1] (constant-time in the value).</summary>
        internal static bool IsValidScalar(byte[] k)
        {
            uint[] x = new uint[8], n = new uint[8];
            Natural.FromBigEndian(k, 0, 32, x, 8);
            Natural.FromBigEndian(P256.Order, 0, 32, n, 8);
            uint ok = (0u - Natural.LessThan(x, n, 8)) & ~Natural.IsZero(x, 8);
            Secrets.Wipe(x);
            return ok != 0;
        }

        public void Wipe()
        {
            Secrets.Wipe(_d);
        }
    }
}
