using MikeyNano.Certificates;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.Mikey.Modes;
using MikeyNano.Tests.Support;

namespace MikeyNano.Tests.Modes
{
    /// <summary>MIKEY-ECMQV endpoints for the tests: Alice (sip:alice@example.org) and Bob (sip:bob@example.org) with
    /// fixed static P-256 keys, each provisioned with the other's public key; Mallory has a key of her own.</summary>
    public static class EcmqvFixtures
    {
        public const string AliceUri = "sip:alice@example.org";
        public const string BobUri = "sip:bob@example.org";
        public const string AliceKeyHex = "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721";
        public const string BobKeyHex = "0f56db78ca460b055c500064824bed999a25aaf48ebb519ac201537b85479813";
        public const string MalloryKeyHex = "2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70819";

        public static P256KeyPair Key(string hex) { return P256KeyPair.FromPrivateKey(MikeyNano.Bytes.Hex.Decode(hex)); }

        /// <summary>A directory that knows Alice's and Bob's static public keys.</summary>
        public static PeerKeyDirectory Directory()
        {
            PeerKeyDirectory d = new PeerKeyDirectory(new CertificateValidator());
            d.Add(AliceUri, Key(AliceKeyHex).PublicKey);
            d.Add(BobUri, Key(BobKeyHex).PublicKey);
            return d;
        }

        public static EcmqvEndpoint Endpoint(string staticKeyHex, string uri, ulong seed)
        {
            return new EcmqvEndpoint(Key(staticKeyHex), uri, null, Directory(), new CounterRandomSource(seed), ModeFixtures.NewReplayCache());
        }

        public static EcmqvEndpoint Alice(ulong seed) { return Endpoint(AliceKeyHex, AliceUri, seed); }

        public static EcmqvEndpoint Bob(ulong seed) { return Endpoint(BobKeyHex, BobUri, seed); }

        /// <summary>Three streams under two SP policies (ModeFixtures.ThreeStreams), to Bob.</summary>
        public static CallRequest ToBob(int prfFunc)
        {
            CallRequest r = ModeFixtures.ThreeStreams(prfFunc, true);
            r.ResponderUri = BobUri;
            return r;
        }

        public static byte[] Flipped(byte[] m, int at, int mask)
        {
            byte[] r = (byte[])m.Clone();
            r[at] ^= (byte)mask;
            return r;
        }

        /// <summary>The message with the 65-octet point that starts at <paramref name="at"/> replaced by <paramref name="point"/>.</summary>
        public static byte[] WithPoint(byte[] m, int at, P256Point point)
        {
            byte[] r = (byte[])m.Clone();
            System.Array.Copy(point.EncodeUncompressed(), 0, r, at, 65);
            return r;
        }
    }
}
