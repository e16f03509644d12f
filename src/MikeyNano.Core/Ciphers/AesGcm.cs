using System;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Ciphers
{
    /// <summary>
    /// GCM authenticated encryption (NIST SP 800-38D section 7) over a 128-bit block cipher, normally <see cref="Aes"/>.
    /// H = E(K, 0^128) and the GHASH tables are computed once, at construction. IVs of 12 octets take the fast path
    /// J0 = IV || 0^31 || 1; any other non-zero length uses J0 = GHASH(IV || pad || [len(IV)]_64) (section 7.1 step 2).
    /// Tags of 4 to 16 octets (the truncations of section 5.2.1.2). Decrypt authenticates the ciphertext first, compares
    /// the tags in constant time, and on mismatch wipes the output range and throws <see cref="AuthenticationException"/>.
    /// In-place operation (output == data at the same offset) is allowed. No allocation per call. Constant-time in keys
    /// and data (bitsliced AES, masked GHASH). Not thread-safe: an instance owns its scratch.
    /// </summary>
    internal sealed class AesGcm
    {
        private readonly IBlockCipher _cipher;
        private readonly Aes _aes;            // the same cipher when it is our Aes (two-block counter mode)
        private readonly GHash _ghash;
        private readonly byte[] _j0 = new byte[16];
        private readonly byte[] _counter = new byte[16];
        private readonly byte[] _tag = new byte[16];
        private readonly byte[] _scratch = new byte[32];

        public AesGcm(IBlockCipher aes)
        {
            if (aes == null) throw new InvalidKeyException("GCM needs a block cipher");
            if (aes.BlockSize != 16) throw new UnsupportedAlgorithmException("GCM needs a 128-bit block cipher");
            _cipher = aes;
            _aes = aes as Aes;
            byte[] h = new byte[16];
            aes.EncryptBlock(h, 0, h, 0);
            _ghash = new GHash(h, 0);
            Secrets.Wipe(h);
            if (_aes != null) _aes.WipeScratch(); // its state still held H
        }

        /// <summary>SP 800-38D section 7.1 (GCM-AE): output = GCTR(inc32(J0), data); tag = MSB_tagLength(E(K, J0) XOR S).</summary>
        public void Encrypt(byte[] iv, int ivOffset, int ivLength, byte[] aad, int aadOffset, int aadLength,
                            byte[] data, int dataOffset, int dataLength, byte[] output, int outputOffset,
                            byte[] tag, int tagOffset, int tagLength)
        {
            Check(iv, ivOffset, ivLength, aad, aadOffset, aadLength, data, dataOffset, dataLength, output, outputOffset, tag, tagOffset, tagLength);
            DeriveJ0(iv, ivOffset, ivLength);
            Gctr(data, dataOffset, output, outputOffset, dataLength);
            ComputeTag(aad, aadOffset, aadLength, output, outputOffset, dataLength);
            Array.Copy(_tag, 0, tag, tagOffset, tagLength);
            Secrets.Wipe(_tag);
        }

        /// <summary>SP 800-38D section 7.2 (GCM-AD): verifies the tag over aad and the ciphertext <paramref name="data"/>,
        /// then writes the plaintext. On a wrong tag the output range is zeroed and <see cref="AuthenticationException"/>
        /// is thrown; no plaintext is released.</summary>
        public void Decrypt(byte[] iv, int ivOffset, int ivLength, byte[] aad, int aadOffset, int aadLength,
                            byte[] data, int dataOffset, int dataLength, byte[] output, int outputOffset,
                            byte[] tag, int tagOffset, int tagLength)
        {
            Check(iv, ivOffset, ivLength, aad, aadOffset, aadLength, data, dataOffset, dataLength, output, outputOffset, tag, tagOffset, tagLength);
            DeriveJ0(iv, ivOffset, ivLength);
            ComputeTag(aad, aadOffset, aadLength, data, dataOffset, dataLength);
            bool ok = ConstantTime.AreEqual(_tag, 0, tag, tagOffset, tagLength);
            Secrets.Wipe(_tag);
            if (!ok)
            {
                Array.Clear(output, outputOffset, dataLength);
                throw new AuthenticationException("GCM tag mismatch: message rejected");
            }
            Gctr(data, dataOffset, output, outputOffset, dataLength);
        }

        /// <summary>Zeroizes H's tables and scratch (not the block cipher: wipe that separately).</summary>
        public void Wipe()
        {
            _ghash.Wipe();
            WipeScratch();
        }

        /// <summary>Zeroizes the per-message scratch: J0, the counter, the tag and GHASH's running value (with a tag
        /// the last of these gives E(K, J0)). The owner calls it when an operation ends; H and the key stay.</summary>
        public void WipeScratch()
        {
            _ghash.WipeScratch();
            Secrets.Wipe(_j0);
            Secrets.Wipe(_counter);
            Secrets.Wipe(_tag);
            Secrets.Wipe(_scratch);
        }

        private void DeriveJ0(byte[] iv, int ivOffset, int ivLength)
        {
            if (ivLength == 12)
            {
                Array.Copy(iv, ivOffset, _j0, 0, 12);
                _j0[12] = 0; _j0[13] = 0; _j0[14] = 0; _j0[15] = 1;
                return;
            }
            _ghash.Reset();
            _ghash.Update(iv, ivOffset, ivLength);
            _ghash.UpdateLengths(0, ivLength);
            _ghash.Final(_j0, 0);
        }

        /// <summary>GCTR from inc32(J0): the low 32 bits of the counter wrap on their own (section 6.2).</summary>
        private void Gctr(byte[] input, int inOffset, byte[] output, int outOffset, int count)
        {
            if (count == 0) return;
            Array.Copy(_j0, 0, _counter, 0, 16);
            Aes.Increment(_counter, 4);
            if (_aes != null) _aes.CounterXor(_counter, 0, 4, input, inOffset, output, outOffset, count);
            else CounterMode.Generic(_cipher, _counter, 4, input, inOffset, output, outOffset, count, _scratch);
        }

        /// <summary>_tag = E(K, J0) XOR GHASH(A || pad || C || pad || [len(A)]_64 || [len(C)]_64).</summary>
        private void ComputeTag(byte[] aad, int aadOffset, int aadLength, byte[] cipherText, int cOffset, int cLength)
        {
            _ghash.Reset();
            if (aadLength > 0) _ghash.Update(aad, aadOffset, aadLength);
            _ghash.Update(cipherText, cOffset, cLength);
            _ghash.UpdateLengths(aadLength, cLength);
            _ghash.Final(_scratch, 0);
            _cipher.EncryptBlock(_j0, 0, _tag, 0);
            for (int i = 0; i < 16; i++) _tag[i] ^= _scratch[i];
            Secrets.Wipe(_scratch);
        }

        private static void Check(byte[] iv, int ivOffset, int ivLength, byte[] aad, int aadOffset, int aadLength,
                                  byte[] data, int dataOffset, int dataLength, byte[] output, int outputOffset,
                                  byte[] tag, int tagOffset, int tagLength)
        {
            if (ivLength < 1) throw new InvalidEncodingException("GCM IV must be at least one octet");
            if (tagLength < 4 || tagLength > 16) throw new InvalidEncodingException("GCM tag length must be 4..16 octets, got " + tagLength);
            Aes.CheckRange(iv, ivOffset, ivLength);
            if (aadLength != 0 || aad != null) Aes.CheckRange(aad, aadOffset, aadLength);
            Aes.CheckRange(data, dataOffset, dataLength);
            Aes.CheckRange(output, outputOffset, dataLength);
            Aes.CheckRange(tag, tagOffset, tagLength);
        }
    }
}
