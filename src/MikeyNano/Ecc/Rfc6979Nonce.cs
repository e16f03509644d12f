using MikeyNano.Bytes;
using MikeyNano.Hashing;

namespace MikeyNano.Ecc
{
    /// <summary>Deterministic ECDSA nonces for P-256 (RFC 6979 section 3.2) with HMAC-SHA-256 (qlen = hlen = 256).</summary>
    internal sealed class Rfc6979Nonce
    {
        private byte[] _k = new byte[32];
        private byte[] _v = new byte[32];

        /// <summary>Steps a-f of RFC 6979 3.2 for private key x (32 octets) and hash h1.</summary>
        public Rfc6979Nonce(byte[] x, byte[] h1)
        {
            byte[] h = BitsToOctets(h1);
            for (int i = 0; i < 32; i++) { _v[i] = 0x01; _k[i] = 0x00; }
            _k = Hmac.Sha256(_k, Octets.Concat(Octets.Concat(_v, new byte[] { 0x00 }), Octets.Concat(x, h)));   // d
            _v = Hmac.Sha256(_k, _v);                                                                                // e
            _k = Hmac.Sha256(_k, Octets.Concat(Octets.Concat(_v, new byte[] { 0x01 }), Octets.Concat(x, h)));   // f
            _v = Hmac.Sha256(_k, _v);                                                                                // g
            Secrets.Wipe(h);
        }

        /// <summary>Step h: the next candidate k in [1, n-1] (32 octets). Call again if the caller's r or s is 0.</summary>
        public byte[] Next()
        {
            if (_advancePending) Advance();          // step h.3 for the candidate returned last time (only on retry)
            _advancePending = false;
            while (true)
            {
                _v = Hmac.Sha256(_k, _v);            // T = V (tlen = qlen: one block)
                byte[] k = (byte[])_v.Clone();
                if (P256KeyPair.IsValidScalar(k))
                {
                    _advancePending = true;          // a further candidate first advances K and V
                    return k;
                }
                Advance();
            }
        }

        private bool _advancePending;

        private void Advance()
        {
            _k = Hmac.Sha256(_k, Octets.Concat(_v, new byte[] { 0x00 }));
            _v = Hmac.Sha256(_k, _v);
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
            return r;
        }

        public void Wipe()
        {
            Secrets.Wipe(_k);
            Secrets.Wipe(_v);
        }
    }
}
