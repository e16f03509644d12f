using System.Collections.Generic;
using System.CommandLine;
using MikeyNano.Bytes;
using MikeyNano.Ecc;
using MikeyNano.Errors;
using MikeyNano.HostPlatform;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Replay;
using MikeyNano.Certificates;
using MikeyNano.Curves;

namespace MikeyNano.Cli
{
    /// <summary>`mikeynano mikey receive MESSAGE --mode ecies|dh-sign --key HEX --uri URI --peer URI=PUBLIC`: the responder
    /// of MIKEY-ECIES or DH-SIGN (profile sections 4 and 6) with its static P-256 private key and URI and the provisioned
    /// static public keys of its peers (compressed or uncompressed, hex).</summary>
    public static class MikeyEccReceive
    {
        public sealed record Settings(string KeyHex, string Uri, string[] Peers);

        public static MikeyEndpoint Endpoint(int mode, Settings s, int skew)
        {
            if (s == null || s.KeyHex == null || s.Uri == null)
                throw new InvalidEncodingException($"--mode {MikeyMode.Name(mode)} needs --key HEX (our static private key) and --uri URI");
            var peers = new PeerKeyDirectory(null);
            foreach (string p in s.Peers ?? [])
            {
                int eq = p.LastIndexOf('=');
                if (eq <= 0) throw new InvalidEncodingException($"--peer {p}: URI=PUBLICKEYHEX");
                byte[] point = Hex.Decode(p[(eq + 1)..]);
                peers.Add(p[..eq], P256Point.Decode(point, 0, point.Length));
            }
            var credentials = new EccCredentials(s.Uri, P256KeyPair.FromPrivateKey(Hex.Decode(s.KeyHex)), peers);
            var replay = new ReplayCache(64, skew);
            return mode == MikeyMode.Ecies ? new EciesEndpoint(credentials, SystemRandomSource.Instance, replay)
                                           : new DhSignEndpoint(credentials, SystemRandomSource.Instance, replay);
        }

        /// <summary>What an accepted message of the mode proved (the line after "accepted").</summary>
        public static string Outcome(int mode) => mode == MikeyMode.Ecies
            ? "ECIES:      SIGNi (ECDSA P-256) verified under IDRi's key, PKE opened with our static key, KEMAC (AES-CM-128, HMAC-SHA-256) verified; one TGK"
            : "DH-SIGN:    SIGNi (ECDSA P-256) verified under IDRi's key; TGK = x([e_r]E_i) with a fresh ephemeral key";

        public static void Wipe(MikeyEndpoint responder)
        {
            if (responder is EciesEndpoint e) e.Credentials.Wipe();
            if (responder is DhSignEndpoint d) d.Credentials.Wipe();
        }
    }
}
