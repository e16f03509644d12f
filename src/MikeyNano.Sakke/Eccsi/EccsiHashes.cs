using MikeyNano.Curves;
using MikeyNano.Errors;
using MikeyNano.Hashing;

namespace MikeyNano.Eccsi
{
    /// <summary>The two hashes of RFC 6507 (SHA-256, N = 32): HS = hash(G || KPAK || ID || PVT) (sections 5.1.1, 5.1.2,
    /// 5.2.2) and HE = hash(HS || r || M) (5.2.1, 5.2.2); points are hashed as 0x04 || x || y.</summary>
    internal static class EccsiHashes
    {
        public const int N = 32;
        /// <summary>Octets of a signature r || s || PVT.</summary>
        public const int SignatureLength = 2 * N + 65;

        private static byte[] _g;

        private static byte[] G
        {
            get
            {
                if (_g == null) _g = P256Point.Generator.EncodeUncompressed();
                return _g;
            }
        }

        public static byte[] Hs(byte[] kpak, byte[] identifier, byte[] pvt)
        {
            if (identifier == null || identifier.Length == 0) throw new InvalidEncodingException("ECCSI: empty identifier");
            Sha256 h = new Sha256();
            h.Update(G, 0, G.Length);
            h.Update(kpak, 0, kpak.Length);
            h.Update(identifier, 0, identifier.Length);
            h.Update(pvt, 0, pvt.Length);
            byte[] r = new byte[N];
            h.Final(r, 0);
            return r;
        }

        /// <summary>hash(HS || M): the digest the hedged j is derived from (<see cref="EccsiSigner.Sign(byte[], int, int,
        /// MikeyNano.Entropy.IRandomSource)"/>). HE cannot serve, since it hashes r = Jx, which j determines.</summary>
        public static byte[] HsM(byte[] hs, byte[] message, int offset, int count)
        {
            Sha256 h = new Sha256();
            h.Update(hs, 0, hs.Length);
            h.Update(message, offset, count);
            byte[] e = new byte[N];
            h.Final(e, 0);
            return e;
        }

        public static byte[] He(byte[] hs, byte[] r, int rOffset, byte[] message, int offset, int count)
        {
            Sha256 h = new Sha256();
            h.Update(hs, 0, hs.Length);
            h.Update(r, rOffset, N);
            h.Update(message, offset, count);
            byte[] e = new byte[N];
            h.Final(e, 0);
            return e;
        }
    }
}
