namespace MikeyNano.Ciphers
{
    /// <summary>
    /// Constant-time AES round functions on a bitsliced state (FIPS 197 section 5.1). The state of up to two blocks is
    /// held as eight 32-bit bit planes: plane i holds bit i of every state byte; byte b (FIPS 197 input order, row b mod 4,
    /// column b / 4) of block L sits at bit 16 L + b. Every operation is a fixed sequence of AND, XOR and shifts: no
    /// table lookup, no branch and no array index depends on key or data, so timing and cache behaviour reveal nothing.
    /// <para>The S-box is computed, not looked up: SubBytes(x) = Affine(x^254) (FIPS 197 section 5.1.1), with x^254 the
    /// GF(2^8) inverse (0 maps to 0) from the addition chain x^2, x^3, x^12, x^15, x^240, x^252, x^254: four bitsliced
    /// multiplications (64 AND, ~70 XOR each) and three Frobenius maps (linear, a few XOR). About 5 times the gates of
    /// the best published S-box circuits, but derivable and checkable from the field definition alone.</para>
    /// </summary>
    internal static partial class AesBitsliced
    {
        /// <summary>Scratch words after the eight state planes (none: SubBytes works on locals).</summary>
        public const int ScratchWords = 0;

        /// <summary>Puts 16-octet block <paramref name="lane"/> (0 or 1) into the planes s[0..8) (which must be zero there).</summary>
        public static void Load(uint[] s, byte[] input, int offset, int lane)
        {
            int shift = 16 * lane;
            for (int b = 0; b < 16; b++)
            {
                uint x = input[offset + b];
                int p = shift + b;
                s[0] |= (x & 1) << p;
                s[1] |= ((x >> 1) & 1) << p;
                s[2] |= ((x >> 2) & 1) << p;
                s[3] |= ((x >> 3) & 1) << p;
                s[4] |= ((x >> 4) & 1) << p;
                s[5] |= ((x >> 5) & 1) << p;
                s[6] |= ((x >> 6) & 1) << p;
                s[7] |= ((x >> 7) & 1) << p;
            }
        }

        /// <summary>Writes block <paramref name="lane"/> of the planes s[0..8) as 16 octets.</summary>
        public static void Store(uint[] s, byte[] output, int offset, int lane)
        {
            int shift = 16 * lane;
            uint q0 = s[0] >> shift, q1 = s[1] >> shift, q2 = s[2] >> shift, q3 = s[3] >> shift;
            uint q4 = s[4] >> shift, q5 = s[5] >> shift, q6 = s[6] >> shift, q7 = s[7] >> shift;
            for (int b = 0; b < 16; b++)
            {
                output[offset + b] = (byte)(((q0 >> b) & 1) | (((q1 >> b) & 1) << 1) | (((q2 >> b) & 1) << 2)
                    | (((q3 >> b) & 1) << 3) | (((q4 >> b) & 1) << 4) | (((q5 >> b) & 1) << 5)
                    | (((q6 >> b) & 1) << 6) | (((q7 >> b) & 1) << 7));
            }
        }

        /// <summary>Encrypts the planes s[0..8) with the bitsliced round keys (8 words per round, both lanes filled).</summary>
        public static void Encrypt(uint[] s, uint[] roundKeys, int rounds)
        {
            AddRoundKey(s, roundKeys, 0);
            for (int round = 1; round < rounds; round++)
            {
                SubBytes(s);
                ShiftRows(s);
                MixColumns(s);
                AddRoundKey(s, roundKeys, 8 * round);
            }
            SubBytes(s);
            ShiftRows(s);
            AddRoundKey(s, roundKeys, 8 * rounds);
        }

        private static void AddRoundKey(uint[] s, uint[] rk, int offset)
        {
            for (int i = 0; i < 8; i++) s[i] ^= rk[offset + i];
        }

        /// <summary>FIPS 197 section 5.1.1 on every byte of s[0..8): x^254 by the chain x^2, x^3, x^12, x^15, x^240,
        /// x^252, x^254 (four bitsliced multiplications, three Frobenius maps), then the affine map. Straight-line code
        /// on locals, generated from the field definition (schoolbook product reduced by x^8+x^4+x^3+x+1).</summary>
        public static void SubBytes(uint[] s)
        {
            uint x0 = s[0], x1 = s[1], x2 = s[2], x3 = s[3], x4 = s[4], x5 = s[5], x6 = s[6], x7 = s[7];
            uint c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14;
            // p = x^2 (linear)
            uint p0 = x0 ^ x4 ^ x6;
            uint p1 = x4 ^ x6 ^ x7;
            uint p2 = x1 ^ x5;
            uint p3 = x4 ^ x5 ^ x6 ^ x7;
            uint p4 = x2 ^ x4 ^ x7;
            uint p5 = x5 ^ x6;
            uint p6 = x3 ^ x5;
            uint p7 = x6 ^ x7;
            // q = p * x
            c0 = (p0 & x0);
            c1 = (p0 & x1) ^ (p1 & x0);
            c2 = (p0 & x2) ^ (p1 & x1) ^ (p2 & x0);
            c3 = (p0 & x3) ^ (p1 & x2) ^ (p2 & x1) ^ (p3 & x0);
            c4 = (p0 & x4) ^ (p1 & x3) ^ (p2 & x2) ^ (p3 & x1) ^ (p4 & x0);
            c5 = (p0 & x5) ^ (p1 & x4) ^ (p2 & x3) ^ (p3 & x2) ^ (p4 & x1) ^ (p5 & x0);
            c6 = (p0 & x6) ^ (p1 & x5) ^ (p2 & x4) ^ (p3 & x3) ^ (p4 & x2) ^ (p5 & x1) ^ (p6 & x0);
            c7 = (p0 & x7) ^ (p1 & x6) ^ (p2 & x5) ^ (p3 & x4) ^ (p4 & x3) ^ (p5 & x2) ^ (p6 & x1) ^ (p7 & x0);
            c8 = (p1 & x7) ^ (p2 & x6) ^ (p3 & x5) ^ (p4 & x4) ^ (p5 & x3) ^ (p6 & x2) ^ (p7 & x1);
            c9 = (p2 & x7) ^ (p3 & x6) ^ (p4 & x5) ^ (p5 & x4) ^ (p6 & x3) ^ (p7 & x2);
            c10 = (p3 & x7) ^ (p4 & x6) ^ (p5 & x5) ^ (p6 & x4) ^ (p7 & x3);
            c11 = (p4 & x7) ^ (p5 & x6) ^ (p6 & x5) ^ (p7 & x4);
            c12 = (p5 & x7) ^ (p6 & x6) ^ (p7 & x5);
            c13 = (p6 & x7) ^ (p7 & x6);
            c14 = (p7 & x7);
            uint q0 = c0 ^ c8 ^ c12 ^ c13;
            uint q1 = c1 ^ c8 ^ c9 ^ c12 ^ c14;
            uint q2 = c2 ^ c9 ^ c10 ^ c13;
            uint q3 = c3 ^ c8 ^ c10 ^ c11 ^ c12 ^ c13 ^ c14;
            uint q4 = c4 ^ c8 ^ c9 ^ c11 ^ c14;
            uint q5 = c5 ^ c9 ^ c10 ^ c12;
            uint q6 = c6 ^ c10 ^ c11 ^ c13;
            uint q7 = c7 ^ c11 ^ c12 ^ c14;
            // u = q^4 (linear)
            uint u0 = q0 ^ q2 ^ q3 ^ q5 ^ q6 ^ q7;
            uint u1 = q2 ^ q3 ^ q4 ^ q5 ^ q6;
            uint u2 = q4 ^ q5 ^ q7;
            uint u3 = q2 ^ q3 ^ q4;
            uint u4 = q1 ^ q2 ^ q4 ^ q5 ^ q6;
            uint u5 = q3 ^ q6;
            uint u6 = q4 ^ q7;
            uint u7 = q3 ^ q5 ^ q6 ^ q7;
            // v = u * q
            c0 = (u0 & q0);
            c1 = (u0 & q1) ^ (u1 & q0);
            c2 = (u0 & q2) ^ (u1 & q1) ^ (u2 & q0);
            c3 = (u0 & q3) ^ (u1 & q2) ^ (u2 & q1) ^ (u3 & q0);
            c4 = (u0 & q4) ^ (u1 & q3) ^ (u2 & q2) ^ (u3 & q1) ^ (u4 & q0);
            c5 = (u0 & q5) ^ (u1 & q4) ^ (u2 & q3) ^ (u3 & q2) ^ (u4 & q1) ^ (u5 & q0);
            c6 = (u0 & q6) ^ (u1 & q5) ^ (u2 & q4) ^ (u3 & q3) ^ (u4 & q2) ^ (u5 & q1) ^ (u6 & q0);
            c7 = (u0 & q7) ^ (u1 & q6) ^ (u2 & q5) ^ (u3 & q4) ^ (u4 & q3) ^ (u5 & q2) ^ (u6 & q1) ^ (u7 & q0);
            c8 = (u1 & q7) ^ (u2 & q6) ^ (u3 & q5) ^ (u4 & q4) ^ (u5 & q3) ^ (u6 & q2) ^ (u7 & q1);
            c9 = (u2 & q7) ^ (u3 & q6) ^ (u4 & q5) ^ (u5 & q4) ^ (u6 & q3) ^ (u7 & q2);
            c10 = (u3 & q7) ^ (u4 & q6) ^ (u5 & q5) ^ (u6 & q4) ^ (u7 & q3);
            c11 = (u4 & q7) ^ (u5 & q6) ^ (u6 & q5) ^ (u7 & q4);
            c12 = (u5 & q7) ^ (u6 & q6) ^ (u7 & q5);
            c13 = (u6 & q7) ^ (u7 & q6);
            c14 = (u7 & q7);
            uint v0 = c0 ^ c8 ^ c12 ^ c13;
            uint v1 = c1 ^ c8 ^ c9 ^ c12 ^ c14;
            uint v2 = c2 ^ c9 ^ c10 ^ c13;
            uint v3 = c3 ^ c8 ^ c10 ^ c11 ^ c12 ^ c13 ^ c14;
            uint v4 = c4 ^ c8 ^ c9 ^ c11 ^ c14;
            uint v5 = c5 ^ c9 ^ c10 ^ c12;
            uint v6 = c6 ^ c10 ^ c11 ^ c13;
            uint v7 = c7 ^ c11 ^ c12 ^ c14;
            // w = v^16 (linear)
            uint w0 = v0 ^ v4 ^ v5 ^ v6;
            uint w1 = v1;
            uint w2 = v1 ^ v2 ^ v4 ^ v6 ^ v7;
            uint w3 = v1 ^ v3 ^ v4 ^ v6 ^ v7;
            uint w4 = v1 ^ v5 ^ v6;
            uint w5 = v2 ^ v3 ^ v7;
            uint w6 = v1 ^ v2 ^ v3 ^ v4 ^ v7;
            uint w7 = v2 ^ v3 ^ v5;
            // y = w * u
            c0 = (w0 & u0);
            c1 = (w0 & u1) ^ (w1 & u0);
            c2 = (w0 & u2) ^ (w1 & u1) ^ (w2 & u0);
            c3 = (w0 & u3) ^ (w1 & u2) ^ (w2 & u1) ^ (w3 & u0);
            c4 = (w0 & u4) ^ (w1 & u3) ^ (w2 & u2) ^ (w3 & u1) ^ (w4 & u0);
            c5 = (w0 & u5) ^ (w1 & u4) ^ (w2 & u3) ^ (w3 & u2) ^ (w4 & u1) ^ (w5 & u0);
            c6 = (w0 & u6) ^ (w1 & u5) ^ (w2 & u4) ^ (w3 & u3) ^ (w4 & u2) ^ (w5 & u1) ^ (w6 & u0);
            c7 = (w0 & u7) ^ (w1 & u6) ^ (w2 & u5) ^ (w3 & u4) ^ (w4 & u3) ^ (w5 & u2) ^ (w6 & u1) ^ (w7 & u0);
            c8 = (w1 & u7) ^ (w2 & u6) ^ (w3 & u5) ^ (w4 & u4) ^ (w5 & u3) ^ (w6 & u2) ^ (w7 & u1);
            c9 = (w2 & u7) ^ (w3 & u6) ^ (w4 & u5) ^ (w5 & u4) ^ (w6 & u3) ^ (w7 & u2);
            c10 = (w3 & u7) ^ (w4 & u6) ^ (w5 & u5) ^ (w6 & u4) ^ (w7 & u3);
            c11 = (w4 & u7) ^ (w5 & u6) ^ (w6 & u5) ^ (w7 & u4);
            c12 = (w5 & u7) ^ (w6 & u6) ^ (w7 & u5);
            c13 = (w6 & u7) ^ (w7 & u6);
            c14 = (w7 & u7);
            uint y0 = c0 ^ c8 ^ c12 ^ c13;
            uint y1 = c1 ^ c8 ^ c9 ^ c12 ^ c14;
            uint y2 = c2 ^ c9 ^ c10 ^ c13;
            uint y3 = c3 ^ c8 ^ c10 ^ c11 ^ c12 ^ c13 ^ c14;
            uint y4 = c4 ^ c8 ^ c9 ^ c11 ^ c14;
            uint y5 = c5 ^ c9 ^ c10 ^ c12;
            uint y6 = c6 ^ c10 ^ c11 ^ c13;
            uint y7 = c7 ^ c11 ^ c12 ^ c14;
            // z = y * p
            c0 = (y0 & p0);
            c1 = (y0 & p1) ^ (y1 & p0);
            c2 = (y0 & p2) ^ (y1 & p1) ^ (y2 & p0);
            c3 = (y0 & p3) ^ (y1 & p2) ^ (y2 & p1) ^ (y3 & p0);
            c4 = (y0 & p4) ^ (y1 & p3) ^ (y2 & p2) ^ (y3 & p1) ^ (y4 & p0);
            c5 = (y0 & p5) ^ (y1 & p4) ^ (y2 & p3) ^ (y3 & p2) ^ (y4 & p1) ^ (y5 & p0);
            c6 = (y0 & p6) ^ (y1 & p5) ^ (y2 & p4) ^ (y3 & p3) ^ (y4 & p2) ^ (y5 & p1) ^ (y6 & p0);
            c7 = (y0 & p7) ^ (y1 & p6) ^ (y2 & p5) ^ (y3 & p4) ^ (y4 & p3) ^ (y5 & p2) ^ (y6 & p1) ^ (y7 & p0);
            c8 = (y1 & p7) ^ (y2 & p6) ^ (y3 & p5) ^ (y4 & p4) ^ (y5 & p3) ^ (y6 & p2) ^ (y7 & p1);
            c9 = (y2 & p7) ^ (y3 & p6) ^ (y4 & p5) ^ (y5 & p4) ^ (y6 & p3) ^ (y7 & p2);
            c10 = (y3 & p7) ^ (y4 & p6) ^ (y5 & p5) ^ (y6 & p4) ^ (y7 & p3);
            c11 = (y4 & p7) ^ (y5 & p6) ^ (y6 & p5) ^ (y7 & p4);
            c12 = (y5 & p7) ^ (y6 & p6) ^ (y7 & p5);
            c13 = (y6 & p7) ^ (y7 & p6);
            c14 = (y7 & p7);
            uint z0 = c0 ^ c8 ^ c12 ^ c13;
            uint z1 = c1 ^ c8 ^ c9 ^ c12 ^ c14;
            uint z2 = c2 ^ c9 ^ c10 ^ c13;
            uint z3 = c3 ^ c8 ^ c10 ^ c11 ^ c12 ^ c13 ^ c14;
            uint z4 = c4 ^ c8 ^ c9 ^ c11 ^ c14;
            uint z5 = c5 ^ c9 ^ c10 ^ c12;
            uint z6 = c6 ^ c10 ^ c11 ^ c13;
            uint z7 = c7 ^ c11 ^ c12 ^ c14;
            // Affine map (FIPS 197 5.1.1): b'_i = b_i ^ b_(i+4) ^ b_(i+5) ^ b_(i+6) ^ b_(i+7) ^ c_i, c = 0x63 (bits 0, 1, 5, 6).
            s[0] = ~(z0 ^ z4 ^ z5 ^ z6 ^ z7);
            s[1] = ~(z1 ^ z5 ^ z6 ^ z7 ^ z0);
            s[2] = z2 ^ z6 ^ z7 ^ z0 ^ z1;
            s[3] = z3 ^ z7 ^ z0 ^ z1 ^ z2;
            s[4] = z4 ^ z0 ^ z1 ^ z2 ^ z3;
            s[5] = ~(z5 ^ z1 ^ z2 ^ z3 ^ z4);
            s[6] = ~(z6 ^ z2 ^ z3 ^ z4 ^ z5);
            s[7] = z7 ^ z3 ^ z4 ^ z5 ^ z6;
        }

        /// <summary>FIPS 197 section 5.1.2: row r rotates left by r columns. Byte (row r, column c) is bit 4c + r of a
        /// lane, so row r moves right by 4r bits, wrapping within each 16-bit lane.</summary>
        private static void ShiftRows(uint[] s)
        {
            for (int i = 0; i < 8; i++)
            {
                uint p = s[i];
                s[i] = (p & 0x11111111)
                     | ((p >> 4) & 0x02220222) | ((p << 12) & 0x20002000)
                     | ((p >> 8) & 0x00440044) | ((p << 8) & 0x44004400)
                     | ((p >> 12) & 0x00080008) | ((p << 4) & 0x88808880);
            }
        }

        /// <summary>FIPS 197 section 5.1.3: out_r = 2 (a_r ^ a_(r+1)) ^ a_(r+1) ^ a_(r+2) ^ a_(r+3) per column, where
        /// a_(r+k) is the plane rotated by k rows inside each column (4-bit group).</summary>
        private static void MixColumns(uint[] s)
        {
            uint q0 = s[0], q1 = s[1], q2 = s[2], q3 = s[3], q4 = s[4], q5 = s[5], q6 = s[6], q7 = s[7];
            uint u0 = Rot1(q0), u1 = Rot1(q1), u2 = Rot1(q2), u3 = Rot1(q3), u4 = Rot1(q4), u5 = Rot1(q5), u6 = Rot1(q6), u7 = Rot1(q7);
            // t_i = a_r ^ a_(r+1); doubling in GF(2^8) shifts up one plane and folds bit 7 back as 0x1b (bits 0, 1, 3, 4).
            uint t0 = q0 ^ u0, t1 = q1 ^ u1, t2 = q2 ^ u2, t3 = q3 ^ u3, t4 = q4 ^ u4, t5 = q5 ^ u5, t6 = q6 ^ u6, t7 = q7 ^ u7;
            s[0] = u0 ^ Rot2(q0) ^ Rot3(q0) ^ t7;
            s[1] = u1 ^ Rot2(q1) ^ Rot3(q1) ^ t0 ^ t7;
            s[2] = u2 ^ Rot2(q2) ^ Rot3(q2) ^ t1;
            s[3] = u3 ^ Rot2(q3) ^ Rot3(q3) ^ t2 ^ t7;
            s[4] = u4 ^ Rot2(q4) ^ Rot3(q4) ^ t3 ^ t7;
            s[5] = u5 ^ Rot2(q5) ^ Rot3(q5) ^ t4;
            s[6] = u6 ^ Rot2(q6) ^ Rot3(q6) ^ t5;
            s[7] = u7 ^ Rot2(q7) ^ Rot3(q7) ^ t6;
        }

        /// <summary>Each bit at row r of a column takes the bit at row r + 1 (mod 4) of the same column.</summary>
        private static uint Rot1(uint p) { return ((p >> 1) & 0x77777777) | ((p << 3) & 0x88888888); }

        private static uint Rot2(uint p) { return ((p >> 2) & 0x33333333) | ((p << 2) & 0xCCCCCCCC); }

        private static uint Rot3(uint p) { return ((p >> 3) & 0x11111111) | ((p << 1) & 0xEEEEEEEE); }
    }
}
