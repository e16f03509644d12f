using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Security.Cryptography;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.HostPlatform;

namespace MikeyNano.Bench
{
    /// <summary>Group `p256`: ECDSA and ECDH against .NET (OpenSSL), interleaved in rounds so that load hits both
    /// sides alike. Per operation: the median and the minimum of the per-call times of 60 rounds of 20 calls, bytes
    /// allocated per call, the field operations of one call (multiplications, squarings and inversions mod p and mod
    /// n: exact, the device cost model's unit), and the ratios to .NET's median and minimum from the same run.</summary>
    public sealed class P256Bench : IBenchGroup
    {
        public string Name => "p256";

        private const int Rounds = 60, Calls = 20;

        public IEnumerable<string> Run()
        {
            GC.KeepAlive(P256.BaseTable);
            var kp = P256KeyPair.Generate(SystemRandomSource.Instance);
            byte[] dKey = kp.PrivateKey;
            using var netDh = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            using var netDh2 = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            var peer = netDh2.ExportParameters(false).Q;
            var peerPoint = P256Point.FromCoordinates(peer.X, peer.Y);
            using var netKey = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = dKey });
            byte[] hash = new byte[32];
            new Random(1).NextBytes(hash);
            byte[] sig = EcdsaP256.SignHashDeterministic(dKey, hash);
            byte[] netSig = netKey.SignHash(hash);
            var prepared = new EcdsaP256PreparedKey(kp.PublicKey);
            var ops = new (string Name, Action Op, int Baseline)[]
            {
                ("ECDSA sign (random nonce)", () => EcdsaP256.SignHash(dKey, hash, SystemRandomSource.Instance), 2),
                ("ECDSA sign (RFC 6979)", () => EcdsaP256.SignHashDeterministic(dKey, hash), 2),
                (".NET ECDsa.SignHash", () => netKey.SignHash(hash), -1),
                ("ECDSA verify", () => EcdsaP256.VerifyHash(kp.PublicKey, hash, sig), 4),
                (".NET ECDsa.VerifyHash", () => netKey.VerifyHash(hash, netSig), -1),
                ("ECDSA verify, prepared key (Q's comb)", () => prepared.VerifyHash(hash, sig), 4),
                ("ECDH P-256 shared secret", () => EcdhP256.SharedSecret(dKey, peerPoint), 7),
                (".NET ECDH DeriveRawSecretAgreement", () => netDh.DeriveRawSecretAgreement(netDh2.PublicKey), -1),
            };
            var samples = new double[ops.Length][];
            double[] bytes = new double[ops.Length];
            for (int i = 0; i < ops.Length; i++) samples[i] = new double[Rounds];
            // Warm-up by time, not by count: tiered compilation promotes hot methods only after a quiet spell of
            // about 100 ms without new tier-0 methods, so a short warm-up measures tier-0 code for a while.
            var sw = Stopwatch.StartNew();
            while (sw.Elapsed.TotalSeconds < 3)
                for (int i = 0; i < ops.Length; i++) for (int w = 0; w < 10; w++) ops[i].Op();
            for (int round = 0; round < Rounds; round++)
            {
                for (int i = 0; i < ops.Length; i++)
                {
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    sw.Restart();
                    for (int c = 0; c < Calls; c++) ops[i].Op();
                    sw.Stop();
                    bytes[i] = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
                    samples[i][round] = sw.Elapsed.TotalMilliseconds * 1000 / Calls;
                }
            }
            foreach (var s in samples) Array.Sort(s);
            // one-time cost of a prepared key
            var prep = Measure.Run("prepare", () => new EcdsaP256PreparedKey(kp.PublicKey), 7, 30);

            yield return $"## P-256 ({Rounds} rounds of {Calls} calls, interleaved with .NET)";
            yield return "";
            yield return "| operation | MikeyNano median | min | bytes/op | F_p ops (M + S + I) | .NET median | min | ratio (medians) | ratio (minima) |";
            yield return "|---|---:|---:|---:|---|---:|---:|---:|---:|";
            for (int i = 0; i < ops.Length; i++)
            {
                int b = ops[i].Baseline;
                if (b < 0) continue;
                double med = samples[i][Rounds / 2], min = samples[i][0];
                double netMed = samples[b][Rounds / 2], netMin = samples[b][0];
                var (mul, sqr, inv) = SakkeBench.Count(ops[i].Op);
                yield return $"| {ops[i].Name} | {med:F1} us | {min:F1} us | {bytes[i]:F0} | {mul} + {sqr} + {inv} | {netMed:F1} us | {netMin:F1} us | {med / netMed:F2} | {min / netMin:F2} |";
            }
            yield return "";
            yield return $"Preparing a key (Q's comb, {prepared.MemoryBytes:N0} octets) takes {prep.Time} once; it pays for itself after " +
                         $"{Math.Ceiling(prep.MedianNs / 1000 / (samples[3][Rounds / 2] - samples[5][Rounds / 2]))} verifications.";
        }
    }
}
