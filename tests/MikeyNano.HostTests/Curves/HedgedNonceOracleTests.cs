using System;
using System.Numerics;
using System.Security.Cryptography;
using MikeyNano.Bytes;
using MikeyNano.Ecc;
using MikeyNano.Eccsi;
using MikeyNano.Tests.Eccsi;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static MikeyNano.HostTests.Oracles.P256Scalars;

namespace MikeyNano.HostTests.Curves
{
    /// <summary>The hedged nonces of ECDSA (k) and ECCSI (j) against an independent implementation: RFC 6979 3.2 with
    /// steps d and f as draft-irtf-cfrg-det-sigs-with-noise writes them, K = HMAC_K(V || 0x00 || Z || 000... ||
    /// int2octets(x) || 000... || bits2octets(h1)), on .NET's HMACSHA256, and the whole signature recomputed with
    /// BigInteger and .NET's scalar multiplication (the public key of the scalar). The oracle's plain path reproduces
    /// RFC 6979 A.2.5's k first, so it is checked before it judges.</summary>
    [TestClass]
    public sealed class HedgedNonceOracleTests
    {
        /// <summary>RFC 6979 3.2 for qlen = hlen = 256; hedged (the draft's d and f) when z is not null.</summary>
        static byte[] Nonce(byte[] x, byte[] h1, byte[]? z)
        {
            byte[] h = Be(Big(h1) % Q);      // bits2octets
            byte[] v = new byte[32], k = new byte[32];
            Array.Fill(v, (byte)1);
            byte[] provided = z == null ? Octets.Concat(x, h) : Octets.Concat(Octets.Concat(z, new byte[63]), Octets.Concat(x, new byte[32]), h);
            k = HMACSHA256.HashData(k, Octets.Concat(v, new byte[] { 0 }, provided));
            v = HMACSHA256.HashData(k, v);
            k = HMACSHA256.HashData(k, Octets.Concat(v, new byte[] { 1 }, provided));
            v = HMACSHA256.HashData(k, v);
            while (true)
            {
                v = HMACSHA256.HashData(k, v);
                BigInteger t = Big(v);
                if (t >= 1 && t < Q) return v;
                k = HMACSHA256.HashData(k, Octets.Concat(v, new byte[] { 0 }));
                v = HMACSHA256.HashData(k, v);
            }
        }

        [TestMethod]
        public void OracleReproducesRfc6979()
        {
            byte[] x = Hex.Decode("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721");
            Assert.AreEqual("A6E3C57DD01ABE90086538398355DD4C3B17AA873382B0F24D6129493D8AAD60",
                Convert.ToHexString(Nonce(x, SHA256.HashData(Ascii.Bytes("sample")), null)), "RFC 6979 A.2.5, SHA-256, \"sample\"");
        }

        [TestMethod]
        public void EcdsaSignHash_IsTheHedgedRfc6979Signature()
        {
            var rnd = new Random(61);
            for (int i = 0; i < 40; i++)
            {
                byte[] d = P256KeyPair.Generate(new CounterRandomSource((ulong)i + 1)).PrivateKey;
                byte[] e = new byte[32];
                rnd.NextBytes(e);
                var rng = RepeatingRandomSource.FromSeed((ulong)(1000 + i), 32);
                byte[] z = new byte[32];
                rng.Fill(z, 0, 32);
                byte[] k = Nonce(d, e, z);
                BigInteger r = Big(XOfMultiple(k)) % Q;
                BigInteger s = Inv(Big(k)) * (Big(e) % Q + r * Big(d)) % Q;
                Assert.AreEqual(Convert.ToHexString(Octets.Concat(Be(r), Be(s))), Convert.ToHexString(EcdsaP256.SignHash(d, e, rng)), $"input {i}");
            }
        }

        [TestMethod]
        public void EccsiSign_IsTheHedgedRfc6979Signature()
        {
            byte[] hs = Hex.Decode(EccsiRfc6507Tests.Hs), ssk = Hex.Decode(EccsiRfc6507Tests.Ssk), pvt = Hex.Decode(EccsiRfc6507Tests.Pvt);
            var signer = new EccsiSigner(Hex.Decode(EccsiRfc6507Tests.Kpak), Hex.Decode(EccsiRfc6507Tests.Id), ssk, pvt);
            var rnd = new Random(6507);
            for (int i = 0; i < 40; i++)
            {
                byte[] m = new byte[rnd.Next(0, 700)];
                rnd.NextBytes(m);
                var rng = RepeatingRandomSource.FromSeed((ulong)(2000 + i), 32);
                byte[] z = new byte[32];
                rng.Fill(z, 0, 32);
                byte[] j = Nonce(ssk, SHA256.HashData(Octets.Concat(hs, m)), z);  // RFC 6507 5.2.1 step 1, hedged
                byte[] r = XOfMultiple(j);                                        // step 2: r = Jx
                BigInteger he = Big(SHA256.HashData(Octets.Concat(hs, r, m)));    // step 3
                BigInteger s = Inv(he + Big(r) * Big(ssk)) * Big(j) % Q;          // step 4
                Assert.AreEqual(Convert.ToHexString(Octets.Concat(r, Be(s), pvt)), Convert.ToHexString(signer.Sign(m, rng)), $"message {i} ({m.Length} octets)");
            }
        }
    }
}
