using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Hashing;

namespace MikeyNano.Sakke
{
    /// <summary>
    /// HashToIntegerRange(s, n, hashfn) of RFC 6508 section 5.1 with hashfn = SHA-256:
    /// A = H(s); h_0 = 32 zero octets; l = ceil(lg(n) / 256); for i = 1..l: h_i = H(h_(i-1)), v_i = H(h_i || A);
    /// v' = v_1 || ... || v_l; v = v' mod n. For n = q (1022 bits) l = 4; for n = 2^128 l = 1.
    /// </summary>
    internal static class HashToIntegerRange
    {
        private const int HashLength = 32;

        /// <summary>v mod n for n the modulus of <paramref name="n"/> (q for SAKKE), as <see cref="IPrimeField.ByteLength"/>
        /// big-endian octets. v (l 32 octets) is reduced as a plain integer (<see cref="MontgomeryField.ReduceToBytes"/>:
        /// three masked subtractions for q), not through Montgomery form.</summary>
        public static byte[] ModField(byte[] s, MontgomeryField n, int nBits)
        {
            byte[] v = Expand(s, (nBits + 255) / 256);
            byte[] r = new byte[n.ByteLength];
            n.ReduceToBytes(v, 0, v.Length, r, 0);
            Secrets.Wipe(v);
            return r;
        }

        /// <summary>v mod 2^nBits (nBits a multiple of 8), as nBits/8 big-endian octets: the SSV mask for n = 128.</summary>
        public static byte[] ModPowerOfTwo(byte[] s, int nBits)
        {
            byte[] v = Expand(s, (nBits + 1 + 255) / 256);
            int len = nBits / 8;
            byte[] r = Octets.Slice(v, v.Length - len, len);
            Secrets.Wipe(v);
            return r;
        }

        /// <summary>v' = v_1 || ... || v_l.</summary>
        private static byte[] Expand(byte[] s, int l)
        {
            Sha256 sha = new Sha256();
            byte[] a = new byte[HashLength];
            sha.Update(s, 0, s.Length);
            sha.Final(a, 0);
            byte[] h = new byte[HashLength];      // h_0 = 0
            byte[] v = new byte[l * HashLength];
            for (int i = 0; i < l; i++)
            {
                sha.Update(h, 0, HashLength);
                sha.Final(h, 0);                  // h_i = H(h_(i-1))
                sha.Update(h, 0, HashLength);
                sha.Update(a, 0, HashLength);
                sha.Final(v, i * HashLength);     // v_i = H(h_i || A)
            }
            Secrets.Wipe(a);
            Secrets.Wipe(h);
            return v;
        }
    }
}
