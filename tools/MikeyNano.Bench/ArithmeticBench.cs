using System;
using System.Collections.Generic;
using System.Numerics;
using System.Security.Cryptography;
using MikeyNano.Arithmetic;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.HostPlatform;

namespace MikeyNano.Bench
{
    /// <summary>Field arithmetic and P-256 against same-run .NET baselines (BigInteger, ECDsa, ECDiffieHellman).</summary>
    public sealed class ArithmeticBench : IBenchGroup
    {
        public string Name => "arith";

        private const string SakkeP =
            "997ABB1F0A563FDA65C61198DAD0657A416C0CE19CB48261BE9AE358B3E01A2E" +
            "F40AAB27E2FC0F1B228730D531A59CB0E791B39FF7C88A19356D27F4A666A6D0" +
            "E26C6487326B4CD4512AC5CD65681CE1B6AFF4A831852A82A7CF3C521C3C09AA" +
            "9F94D6AF56971F1FFCE3E82389857DB080C5DF10AC7ACE87666D807AFEA85FEB";

        private static string Row(Measurement m, Measurement baseline, string note) =>
            baseline == null
                ? $"| {m.Name} | {m.Time} | {m.BytesPerOp:F0} | | | {note} |"
                : $"| {m.Name} | {m.Time} | {m.BytesPerOp:F0} | {baseline.Name}: {baseline.Time} | {m.MedianNs / baseline.MedianNs:F2} | {note} |";

        /// <summary>Measure.Run (itself 400 ms of warm-up) after 250 ms of calls, so tiered compilation has produced optimised code.</summary>
        private static Measurement Time(string name, Action op)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            while (sw.ElapsedMilliseconds < 250) op();
            return Measure.Run(name, op);
        }

        public IEnumerable<string> Run()
        {
            var lines = new List<string>
            {
                "## Arithmetic and P-256",
                "",
                "| operation | MikeyNano | bytes/op | .NET baseline (same run) | ratio | target / note |",
                "|---|---:|---:|---|---:|---|",
            };
            byte[] pBytes = Convert.FromHexString(SakkeP);
            var f = new MontgomeryField(pBytes);
            var rng = new Random(1);
            byte[] ab = new byte[128], bb = new byte[128];
            rng.NextBytes(ab); rng.NextBytes(bb);
            ab[0] &= 0x7F; bb[0] &= 0x7F;
            uint[] a = f.Create(), b = f.Create(), r = f.Create();
            f.FromBytes(ab, 0, 128, a); f.FromBytes(bb, 0, 128, b);
            BigInteger P = new BigInteger(pBytes, true, true), A = new BigInteger(ab, true, true), B = new BigInteger(bb, true, true);
            BigInteger sink = 0;
            var bigMul = Time("BigInteger a*b % p (1024-bit)", () => { sink = A * B % P; });
            var mul = Time("Montgomery mul, 1024-bit", () => f.Mul(r, a, b));
            var sqr = Time("Montgomery sqr, 1024-bit", () => f.Sqr(r, a));
            lines.Add(Row(mul, bigMul, "<= 2.5 us, 0 B"));
            lines.Add(Row(sqr, bigMul, "0 B"));
            var inv = Time("Invert (divsteps), 1024-bit", () => f.Invert(r, a));
            var invFermat = Time("Invert (Fermat a^(p-2)), 1024-bit", () => f.InvertByFermat(r, a));
            var bigInv = Time("BigInteger.ModPow(a, p-2, p)", () => { sink = BigInteger.ModPow(A, P - 2, P); });
            lines.Add(Row(inv, bigInv, "constant-time"));
            lines.Add(Row(invFermat, bigInv, "constant-time; the reference"));
            var fp2 = new Fp2(f);
            uint[] c = f.Create(), d = f.Create();
            var f2mul = Time("Fp2 mul, 1024-bit", () => fp2.Mul(c, d, a, b, b, a));
            var f2sqr = Time("Fp2 sqr, 1024-bit", () => fp2.Sqr(c, d, a, b));
            lines.Add(Row(f2mul, mul, "3 base mults"));
            lines.Add(Row(f2sqr, mul, "2 base mults"));
            // P-256 field
            var pf = new P256Field();
            uint[] x = pf.Create(), y = pf.Create(), z = pf.Create();
            pf.FromBytesReduce(ab, 0, 64, x); pf.FromBytesReduce(bb, 0, 64, y);
            var pmul = Time("P256Field mul", () => pf.Mul(z, x, y));
            var psqr = Time("P256Field sqr", () => pf.Sqr(z, x));
            var nf = new MontgomeryField(P256.Order);
            var nmul = Time("Montgomery mul mod n (256-bit)", () => nf.Mul(z, x, y));
            var pinv = Time("P256Field invert (divsteps)", () => pf.Invert(z, x));
            var pinvVar = Time("P256Field invert (divsteps, variable time)", () => pf.InvertVariableTime(z, x));
            var pinvFermat = Time("P256Field invert (Fermat)", () => pf.InvertByFermat(z, x));
            lines.Add(Row(pmul, null, "0 B"));
            lines.Add(Row(psqr, null, "0 B"));
            lines.Add(Row(nmul, null, "0 B"));
            lines.Add(Row(pinv, pinvFermat, "constant-time"));
            lines.Add(Row(pinvVar, pinvFermat, "public values only"));

            // P-256 group operations vs .NET (OpenSSL)
            var ctx = new P256();
            GC.KeepAlive(P256.BaseTable);
            var kp = P256KeyPair.Generate(SystemRandomSource.Instance);
            byte[] dKey = kp.PrivateKey, k = P256KeyPair.RandomScalar(SystemRandomSource.Instance);
            using var netDh = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            using var netDh2 = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            var peer = netDh2.ExportParameters(false).Q;
            var peerPoint = P256Point.FromCoordinates(peer.X, peer.Y);
            var baseMul = Time("P-256 k G (fixed-base table)", () => ctx.MultiplyBase(k));
            var varMul = Time("P-256 k P (variable base, constant-time)", () => ctx.Multiply(peerPoint, k));
            var netDerive = Time(".NET ECDH DeriveRawSecretAgreement", () => netDh.DeriveRawSecretAgreement(netDh2.PublicKey));
            var ecdh = Time("ECDH P-256 shared secret", () => EcdhP256.SharedSecret(dKey, peerPoint));
            lines.Add(Row(baseMul, netDerive, "base mult"));
            lines.Add(Row(varMul, netDerive, ""));
            lines.Add(Row(ecdh, netDerive, ""));
            using var netKey = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = dKey });
            byte[] hash = new byte[32]; rng.NextBytes(hash);
            byte[] sigBytes = EcdsaP256.SignHashDeterministic(dKey, hash);
            var netSign = Time(".NET ECDsa.SignHash", () => netKey.SignHash(hash));
            var netVerify = Time(".NET ECDsa.VerifyHash", () => netKey.VerifyHash(hash, sigBytes));
            var sign = Time("ECDSA sign (random nonce)", () => EcdsaP256.SignHash(dKey, hash, SystemRandomSource.Instance));
            var signDet = Time("ECDSA sign (RFC 6979)", () => EcdsaP256.SignHashDeterministic(dKey, hash));
            var verify = Time("ECDSA verify", () => EcdsaP256.VerifyHash(kp.PublicKey, hash, sigBytes));
            lines.Add(Row(sign, netSign, "<= 3x .NET"));
            lines.Add(Row(signDet, netSign, "<= 3x .NET"));
            lines.Add(Row(verify, netVerify, "<= 3x .NET"));
            lines.Add("");
            lines.Add($"Base-point table: {P256.BaseTable.MemoryBytes} bytes (built once). Times are medians of 11 batches after 650 ms of warm-up calls; " +
                      "bytes/op is allocation per call on the calling thread. Field operations allocate nothing; point-level calls allocate their " +
                      "result objects and per-call working points.");
            GC.KeepAlive(sink);
            return lines;
        }
    }
}
