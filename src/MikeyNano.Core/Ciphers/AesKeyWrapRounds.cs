using MikeyNano.Bytes;

namespace MikeyNano.Ciphers
{
    /// <summary>
    /// The wrapping process W and its inverse (RFC 3394 section 2.2.1 and 2.2.2, index-based form), in place on a
    /// buffer A || R[1] || ... || R[n] of 8 (n + 1) octets. The caller sets A (the RFC 3394 IV or the RFC 5649 AIV) and
    /// checks it after unwrapping; that check is the only integrity protection.
    /// </summary>
    internal static class AesKeyWrapRounds
    {
        /// <summary>For j = 0..5, i = 1..n: B = AES(K, A | R[i]); A = MSB64(B) ^ t with t = n j + i; R[i] = LSB64(B).
        /// <paramref name="block"/> is a 16-octet scratch that the caller wipes.</summary>
        public static void Wrap(Aes aes, byte[] buffer, byte[] block)
        {
            int n = buffer.Length / 8 - 1;
            for (int j = 0; j <= 5; j++)
            {
                for (int i = 1; i <= n; i++)
                {
                    System.Array.Copy(buffer, 0, block, 0, 8);
                    System.Array.Copy(buffer, 8 * i, block, 8, 8);
                    aes.EncryptBlock(block, 0, block, 0);
                    XorStep(block, (uint)(n * j + i));
                    System.Array.Copy(block, 0, buffer, 0, 8);
                    System.Array.Copy(block, 8, buffer, 8 * i, 8);
                }
            }
        }

        /// <summary>For j = 5..0, i = n..1: B = AES-1(K, (A ^ t) | R[i]) with t = n j + i; A = MSB64(B);
        /// R[i] = LSB64(B). Leaves the recovered A in the first 8 octets.</summary>
        public static void Unwrap(Aes aes, byte[] buffer, byte[] block)
        {
            int n = buffer.Length / 8 - 1;
            for (int j = 5; j >= 0; j--)
            {
                for (int i = n; i >= 1; i--)
                {
                    System.Array.Copy(buffer, 0, block, 0, 8);
                    XorStep(block, (uint)(n * j + i));
                    System.Array.Copy(buffer, 8 * i, block, 8, 8);
                    aes.DecryptBlock(block, 0, block, 0);
                    System.Array.Copy(block, 0, buffer, 0, 8);
                    System.Array.Copy(block, 8, buffer, 8 * i, 8);
                }
            }
        }

        /// <summary>A ^= t, t the step counter as a 64-bit big-endian integer (RFC 3394 section 2.2.1). A padded
        /// plaintext has at most 2^32 - 1 octets (RFC 5649's MLI), so t = 6 n fits in 32 bits.</summary>
        private static void XorStep(byte[] block, uint t)
        {
            block[4] ^= (byte)(t >> 24);
            block[5] ^= (byte)(t >> 16);
            block[6] ^= (byte)(t >> 8);
            block[7] ^= (byte)t;
        }
    }
}
