using MikeyNano.Bytes;
using MikeyNano.Hashing;

namespace MikeyNano.Ecc
{
    /// <summary>Deterministic ECDSA nonces for P-256 (RFC 6979 section 3.2) with HMAC-SHA-256 (qlen = hlen = 256). K
    /// and V are updated in place and every buffer that held the private key or K is wiped (<see cref="Wipe"/> for the
    /// state itself).</summary>
    internal sealed class Rfc6979Nonce
    {
        private readonly byte[] _k = new byte[32];
        private readonly byte[] _v = new byte[32];
        private readonly byte[] _separator = new byte[1];
        private readonly Sha256 _sha = new Sha256();
        private Hmac _mac;
        private bool _advancePending;

        /// <summary>Steps a-g of RFC 6979 3.2 for private key x (32 octets) and hash h1.</summary>
        public Rfc6979Nonce(byte[] x, byte[] h1)
        {
            byte[] h = BitsToOctets(h1);
            for (int i = 0; i < 32; i++) { _v[i] = 0x01; _k[i] = 0x00; }    // b, c
            _mac = new Hmac(_sha, _k);
            UpdateK(0x00, x, h);                                             // d
            UpdateV();                                                       // e
            UpdateK(0x01, x, h);                                             // f
            UpdateV();                                                       // g
            Secrets.Wipe(h);
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
            UpdateK(0x00, null, null);
            UpdateV();
        }

        /// <summary>K = HMAC_K(V || separator [|| x || h]), then the MAC is rekeyed with the new K.</summary>
        private void UpdateK(byte separator, byte[] x, byte[] h)
        {
            _separator[0] = separator;
            _mac.Update(_v, 0, 32);
            _mac.Update(_separator, 0, 1);
            if (x != null)
            {
                _mac.Update(x, 0, x.Length);
                _mac.Update(h, 0, h.Length);
            }
            _mac.Final(_k, 0);
            _mac.Wipe();
            _mac = new Hmac(_sha, _k);
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
