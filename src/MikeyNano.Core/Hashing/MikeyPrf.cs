using System;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Hashing
{
    /// <summary>
    /// The MIKEY pseudo-random function PRF(inkey, label, outlen), RFC 3830 section 4.1.2, with PRF func 0 = MIKEY-1
    /// (HMAC-SHA-1) and PRF func 1 = PRF-HMAC-SHA-256 (RFC 6043 section 6.1; the one 3GPP TS 33.180 uses):
    /// <code>
    /// split inkey into 256-bit chunks s_1..s_n (the last may be shorter); m = ceil(outlen / hash length)
    /// P(s, label, m) = HMAC(s, A_1 || label) || ... || HMAC(s, A_m || label),  A_0 = label, A_i = HMAC(s, A_(i-1))
    /// PRF = truncate(P(s_1, label, m) XOR ... XOR P(s_n, label, m), outlen)
    /// </code>
    /// Allocates per call (a key derivation, not a per-packet operation); intermediates are wiped.
    /// </summary>
    internal static class MikeyPrf
    {
        public const int Sha1Func = 0;
        public const int Sha256Func = 1;

        /// <summary>RFC 3830 section 4.1.2: inkey is split into 256-bit (32-octet) chunks.</summary>
        private const int ChunkOctets = 32;

        /// <summary>Derives <paramref name="outLength"/> octets. Throws <see cref="UnsupportedAlgorithmException"/> for an
        /// unknown PRF func and <see cref="InvalidKeyException"/> for an empty inkey or a non-positive length.</summary>
        public static byte[] Derive(int prfFunc, byte[] inkey, byte[] label, int outLength)
        {
            if (prfFunc != Sha1Func && prfFunc != Sha256Func)
                throw new UnsupportedAlgorithmException("MIKEY PRF func " + prfFunc + " is not supported (0 = MIKEY-1, 1 = PRF-HMAC-SHA-256)");
            if (inkey == null || inkey.Length == 0) throw new InvalidKeyException("MIKEY PRF: empty inkey");
            if (label == null) throw new InvalidEncodingException("MIKEY PRF: null label");
            if (outLength <= 0) throw new InvalidEncodingException("MIKEY PRF: output length must be positive, got " + outLength);

            int hashLength = prfFunc == Sha1Func ? Sha1.Size : Sha256.Size;
            int m = (outLength + hashLength - 1) / hashLength;
            byte[] acc = new byte[m * hashLength];
            byte[] chunk = null;
            byte[] a = new byte[hashLength];
            byte[] block = new byte[hashLength];
            try
            {
                for (int start = 0; start < inkey.Length; start += ChunkOctets)
                {
                    int len = inkey.Length - start;
                    if (len > ChunkOctets) len = ChunkOctets;
                    if (chunk == null || chunk.Length != len)
                    {
                        Secrets.Wipe(chunk);
                        chunk = new byte[len];
                    }
                    Array.Copy(inkey, start, chunk, 0, len);
                    Hmac mac = new Hmac(NewHash(prfFunc), chunk);
                    try
                    {
                        XorP(mac, label, m, a, block, acc);
                    }
                    finally
                    {
                        mac.Wipe();
                    }
                }
                byte[] r = new byte[outLength];
                Array.Copy(acc, 0, r, 0, outLength);
                return r;
            }
            finally
            {
                Secrets.Wipe(acc);
                Secrets.Wipe(chunk);
                Secrets.Wipe(a);
                Secrets.Wipe(block);
            }
        }

        /// <summary>acc ^= P(s, label, m) for the key s that <paramref name="mac"/> holds.</summary>
        private static void XorP(Hmac mac, byte[] label, int m, byte[] a, byte[] block, byte[] acc)
        {
            int h = a.Length;
            // A_1 = HMAC(s, A_0) with A_0 = label.
            mac.Update(label, 0, label.Length);
            mac.Final(a, 0);
            for (int i = 0; i < m; i++)
            {
                mac.Update(a, 0, h);
                mac.Update(label, 0, label.Length);
                mac.Final(block, 0);
                for (int j = 0; j < h; j++) acc[i * h + j] ^= block[j];
                if (i + 1 < m)
                {
                    mac.Update(a, 0, h);
                    mac.Final(a, 0); // A_(i+2) = HMAC(s, A_(i+1))
                }
            }
        }

        private static IHash NewHash(int prfFunc)
        {
            if (prfFunc == Sha1Func) return new Sha1();
            return new Sha256();
        }
    }
}
