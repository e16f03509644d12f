using System;
using System.Collections.Generic;
using MikeyNano.Libsrtp;
using MikeyNano.Srtp;

namespace MikeyNano.Bench
{
    /// <summary>SRTP protect / unprotect of a 12-octet header + 160-octet payload (one 20 ms G.711 frame), MikeyNano
    /// against libsrtp 2 (Debian libsrtp2-1, P/Invoke) in the same run. Unprotect needs a fresh index each time (replay
    /// window), so it is measured as (protect + unprotect) - protect on both sides.</summary>
    public sealed class SrtpBench : IBenchGroup
    {
        public string Name => "srtp";

        private const uint Ssrc = 0x5EED5EED;

        private static Measurement Time(string name, Action op)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            while (sw.ElapsedMilliseconds < 250) op();
            return Measure.Run(name, op);
        }

        /// <summary>The fastest of three medians: on a shared (loaded) machine the minimum is the least disturbed.</summary>
        private static Measurement Best(Measurement a, Measurement b) => a == null || b.MedianNs < a.MedianNs ? b : a;

        public IEnumerable<string> Run()
        {
            var lines = new List<string>
            {
                "## SRTP",
                "",
                $"12-octet header + 160-octet payload; libsrtp {(LibsrtpSession.IsAvailable ? LibsrtpSession.Version : "(not installed)")} measured in the same run.",
                "Unprotect = (protect + unprotect) - protect, as each packet must carry a fresh index. Each value is the fastest of three interleaved medians.",
                "",
                "| suite | operation | MikeyNano ns/packet | packets/s | bytes allocated/packet | libsrtp ns/packet | ratio (MikeyNano / libsrtp) |",
                "|---|---|---:|---:|---:|---:|---:|",
            };
            Suite(lines, "AES_CM_128_HMAC_SHA1_80", SrtpPolicy.AesCm128HmacSha1_80(), LibsrtpProfile.AesCm128HmacSha1_80);
            Suite(lines, "AEAD_AES_128_GCM", SrtpPolicy.AeadAes128Gcm(), LibsrtpProfile.AeadAes128Gcm);
            return lines;
        }

        private static void Suite(List<string> lines, string name, SrtpPolicy policy, LibsrtpProfile profile)
        {
            var rng = new Random(6);
            byte[] key = new byte[policy.EncryptionKeyLength], salt = new byte[policy.SaltKeyLength], payload = new byte[160];
            rng.NextBytes(key); rng.NextBytes(salt); rng.NextBytes(payload);

            Measurement protect = null, roundTrip = null, lProtect = null, lRoundTrip = null;
            for (int round = 0; round < 3; round++)
            {
                var o = Ours(policy, key, salt, payload);
                protect = Best(protect, o[0]);
                roundTrip = Best(roundTrip, o[1]);
                if (!LibsrtpSession.IsAvailable) continue;
                var l = Theirs(profile, key, salt, payload);
                lProtect = Best(lProtect, l[0]);
                lRoundTrip = Best(lRoundTrip, l[1]);
            }
            double unprotectNs = roundTrip.MedianNs - protect.MedianNs;
            double lUnprotectNs = lRoundTrip == null ? double.NaN : lRoundTrip.MedianNs - lProtect.MedianNs;
            lines.Add(Row(name, "protect", protect.MedianNs, protect.BytesPerOp, lProtect?.MedianNs ?? double.NaN));
            lines.Add(Row(name, "unprotect", unprotectNs, roundTrip.BytesPerOp - protect.BytesPerOp, lUnprotectNs));
        }

        private static Measurement[] Ours(SrtpPolicy policy, byte[] key, byte[] salt, byte[] payload)
        {
            var tx = new SrtpContext(key, salt, Ssrc, 0, policy);
            var rx = new SrtpContext(key, salt, Ssrc, 0, policy);
            byte[] packet = new byte[256];
            uint ts = 0;
            var protect = Time("protect", () => tx.ProtectNextFrame(0, false, ts += 160, payload, 0, 160, packet, 0));
            tx = new SrtpContext(key, salt, Ssrc, 0, policy); // a fresh pair: both start at ROC 0
            var roundTrip = Time("protect+unprotect", () =>
            {
                int n = tx.ProtectNextFrame(0, false, ts += 160, payload, 0, 160, packet, 0);
                rx.UnprotectRtp(packet, 0, n, packet, 0);
            });
            return new[] { protect, roundTrip };
        }

        private static Measurement[] Theirs(LibsrtpProfile profile, byte[] key, byte[] salt, byte[] payload)
        {
            Measurement lProtect, lRoundTrip;
            {
                using var ltx = new LibsrtpSession(profile, key, salt, Ssrc);
                using var lrx = new LibsrtpSession(profile, key, salt, Ssrc);
                byte[] plain = new byte[172];
                plain[0] = 0x80;
                plain[8] = 0x5E; plain[9] = 0xED; plain[10] = 0x5E; plain[11] = 0xED;
                Array.Copy(payload, 0, plain, 12, 160);
                byte[] buf = new byte[172 + LibsrtpSession.TrailerRoom];
                int seq = 0;
                LibsrtpSession sender = ltx;
                int Protect()
                {
                    Array.Copy(plain, buf, 172);
                    seq = (seq + 1) & 0xFFFF;
                    buf[2] = (byte)(seq >> 8); buf[3] = (byte)seq;
                    int len = 172;
                    int status = sender.TryRun(0, buf, 0, ref len);
                    if (status != 0) throw new LibsrtpException("srtp_protect", status);
                    return len;
                }
                lProtect = Time("libsrtp protect", () => Protect());
                using var ltx2 = new LibsrtpSession(profile, key, salt, Ssrc); // a fresh pair: both start at ROC 0
                seq = 0;
                sender = ltx2;
                lRoundTrip = Time("libsrtp protect+unprotect", () =>
                {
                    int len = Protect();
                    int status = lrx.TryRun(1, buf, 0, ref len);
                    if (status != 0) throw new LibsrtpException("srtp_unprotect", status);
                });
            }
            return new[] { lProtect, lRoundTrip };
        }

        private static string Row(string suite, string op, double ns, double bytes, double libsrtpNs) =>
            $"| {suite} | {op} | {ns:F0} | {1e9 / ns:F0} | {Math.Max(0, bytes):F0} | " +
            (double.IsNaN(libsrtpNs) ? "n/a | |" : $"{libsrtpNs:F0} | {ns / libsrtpNs:F2} |");
    }
}
