using System;
using System.Security.Cryptography;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MikeyNano.Hashing;
using MikeyNano.Native;
using MikeyNano.NativeHost;

namespace MikeyNano.HostTests.Native
{
    /// <summary>
    /// The native SHA-256 compression (mn_sha256_blocks, firmware/native/include/mn_hash.h) through P/Invoke against
    /// .NET's SHA256 on 10,000 random messages (lengths 0..1,000, padded here as FIPS 180-4 5.1.1 says), and the managed
    /// Sha256 routed to it through the library's seam (NativeArithmetic), as it is on firmware with the backend.
    /// Not parallel with other classes: the backend choice is process-wide.
    /// </summary>
    [TestClass]
    [DoNotParallelize]
    public class NativeHashTests
    {
        private const int Inputs = 10000;

        /// <summary>The backend of the firmware's glue for Version and Sha256Blocks only, counting the hash calls;
        /// <see cref="Refuse"/> answers MN_EBUFFER as a backend that cannot take the blocks would.</summary>
        private sealed class HashOnly : UnusedKernels
        {
            public int Calls;
            public bool Refuse;
            public override int Version() => NativeArithmetic.ExpectedVersion;
            public override int Sha256Blocks(uint[] state, byte[] data, int offset, int blocks)
            {
                Calls++;
                return Refuse ? NativeBackend.ErrorBuffer : NativeBackend.Sha256Blocks(state, data, offset, blocks);
            }
        }

        [TestCleanup]
        public void BackToManaged() => NativeArithmetic.Use(null);

        /// <summary>FIPS 180-4 padding of msg, compressed by the native kernel from the initial value (5.3.3).</summary>
        private static byte[] NativeDigest(byte[] msg)
        {
            int padded = (msg.Length + 8) / 64 * 64 + 64;
            byte[] m = new byte[padded];
            msg.CopyTo(m, 0);
            m[msg.Length] = 0x80;
            ulong bits = (ulong)msg.Length * 8;
            for (int i = 0; i < 8; i++) m[padded - 1 - i] = (byte)(bits >> (8 * i));
            uint[] h = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
            // in two calls where there are two blocks or more: a call continues from the state the last one left
            int first = padded / 64 / 2;
            NativeBackend.Check(NativeBackend.Sha256Blocks(h, m, 0, first), "sha256_blocks");
            NativeBackend.Check(NativeBackend.Sha256Blocks(h, m, first * 64, padded / 64 - first), "sha256_blocks");
            byte[] d = new byte[32];
            for (int i = 0; i < 8; i++) System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(d.AsSpan(4 * i), h[i]);
            return d;
        }

        [TestMethod]
        public void KnownAnswers()
        {
            // FIPS 180-4 examples (NIST CSRC "SHA256.pdf"): one block and two blocks
            Assert.AreEqual("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
                Convert.ToHexString(NativeDigest("abc"u8.ToArray())));
            Assert.AreEqual("248D6A61D20638B8E5C026930C3E6039A33CE45964FF2167F6ECEDD419DB06C1",
                Convert.ToHexString(NativeDigest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"u8.ToArray())));
        }

        [TestMethod]
        public void RandomMessagesAgreeWithDotNet()
        {
            var rng = new Random(12);
            for (int i = 0; i < Inputs; i++)
            {
                byte[] msg = new byte[i < 200 ? i : rng.Next(1001)];
                rng.NextBytes(msg);
                string expected = Convert.ToHexString(SHA256.HashData(msg));
                Assert.AreEqual(expected, Convert.ToHexString(NativeDigest(msg)), "message #" + i + " of " + msg.Length + " octets");
            }
        }

        [TestMethod]
        public void BlocksOutsideTheArrayAreRefused()
        {
            uint[] h = new uint[8];
            byte[] data = new byte[130];
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => NativeBackend.Sha256Blocks(h, data, 3, 2));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => NativeBackend.Sha256Blocks(h, data, -1, 1));
            Assert.ThrowsExactly<ArgumentException>(() => NativeBackend.Sha256Blocks(new uint[7], data, 0, 1));
            Assert.AreEqual(NativeBackend.Ok, NativeBackend.Sha256Blocks(h, data, 2, 2));
        }

        [TestMethod]
        public void TheLibrarysSha256AndHmacUseTheKernelAndAgreeWithDotNet()
        {
            var k = new HashOnly();
            NativeArithmetic.Use(k);
            Assert.AreSame(k, NativeArithmetic.Kernels);
            var rng = new Random(13);
            for (int i = 0; i < 2000; i++)
            {
                byte[] msg = new byte[rng.Next(700)], key = new byte[1 + rng.Next(100)];
                rng.NextBytes(msg);
                rng.NextBytes(key);
                var h = new Sha256();
                int split = rng.Next(msg.Length + 1);
                h.Update(msg, 0, split);
                h.Update(msg, split, msg.Length - split);
                byte[] d = new byte[32];
                h.Final(d, 0);
                Assert.AreEqual(Convert.ToHexString(SHA256.HashData(msg)), Convert.ToHexString(d), "SHA-256 #" + i);
                Assert.AreEqual(Convert.ToHexString(HMACSHA256.HashData(key, msg)), Convert.ToHexString(Hmac.Sha256(key, msg)), "HMAC #" + i);
            }
            Assert.IsTrue(k.Calls >= 4000, "the native kernel was called " + k.Calls + " times");
        }

        [TestMethod]
        public void ARefusingKernelThrowsInsteadOfAWrongDigest()
        {
            var k = new HashOnly { Refuse = true };
            NativeArithmetic.Use(k);
            byte[] msg = new byte[300];
            new Random(14).NextBytes(msg);
            Assert.ThrowsExactly<MikeyNano.Errors.InvalidEncodingException>(() => Sha256.Hash(msg));
            Assert.AreEqual(1, k.Calls);
        }

        [TestMethod]
        public void TheHostSeamRefusesBlocksOutsideTheArrayAsTheFirmwareGlueDoes()
        {
            Assert.IsTrue(HostNativeArithmetic.Enable(), "libmikeynano_native did not load");
            INativeKernels k = NativeArithmetic.Kernels!;
            uint[] h = new uint[8];
            byte[] data = new byte[130];
            foreach ((int offset, int blocks) in new[] { (-1, 1), (3, 2), (0, -1), (131, 0), (0, int.MaxValue), (2, 3) })
                Assert.AreEqual(NativeBackend.ErrorBuffer, k.Sha256Blocks(h, data, offset, blocks), offset + ", " + blocks);
            Assert.AreEqual(NativeBackend.ErrorBuffer, k.Sha256Blocks(new uint[9], data, 0, 1), "a 9-word state");
            Assert.AreEqual(NativeBackend.Ok, k.Sha256Blocks(h, data, 2, 2));
            Assert.AreEqual(NativeBackend.Ok, k.Sha256Blocks(h, data, 130, 0));
        }
    }
}
