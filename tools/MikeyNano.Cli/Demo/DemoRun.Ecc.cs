using MikeyNano.Ecc;
using MikeyNano.HostPlatform;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Replay;
using MikeyNano.Certificates;

namespace MikeyNano.Cli.Demo
{
    /// <summary>The MIKEY-ECIES and DH-SIGN parts of the demo (`--mode ecies|dh-sign`, profile sections 4 and 6): two
    /// radios with static P-256 key pairs, each provisioned with the other's public key under its URI; the rest is the
    /// symmetric modes' run (I_MESSAGE, R_MESSAGE, Confirm, SRTP).</summary>
    public sealed partial class DemoRun
    {
        private (MikeyEndpoint Caller, MikeyEndpoint Callee) EccEndpoints(string mode)
        {
            var rng = SystemRandomSource.Instance;
            return Step("static P-256 keys provisioned", () =>
            {
                P256KeyPair alice = P256KeyPair.Generate(rng), bob = P256KeyPair.Generate(rng);
                EccCredentials Credentials(string uri, P256KeyPair own, string peerUri, P256KeyPair peer)
                {
                    var peers = new PeerKeyDirectory(null);
                    peers.Add(peerUri, peer.PublicKey);
                    return new EccCredentials(uri, own, peers);
                }
                EccCredentials a = Credentials(CallerUri, alice, CalleeUri, bob), b = Credentials(CalleeUri, bob, CallerUri, alice);
                MikeyEndpoint Endpoint(EccCredentials c) => mode == "ecies"
                    ? new EciesEndpoint(c, rng, new ReplayCache(64, 300)) : new DhSignEndpoint(c, rng, new ReplayCache(64, 300));
                return ((Endpoint(a), Endpoint(b)), $"{CallerUri} and {CalleeUri}: each knows the other's public key");
            });
        }

        private static string EccOfferDetail(MikeyCall c) => c.Mode == MikeyMode.Ecies
            ? $"{c.IMessage.Length} octets: HDR(data type {EccProfile.EciesInit}, non-standard; V=1), T, RAND, IDRi, IDRr, SP, KEMAC(AES-CM TGK, HMAC-SHA-256), "
              + $"PKE(ECIES envelope key to the callee's key), SIGN(ECDSA P-256, S type {EccProfile.SignEcdsaP256}, non-standard)"
            : $"{c.IMessage.Length} octets: HDR(D-H init), T, RAND, IDRi, IDRr, SP, DHi(P-256, group {EccProfile.DhGroupP256Ecdh}, non-standard), "
              + $"SIGN(ECDSA P-256, S type {EccProfile.SignEcdsaP256}, non-standard)";

        private static string EccAnswerDetail(MikeyCall a) => a.Mode == MikeyMode.Ecies
            ? $"SIGN verified, PKE opened with its static key, KEMAC MAC verified, TGK decrypted; R_MESSAGE of {a.RMessage.Length} octets (HDR, T, IDRr, V)"
            : $"SIGN verified, TGK = x([e_r]E_i); R_MESSAGE of {a.RMessage.Length} octets (HDR, T, IDRr, IDRi, DHr, DHi, SIGN)";

        private static string EccConfirmDetail(string mode) => mode == "ecies"
            ? "V payload verified (HMAC-SHA-256 under the envelope key's auth key): the callee opened the PKE with its static key"
            : "SIGN verified under the callee's static key, TGK = x([e_i]E_r): the caller is keyed";
    }
}
