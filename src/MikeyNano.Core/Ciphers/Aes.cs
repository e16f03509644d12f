using System;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Ciphers
{
    /// <summary>
    /// AES-128/192/256 encryption (FIPS 197), constant-time: the state is bitsliced and the S-box computed by
    /// GF(2^8) inversion in AND/XOR logic (see <see cref="AesBitsliced"/>), so no table is indexed by key or data.
    /// The key schedule runs once, in the constructor. Two blocks are encrypted for the price of one through
    /// <see cref="EncryptBlocks"/>, which counter mode and GCM use.
    /// <para>Speed (the price of constant time): a few microseconds per pair of blocks on the host (6 to 25 MB/s in counter mode on a loaded machine),
    /// tens of times slower than OpenSSL's AES-NI (docs/benchmarks.md). The S-box by field inversion costs about five
    /// times the gates of the best published circuits; that was chosen because it is derived and checked from the field
    /// definition alone. On the ESP32 the hardware AES engine should be plugged in through <see cref="IBlockCipher"/>.</para>
    /// <para>Not thread-safe: an instance owns its scratch state (that is what keeps it allocation-free).</para>
    /// </summary>
    internal sealed class Aes : IBlockCipher
    {
        private readonly int _rounds;
        private readonly uint[] _roundKeys;               // 8 bitsliced planes per round key, both lanes
        private readonly uint[] _s = new uint[8 + AesBitsliced.ScratchWords];
        private readonly byte[] _counters = new byte[32];  // two counter blocks (counter mode)
        private readonly byte[] _keystream = new byte[32];
        private readonly byte[] _counter = new byte[16];

        /// <summary>Expands a 16-, 24- or 32-octet key (FIPS 197 section 5.2); other lengths throw
        /// <see cref="InvalidKeyException"/>.</summary>
        public Aes(byte[] key)
        {
            if (key == null) throw new InvalidKeyException("AES key is null");
            int nk = key.Length / 4;
            if (key.Length != 16 && key.Length != 24 && key.Length != 32)
                throw new InvalidKeyException("AES key must be 16, 24 or 32 octets, got " + key.Length);
            _rounds = nk + 6;
            int words = 4 * (_rounds + 1);
            byte[] w = new byte[4 * words];
            byte[] temp = new byte[16];
            try
            {
                Array.Copy(key, 0, w, 0, key.Length);
                byte rcon = 1;
                for (int i = nk; i < words; i++)
                {
                    for (int j = 0; j < 4; j++) temp[j] = w[4 * (i - 1) + j];
                    if (i % nk == 0)
                    {
                        // RotWord, SubWord, XOR Rcon (public, the round number only).
                        byte t0 = temp[0];
                        temp[0] = temp[1]; temp[1] = temp[2]; temp[2] = temp[3]; temp[3] = t0;
                        SubWord(temp);
                        temp[0] ^= rcon;
                        rcon = (byte)((rcon << 1) ^ ((rcon >> 7) * 0x1b));
                    }
                    else if (nk > 6 && i % nk == 4)
                    {
                        SubWord(temp);
                    }
                    for (int j = 0; j < 4; j++) w[4 * i + j] = (byte)(w[4 * (i - nk) + j] ^ temp[j]);
                }
                _roundKeys = new uint[8 * (_rounds + 1)];
                for (int r = 0; r <= _rounds; r++)
                {
                    Array.Clear(_s, 0, 8);
                    AesBitsliced.Load(_s, w, 16 * r, 0);
                    for (int i = 0; i < 8; i++) _roundKeys[8 * r + i] = _s[i] | (_s[i] << 16);
                }
            }
            finally
            {
                Secrets.Wipe(w);
                Secrets.Wipe(temp);
                Secrets.Wipe(_s);
            }
        }

        public int BlockSize { get { return 16; } }

        /// <summary>Key length in octets (16, 24 or 32).</summary>
        public int KeySize { get { return 4 * (_rounds - 6); } }

        public void EncryptBlock(byte[] input, int inOffset, byte[] output, int outOffset)
        {
            OneBlock(input, inOffset, output, outOffset, false);
        }

        /// <summary>The inverse cipher on one block (FIPS 197 section 5.3), for key unwrap (RFC 3394 section 2.2.2);
        /// <paramref name="output"/> may be the same range as <paramref name="input"/>.</summary>
        public void DecryptBlock(byte[] input, int inOffset, byte[] output, int outOffset)
        {
            OneBlock(input, inOffset, output, outOffset, true);
        }

        /// <summary>One block through the forward or the inverse cipher, in lane 0 of the bitsliced state.</summary>
        private void OneBlock(byte[] input, int inOffset, byte[] output, int outOffset, bool inverse)
        {
            CheckRange(input, inOffset, 16);
            CheckRange(output, outOffset, 16);
            uint[] s = _s;
            Array.Clear(s, 0, 8);
            AesBitsliced.Load(s, input, inOffset, 0);
            if (inverse) AesBitsliced.Decrypt(s, _roundKeys, _rounds);
            else AesBitsliced.Encrypt(s, _roundKeys, _rounds);
            AesBitsliced.Store(s, output, outOffset, 0);
        }

        /// <summary>Encrypts <paramref name="blocks"/> consecutive blocks, two at a time.</summary>
        public void EncryptBlocks(byte[] input, int inOffset, byte[] output, int outOffset, int blocks)
        {
            if (blocks < 0) throw new InvalidEncodingException("negative block count");
            CheckRange(input, inOffset, 16 * blocks);
            CheckRange(output, outOffset, 16 * blocks);
            uint[] s = _s;
            for (int b = 0; b < blocks; b += 2)
            {
                Array.Clear(s, 0, 8);
                int o = 16 * b;
                AesBitsliced.Load(s, input, inOffset + o, 0);
                if (b + 1 < blocks) AesBitsliced.Load(s, input, inOffset + o + 16, 1);
                AesBitsliced.Encrypt(s, _roundKeys, _rounds);
                AesBitsliced.Store(s, output, outOffset + o, 0);
                if (b + 1 < blocks) AesBitsliced.Store(s, output, outOffset + o + 16, 1);
            }
        }

        /// <summary>output = input XOR keystream, keystream block j = E(counter + j), where the counter's last
        /// <paramref name="counterBytes"/> octets form a big-endian integer that wraps (16 for RFC 3711 AES-CM,
        /// 4 for GCM's inc32). Two blocks per AES pass; no allocation; output may be the same range as input.</summary>
        internal void CounterXor(byte[] counter16, int counterOffset, int counterBytes, byte[] input, int inOffset,
                                 byte[] output, int outOffset, int count)
        {
            byte[] ctr = _counter;
            Array.Copy(counter16, counterOffset, ctr, 0, 16);
            uint[] s = _s;
            byte[] ks = _keystream;
            while (count > 0)
            {
                Array.Copy(ctr, 0, _counters, 0, 16);
                Increment(ctr, counterBytes);
                Array.Copy(ctr, 0, _counters, 16, 16);
                Increment(ctr, counterBytes);
                Array.Clear(s, 0, 8);
                AesBitsliced.Load(s, _counters, 0, 0);
                AesBitsliced.Load(s, _counters, 16, 1);
                AesBitsliced.Encrypt(s, _roundKeys, _rounds);
                AesBitsliced.Store(s, ks, 0, 0);
                int n = count < 32 ? count : 32;
                if (n > 16) AesBitsliced.Store(s, ks, 16, 1);
                for (int i = 0; i < n; i++) output[outOffset + i] = (byte)(input[inOffset + i] ^ ks[i]);
                inOffset += n;
                outOffset += n;
                count -= n;
            }
            Secrets.Wipe(ks);
        }

        /// <summary>Adds one to the big-endian integer in the last <paramref name="bytes"/> octets of the block, modulo
        /// 2^(8 bytes), without a data-dependent branch.</summary>
        internal static void Increment(byte[] block16, int bytes)
        {
            uint carry = 1;
            for (int i = 15; i >= 16 - bytes; i--)
            {
                uint v = (uint)block16[i] + carry;
                block16[i] = (byte)v;
                carry = v >> 8;
            }
        }

        /// <summary>Zeroizes the round keys and scratch; the object is unusable afterwards.</summary>
        public void Wipe()
        {
            Secrets.Wipe(_roundKeys);
            WipeScratch();
        }

        /// <summary>Zeroizes the scratch: the last block's state (with the output it gives the last round key, hence
        /// the key), counters and keystream. The owner calls it when an operation ends; the key stays.</summary>
        public void WipeScratch()
        {
            Secrets.Wipe(_s);
            Secrets.Wipe(_counters);
            Secrets.Wipe(_keystream);
            Secrets.Wipe(_counter);
        }

        private void SubWord(byte[] temp16)
        {
            for (int j = 4; j < 16; j++) temp16[j] = 0;
            Array.Clear(_s, 0, 8);
            AesBitsliced.Load(_s, temp16, 0, 0);
            AesBitsliced.SubBytes(_s);
            AesBitsliced.Store(_s, temp16, 0, 0);
        }

        internal static void CheckRange(byte[] buffer, int offset, int count)
        {
            if (buffer == null) throw new InvalidEncodingException("buffer is null");
            if (offset < 0 || count < 0 || offset > buffer.Length - count)
                throw new InvalidEncodingException("range " + offset + "+" + count + " outside a " + buffer.Length + "-octet buffer");
        }
    }
}
