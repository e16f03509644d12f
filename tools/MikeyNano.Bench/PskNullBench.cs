using System;
using System.Collections.Generic;
using System.Diagnostics;
using MikeyNano.HostPlatform;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Srtp;

namespace MikeyNano.Bench
{
    /// <summary>Group `psk-null`: MIKEY-PSK (RFC 3830 section 3.1, with the verification R_MESSAGE) and MIKEY-NULL on the
    /// host: each side of a call of one SRTP stream (initiator's Offer, responder's Answer, the PSK initiator's Confirm),
    /// median and minimum of 1,001 calls, the sides interleaved so load hits each alike. No field operations: both modes
    /// are symmetric (AES-CM and HMAC only), so these times are the floor the public-key modes are compared with.</summary>
    public sealed class PskNullBench : IBenchGroup
    {
        public string Name => "psk-null";

        private const int Calls = 1001;
        private const ulong Now = 0xed000000;

        public IEnumerable<string> Run()
        {
            var rng = SystemRandomSource.Instance;
            byte[] psk = new byte[32];
            rng.Fill(psk, 0, psk.Length);
            var lines = new List<string>
            {
                $"## MIKEY-PSK and MIKEY-NULL (median and minimum of {Calls} calls, one SRTP stream, PRF func 1)",
                "",
                "| operation | median | min | F_p ops |",
                "|---|---:|---:|---|",
            };
            foreach (bool isPsk in new[] { true, false })
            {
                MikeyEndpoint Endpoint(string uri) => isPsk ? new PskEndpoint(psk, uri, rng, new ReplayCache(8192, 300)) : new NullEndpoint(rng, new ReplayCache(8192, 300));
                var request = new CallRequest([new SrtpCsEntry(0, 0x12345678, 0)])
                {
                    Policies = [SrtpContextFactory.PayloadOf(0, SrtpPolicy.AesCm128HmacSha1_80())],
                    PrfFunc = 1,
                    VerificationRequested = isPsk,
                };
                MikeyEndpoint alice = Endpoint("sip:alice@example.org");
                double[] offer = new double[Calls], answer = new double[Calls], confirm = new double[Calls];
                var warm = Stopwatch.StartNew();
                while (warm.Elapsed.TotalSeconds < 1) EndpointCallTimes.Record(alice, Endpoint("sip:bob@example.org"), request, Now, null, null, null, 0);
                for (int i = 0; i < Calls; i++) EndpointCallTimes.Record(alice, Endpoint("sip:bob@example.org"), request, Now, offer, answer, confirm, i);
                string mode = isPsk ? "MIKEY-PSK" : "MIKEY-NULL";
                lines.Add(Row(mode + " initiator: Offer", offer));
                lines.Add(Row(mode + " responder: Answer" + (isPsk ? " (with R_MESSAGE)" : ""), answer));
                if (isPsk) lines.Add(Row(mode + " initiator: Confirm", confirm));
            }
            return lines;
        }

        private static string Row(string name, double[] t)
        {
            var (median, min) = EndpointCallTimes.MedianMin(t);
            return $"| {name} | {median:F3} ms | {min:F3} ms | 0 (symmetric) |";
        }
    }
}
