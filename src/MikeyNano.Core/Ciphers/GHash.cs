using MikeyNano.Bytes;

namespace MikeyNano.Ciphers
{
    /// <summary>
    /// GHASH (SP 800-38D section 6.4) with a constant-time GF(2^128) multiply: Y = (Y XOR X_i) * H for each block.
    /// The multiply follows Algorithm 1 of section 6.3 with its V sequence precomputed once per key (V_i = H * x^i in
    /// GCM's reflected bit order, 128 x 16 octets = 2 KiB): Z = XOR of V_i masked by bit i of Y. Every V_i is read for
    /// every block and selected by an all-ones/zero mask, so no branch or index depends on H, Y or the data.
    /// No allocation after construction. Not thread-safe.
    /// </summary>
    internal sealed class GHash
    {
        private readonly uint[] _v = new uint[512]; // V_i as four big-endian words, i = 0..127
        private readonly uint[] _y = new uint[4];
        private readonly byte[] _pad = new byte[16];

        /// <summary><paramref name="h"/> is the hash subkey E(K, 0^128) (16 octets at <paramref name="offset"/>).</summary>
        public GHash(byte[] h, int offset)
        {
            uint v0 = BigEndian.ReadUInt32(h, offset), v1 = BigEndian.ReadUInt32(h, offset + 4);
            uint v2 = BigEndian.ReadUInt32(h, offset + 8), v3 = BigEndian.ReadUInt32(h, offset + 12);
            for (int i = 0; i < 128; i++)
            {
                _v[4 * i] = v0; _v[4 * i + 1] = v1; _v[4 * i + 2] = v2; _v[4 * i + 3] = v3;
                // V = rightshift(V), XOR R = 11100001 || 0^120 when the bit shifted out was 1 (branch-free).
                uint mask = 0u - (v3 & 1);
                v3 = (v3 >> 1) | (v2 << 31);
                v2 = (v2 >> 1) | (v1 << 31);
                v1 = (v1 >> 1) | (v0 << 31);
                v0 = (v0 >> 1) ^ (0xE1000000u & mask);
            }
        }

        public void Reset()
        {
            _y[0] = 0; _y[1] = 0; _y[2] = 0; _y[3] = 0;
        }

        /// <summary>Absorbs <paramref name="count"/> octets, the last partial block zero-padded (as GCM pads A and C).</summary>
        public void Update(byte[] data, int offset, int count)
        {
            while (count >= 16)
            {
                AbsorbBlock(data, offset);
                offset += 16;
                count -= 16;
            }
            if (count > 0)
            {
                System.Array.Clear(_pad, 0, 16);
                System.Array.Copy(data, offset, _pad, 0, count);
                AbsorbBlock(_pad, 0);
                System.Array.Clear(_pad, 0, 16);
            }
        }

        /// <summary>Absorbs the final length block [len(A)]_64 || [len(C)]_64 (lengths in bits). The octet counts are
        /// non-negative (checked by the caller) and widened as unsigned, which nanoCLR does alike whatever tag the
        /// caller's int carries (it sign-extends a value tagged signed only: docs/subset-gate.md).</summary>
        public void UpdateLengths(int aadOctets, int dataOctets)
        {
            BigEndian.WriteUInt64(_pad, 0, (ulong)(uint)aadOctets << 3);
            BigEndian.WriteUInt64(_pad, 8, (ulong)(uint)dataOctets << 3);
            AbsorbBlock(_pad, 0);
        }

        /// <summary>Writes Y (16 octets).</summary>
        public void Final(byte[] output, int offset)
        {
            for (int i = 0; i < 4; i++) BigEndian.WriteUInt32(output, offset + 4 * i, _y[i]);
        }

        /// <summary>Zeroizes H's multiples and the scratch; the object is unusable afterwards.</summary>
        public void Wipe()
        {
            Secrets.Wipe(_v);
            WipeScratch();
        }

        /// <summary>Zeroizes the running value Y and the padding block (the key stays).</summary>
        public void WipeScratch()
        {
            Secrets.Wipe(_y);
            Secrets.Wipe(_pad);
        }

        private void AbsorbBlock(byte[] data, int offset)
        {
            uint[] v = _v;
            uint x0 = _y[0] ^ Word(data, offset), x1 = _y[1] ^ Word(data, offset + 4);
            uint x2 = _y[2] ^ Word(data, offset + 8), x3 = _y[3] ^ Word(data, offset + 12);
            uint z0 = 0, z1 = 0, z2 = 0, z3 = 0;
            // Bit i of X (i = 0 is the most significant bit of octet 0) selects V_i; words one after another.
            for (int w = 0; w < 4; w++)
            {
                uint x = x0;
                x0 = x1; x1 = x2; x2 = x3;
                int k = 128 * w;
                for (int b = 31; b >= 0; b--, k += 4)
                {
                    uint m = 0u - ((x >> b) & 1);
                    z0 ^= v[k] & m;
                    z1 ^= v[k + 1] & m;
                    z2 ^= v[k + 2] & m;
                    z3 ^= v[k + 3] & m;
                }
            }
            _y[0] = z0; _y[1] = z1; _y[2] = z2; _y[3] = z3;
        }

        private static uint Word(byte[] b, int o)
        {
            return ((uint)b[o] << 24) | ((uint)b[o + 1] << 16) | ((uint)b[o + 2] << 8) | b[o + 3];
        }
    }
}
