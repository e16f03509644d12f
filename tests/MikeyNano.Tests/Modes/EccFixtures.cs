using MikeyNano.Bytes;
using MikeyNano.Ecc;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Tests.Support;
using MikeyNano.Certificates;

namespace MikeyNano.Tests.Modes
{
    /// <summary>What the MIKEY-ECIES and DH-SIGN tests share: Alice and Bob with fixed static P-256 key pairs, each
    /// provisioned with the other's public key (profile 4.1, 6.1), and Eve, whose key nobody provisioned.</summary>
    public static class EccFixtures
    {
        public const string AliceUri = "sip:alice@example.org";
        public const string BobUri = "sip:bob@example.org";
        public const string AlicePrivate = "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721"; // RFC 6979 A.2.5's key
        public const string BobPrivate = "519b423d715f8b581f4fa8ee59f4771a5b44c8130b4e3eacca54a56dda72b464";
        public const string EvePrivate = "0f56db78ca460b055c500064824bed999a25aaf48ebb519ac201537b85479813";

        public static P256KeyPair Pair(string privateHex) { return P256KeyPair.FromPrivateKey(Hex.Decode(privateHex)); }

        /// <summary><paramref name="ownUri"/> holding <paramref name="ownPrivate"/>, provisioned with <paramref name="peerUri"/>'s
        /// key <paramref name="peerPrivate"/> (its public half).</summary>
        public static EccCredentials Credentials(string ownUri, string ownPrivate, string peerUri, string peerPrivate)
        {
            PeerKeyDirectory peers = new PeerKeyDirectory(null);
            peers.Add(peerUri, Pair(peerPrivate).PublicKey);
            return new EccCredentials(ownUri, Pair(ownPrivate), peers);
        }

        public static EccCredentials Alice() { return Credentials(AliceUri, AlicePrivate, BobUri, BobPrivate); }
        public static EccCredentials Bob() { return Credentials(BobUri, BobPrivate, AliceUri, AlicePrivate); }

        public static EciesEndpoint Ecies(EccCredentials c, ulong seed) { return new EciesEndpoint(c, new CounterRandomSource(seed), ModeFixtures.NewReplayCache()); }
        public static DhSignEndpoint DhSign(EccCredentials c, ulong seed) { return new DhSignEndpoint(c, new CounterRandomSource(seed), ModeFixtures.NewReplayCache()); }

        /// <summary><see cref="ModeFixtures.ThreeStreams"/> addressed to Bob.</summary>
        public static CallRequest ToBob(int prfFunc, bool verify)
        {
            CallRequest r = ModeFixtures.ThreeStreams(prfFunc, verify);
            r.ResponderUri = BobUri;
            return r;
        }

        /// <summary><paramref name="message"/> with octet <paramref name="at"/> XORed with <paramref name="mask"/>, signed again by
        /// <paramref name="signer"/> (as a sender holding that key would), so that only the checks after SIGN can refuse it.</summary>
        public static byte[] TamperedAndResigned(byte[] message, int at, int mask, EccCredentials signer)
        {
            byte[] b = (byte[])message.Clone();
            b[at] ^= (byte)mask;
            return signer.Sign(MikeyMessage.Parse(b));
        }

        public static byte[] Flipped(byte[] m, int at)
        {
            byte[] r = (byte[])m.Clone();
            r[at] ^= 0x01;
            return r;
        }
    }
}
