namespace MikeyNano.Ciphers
{
    /// <summary>A 128-bit block cipher's forward direction: all that counter mode and GCM need. The seam where a
    /// hardware AES engine (the ESP32 has one) can replace the software <see cref="Aes"/>.</summary>
    internal interface IBlockCipher
    {
        /// <summary>Block length in octets (16).</summary>
        int BlockSize { get; }

        /// <summary>Encrypts one block; <paramref name="output"/> may be the same range as <paramref name="input"/>.</summary>
        void EncryptBlock(byte[] input, int inOffset, byte[] output, int outOffset);
    }
}
