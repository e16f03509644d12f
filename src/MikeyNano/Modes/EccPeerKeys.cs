using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Errors;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// The provisioned static P-256 public keys of the peers an ECC-mode endpoint talks to, by URI (the IDRi/IDRr a
    /// message names; profile 4.1, 6.1: "the key bound to IDRi"). Keys are validated when added (compressed or
    /// uncompressed encodings, profile 3.9). A short list searched in order: a radio knows a handful of peers.
    /// </summary>
    public sealed class EccPeerKeys
    {
        private byte[][] _uris = new byte[0][];
        private P256Point[] _keys = new P256Point[0];

        /// <summary>How many peers are provisioned.</summary>
        public int Count { get { return _uris.Length; } }

        /// <summary>Binds <paramref name="uri"/> to the encoded P-256 point <paramref name="publicKey"/> (replacing an
        /// earlier binding). InvalidPointException for a key that is not a finite point on the curve.</summary>
        public void Add(string uri, byte[] publicKey)
        {
            if (uri == null || uri.Length == 0) throw new InvalidKeyException("a peer key needs the peer's URI");
            if (publicKey == null) throw new InvalidPointException("peer public key is missing");
            Add(Utf8.Encode(uri), P256Point.Decode(publicKey, 0, publicKey.Length));
        }

        private void Add(byte[] uri, P256Point key)
        {
            int at = IndexOf(uri);
            if (at < 0)
            {
                at = _uris.Length;
                byte[][] uris = new byte[at + 1][];
                P256Point[] keys = new P256Point[at + 1];
                System.Array.Copy(_uris, uris, at);
                System.Array.Copy(_keys, keys, at);
                _uris = uris;
                _keys = keys;
            }
            _uris[at] = uri;
            _keys[at] = key;
        }

        /// <summary>The key bound to the URI octets <paramref name="uri"/>, or null.</summary>
        internal P256Point Find(byte[] uri)
        {
            int at = IndexOf(uri);
            return at < 0 ? null : _keys[at];
        }

        private int IndexOf(byte[] uri)
        {
            for (int i = 0; i < _uris.Length; i++)
                if (ConstantTime.AreEqual(_uris[i], uri)) return i;
            return -1;
        }
    }
}
