using MikeyNano.Bytes;

namespace MikeyNano.Hashing
{
    /// <summary>SHA-1 (FIPS 180-4 sections 4.1.1, 5.3.1, 6.1), for MIKEY PRF func 0 (RFC 3830 MIKEY-1) and HMAC-SHA-1
    /// (SRTP authentication, RFC 3711). Not for new signatures. No allocation per block; constant-time in the data.</summary>
    internal sealed class Sha1 : MerkleDamgardHash
    {
        public const int Size = 20;

        private readonly uint[] _h = new uint[5];
        private readonly uint[] _w = new uint[80];

        public Sha1()
        {
            Reset();
        }

        public override int HashSize { get { return Size; } }

        public override int StateWords { get { return 5; } }

        /// <summary>One-shot SHA-1 of the whole array.</summary>
        public static byte[] Hash(byte[] data)
        {
            return Hash(data, 0, data == null ? 0 : data.Length);
        }

        public static byte[] Hash(byte[] data, int offset, int count)
        {
            Sha1 h = new Sha1();
            h.Update(data, offset, count);
            byte[] r = new byte[Size];
            h.Final(r, 0);
            return r;
        }

        protected override void InitState()
        {
            // FIPS 180-4 section 5.3.1.
            _h[0] = 0x67452301; _h[1] = 0xefcdab89; _h[2] = 0x98badcfe; _h[3] = 0x10325476; _h[4] = 0xc3d2e1f0;
            if (_w != null) System.Array.Clear(_w, 0, 80);
        }

        protected override void Compress(byte[] block, int offset)
        {
            uint[] w = _w;
            for (int t = 0; t < 16; t++, offset += 4)
                w[t] = ((uint)block[offset] << 24) | ((uint)block[offset + 1] << 16) | ((uint)block[offset + 2] << 8) | block[offset + 3];
            for (int t = 16; t < 80; t++)
            {
                uint x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
                w[t] = (x << 1) | (x >> 31);
            }
            uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4];
            int i = 0;
            for (; i < 20; i++) { uint tmp = ((a << 5) | (a >> 27)) + ((b & c) | (~b & d)) + e + 0x5a827999 + w[i]; e = d; d = c; c = (b << 30) | (b >> 2); b = a; a = tmp; }
            for (; i < 40; i++) { uint tmp = ((a << 5) | (a >> 27)) + (b ^ c ^ d) + e + 0x6ed9eba1 + w[i]; e = d; d = c; c = (b << 30) | (b >> 2); b = a; a = tmp; }
            for (; i < 60; i++) { uint tmp = ((a << 5) | (a >> 27)) + ((b & c) | (b & d) | (c & d)) + e + 0x8f1bbcdc + w[i]; e = d; d = c; c = (b << 30) | (b >> 2); b = a; a = tmp; }
            for (; i < 80; i++) { uint tmp = ((a << 5) | (a >> 27)) + (b ^ c ^ d) + e + 0xca62c1d6 + w[i]; e = d; d = c; c = (b << 30) | (b >> 2); b = a; a = tmp; }
            _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d; _h[4] += e;
        }

        protected override void WriteDigest(byte[] output, int offset)
        {
            for (int i = 0; i < 5; i++) BigEndian.WriteUInt32(output, offset + 4 * i, _h[i]);
        }

        protected override void CopyStateTo(uint[] state)
        {
            System.Array.Copy(_h, state, 5);
        }

        protected override void CopyStateFrom(uint[] state)
        {
            System.Array.Copy(state, _h, 5);
        }
    }
}
