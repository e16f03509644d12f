using System;
using System.Collections.Generic;
using System.Diagnostics;
using MikeyNano.Certificates;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.HostPlatform;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Srtp;

namespace MikeyNano.Bench
{
    /// <summary>Group `ecmqv`: MIKEY-ECMQV (profile section 5) on the host: the primitive, and each side of a call of
    /// one SRTP stream (initiator's Offer, responder's Answer with its R_MESSAGE, initiator's Confirm), as the median of
    /// 101 calls each (interleaved, so load hits every side alike), with the exact field operations of one call (mod p
    /// and mod n: the device cost model's unit).</summary>
    public sealed class EcmqvBench : IBenchGroup
    {
        public string Name => "ecmqv";

        private const int Calls = 101;
        private const string AliceUri = "sip:alice@example.org", BobUri = "sip:bob@example.org";
        private const ulong Now = 0xed000000;

        public IEnumerable<string> Run()
        {
            GC.KeepAlive(P256.BaseTable);
            var rng = SystemRandomSource.Instance;
            P256KeyPair aliceKey = P256KeyPair.Generate(rng), bobKey = P256KeyPair.Generate(rng);
            var peers = new PeerKeyDirectory(new CertificateValidator());
            peers.Add(AliceUri, aliceKey.PublicKey);
            peers.Add(BobUri, bobKey.PublicKey);
            var alice = new EcmqvEndpoint(aliceKey, AliceUri, null, peers, rng, new ReplayCache(4096, 300));
            EcmqvEndpoint Bob() => new(bobKey, BobUri, null, peers, rng, new ReplayCache(16, 300));
            var request = new CallRequest([new SrtpCsEntry(0, 0x12345678, 0)])
            {
                Policies = [SrtpContextFactory.PayloadOf(0, SrtpPolicy.AesCm128HmacSha1_80())],
                ResponderUri = BobUri,
            };
            P256KeyPair e1 = P256KeyPair.Generate(rng), e2 = P256KeyPair.Generate(rng);
            byte[] d = aliceKey.PrivateKey, e = e1.PrivateKey;
            Action primitive = () => EcmqvP256.SharedSecret(d, e, e1.PublicKey, bobKey.PublicKey, e2.PublicKey);

            // one call under the field-operation counter, side by side
            MikeyCall counted = null, answeredCounted = null;
            var offerOps = SakkeBench.Count(() => counted = alice.Offer(request, Now));
            var answerOps = SakkeBench.Count(() => answeredCounted = Bob().Answer(counted.IMessage, Now));
            var confirmOps = SakkeBench.Count(() => alice.Confirm(counted, answeredCounted.RMessage, Now));
            var primitiveOps = SakkeBench.Count(primitive);

            double[] offer = new double[Calls], answer = new double[Calls], confirm = new double[Calls], prim = new double[Calls];
            var sw = Stopwatch.StartNew();
            while (sw.Elapsed.TotalSeconds < 3) Call(alice, Bob(), request, primitive, null, null, null, null, 0); // tiering warm-up
            for (int i = 0; i < Calls; i++) Call(alice, Bob(), request, primitive, offer, answer, confirm, prim, i);
            Array.Sort(offer); Array.Sort(answer); Array.Sort(confirm); Array.Sort(prim);

            yield return $"## MIKEY-ECMQV (median of {Calls} calls, one SRTP stream, PRF func 1)";
            yield return "";
            yield return "| operation | median | min | F_p ops (M + S + I) |";
            yield return "|---|---:|---:|---|";
            yield return Row("ECMQV primitive (x of [s](E' + [avf(E')] Q'))", prim, primitiveOps);
            yield return Row("initiator: Offer (I_MESSAGE; [e]G)", offer, offerOps);
            yield return Row("responder: Answer (checks, [e]G, ECMQV, SRTP keys, R_MESSAGE with V)", answer, answerOps);
            yield return Row("initiator: Confirm (checks, ECMQV, V, SRTP keys)", confirm, confirmOps);
            yield return Row("initiator side (Offer + Confirm)", Sum(offer, confirm), Add(offerOps, confirmOps));
        }

        private static void Call(EcmqvEndpoint alice, EcmqvEndpoint bob, CallRequest request, Action primitive,
            double[] offer, double[] answer, double[] confirm, double[] prim, int i)
        {
            var sw = Stopwatch.StartNew();
            MikeyCall c = alice.Offer(request, Now);
            double t1 = sw.Elapsed.TotalMilliseconds;
            MikeyCall a = bob.Answer(c.IMessage, Now);
            double t2 = sw.Elapsed.TotalMilliseconds;
            alice.Confirm(c, a.RMessage, Now);
            double t3 = sw.Elapsed.TotalMilliseconds;
            primitive();
            double t4 = sw.Elapsed.TotalMilliseconds;
            c.Wipe();
            a.Wipe();
            if (offer == null) return;
            offer[i] = t1; answer[i] = t2 - t1; confirm[i] = t3 - t2; prim[i] = t4 - t3;
        }

        private static double[] Sum(double[] a, double[] b)
        {
            // medians do not add; the sum of the sorted samples is a close, conservative stand-in for the pair's median
            var r = new double[a.Length];
            for (int i = 0; i < a.Length; i++) r[i] = a[i] + b[i];
            return r;
        }

        private static (long, long, long) Add((long m, long s, long i) a, (long m, long s, long i) b) => (a.m + b.m, a.s + b.s, a.i + b.i);

        private static string Row(string name, double[] sorted, (long mul, long sqr, long inv) ops) =>
            $"| {name} | {sorted[sorted.Length / 2] * 1000:F1} us | {sorted[0] * 1000:F1} us | {ops.mul} + {ops.sqr} + {ops.inv} |";
    }
}
