using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Ciphers
{
    /// <summary>
    /// AES counter mode as RFC 3711 section 4.1.1 (SRTP AES-CM) and RFC 3830 use it: keystream block j = E(K, counter + j)
    /// with the counter a 128-bit big-endian integer (wrapping mod 2^128); output = input XOR keystream, truncated to
    /// <c>count</c> octets. Encryption and decryption are the same operation.
    /// </summary>
    internal static class CounterMode
    {
        /// <summary><paramref name="counter16"/> (16 octets) is not modified. <paramref name="output"/> may be the same
        /// range as <paramref name="input"/> (in place). Allocates nothing when <paramref name="cipher"/> is
        /// <see cref="Aes"/>; any other cipher gets a 32-octet scratch per call (use <see cref="CounterModeCipher"/> to
        /// avoid that).</summary>
        public static void Transform(IBlockCipher cipher, byte[] counter16, byte[] input, int inOffset,
                                     byte[] output, int outOffset, int count)
        {
            Check(cipher, counter16, input, inOffset, output, outOffset, count);
            Aes aes = cipher as Aes;
            if (aes != null)
            {
                aes.CounterXor(counter16, 0, 16, input, inOffset, output, outOffset, count);
                return;
            }
            byte[] scratch = new byte[32];
            Generic(cipher, counter16, 16, input, inOffset, output, outOffset, count, scratch);
        }

        internal static void Check(IBlockCipher cipher, byte[] counter16, byte[] input, int inOffset,
                                   byte[] output, int outOffset, int count)
        {
            if (cipher == null) throw new InvalidKeyException("cipher is null");
            if (cipher.BlockSize != 16) throw new UnsupportedAlgorithmException("counter mode needs a 16-octet block cipher");
            if (counter16 == null || counter16.Length != 16)
                throw new InvalidEncodingException("counter block must be 16 octets");
            Aes.CheckRange(input, inOffset, count);
            Aes.CheckRange(output, outOffset, count);
        }

        /// <summary>Counter mode over any block cipher with a caller-owned 32-octet scratch (counter, keystream).</summary>
        internal static void Generic(IBlockCipher cipher, byte[] counter16, int counterBytes, byte[] input, int inOffset,
                                     byte[] output, int outOffset, int count, byte[] scratch32)
        {
            System.Array.Copy(counter16, 0, scratch32, 0, 16);
            while (count > 0)
            {
                cipher.EncryptBlock(scratch32, 0, scratch32, 16);
                Aes.Increment(scratch32, counterBytes);
                int n = count < 16 ? count : 16;
                for (int i = 0; i < n; i++) output[outOffset + i] = (byte)(input[inOffset + i] ^ scratch32[16 + i]);
                inOffset += n;
                outOffset += n;
                count -= n;
            }
            Secrets.Wipe(scratch32);
        }
    }
}
