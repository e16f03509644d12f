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
    internal static class AesBitsliced
    {
        /// <summary>Scratch words <see cref="SubBytes"/> needs after the eight state planes (at offset 0).</summary>
        public const int ScratchWords = 48;

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

        /// <summary>FIPS 197 section 5.1.1 on every byte of s[0..8); uses s[8..56) as scratch.</summary>
        public static void SubBytes(uint[] s)
        {
            const int X = 0, X2 = 8, X3 = 16, X12 = 24, X15 = 32, T = 40;
            Pow2(s, X2, X);          // x^2
            Mul(s, X3, X2, X);       // x^3
            Pow4(s, X12, X3);        // x^12
            Mul(s, X15, X12, X3);    // x^15
            Pow16(s, T, X15);        // x^240
            Mul(s, T, T, X12);       // x^252
            Mul(s, T, T, X2);        // x^254 = x^-1 (0 for x = 0)
            // Affine map: b'_i = b_i ^ b_(i+4) ^ b_(i+5) ^ b_(i+6) ^ b_(i+7) ^ c_i, c = 0x63 (bits 0, 1, 5, 6).
            uint a0 = s[T], a1 = s[T + 1], a2 = s[T + 2], a3 = s[T + 3], a4 = s[T + 4], a5 = s[T + 5], a6 = s[T + 6], a7 = s[T + 7];
            s[0] = ~(a0 ^ a4 ^ a5 ^ a6 ^ a7);
            s[1] = ~(a1 ^ a5 ^ a6 ^ a7 ^ a0);
            s[2] = a2 ^ a6 ^ a7 ^ a0 ^ a1;
            s[3] = a3 ^ a7 ^ a0 ^ a1 ^ a2;
            s[4] = a4 ^ a0 ^ a1 ^ a2 ^ a3;
            s[5] = ~(a5 ^ a1 ^ a2 ^ a3 ^ a4);
            s[6] = ~(a6 ^ a2 ^ a3 ^ a4 ^ a5);
            s[7] = a7 ^ a3 ^ a4 ^ a5 ^ a6;
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

        /// <summary>s[r..r+8) = s[a..a+8) * s[b..b+8) in GF(2^8), bitsliced: schoolbook product then reduction by x^8+x^4+x^3+x+1 (generated).</summary>
        private static void Mul(uint[] s, int r, int a, int b)
        {
            uint a0 = s[a + 0], a1 = s[a + 1], a2 = s[a + 2], a3 = s[a + 3], a4 = s[a + 4], a5 = s[a + 5], a6 = s[a + 6], a7 = s[a + 7];
            uint b0 = s[b + 0], b1 = s[b + 1], b2 = s[b + 2], b3 = s[b + 3], b4 = s[b + 4], b5 = s[b + 5], b6 = s[b + 6], b7 = s[b + 7];
            uint c0 = (a0 & b0);
            uint c1 = (a0 & b1) ^ (a1 & b0);
            uint c2 = (a0 & b2) ^ (a1 & b1) ^ (a2 & b0);
            uint c3 = (a0 & b3) ^ (a1 & b2) ^ (a2 & b1) ^ (a3 & b0);
            uint c4 = (a0 & b4) ^ (a1 & b3) ^ (a2 & b2) ^ (a3 & b1) ^ (a4 & b0);
            uint c5 = (a0 & b5) ^ (a1 & b4) ^ (a2 & b3) ^ (a3 & b2) ^ (a4 & b1) ^ (a5 & b0);
            uint c6 = (a0 & b6) ^ (a1 & b5) ^ (a2 & b4) ^ (a3 & b3) ^ (a4 & b2) ^ (a5 & b1) ^ (a6 & b0);
            uint c7 = (a0 & b7) ^ (a1 & b6) ^ (a2 & b5) ^ (a3 & b4) ^ (a4 & b3) ^ (a5 & b2) ^ (a6 & b1) ^ (a7 & b0);
            uint c8 = (a1 & b7) ^ (a2 & b6) ^ (a3 & b5) ^ (a4 & b4) ^ (a5 & b3) ^ (a6 & b2) ^ (a7 & b1);
            uint c9 = (a2 & b7) ^ (a3 & b6) ^ (a4 & b5) ^ (a5 & b4) ^ (a6 & b3) ^ (a7 & b2);
            uint c10 = (a3 & b7) ^ (a4 & b6) ^ (a5 & b5) ^ (a6 & b4) ^ (a7 & b3);
            uint c11 = (a4 & b7) ^ (a5 & b6) ^ (a6 & b5) ^ (a7 & b4);
            uint c12 = (a5 & b7) ^ (a6 & b6) ^ (a7 & b5);
            uint c13 = (a6 & b7) ^ (a7 & b6);
            uint c14 = (a7 & b7);
            s[r + 0] = c0 ^ c8 ^ c12 ^ c13;
            s[r + 1] = c1 ^ c8 ^ c9 ^ c12 ^ c14;
            s[r + 2] = c2 ^ c9 ^ c10 ^ c13;
            s[r + 3] = c3 ^ c8 ^ c10 ^ c11 ^ c12 ^ c13 ^ c14;
            s[r + 4] = c4 ^ c8 ^ c9 ^ c11 ^ c14;
            s[r + 5] = c5 ^ c9 ^ c10 ^ c12;
            s[r + 6] = c6 ^ c10 ^ c11 ^ c13;
            s[r + 7] = c7 ^ c11 ^ c12 ^ c14;
        }

        /// <summary>s[r..r+8) = s[a..a+8)^2: a GF(2)-linear map (Frobenius), bitsliced (generated).</summary>
        private static void Pow2(uint[] s, int r, int a)
        {
            uint a0 = s[a + 0], a1 = s[a + 1], a2 = s[a + 2], a3 = s[a + 3], a4 = s[a + 4], a5 = s[a + 5], a6 = s[a + 6], a7 = s[a + 7];
            s[r + 0] = a0 ^ a4 ^ a6;
            s[r + 1] = a4 ^ a6 ^ a7;
            s[r + 2] = a1 ^ a5;
            s[r + 3] = a4 ^ a5 ^ a6 ^ a7;
            s[r + 4] = a2 ^ a4 ^ a7;
            s[r + 5] = a5 ^ a6;
            s[r + 6] = a3 ^ a5;
            s[r + 7] = a6 ^ a7;
        }

        /// <summary>s[r..r+8) = s[a..a+8)^4: a GF(2)-linear map (Frobenius), bitsliced (generated).</summary>
        private static void Pow4(uint[] s, int r, int a)
        {
            uint a0 = s[a + 0], a1 = s[a + 1], a2 = s[a + 2], a3 = s[a + 3], a4 = s[a + 4], a5 = s[a + 5], a6 = s[a + 6], a7 = s[a + 7];
            s[r + 0] = a0 ^ a2 ^ a3 ^ a5 ^ a6 ^ a7;
            s[r + 1] = a2 ^ a3 ^ a4 ^ a5 ^ a6;
            s[r + 2] = a4 ^ a5 ^ a7;
            s[r + 3] = a2 ^ a3 ^ a4;
            s[r + 4] = a1 ^ a2 ^ a4 ^ a5 ^ a6;
            s[r + 5] = a3 ^ a6;
            s[r + 6] = a4 ^ a7;
            s[r + 7] = a3 ^ a5 ^ a6 ^ a7;
        }

        /// <summary>s[r..r+8) = s[a..a+8)^16: a GF(2)-linear map (Frobenius), bitsliced (generated).</summary>
        private static void Pow16(uint[] s, int r, int a)
        {
            uint a0 = s[a + 0], a1 = s[a + 1], a2 = s[a + 2], a3 = s[a + 3], a4 = s[a + 4], a5 = s[a + 5], a6 = s[a + 6], a7 = s[a + 7];
            s[r + 0] = a0 ^ a4 ^ a5 ^ a6;
            s[r + 1] = a1;
            s[r + 2] = a1 ^ a2 ^ a4 ^ a6 ^ a7;
            s[r + 3] = a1 ^ a3 ^ a4 ^ a6 ^ a7;
            s[r + 4] = a1 ^ a5 ^ a6;
            s[r + 5] = a2 ^ a3 ^ a7;
            s[r + 6] = a1 ^ a2 ^ a3 ^ a4 ^ a7;
            s[r + 7] = a2 ^ a3 ^ a5;
        }
    }
}
