namespace MikeyNano.Ciphers
{
    /// <summary>
    /// The AES inverse cipher (FIPS 197 section 5.3) on the same bitsliced state as the forward rounds, for what needs
    /// AES decryption: key unwrap (RFC 3394 section 2.2.2). Same constant-time rules: fixed AND/XOR/shift sequences,
    /// no table, no secret-dependent branch or index.
    /// <para>InvSubBytes reuses the forward S-box circuit: SubBytes = A o Inv (A the affine map), so
    /// InvSubBytes = Inv o A^-1 = A^-1 o SubBytes o A^-1. InvMixColumns is MixColumns after the circulant
    /// (05 00 04 00), because circ(02 03 01 01) x circ(05 00 04 00) = circ(0e 0b 0d 09) (The Design of Rijndael,
    /// section 4.1.3).</para>
    /// </summary>
    internal static partial class AesBitsliced
    {
        /// <summary>Decrypts the planes s[0..8) with the encryption round keys, used from the last to the first
        /// (FIPS 197 section 5.3, InvCipher).</summary>
        public static void Decrypt(uint[] s, uint[] roundKeys, int rounds)
        {
            AddRoundKey(s, roundKeys, 8 * rounds);
            for (int round = rounds - 1; round >= 1; round--)
            {
                InvShiftRows(s);
                InvSubBytes(s);
                AddRoundKey(s, roundKeys, 8 * round);
                InvMixColumns(s);
            }
            InvShiftRows(s);
            InvSubBytes(s);
            AddRoundKey(s, roundKeys, 0);
        }

        /// <summary>FIPS 197 section 5.3.2: A^-1 o SubBytes o A^-1 on every byte.</summary>
        private static void InvSubBytes(uint[] s)
        {
            InvAffine(s);
            SubBytes(s);
            InvAffine(s);
        }

        /// <summary>The inverse of the S-box's affine map (FIPS 197 section 5.3.2):
        /// b_i = b'_(i+2) ^ b'_(i+5) ^ b'_(i+7) ^ d_i, d = 0x05 (bits 0 and 2).</summary>
        private static void InvAffine(uint[] s)
        {
            uint x0 = s[0], x1 = s[1], x2 = s[2], x3 = s[3], x4 = s[4], x5 = s[5], x6 = s[6], x7 = s[7];
            s[0] = ~(x2 ^ x5 ^ x7);
            s[1] = x3 ^ x6 ^ x0;
            s[2] = ~(x4 ^ x7 ^ x1);
            s[3] = x5 ^ x0 ^ x2;
            s[4] = x6 ^ x1 ^ x3;
            s[5] = x7 ^ x2 ^ x4;
            s[6] = x0 ^ x3 ^ x5;
            s[7] = x1 ^ x4 ^ x6;
        }

        /// <summary>FIPS 197 section 5.3.1: row r rotates right by r columns, so its bits move left by 4r within each
        /// 16-bit lane (the reverse of <see cref="ShiftRows"/>).</summary>
        private static void InvShiftRows(uint[] s)
        {
            for (int i = 0; i < 8; i++)
            {
                uint p = s[i];
                s[i] = (p & 0x11111111)
                     | ((p << 4) & 0x22202220) | ((p >> 12) & 0x00020002)
                     | ((p << 8) & 0x44004400) | ((p >> 8) & 0x00440044)
                     | ((p << 12) & 0x80008000) | ((p >> 4) & 0x08880888);
            }
        }

        /// <summary>FIPS 197 section 5.3.3 as MixColumns after out_r = a_r ^ 4 (a_r ^ a_(r+2)): multiplying by 4 is
        /// two doublings, each shifting up one plane and folding bit 7 back as 0x1b.</summary>
        private static void InvMixColumns(uint[] s)
        {
            uint v0 = s[0] ^ Rot2(s[0]), v1 = s[1] ^ Rot2(s[1]), v2 = s[2] ^ Rot2(s[2]), v3 = s[3] ^ Rot2(s[3]);
            uint v4 = s[4] ^ Rot2(s[4]), v5 = s[5] ^ Rot2(s[5]), v6 = s[6] ^ Rot2(s[6]), v7 = s[7] ^ Rot2(s[7]);
            s[0] ^= v6;
            s[1] ^= v6 ^ v7;
            s[2] ^= v0 ^ v7;
            s[3] ^= v1 ^ v6;
            s[4] ^= v2 ^ v6 ^ v7;
            s[5] ^= v3 ^ v7;
            s[6] ^= v4;
            s[7] ^= v5;
            MixColumns(s);
        }
    }
}
