using MikeyNano.Certificates;
using MikeyNano.Ecc;
using MikeyNano.HostPlatform;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Replay;

namespace MikeyNano.Cli.Demo
{
    /// <summary>The MIKEY-ECMQV part of the demo (`--mode ecmqv`, profile section 5): two radios with static P-256
    /// key pairs, each provisioned with the other's public key under its URI; the rest is the symmetric modes' run.</summary>
    public sealed partial class DemoRun
    {
        private (MikeyEndpoint Caller, MikeyEndpoint Callee) EcmqvEndpoints()
        {
            var rng = SystemRandomSource.Instance;
            return Step("static P-256 keys provisioned", () =>
            {
                P256KeyPair alice = P256KeyPair.Generate(rng), bob = P256KeyPair.Generate(rng);
                var peers = new PeerKeyDirectory(new CertificateValidator());
                peers.Add(CallerUri, alice.PublicKey);
                peers.Add(CalleeUri, bob.PublicKey);
                return ((new EcmqvEndpoint(alice, CallerUri, null, peers, rng, new ReplayCache(64, 300)),
                         new EcmqvEndpoint(bob, CalleeUri, null, peers, rng, new ReplayCache(64, 300))),
                        $"{CallerUri} and {CalleeUri}: each knows the other's public key");
            });
        }

        private static string EcmqvOfferDetail(MikeyCall c) =>
            $"{c.IMessage.Length} octets: HDR(data type {EccProfile.EcmqvInit}, non-standard), T, RAND, IDRi, IDRr, SP, DHi(P-256, group {EccProfile.DhGroupP256Ecmqv})";

        private static string EcmqvAnswerDetail(MikeyCall a) =>
            $"ECMQV TGK from its static and ephemeral keys; R_MESSAGE of {a.RMessage.Length} octets (HDR, T, IDRr, IDRi, DHr, DHi, V)";

        private const string EcmqvConfirmDetail = "ECMQV TGK, V verified (HMAC-SHA-256 over the R_MESSAGE and the whole I_MESSAGE): the callee holds its static key";
    }
}
