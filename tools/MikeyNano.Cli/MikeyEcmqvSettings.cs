using System;
using System.CommandLine;
using MikeyNano.Bytes;
using MikeyNano.Certificates;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.Errors;
using MikeyNano.HostPlatform;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Replay;

namespace MikeyNano.Cli
{
    /// <summary>
    /// The MIKEY-ECMQV settings of `mikey offer` and `mikey receive` (profile section 5): our static P-256 private key
    /// (`--key HEX`), our URI (`--uri`), the peers' static public keys (`--peer URI=HEX`, repeatable) and the issuers
    /// whose certificates a CERT payload may carry (`--issuer HEX`, repeatable). Public keys are SEC 1 hex,
    /// uncompressed or compressed.
    /// </summary>
    public sealed class MikeyEcmqvSettings
    {
        public string Key { get; init; }
        public string Uri { get; init; }
        public string[] Peers { get; init; } = [];
        public string[] Issuers { get; init; } = [];

        public static readonly Option<string> KeyOption = new("--key") { Description = "ECC modes (ECIES, DH-SIGN, ECMQV): our static P-256 private key, hex (32 octets)" };
        public static readonly Option<string> UriOption = new("--uri") { Description = "ECC modes: our URI (IDRi of an offer, the IDRr we answer to)" };
        public static readonly Option<string[]> PeerOption = new("--peer") { Description = "ECC modes: a peer's static public key, URI=HEX (repeatable)" };
        public static readonly Option<string[]> IssuerOption = new("--issuer") { Description = "ECMQV: a certificate issuer's P-256 public key, hex (repeatable)" };

        public static void AddTo(Command cmd)
        {
            foreach (Option o in new Option[] { KeyOption, UriOption, PeerOption, IssuerOption }) cmd.Options.Add(o);
        }

        public static MikeyEcmqvSettings From(ParseResult r) => new()
        {
            Key = r.GetValue(KeyOption), Uri = r.GetValue(UriOption), Peers = r.GetValue(PeerOption) ?? [], Issuers = r.GetValue(IssuerOption) ?? [],
        };

        /// <summary>Our static key pair (its public key is printed so the peer can be given it).</summary>
        public P256KeyPair KeyPair()
        {
            if (Key == null || Uri == null) throw new InvalidEncodingException("--mode ecmqv needs --key HEX (our static private key) and --uri URI");
            return P256KeyPair.FromPrivateKey(Hex.Decode(Key));
        }

        public EcmqvEndpoint Endpoint(int skew)
        {
            var issuers = new CertificateValidator();
            foreach (string i in Issuers) issuers.AddIssuer(Point(i), null);
            var peers = new PeerKeyDirectory(issuers);
            foreach (string p in Peers)
            {
                int eq = p.LastIndexOf('=');
                if (eq <= 0) throw new InvalidEncodingException($"--peer {p}: URI=HEX");
                peers.Add(p[..eq], Point(p[(eq + 1)..]));
            }
            return new EcmqvEndpoint(KeyPair(), Uri, null, peers, SystemRandomSource.Instance, new ReplayCache(64, skew));
        }

        private static P256Point Point(string hex)
        {
            byte[] b = Hex.Decode(hex);
            return P256Point.Decode(b, 0, b.Length);
        }
    }
}
