using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Dn = System.Security.Cryptography;
using MikeyNano.Ciphers;
using NanoAes = MikeyNano.Ciphers.Aes;

namespace MikeyNano.HostTests.Oracles
{
    /// <summary>
    /// Differential tests of <see cref="AesKeyWrap"/> against Bouncy Castle's Rfc3394WrapEngine and Rfc5649WrapEngine
    /// on random KEKs (16, 24, 32 octets) and every plaintext length 1..300 plus random ones up to 1,100 (the RSK is 257
    /// octets), in both directions; and of the AES inverse cipher against .NET's AES-ECB decryption. Seeded (seed in
    /// every message; MIKEYNANO_SEED replays another run).
    /// </summary>
    [TestClass]
    public class AesKeyWrapOracleTests
    {
        private static byte[] BouncyCastle(bool padded, bool wrap, byte[] kek, byte[] input)
        {
            Org.BouncyCastle.Crypto.IWrapper engine = padded
                ? new Rfc5649WrapEngine(new AesEngine())
                : new Rfc3394WrapEngine(new AesEngine());
            engine.Init(wrap, new KeyParameter(kek));
            return wrap ? engine.Wrap(input, 0, input.Length) : engine.Unwrap(input, 0, input.Length);
        }

        [TestMethod]
        public void WrapWithPaddingMatchesBouncyCastleRfc5649WrapEngine()
        {
            int seed = OracleRandom.Seed(5649);
            var rng = new Random(seed);
            int[] kekSizes = { 16, 24, 32 };
            for (int i = 0; i < 400; i++)
            {
                int length = i < 300 ? i + 1 : rng.Next(1, 1100);
                byte[] kek = OracleRandom.Bytes(rng, kekSizes[i % 3]);
                byte[] plain = OracleRandom.Bytes(rng, length);
                byte[] ours = AesKeyWrap.WrapWithPadding(kek, plain);
                CollectionAssert.AreEqual(BouncyCastle(true, true, kek, plain), ours, $"seed {seed} run {i} wrap of {length}");
                CollectionAssert.AreEqual(plain, AesKeyWrap.UnwrapWithPadding(kek, ours), $"seed {seed} run {i} unwrap");
                CollectionAssert.AreEqual(plain, BouncyCastle(true, false, kek, ours), $"seed {seed} run {i} BC unwraps ours");
            }
        }

        [TestMethod]
        public void WrapMatchesBouncyCastleRfc3394WrapEngine()
        {
            int seed = OracleRandom.Seed(3394);
            var rng = new Random(seed);
            int[] kekSizes = { 16, 24, 32 };
            for (int i = 0; i < 200; i++)
            {
                int blocks = i < 40 ? i + 2 : rng.Next(2, 140);
                byte[] kek = OracleRandom.Bytes(rng, kekSizes[i % 3]);
                byte[] plain = OracleRandom.Bytes(rng, 8 * blocks);
                byte[] ours = AesKeyWrap.Wrap(kek, plain);
                CollectionAssert.AreEqual(BouncyCastle(false, true, kek, plain), ours, $"seed {seed} run {i} wrap of {blocks} blocks");
                CollectionAssert.AreEqual(plain, AesKeyWrap.Unwrap(kek, ours), $"seed {seed} run {i} unwrap");
            }
        }

        [TestMethod]
        public void InverseCipherMatchesDotNetEcbDecryption()
        {
            int seed = OracleRandom.Seed(197);
            var rng = new Random(seed);
            int[] kekSizes = { 16, 24, 32 };
            for (int i = 0; i < 600; i++)
            {
                byte[] key = OracleRandom.Bytes(rng, kekSizes[i % 3]);
                byte[] block = OracleRandom.Bytes(rng, 16);
                using var dn = Dn.Aes.Create();
                dn.Key = key;
                byte[] expected = dn.DecryptEcb(block, Dn.PaddingMode.None);
                var ours = new NanoAes(key);
                byte[] output = new byte[16];
                ours.DecryptBlock(block, 0, output, 0);
                CollectionAssert.AreEqual(expected, output, $"seed {seed} run {i}");
            }
        }
    }
}
