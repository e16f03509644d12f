using MikeyNano.Bytes;
using MikeyNano.Entropy;
using MikeyNano.Hashing;

namespace MikeyNano.Ecc
{
    /// <summary>Deterministic ECDSA nonces for P-256 (RFC 6979 section 3.2) with HMAC-SHA-256 (qlen = hlen = 256), and
    /// their hedged form (RFC 6979 3.6 "additional data", as draft-irtf-cfrg-det-sigs-with-noise steps d and f write it):
    /// 32 fresh random octets Z enter the HMAC-DRBG with the private key and the hash, so the nonce stays secret and
    /// distinct per message when the RNG repeats or is predictable, and stays unpredictable to a fault or side-channel
    /// attacker who could replay the deterministic form. Also ECCSI's j (RFC 6507 5.2.1 step 1: the same q, the P-256
    /// order). K and V are updated in place and every buffer that held the private key or K is wiped (<see cref="Wipe"/>
    /// for the state itself).</summary>
    internal sealed class Rfc6979Nonce
    {
        /// <summary>Octets of Z (the draft: the length of int2octets(x)).</summary>
        public const int HedgeLength = 32;
        private const int BlockSize = 64; // SHA-256's block: the draft pads Z and x each to the end of a block

        private readonly byte[] _k = new byte[32];
        private readonly byte[] _v = new byte[32];
        private readonly byte[] _separator = new byte[1];
        private readonly byte[] _zeros = new byte[BlockSize];
        private readonly Sha256 _sha = new Sha256();
        private Hmac _mac;
        private bool _advancePending;

        /// <summary>Steps a-g of RFC 6979 3.2 for private key x (32 octets) and hash h1.</summary>
        public Rfc6979Nonce(byte[] x, byte[] h1) : this(x, h1, null) { }

        /// <summary>Steps a-g for private key x (32 octets) and hash h1; with <paramref name="z"/> (32 octets, from the
        /// RNG) the hedged steps d and f: K = HMAC_K(V || sep || Z || 000... || x || 000... || bits2octets(h1)), the
        /// zeros filling (V || sep || Z) and (x) to whole blocks. Null z is plain RFC 6979 (its A.2.5 vectors).</summary>
        public Rfc6979Nonce(byte[] x, byte[] h1, byte[] z)
        {
            if (z != null && z.Length != HedgeLength) throw new Errors.InvalidKeyException("hedge must be 32 octets");
            byte[] h = BitsToOctets(h1);
            for (int i = 0; i < 32; i++) { _v[i] = 0x01; _k[i] = 0x00; }    // b, c
            _mac = new Hmac(_sha, _k);
            UpdateK(0x00, x, h, z);                                          // d
            UpdateV();                                                       // e
            UpdateK(0x01, x, h, z);                                          // f
            UpdateV();                                                       // g
            Secrets.Wipe(h);
        }

        /// <summary>The hedged generator for private key x and hash h1, with Z = <see cref="HedgeLength"/> fresh octets of
        /// <paramref name="rng"/> (wiped once absorbed).</summary>
        public static Rfc6979Nonce Hedged(byte[] x, byte[] h1, IRandomSource rng)
        {
            if (rng == null) throw new Errors.InvalidKeyException("random source is missing");
            byte[] z = new byte[HedgeLength];
            try
            {
                rng.Fill(z, 0, HedgeLength);
                return new Rfc6979Nonce(x, h1, z);
            }
            finally
            {
                Secrets.Wipe(z);
            }
        }

        /// <summary>Step h: the next candidate k in [1, n-1] (32 octets). Call again if the caller's r or s is 0.</summary>
        public byte[] Next()
        {
            if (_advancePending) Advance();          // step h.3 for the candidate returned last time (only on retry)
            _advancePending = false;
            while (true)
            {
                UpdateV();                           // T = V (tlen = qlen: one block)
                byte[] k = (byte[])_v.Clone();
                if (P256KeyPair.IsValidScalar(k))
                {
                    _advancePending = true;          // a further candidate first advances K and V
                    return k;
                }
                Secrets.Wipe(k);
                Advance();
            }
        }

        /// <summary>Step h.3: K = HMAC_K(V || 0x00), V = HMAC_K(V).</summary>
        private void Advance()
        {
            UpdateK(0x00, null, null, null);
            UpdateV();
        }

        /// <summary>K = HMAC_K(V || separator [|| provided_data]), then the MAC is rekeyed with the new K. provided_data is
        /// x || h, or hedged Z || 000... || x || 000... || h.</summary>
        private void UpdateK(byte separator, byte[] x, byte[] h, byte[] z)
        {
            _separator[0] = separator;
            _mac.Update(_v, 0, 32);
            _mac.Update(_separator, 0, 1);
            if (x != null)
            {
                if (z != null)
                {
                    _mac.Update(z, 0, HedgeLength);
                    Zeros((BlockSize - (32 + 1 + HedgeLength) % BlockSize) % BlockSize); // V || sep || Z || 000... ends a block
                }
                _mac.Update(x, 0, x.Length);
                if (z != null) Zeros((BlockSize - x.Length % BlockSize) % BlockSize); // x || 000... fills a block
                _mac.Update(h, 0, h.Length);
            }
            _mac.Final(_k, 0);
            _mac.Wipe();
            _mac = new Hmac(_sha, _k);
        }

        private void Zeros(int count)
        {
            _mac.Update(_zeros, 0, count);
        }

        /// <summary>V = HMAC_K(V).</summary>
        private void UpdateV()
        {
            _mac.Update(_v, 0, 32);
            _mac.Final(_v, 0);
        }

        /// <summary>bits2octets (RFC 6979 2.3.4): bits2int(h) mod n as 32 octets.</summary>
        private static byte[] BitsToOctets(byte[] h)
        {
            byte[] z = EcdsaP256.BitsToInt(h);
            // z < 2^256 < 2n, so one conditional subtraction of n reduces it
            uint[] x = new uint[8], n = new uint[8];
            Arithmetic.Natural.FromBigEndian(z, 0, 32, x, 8);
            Arithmetic.Natural.FromBigEndian(Curves.P256.Order, 0, 32, n, 8);
            Arithmetic.Natural.SubMasked(x, n, 0u - (Arithmetic.Natural.LessThan(x, n, 8) ^ 1u), 8);
            byte[] r = new byte[32];
            Arithmetic.Natural.ToBigEndian(x, 8, r, 0, 32);
            Secrets.Wipe(x);
            Secrets.Wipe(z);
            return r;
        }

        /// <summary>Zeroizes K, V and the keyed MAC.</summary>
        public void Wipe()
        {
            Secrets.Wipe(_k);
            Secrets.Wipe(_v);
            _mac.Wipe();
        }
    }
}
