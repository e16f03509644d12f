using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.HostPlatform;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Srtp;
using MikeyNano.Certificates;

namespace MikeyNano.Bench
{
    /// <summary>Group `ecies-dhsign`: MIKEY-ECIES (profile section 4, V = 1) and DH-SIGN over P-256 (section 6) on the host:
    /// the ECIES primitive both ways, and each side of a call of one SRTP stream (initiator's Offer, responder's Answer
    /// with its R_MESSAGE, initiator's Confirm), as the median and minimum of 101 calls (the sides interleaved, so load hits
    /// every side alike), with the exact field operations of one call (mod p and mod n, the device cost model's unit).</summary>
    public sealed class EciesDhSignBench : IBenchGroup
    {
        public string Name => "ecies-dhsign";

        private const int Calls = 101;
        private const string AliceUri = "sip:alice@example.org", BobUri = "sip:bob@example.org";
        private const ulong Now = 0xed000000;

        public IEnumerable<string> Run()
        {
            GC.KeepAlive(P256.BaseTable);
            var rng = SystemRandomSource.Instance;
            P256KeyPair aliceKey = P256KeyPair.Generate(rng), bobKey = P256KeyPair.Generate(rng);
            EccCredentials Credentials(string uri, P256KeyPair own, string peerUri, P256KeyPair peer)
            {
                var peers = new PeerKeyDirectory(null);
                peers.Add(peerUri, peer.PublicKey);
                return new EccCredentials(uri, own, peers);
            }
            EccCredentials alice = Credentials(AliceUri, aliceKey, BobUri, bobKey), bob = Credentials(BobUri, bobKey, AliceUri, aliceKey);
            var request = new CallRequest([new SrtpCsEntry(0, 0x12345678, 0)])
            {
                Policies = [SrtpContextFactory.PayloadOf(0, SrtpPolicy.AesCm128HmacSha1_80())],
                ResponderUri = BobUri,
                VerificationRequested = true,
            };
            byte[] envKey = new byte[32], bobD = bobKey.PrivateKey, sealedKey = EciesP256.Encrypt(bobKey.PublicKey, envKey, rng);
            var lines = new List<string>
            {
                $"## MIKEY-ECIES and DH-SIGN over P-256 (median and minimum of {Calls} calls, one SRTP stream, PRF func 1)",
                "",
                "| operation | median | min | F_p ops (M + S + I) |",
                "|---|---:|---:|---|",
            };
            lines.Add(Row("ECIES encrypt (k, [k]G, [k]Q, KDF, HMAC)", Times(() => EciesP256.Encrypt(bobKey.PublicKey, envKey, rng)), SakkeBench.Count(() => EciesP256.Encrypt(bobKey.PublicKey, envKey, rng))));
            lines.Add(Row("ECIES decrypt (R checked, [d]R, KDF, tag)", Times(() => EciesP256.Decrypt(bobD, sealedKey)), SakkeBench.Count(() => EciesP256.Decrypt(bobD, sealedKey))));
            foreach (string mode in new[] { "MIKEY-ECIES", "DH-SIGN" })
            {
                MikeyEndpoint Endpoint(EccCredentials c) => mode == "DH-SIGN"
                    ? new DhSignEndpoint(c, rng, new ReplayCache(4096, 300)) : new EciesEndpoint(c, rng, new ReplayCache(4096, 300));
                MikeyEndpoint a = Endpoint(alice);
                MikeyCall counted = null, answeredCounted = null;
                var offerOps = SakkeBench.Count(() => counted = a.Offer(request, Now));
                var answerOps = SakkeBench.Count(() => answeredCounted = Endpoint(bob).Answer(counted.IMessage, Now));
                var confirmOps = SakkeBench.Count(() => a.Confirm(counted, answeredCounted.RMessage, Now));
                double[] offer = new double[Calls], answer = new double[Calls], confirm = new double[Calls];
                var warm = Stopwatch.StartNew();
                while (warm.Elapsed.TotalSeconds < 2) EndpointCallTimes.Record(a, Endpoint(bob), request, Now, null, null, null, 0); // tiering warm-up
                for (int i = 0; i < Calls; i++) EndpointCallTimes.Record(a, Endpoint(bob), request, Now, offer, answer, confirm, i);
                lines.Add(Row(mode + " initiator: Offer", offer, offerOps));
                lines.Add(Row(mode + " responder: Answer (with R_MESSAGE)", answer, answerOps));
                lines.Add(Row(mode + " initiator: Confirm", confirm, confirmOps));
                lines.Add(Row(mode + " initiator side (Offer + Confirm)", offer.Zip(confirm, (x, y) => x + y).ToArray(),
                    (offerOps.mul + confirmOps.mul, offerOps.sqr + confirmOps.sqr, offerOps.inv + confirmOps.inv)));
            }
            return lines;
        }

        private static double[] Times(Action op)
        {
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed.TotalSeconds < 1) op();
            double[] t = new double[Calls];
            for (int i = 0; i < Calls; i++)
            {
                var sw = Stopwatch.StartNew();
                op();
                t[i] = sw.Elapsed.TotalMilliseconds;
            }
            return t;
        }

        private static string Row(string name, double[] t, (long mul, long sqr, long inv) ops)
        {
            var (median, min) = EndpointCallTimes.MedianMin(t);
            return $"| {name} | {median:F2} ms | {min:F2} ms | {ops.mul:N0} + {ops.sqr:N0} + {ops.inv:N0} |";
        }
    }
}
