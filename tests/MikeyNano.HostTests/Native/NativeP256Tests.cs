using System;
using System.Collections.Concurrent;
using System.Numerics;
using System.Security.Cryptography;
using System.Threading.Tasks;
using MikeyNano.Arithmetic;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.NativeHost;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Native
{
    /// <summary>
    /// The native P-256 (firmware/native/src/mn_p256_*.c) through P/Invoke against the managed code (P256Field, the
    /// scalar field, P256.MultiplyBase/Multiply/MultiplyAddPublic, EcdsaP256.VerifyHash) and against .NET's
    /// System.Security.Cryptography (OpenSSL) or BigInteger as an independent oracle: 10,000 random inputs per kernel
    /// (fixed seeds), the edge scalars of the managed semantics (reduced mod n; 0 and n give infinity), invalid points,
    /// and the published vectors (RFC 6979 A.2.5, the r + n case of verification).
    /// </summary>
    [TestClass]
    public class NativeP256Tests
    {
        private const int Count = 10000;
        private static readonly BigInteger P = Int(Convert.FromHexString("FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF"));
        private static readonly BigInteger N = Int(Convert.FromHexString("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"));
        private static readonly BigInteger Two256 = BigInteger.One << 256;

        private static BigInteger Int(byte[] b) => new BigInteger(b, isUnsigned: true, isBigEndian: true);
        private static BigInteger Mod(BigInteger a, BigInteger m) { a %= m; return a.Sign < 0 ? a + m : a; }

        private static byte[] Be(BigInteger v)
        {
            byte[] b = v.ToByteArray(isUnsigned: true, isBigEndian: true), r = new byte[32];
            Array.Copy(b, 0, r, 32 - b.Length, b.Length);
            return r;
        }

        private static uint[] Limbs(BigInteger v)
        {
            uint[] r = new uint[8];
            for (int i = 0; i < 8; i++) r[i] = (uint)((v >> (32 * i)) & uint.MaxValue);
            return r;
        }

        private static BigInteger Big(uint[] a)
        {
            BigInteger v = 0;
            for (int i = 7; i >= 0; i--) v = (v << 32) | a[i];
            return v;
        }

        /// <summary>A random value below m, one in eight close to m or to 0 (the carries' edges).</summary>
        private static BigInteger Below(Random rng, BigInteger m)
        {
            byte[] b = new byte[32];
            rng.NextBytes(b);
            BigInteger v = Mod(Int(b), m);
            switch (rng.Next(16))
            {
                case 0: return m - 1 - (v & 0xFFFF);
                case 1: return v & 0xFFFF;
                default: return v;
            }
        }

        /// <summary>A random 32-octet scalar, one in sixteen at or above n (reduced by every implementation).</summary>
        private static byte[] Scalar(Random rng)
        {
            if (rng.Next(16) == 0) return Be(N + Mod(Int(RandomOctets(rng, 32)), Two256 - N));
            return RandomOctets(rng, 32);
        }

        private static byte[] RandomOctets(Random rng, int n) { byte[] b = new byte[n]; rng.NextBytes(b); return b; }

        private static byte[] Xy(P256Point p)
        {
            if (p.IsInfinity) return null;
            byte[] r = new byte[64];
            Array.Copy(p.X, 0, r, 0, 32);
            Array.Copy(p.Y, 0, r, 32, 32);
            return r;
        }

        private static P256Point Point(byte[] xy) => P256Point.FromCoordinates(xy[..32], xy[32..]);

        /// <summary>[k]G by .NET (the public key of private key k, 0 &lt; k &lt; n), as X || Y.</summary>
        private static byte[] NetBase(BigInteger k)
        {
            using var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = Be(k) });
            var q = key.ExportParameters(false).Q;
            return Concat(q.X, q.Y);
        }

        /// <summary>[k]G by the native mul_base (checked against .NET by MultiplyBaseAgreesWithManagedAndDotNet).</summary>
        private static byte[] NativeBase(BigInteger k)
        {
            byte[] o = new byte[64];
            NativeBackend.Check(NativeBackend.P256MultiplyBase(o, Be(k)), "mul_base");
            return o;
        }

        private static byte[] Concat(byte[] a, byte[] b) { byte[] r = new byte[a.Length + b.Length]; a.CopyTo(r, 0); b.CopyTo(r, a.Length); return r; }

        /// <summary>The native result as X || Y, or null when the status is MN_EINFINITY (asserting the zeroed output).</summary>
        private static byte[] Result(int status, byte[] output, string what)
        {
            if (status == NativeBackend.ErrorInfinity)
            {
                if (Array.Exists(output, b => b != 0)) throw new InvalidOperationException(what + ": infinity with a non-zero output");
                return null;
            }
            NativeBackend.Check(status, what);
            return output;
        }

        private static string Differs(string what, int i, byte[] native, byte[] expected)
        {
            bool same = native == null ? expected == null : expected != null && native.AsSpan().SequenceEqual(expected);
            return same ? null : $"{what} #{i}: native {(native == null ? "infinity" : Convert.ToHexString(native))}, expected {(expected == null ? "infinity" : Convert.ToHexString(expected))}";
        }

        /// <summary>Runs body(i, rng, ctx) for i in [0, count) on two threads (one P256 context per thread, the rng seeded
        /// by i) and fails with the first disagreements.</summary>
        private static void Agree(int seed, int count, Func<int, Random, P256, string> body)
        {
            var failures = new ConcurrentQueue<string>();
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, () => new P256(), (i, _, ctx) =>
            {
                string f;
                try { f = body(i, new Random(seed * 1_000_003 + i), ctx); }
                catch (Exception e) { f = $"#{i}: {e.GetType().Name}: {e.Message}"; }
                if (f != null) failures.Enqueue(f);
                return ctx;
            }, _ => { });
            Assert.AreEqual(0, failures.Count, failures.Count + " disagreements, first: " + string.Join("\n", failures.ToArray()[..Math.Min(5, failures.Count)]));
        }

        [TestMethod]
        public void FieldMultiplyAndSquareAgreeWithManagedAndBigInteger()
        {
            Agree(1, Count, (i, rng, _) =>
            {
                var f = new P256Field();
                BigInteger a = Below(rng, P), b = Below(rng, P);
                uint[] r = new uint[8], s = new uint[8], ma = f.Create(), mb = f.Create(), mr = f.Create();
                NativeBackend.Check(NativeBackend.P256FieldMultiply(r, Limbs(a), Limbs(b)), "fp_mul");
                NativeBackend.Check(NativeBackend.P256FieldSquare(s, Limbs(a)), "fp_sqr");
                f.FromNatural(ma, Limbs(a)); f.FromNatural(mb, Limbs(b));
                f.Mul(mr, ma, mb); f.ToNatural(mr, mr);
                if (Big(r) != a * b % P || Big(mr) != Big(r)) return $"fp_mul #{i}";
                if (Big(s) != a * a % P) return $"fp_sqr #{i}";
                return null;
            });
        }

        [TestMethod]
        public void FieldInversionAgreesWithManagedAndBigInteger()
        {
            Agree(2, Count, (i, rng, _) =>
            {
                var f = new P256Field();
                BigInteger a = i == 0 ? 0 : Below(rng, P);
                uint[] r = new uint[8], m = f.Create();
                NativeBackend.Check(NativeBackend.P256FieldInvert(r, Limbs(a)), "fp_inv");
                f.FromNatural(m, Limbs(a)); f.Invert(m, m); f.ToNatural(m, m);
                return Big(r) == BigInteger.ModPow(a, P - 2, P) && Big(m) == Big(r) ? null : $"fp_inv #{i} of {a:X}";
            });
        }

        [TestMethod]
        public void ScalarMultiplyAndInversionAgreeWithManagedAndBigInteger()
        {
            Agree(3, Count, (i, rng, ctx) =>
            {
                MontgomeryField n = ctx.Scalars;
                BigInteger a = i == 0 ? 0 : Below(rng, N), b = Below(rng, N);
                uint[] r = new uint[8], v = new uint[8], ma = n.Create(), mb = n.Create();
                NativeBackend.Check(NativeBackend.P256ScalarMultiply(r, Limbs(a), Limbs(b)), "fn_mul");
                NativeBackend.Check(NativeBackend.P256ScalarInvert(v, Limbs(a)), "fn_inv");
                n.FromNatural(Limbs(a), ma); n.FromNatural(Limbs(b), mb);
                n.Mul(mb, ma, mb); n.ToNatural(mb, mb);
                n.Invert(ma, ma); n.ToNatural(ma, ma);
                if (Big(r) != a * b % N || Big(mb) != Big(r)) return $"fn_mul #{i}";
                if (Big(v) != BigInteger.ModPow(a, N - 2, N) || Big(ma) != Big(v)) return $"fn_inv #{i}";
                return null;
            });
        }

        [TestMethod]
        public void KernelsRefuseNonCanonicalInputs()
        {
            uint[] r = { 1, 1, 1, 1, 1, 1, 1, 1 }, one = Limbs(1);
            foreach (BigInteger bad in new[] { P, P + 1, Two256 - 1 })
            {
                Assert.AreEqual(NativeBackend.ErrorEncoding, NativeBackend.P256FieldMultiply(r, Limbs(bad), one));
                Assert.AreEqual(0, Big(r), "zeroed");
                Assert.AreEqual(NativeBackend.ErrorEncoding, NativeBackend.P256FieldSquare(r, Limbs(bad)));
                Assert.AreEqual(NativeBackend.ErrorEncoding, NativeBackend.P256FieldInvert(r, Limbs(bad)));
            }
            Assert.AreEqual(NativeBackend.Ok, NativeBackend.P256FieldMultiply(r, Limbs(P - 1), Limbs(N)), "n < p is a field element");
            Assert.AreEqual(NativeBackend.ErrorEncoding, NativeBackend.P256ScalarMultiply(r, Limbs(N), one));
            Assert.AreEqual(NativeBackend.ErrorEncoding, NativeBackend.P256ScalarInvert(r, Limbs(N)));
        }

        [TestMethod]
        public void MultiplyBaseAgreesWithManagedAndDotNet()
        {
            Agree(4, Count, (i, rng, ctx) =>
            {
                byte[] k = Scalar(rng), o = new byte[64];
                byte[] native = Result(NativeBackend.P256MultiplyBase(o, k), o, "mul_base");
                BigInteger km = Mod(Int(k), N);
                return Differs("managed [k]G", i, native, Xy(ctx.MultiplyBase(k)))
                    ?? Differs(".NET [k]G", i, native, km.IsZero ? null : NetBase(km));
            });
        }

        [TestMethod]
        public void MultiplyAgreesWithManagedAndDotNetEcdh()
        {
            Agree(5, Count, (i, rng, ctx) =>
            {
                byte[] point = NativeBase(Mod(Int(RandomOctets(rng, 32)), N - 1) + 1), k = Scalar(rng), o = new byte[64];
                byte[] native = Result(NativeBackend.P256Multiply(o, point, k), o, "mul");
                string f = Differs("managed [k]P", i, native, Xy(ctx.Multiply(Point(point), k)));
                if (f != null) return f;
                BigInteger km = Mod(Int(k), N);
                if (km.IsZero) return native == null ? null : $"#{i}: [0]P not infinity";
                // .NET's ECDH: x([k]P) from private key k and public key P
                using var mine = ECDiffieHellman.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = Be(km) });
                using var peer = ECDiffieHellman.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = point[..32], Y = point[32..] } });
                return Differs(".NET x([k]P)", i, native[..32], mine.DeriveRawSecretAgreement(peer.PublicKey));
            });
        }

        [TestMethod]
        public void MultiplyAddPublicAgreesWithManagedAndDotNet()
        {
            Agree(6, Count, (i, rng, ctx) =>
            {
                BigInteger q = Mod(Int(RandomOctets(rng, 32)), N - 1) + 1;
                byte[] qxy = NativeBase(q), u1 = Scalar(rng), u2 = Scalar(rng), o = new byte[64];
                if (i % 97 == 1) u1 = new byte[32];
                if (i % 89 == 2) u2 = new byte[32];
                if (i % 83 == 3) u2 = Be(Mod(-Int(u1) * BigInteger.ModPow(q, N - 2, N), N)); // u1 + u2 q = 0: infinity
                byte[] native = Result(NativeBackend.P256MultiplyAddPublic(o, u1, u2, qxy), o, "mul_add_public");
                BigInteger sum = Mod(Int(u1) + Int(u2) * q, N);
                return Differs("managed u1 G + u2 Q", i, native, Xy(ctx.MultiplyAddPublic(u1, u2, Point(qxy))))
                    ?? Differs(".NET [u1 + u2 q]G", i, native, sum.IsZero ? null : NetBase(sum));
            });
        }

        [TestMethod]
        public void MultiplyAdd3PublicAgreesWithManagedAndDotNet()
        {
            Agree(9, Count, (i, rng, ctx) =>
            {
                BigInteger q2 = Mod(Int(RandomOctets(rng, 32)), N - 1) + 1, q3 = Mod(Int(RandomOctets(rng, 32)), N - 1) + 1;
                if (i % 71 == 4) q3 = q2;                               // the same point twice
                if (i % 67 == 5) q3 = N - q2;                           // Q3 = -Q2
                if (i % 61 == 6) q2 = 1;                                // Q2 = G
                byte[] u1 = Scalar(rng), u2 = Scalar(rng), u3 = Scalar(rng), o = new byte[64];
                if (i % 97 == 1) u1 = new byte[32];
                if (i % 89 == 2) u2 = new byte[32];
                if (i % 79 == 7) u3 = new byte[32];
                if (i % 83 == 3) u3 = Be(Mod(-(Int(u1) + Int(u2) * q2) * BigInteger.ModPow(q3, N - 2, N), N)); // sum 0: infinity
                byte[] q2xy = NativeBase(q2), q3xy = NativeBase(q3);
                byte[] native = Result(NativeBackend.P256MultiplyAdd3Public(o, u1, u2, q2xy, u3, q3xy), o, "mul_add3_public");
                BigInteger sum = Mod(Int(u1) + Int(u2) * q2 + Int(u3) * q3, N);
                P256Point managed = ctx.Add(ctx.MultiplyAddPublic(u1, u2, Point(q2xy)), ctx.MultiplyAddPublic(new byte[32], u3, Point(q3xy)));
                return Differs("managed u1 G + u2 Q2 + u3 Q3", i, native, Xy(managed))
                    ?? Differs(".NET [u1 + u2 q2 + u3 q3]G", i, native, sum.IsZero ? null : NetBase(sum));
            });
        }

        [TestMethod]
        public void MultiplyAdd3PublicRefusesBadPoints()
        {
            byte[] o = new byte[64], g = NativeBase(1), k = Be(5), offCurve = (byte[])g.Clone(), big = (byte[])g.Clone();
            offCurve[63] ^= 1;
            for (int i = 0; i < 32; i++) big[i] = 0xFF;
            Assert.AreEqual(NativeBackend.ErrorPoint, NativeBackend.P256MultiplyAdd3Public(o, k, k, g, k, offCurve));
            Assert.AreEqual(NativeBackend.ErrorPoint, NativeBackend.P256MultiplyAdd3Public(o, k, k, offCurve, k, g));
            Assert.AreEqual(NativeBackend.ErrorEncoding, NativeBackend.P256MultiplyAdd3Public(o, k, k, big, k, g));
            Assert.IsFalse(Array.Exists(o, b => b != 0), "output zeroed");
        }

        private static readonly int[] HashLengths = { 32, 32, 32, 20, 31, 33, 48, 64, 1 };

        [TestMethod]
        public void EcdsaVerifyAgreesWithManagedAndDotNet()
        {
            const int Keys = 16;
            var keys = new (ECDsa net, byte[] q, P256Point point)[Keys];
            for (int j = 0; j < Keys; j++)
            {
                var net = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                var pq = net.ExportParameters(false).Q;
                keys[j] = (net, Concat(pq.X, pq.Y), P256Point.FromCoordinates(pq.X, pq.Y));
            }
            int valid = 0, invalid = 0;
            try
            {
                Agree(7, Count, (i, rng, _) =>
                {
                    var (net, q, point) = keys[i % Keys];
                    byte[] hash = RandomOctets(rng, HashLengths[rng.Next(HashLengths.Length)]);
                    byte[] sig;
                    lock (net) sig = net.SignHash(hash);
                    switch (i % 8)
                    {
                        case 0: case 1: case 2: case 3: break;                          // valid
                        case 4: sig[rng.Next(64)] ^= (byte)(1 << rng.Next(8)); break;   // any bit of r or s
                        case 5: hash[rng.Next(Math.Min(hash.Length, 32))] ^= 1; break;  // a bit the truncation keeps
                        case 6:                                                          // r or s out of [1, n-1]
                            BigInteger[] bad = { 0, N, N + 1, Two256 - 1 };
                            Array.Copy(Be(bad[rng.Next(4)]), 0, sig, rng.Next(2) * 32, 32);
                            break;
                        default: sig = Concat(sig[32..], sig[..32]); break;              // r and s swapped
                    }
                    if (i % 8 == 5 && hash.Length > 32 && rng.Next(2) == 0) hash[32 + rng.Next(hash.Length - 32)] ^= 1; // truncated away
                    int status = NativeBackend.P256EcdsaVerify(hash, sig, q);
                    if (status != NativeBackend.Ok && status != NativeBackend.P256ErrorVerify) return $"#{i}: status {status}";
                    bool native = status == NativeBackend.Ok, managed = EcdsaP256.VerifyHash(point, hash, sig);
                    bool dotnet;
                    lock (net) dotnet = net.VerifyHash(hash, sig);
                    if (native) System.Threading.Interlocked.Increment(ref valid); else System.Threading.Interlocked.Increment(ref invalid);
                    return native == managed && native == dotnet ? null : $"#{i}: native {native}, managed {managed}, .NET {dotnet}, hash {Convert.ToHexString(hash)}";
                });
            }
            finally
            {
                foreach (var k in keys) k.net.Dispose();
            }
            Assert.IsTrue(valid >= Count / 2 && invalid >= Count / 4, $"valid {valid}, invalid {invalid}");
        }

        [TestMethod]
        public void EdgeScalarsFollowTheManagedSemantics()
        {
            var ctx = new P256();
            byte[] g = Xy(P256Point.Generator), g2 = Xy(ctx.MultiplyBase(Be(2)));
            BigInteger[] edges = { 0, 1, 2, N - 1, N, N + 1, N + 2, Two256 - 1, Two256 - N, BigInteger.One << 255 };
            foreach (BigInteger k in edges)
            {
                byte[] kb = Be(k), o = new byte[64];
                byte[] expected = Xy(ctx.MultiplyBase(kb));
                Assert.IsNull(Differs("mul_base", (int)(k % 1000), Result(NativeBackend.P256MultiplyBase(o, kb), o, "mul_base"), expected), k.ToString("X"));
                Assert.IsNull(Differs("mul", 0, Result(NativeBackend.P256Multiply(o, g, kb), o, "mul"), expected), k.ToString("X"));
                Assert.IsNull(Differs("mul_add u1", 0, Result(NativeBackend.P256MultiplyAddPublic(o, kb, Be(0), g), o, "mul_add"), expected), k.ToString("X"));
                Assert.IsNull(Differs("mul_add u2", 0, Result(NativeBackend.P256MultiplyAddPublic(o, Be(1), kb, g), o, "mul_add"),
                    Xy(ctx.MultiplyAddPublic(Be(1), kb, P256Point.Generator))), k.ToString("X"));
            }
            byte[] r = new byte[64];
            Assert.AreEqual(NativeBackend.ErrorInfinity, NativeBackend.P256MultiplyBase(r, Be(0)));
            Assert.AreEqual(NativeBackend.ErrorInfinity, NativeBackend.P256MultiplyBase(r, Be(N)));
            Assert.AreEqual(NativeBackend.ErrorInfinity, NativeBackend.P256Multiply(r, g2, Be(N)));
            Assert.AreEqual(NativeBackend.ErrorInfinity, NativeBackend.P256MultiplyAddPublic(r, Be(N - 1), Be(1), g));
            NativeBackend.Check(NativeBackend.P256MultiplyAddPublic(r, Be(1), Be(1), g), "G + G");
            CollectionAssert.AreEqual(g2, r, "G + G: the doubling case of the public addition");
        }

        [TestMethod]
        public void InvalidPointsAreRefused()
        {
            byte[] g = Xy(P256Point.Generator), o = new byte[64], k = Be(3), h = new byte[32], sig = new byte[64];
            sig[31] = 1; sig[63] = 1;
            byte[] offCurve = (byte[])g.Clone(); offCurve[63] ^= 1;
            byte[] xIsP = Concat(Be(P), g[32..]);
            byte[] yPlusP = Concat(g[..32], Be(Int(g[32..]) + P < Two256 ? Int(g[32..]) + P : P)); // y + p or p: not canonical
            byte[] allOnes = new byte[64]; Array.Fill(allOnes, (byte)0xFF);
            foreach (var (point, code) in new[] { (offCurve, NativeBackend.ErrorPoint), (new byte[64], NativeBackend.ErrorPoint),
                                                  (xIsP, NativeBackend.ErrorEncoding), (yPlusP, NativeBackend.ErrorEncoding),
                                                  (allOnes, NativeBackend.ErrorEncoding) })
            {
                Array.Fill(o, (byte)0xAA);
                Assert.AreEqual(code, NativeBackend.P256Multiply(o, point, k));
                Assert.IsTrue(Array.TrueForAll(o, b => b == 0), "output zeroed");
                Assert.AreEqual(code, NativeBackend.P256MultiplyAddPublic(o, k, k, point));
                Assert.AreEqual(code, NativeBackend.P256EcdsaVerify(h, sig, point));
            }
            // the same encodings are refused by the managed decoder
            Assert.ThrowsExactly<MikeyNano.Errors.InvalidPointException>(() => Point(offCurve));
            Assert.ThrowsExactly<MikeyNano.Errors.InvalidPointException>(() => Point(xIsP));
            Assert.AreEqual(NativeBackend.ErrorEncoding, NativeBackend.P256EcdsaVerify(Array.Empty<byte>(), sig, g), "empty digest");
        }

        /// <summary>RFC 6979 A.2.5: the key pair (mul_base) and the SHA-256 signatures of "sample" and "test".</summary>
        [TestMethod]
        public void Rfc6979VectorsVerify()
        {
            byte[] d = Convert.FromHexString("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721"), u = new byte[64];
            NativeBackend.Check(NativeBackend.P256MultiplyBase(u, d), "dG");
            Assert.AreEqual("60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6" +
                            "7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299", Convert.ToHexString(u));
            byte[] sample = Convert.FromHexString("EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716" +
                                                  "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8");
            byte[] test = Convert.FromHexString("F1ABB023518351CD71D881567B1EA663ED3EFCF6C5132B354F28D3B0B7D38367" +
                                                "019F4113742A2B14BD25926B49C649155F267E60D3814B4C0CC84250E46F0083");
            byte[] hs = SHA256.HashData("sample"u8), ht = SHA256.HashData("test"u8);
            Assert.AreEqual(NativeBackend.Ok, NativeBackend.P256EcdsaVerify(hs, sample, u));
            Assert.AreEqual(NativeBackend.Ok, NativeBackend.P256EcdsaVerify(ht, test, u));
            Assert.AreEqual(NativeBackend.P256ErrorVerify, NativeBackend.P256EcdsaVerify(ht, sample, u));
        }

        /// <summary>x(u1 G + u2 Q) in [n, p): the signature's r is x - n, found only by the (r + n) Z^2 == X check.</summary>
        [TestMethod]
        public void VerifyAcceptsTheRPlusNCase()
        {
            foreach (var (hash, sig, q) in Curves.P256EdgeScalarTests.RPlusNSignatures(5, 12))
            {
                Assert.AreEqual(NativeBackend.Ok, NativeBackend.P256EcdsaVerify(hash, sig, Xy(q)), "native");
                sig[63] ^= 1;
                Assert.AreEqual(NativeBackend.P256ErrorVerify, NativeBackend.P256EcdsaVerify(hash, sig, Xy(q)), "native, tampered");
            }
        }
    }
}
