using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Security.Cryptography;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.HostPlatform;

namespace MikeyNano.Bench
{
    /// <summary>Group `p256`: ECDSA and ECDH against .NET (OpenSSL), interleaved in rounds, reporting the minimum
    /// per-call time of each (the figure load inflates least) and the ratio of minima from the same run.</summary>
    public sealed class P256Bench : IBenchGroup
    {
        public string Name => "p256";

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
            Action[] ops =
            {
                () => EcdsaP256.SignHash(dKey, hash, SystemRandomSource.Instance),
                () => EcdsaP256.SignHashDeterministic(dKey, hash),
                () => netKey.SignHash(hash),
                () => EcdsaP256.VerifyHash(kp.PublicKey, hash, sig),
                () => netKey.VerifyHash(hash, netSig),
                () => EcdhP256.SharedSecret(dKey, peerPoint),
                () => netDh.DeriveRawSecretAgreement(netDh2.PublicKey),
            };
            string[] names = { "ECDSA sign (random nonce)", "ECDSA sign (RFC 6979)", ".NET ECDsa.SignHash", "ECDSA verify",
                               ".NET ECDsa.VerifyHash", "ECDH P-256 shared secret", ".NET ECDH DeriveRawSecretAgreement" };
            double[] best = new double[ops.Length];
            double[] bytes = new double[ops.Length];
            for (int i = 0; i < ops.Length; i++) { best[i] = double.MaxValue; for (int w = 0; w < 200; w++) ops[i](); }
            var sw = new Stopwatch();
            for (int round = 0; round < 40; round++)
            {
                for (int i = 0; i < ops.Length; i++)
                {
                    const int calls = 20;
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    sw.Restart();
                    for (int c = 0; c < calls; c++) ops[i]();
                    sw.Stop();
                    bytes[i] = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / calls;
                    best[i] = Math.Min(best[i], sw.Elapsed.TotalMilliseconds * 1000 / calls);
                }
            }
            yield return "## P-256 best-of-40 (interleaved with .NET)";
            yield return "";
            yield return "| operation | MikeyNano (min) | bytes/op | .NET (min) | ratio |";
            yield return "|---|---:|---:|---:|---:|";
            yield return Row(names[0], best[0], bytes[0], best[2]);
            yield return Row(names[1], best[1], bytes[1], best[2]);
            yield return Row(names[3], best[3], bytes[3], best[4]);
            yield return Row(names[5], best[5], bytes[5], best[6]);
        }

        private static string Row(string name, double us, double b, double netUs) =>
            $"| {name} | {us:F1} us | {b:F0} | {netUs:F1} us | {us / netUs:F2} |";
    }
}
