using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Native;

namespace MikeyNano.Hashing
{
    /// <summary>SHA-256 (FIPS 180-4 sections 4.2.2, 5.3.3, 6.2). Incremental through <see cref="IHash"/>, or one-shot
    /// through <see cref="Hash(byte[])"/>. No allocation per block; constant-time in the message contents.</summary>
    internal sealed class Sha256 : MerkleDamgardHash
    {
        public const int Size = 32;

        // FIPS 180-4 section 4.2.2: first 32 bits of the fractional parts of the cube roots of the first 64 primes.
        private static readonly uint[] K =
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        private readonly uint[] _h = new uint[8];
        private readonly uint[] _w = new uint[64];

        public Sha256()
        {
            Reset();
        }

        public override int HashSize { get { return Size; } }

        public override int StateWords { get { return 8; } }

        /// <summary>One-shot SHA-256 of the whole array.</summary>
        public static byte[] Hash(byte[] data)
        {
            return Hash(data, 0, data == null ? 0 : data.Length);
        }

        public static byte[] Hash(byte[] data, int offset, int count)
        {
            Sha256 h = new Sha256();
            h.Update(data, offset, count);
            byte[] r = new byte[Size];
            h.Final(r, 0);
            return r;
        }

        protected override void InitState()
        {
            // FIPS 180-4 section 5.3.3.
            _h[0] = 0x6a09e667; _h[1] = 0xbb67ae85; _h[2] = 0x3c6ef372; _h[3] = 0xa54ff53a;
            _h[4] = 0x510e527f; _h[5] = 0x9b05688c; _h[6] = 0x1f83d9ab; _h[7] = 0x5be0cd19;
            if (_w != null) System.Array.Clear(_w, 0, 64);
        }

        protected override void Compress(byte[] block, int offset)
        {
            CompressBlocks(block, offset, 1);
        }

        /// <summary>On firmware with the native backend (<see cref="NativeArithmetic"/>) the blocks go to
        /// mn_sha256_blocks in one call, otherwise to the managed rounds below. A refusal by the backend (its length
        /// checks: never for the ranges this class passes) throws: the C zeroes the state it refuses, so going on in
        /// managed code would give a wrong digest.</summary>
        protected override void CompressBlocks(byte[] data, int offset, int blocks)
        {
            INativeKernels n = NativeArithmetic.Kernels;
            if (n != null)
            {
                int status = n.Sha256Blocks(_h, data, offset, blocks);
                if (status != 0) throw new InvalidEncodingException("SHA-256: the native backend refused " + blocks + " blocks at " + offset + " (status " + status + ")");
                return;
            }
            for (int i = 0; i < blocks; i++, offset += 64) CompressManaged(data, offset);
        }

        // FIPS 180-4 section 6.2.2
        private void CompressManaged(byte[] block, int offset)
        {
            uint[] w = _w;
            for (int t = 0; t < 16; t++, offset += 4)
                w[t] = ((uint)block[offset] << 24) | ((uint)block[offset + 1] << 16) | ((uint)block[offset + 2] << 8) | block[offset + 3];
            for (int t = 16; t < 64; t++)
            {
                uint x = w[t - 2], y = w[t - 15];
                uint s1 = ((x >> 17) | (x << 15)) ^ ((x >> 19) | (x << 13)) ^ (x >> 10);
                uint s0 = ((y >> 7) | (y << 25)) ^ ((y >> 18) | (y << 14)) ^ (y >> 3);
                w[t] = s1 + w[t - 7] + s0 + w[t - 16];
            }
            uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4], f = _h[5], g = _h[6], h = _h[7];
            for (int t = 0; t < 64; t++)
            {
                uint t1 = h + (((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7)))
                        + ((e & f) ^ (~e & g)) + K[t] + w[t];
                uint t2 = (((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10)))
                        + ((a & b) ^ (a & c) ^ (b & c));
                h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
            }
            _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d; _h[4] += e; _h[5] += f; _h[6] += g; _h[7] += h;
        }

        protected override void WriteDigest(byte[] output, int offset)
        {
            for (int i = 0; i < 8; i++) BigEndian.WriteUInt32(output, offset + 4 * i, _h[i]);
        }

        protected override void CopyStateTo(uint[] state)
        {
            System.Array.Copy(_h, state, 8);
        }

        protected override void CopyStateFrom(uint[] state)
        {
            System.Array.Copy(state, _h, 8);
        }
    }
}
