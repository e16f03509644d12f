using System;
using System.Numerics;
using System.Security.Cryptography;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.HostPlatform;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Curves
{
    /// <summary>P-256 ECDH and ECDSA against .NET's System.Security.Cryptography (OpenSSL on Linux).</summary>
    [TestClass]
    public class P256OracleTests
    {
        private static (byte[] d, byte[] q) NetKey(ECDiffieHellman k)
        {
            var p = k.ExportParameters(true);
            byte[] q = new byte[65]; q[0] = 4;
            Array.Copy(p.Q.X, 0, q, 1, 32); Array.Copy(p.Q.Y, 0, q, 33, 32);
            return (p.D, q);
        }

        /// <summary>The key's parameters and its public point as 65 octets (uncompressed).</summary>
        private static (ECParameters p, byte[] q) Export(ECDsa key)
        {
            var p = key.ExportParameters(true);
            byte[] q = new byte[65]; q[0] = 4;
            Array.Copy(p.Q.X, 0, q, 1, 32); Array.Copy(p.Q.Y, 0, q, 33, 32);
            return (p, q);
        }

        [TestMethod]
        public void EcdhSharedSecretsMatchDotNet()
        {
            const int Count = 1000;
            for (int i = 0; i < Count; i++)
            {
                using var a = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
                using var b = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
                var (da, qa) = NetKey(a);
                var (_, qb) = NetKey(b);
                byte[] expected = a.DeriveRawSecretAgreement(b.PublicKey);
                byte[] peer = i % 2 == 0 ? qb : P256Point.Decode(qb, 0, 65).EncodeCompressed();
                CollectionAssert.AreEqual(expected, EcdhP256.SharedSecret(da, peer), $"key {i}");
                // our public key from d equals .NET's
                if (i % 50 == 0) CollectionAssert.AreEqual(qa, P256KeyPair.FromPrivateKey(da).PublicKey.EncodeUncompressed());
            }
        }

        /// <summary>The table-free path of a small device (a context built without G's table): [d]G equals .NET's public
        /// key for random d, and u1 G + u2 Q equals the table path's (and, for u2 = 0, .NET's key of u1).</summary>
        [TestMethod]
        public void TableFreeBaseMultiplicationMatchesDotNet()
        {
            const int Count = 200;
            var rng = new Random(10);
            var plain = new P256(false);
            var tabled = new P256(true);
            for (int i = 0; i < Count; i++)
            {
                using var a = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
                var (d, q) = NetKey(a);
                CollectionAssert.AreEqual(q, plain.MultiplyBase(d).EncodeUncompressed(), $"[d]G, key {i}");
                byte[] u1 = new byte[32], u2 = new byte[32];
                rng.NextBytes(u1); rng.NextBytes(u2);
                P256Point peer = P256Point.Decode(q, 0, 65);
                P256Point expected = tabled.MultiplyAddPublic(u1, u2, peer);
                Assert.IsTrue(expected.Equals(plain.MultiplyAddPublic(u1, u2, peer)), $"u1 G + u2 Q, key {i}");
                CollectionAssert.AreEqual(q, plain.MultiplyAddPublic(d, new byte[] { 0 }, peer).EncodeUncompressed(), $"d G + 0 Q, key {i}");
            }
        }

        [TestMethod]
        public void EcdsaSignaturesVerifyBothWays()
        {
            const int Count = 1000; // issue 3: at least 1,000 random inputs, signatures checked both ways
            var rng = new Random(6);
            for (int i = 0; i < Count; i++)
            {
                using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                var (p, q) = Export(key);
                P256Point pub = P256Point.Decode(q, 0, 65);
                byte[] hash = new byte[32];
                rng.NextBytes(hash);
                // theirs verified by ours
                byte[] theirs = key.SignHash(hash);
                Assert.IsTrue(EcdsaP256.VerifyHash(pub, hash, theirs), $"ours verify theirs {i}");
                byte[] bad = (byte[])theirs.Clone(); bad[i % 64] ^= 0x01;
                Assert.IsFalse(EcdsaP256.VerifyHash(pub, hash, bad), "tampered signature");
                byte[] badHash = (byte[])hash.Clone(); badHash[0] ^= 0x80;
                Assert.IsFalse(EcdsaP256.VerifyHash(pub, badHash, theirs), "other digest");
                // ours verified by theirs (random and deterministic nonces)
                byte[] ours = i % 2 == 0 ? EcdsaP256.SignHash(p.D, hash, SystemRandomSource.Instance) : EcdsaP256.SignHashDeterministic(p.D, hash);
                Assert.IsTrue(key.VerifyHash(hash, ours), $"theirs verify ours {i}");
                Assert.IsTrue(EcdsaP256.VerifyHash(pub, hash, ours));
            }
        }

        [TestMethod]
        public void PreparedKeyVerifiesAsDotNetDoes()
        {
            const int Keys = 150, PerKey = 8; // a comb per key (about a millisecond each); several signatures per key
            var rng = new Random(16);
            for (int i = 0; i < Keys; i++)
            {
                using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                var (p, q) = Export(key);
                var prepared = new EcdsaP256PreparedKey(P256Point.Decode(q, 0, 65));
                CollectionAssert.AreEqual(q, prepared.PublicKey.EncodeUncompressed());
                for (int j = 0; j < PerKey; j++)
                {
                    byte[] hash = new byte[j == 0 ? 48 : 32]; // a longer digest: its leftmost 256 bits count
                    rng.NextBytes(hash);
                    byte[] theirs = key.SignHash(hash);
                    Assert.IsTrue(prepared.VerifyHash(hash, theirs), $"prepared key verifies .NET's signature {i}/{j}");
                    byte[] bad = (byte[])theirs.Clone(); bad[rng.Next(64)] ^= (byte)(1 << rng.Next(8));
                    Assert.IsFalse(prepared.VerifyHash(hash, bad), "tampered signature");
                    Assert.AreEqual(EcdsaP256.VerifyHash(prepared.PublicKey, hash, bad), prepared.VerifyHash(hash, bad));
                    byte[] ours = EcdsaP256.SignHashDeterministic(p.D, hash);
                    Assert.IsTrue(key.VerifyHash(hash, ours) && prepared.VerifyHash(hash, ours));
                }
            }
            Assert.ThrowsExactly<MikeyNano.Errors.InvalidPointException>(() => new EcdsaP256PreparedKey(P256Point.Infinity));
        }

        [TestMethod]
        public void PreparedKeyRejectsOutOfRangeRAndS()
        {
            var kp = P256KeyPair.Generate(SystemRandomSource.Instance);
            var prepared = new EcdsaP256PreparedKey(kp.PublicKey);
            Assert.AreEqual(57344, prepared.MemoryBytes);
            byte[] hash = new byte[32]; hash[3] = 1;
            byte[] sig = EcdsaP256.SignHashDeterministic(kp.PrivateKey, hash);
            Assert.IsTrue(prepared.VerifyHash(hash, sig));
            byte[] n = P256.Order;
            foreach (int half in new[] { 0, 32 })
            {
                byte[] z = (byte[])sig.Clone(); Array.Clear(z, half, 32);
                Assert.IsFalse(prepared.VerifyHash(hash, z), "zero");
                byte[] withN = (byte[])sig.Clone(); Array.Copy(n, 0, withN, half, 32);
                Assert.IsFalse(prepared.VerifyHash(hash, withN), "n");
            }
            Assert.IsFalse(prepared.VerifyHash(hash, new byte[65]));
            Assert.IsFalse(prepared.VerifyHash(hash, null));
            Assert.ThrowsExactly<MikeyNano.Errors.SignatureException>(() => prepared.VerifyHash(null, sig));
        }

        [TestMethod]
        public void VerifyRejectsOutOfRangeRAndS()
        {
            var kp = P256KeyPair.Generate(SystemRandomSource.Instance);
            byte[] hash = new byte[32]; hash[5] = 9;
            byte[] sig = EcdsaP256.SignHashDeterministic(kp.PrivateKey, hash);
            Assert.IsTrue(EcdsaP256.VerifyHash(kp.PublicKey, hash, sig));
            byte[] n = P256.Order;
            BigInteger N = new BigInteger(n, true, true);
            // r + n and s + n do not fit; r = 0, s = 0, r = n, s = n are rejected; s' = n - s is the other valid s
            foreach (int half in new[] { 0, 32 })
            {
                byte[] z = (byte[])sig.Clone(); Array.Clear(z, half, 32);
                Assert.IsFalse(EcdsaP256.VerifyHash(kp.PublicKey, hash, z), "zero");
                byte[] withN = (byte[])sig.Clone(); Array.Copy(n, 0, withN, half, 32);
                Assert.IsFalse(EcdsaP256.VerifyHash(kp.PublicKey, hash, withN), "n");
                byte[] ones = (byte[])sig.Clone(); for (int k = 0; k < 32; k++) ones[half + k] = 0xFF;
                Assert.IsFalse(EcdsaP256.VerifyHash(kp.PublicKey, hash, ones), "2^256-1");
            }
            BigInteger s = new BigInteger(sig.AsSpan(32, 32), true, true);
            byte[] flipped = (byte[])sig.Clone();
            (N - s).ToByteArray(true, true).CopyTo(flipped.AsSpan(32 + 32 - (N - s).GetByteCount(true)));
            Assert.IsTrue(EcdsaP256.VerifyHash(kp.PublicKey, hash, flipped), "n - s also verifies (ECDSA malleability)");
            Assert.IsFalse(EcdsaP256.VerifyHash(kp.PublicKey, hash, new byte[63]));
        }

        [TestMethod]
        public void ScalarMultiplesMatchDotNetKeyDerivation()
        {
            // d G computed by .NET (ImportParameters with only D derives Q) against ours, for edge scalars
            BigInteger N = new BigInteger(P256.Order, true, true);
            var ctx = new P256();
            foreach (BigInteger d in new[] { BigInteger.One, new BigInteger(2), new BigInteger(15), new BigInteger(16), N - 1, N - 2, N / 2, (BigInteger.One << 255) - 1 })
            {
                byte[] db = new byte[32];
                byte[] raw = d.ToByteArray(true, true);
                raw.CopyTo(db, 32 - raw.Length);
                using var k = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = db });
                var q = k.ExportParameters(false).Q;
                P256Point ours = ctx.MultiplyBase(db);
                CollectionAssert.AreEqual(q.X, ours.X, $"base {d}");
                CollectionAssert.AreEqual(q.Y, ours.Y);
                P256Point var = ctx.Multiply(P256Point.Generator, db);
                Assert.IsTrue(ours.Equals(var), "variable-base equals fixed-base");
                P256Point viaAdd = ctx.MultiplyAddPublic(db, new byte[32], P256Point.Generator);
                Assert.IsTrue(ours.Equals(viaAdd));
            }
        }
    }
}
