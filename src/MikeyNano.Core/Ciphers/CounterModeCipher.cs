using MikeyNano.Bytes;

namespace MikeyNano.Ciphers
{
    /// <summary>Counter mode (RFC 3711 section 4.1.1) bound to one block cipher, with its own scratch so that no call
    /// allocates whatever the cipher is (a hardware AES behind <see cref="IBlockCipher"/>, for example). Not thread-safe.</summary>
    internal sealed class CounterModeCipher
    {
        private readonly IBlockCipher _cipher;
        private readonly byte[] _scratch = new byte[32];

        public CounterModeCipher(IBlockCipher cipher)
        {
            _cipher = cipher;
        }

        /// <summary>Same contract as <see cref="CounterMode.Transform"/>.</summary>
        public void Transform(byte[] counter16, byte[] input, int inOffset, byte[] output, int outOffset, int count)
        {
            CounterMode.Check(_cipher, counter16, input, inOffset, output, outOffset, count);
            Aes aes = _cipher as Aes;
            if (aes != null) aes.CounterXor(counter16, 0, 16, input, inOffset, output, outOffset, count);
            else CounterMode.Generic(_cipher, counter16, 16, input, inOffset, output, outOffset, count, _scratch);
        }

        public void Wipe()
        {
            Secrets.Wipe(_scratch);
        }
    }
}
