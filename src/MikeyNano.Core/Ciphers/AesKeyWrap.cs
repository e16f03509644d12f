using System;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Ciphers
{
    /// <summary>
    /// AES key wrap (RFC 3394) and AES key wrap with padding (RFC 5649) under a 16-, 24- or 32-octet key-encryption key,
    /// on the constant-time <see cref="Aes"/>. TS 33.180 Annex D wraps a user's RSK (257 octets), SSK and PVT under the
    /// transport key TrK with the padded variant; our serial provisioning does the same.
    /// <para>Unwrapping checks the integrity value (and for RFC 5649 the length indicator and the zero padding) in one
    /// constant-time pass and throws one <see cref="AuthenticationException"/> for every failed part, so a caller learns
    /// nothing about which part failed. Lengths are public (the wrapped length reveals them anyway) and a malformed one
    /// is an <see cref="InvalidEncodingException"/>; a bad key length an <see cref="InvalidKeyException"/>. Every
    /// intermediate (the key schedule, the working buffer, the scratch block) is wiped before returning or throwing.</para>
    /// </summary>
    public static class AesKeyWrap
    {
        /// <summary>RFC 5649 section 3: the first half of the alternative initial value.</summary>
        private const uint PaddedIvPrefix = 0xA65959A6;

        /// <summary>RFC 3394 section 2.2.3.1: the default initial value, eight 0xA6 octets.</summary>
        private const byte DefaultIvOctet = 0xA6;

        /// <summary>RFC 3394 section 2.2.1: wraps n &gt;= 2 64-bit blocks into n + 1 blocks.</summary>
        public static byte[] Wrap(byte[] kek, byte[] plaintext)
        {
            if (plaintext == null || plaintext.Length < 16 || plaintext.Length % 8 != 0)
                throw new InvalidEncodingException("RFC 3394 key wrap needs a multiple of 8 octets, at least 16");
            byte[] buffer = new byte[8 + plaintext.Length];
            for (int i = 0; i < 8; i++) buffer[i] = DefaultIvOctet;
            Array.Copy(plaintext, 0, buffer, 8, plaintext.Length);
            Transform(kek, buffer, false);
            return buffer;
        }

        /// <summary>RFC 3394 section 2.2.2: unwraps and checks the default initial value (section 2.2.3).</summary>
        public static byte[] Unwrap(byte[] kek, byte[] wrapped)
        {
            if (wrapped == null || wrapped.Length < 24 || wrapped.Length % 8 != 0)
                throw new InvalidEncodingException("RFC 3394 wrapped key must be a multiple of 8 octets, at least 24");
            byte[] buffer = Decipher(kek, wrapped);
            int diff = 0;
            for (int i = 0; i < 8; i++) diff |= buffer[i] ^ DefaultIvOctet;
            return Checked(buffer, diff, wrapped.Length - 8, "RFC 3394 unwrap: integrity check value mismatch (wrong key or altered data)");
        }

        /// <summary>RFC 5649 section 4.1: prefixes the AIV (0xA65959A6 and the 32-bit octet length), pads with zeros to
        /// a multiple of 8 and wraps; one padded block is a single AES encryption.</summary>
        public static byte[] WrapWithPadding(byte[] kek, byte[] plaintext)
        {
            if (plaintext == null || plaintext.Length == 0)
                throw new InvalidEncodingException("RFC 5649 key wrap needs at least one octet");
            int padded = (plaintext.Length + 7) / 8 * 8;
            byte[] buffer = new byte[8 + padded];
            BigEndian.WriteUInt32(buffer, 0, PaddedIvPrefix);
            BigEndian.WriteUInt32(buffer, 4, (uint)plaintext.Length);
            Array.Copy(plaintext, 0, buffer, 8, plaintext.Length);
            Transform(kek, buffer, false);
            return buffer;
        }

        /// <summary>RFC 5649 section 4.2: unwraps, then checks the AIV prefix, that the length indicator MLI satisfies
        /// 8 (n - 1) &lt; MLI &lt;= 8 n and that the padding octets are zero (section 3), all without a
        /// data-dependent branch before the single verdict.</summary>
        public static byte[] UnwrapWithPadding(byte[] kek, byte[] wrapped)
        {
            if (wrapped == null || wrapped.Length < 16 || wrapped.Length % 8 != 0)
                throw new InvalidEncodingException("RFC 5649 wrapped key must be a multiple of 8 octets, at least 16");
            byte[] buffer = Decipher(kek, wrapped);
            int paddedLength = buffer.Length - 8;
            uint mli = ((uint)buffer[4] << 24) | ((uint)buffer[5] << 16) | ((uint)buffer[6] << 8) | buffer[7];
            int diff = (buffer[0] ^ 0xA6) | (buffer[1] ^ 0x59) | (buffer[2] ^ 0x59) | (buffer[3] ^ 0xA6);
            // 8 (n - 1) < MLI and MLI <= 8 n: each difference is negative exactly when its bound is broken.
            long aboveLow = (long)mli - (paddedLength - 8) - 1;
            long belowHigh = (long)paddedLength - mli;
            diff |= (int)(((ulong)aboveLow >> 63) | ((ulong)belowHigh >> 63));
            for (int k = paddedLength - 8; k < paddedLength; k++)
            {
                // Octet k is padding when k >= MLI: the mask is all ones then, zero otherwise.
                int isPadding = 1 - (int)((ulong)((long)k - mli) >> 63);
                diff |= buffer[8 + k] & (0 - isPadding);
            }
            return Checked(buffer, diff, (int)mli, "RFC 5649 unwrap: integrity check failed (wrong key, altered data, bad length indicator or padding)");
        }

        /// <summary>Wraps buffer = IV || P in place, or unwraps it back: one AES block when P is one 64-bit block
        /// (RFC 5649 sections 4.1 and 4.2), else the RFC 3394 process W or W^-1.</summary>
        private static void Transform(byte[] kek, byte[] buffer, bool unwrap)
        {
            Aes aes = new Aes(kek);
            byte[] block = new byte[16];
            try
            {
                if (buffer.Length == 16)
                {
                    if (unwrap) aes.DecryptBlock(buffer, 0, buffer, 0);
                    else aes.EncryptBlock(buffer, 0, buffer, 0);
                }
                else if (unwrap) AesKeyWrapRounds.Unwrap(aes, buffer, block);
                else AesKeyWrapRounds.Wrap(aes, buffer, block);
            }
            finally
            {
                aes.Wipe();
                Secrets.Wipe(block);
            }
        }

        /// <summary>A copy of <paramref name="wrapped"/> unwrapped in place: the recovered IV then the plaintext.</summary>
        private static byte[] Decipher(byte[] kek, byte[] wrapped)
        {
            byte[] buffer = new byte[wrapped.Length];
            Array.Copy(wrapped, 0, buffer, 0, wrapped.Length);
            Transform(kek, buffer, true);
            return buffer;
        }

        /// <summary>The plaintext (<paramref name="length"/> octets after the IV) when <paramref name="diff"/> is zero;
        /// otherwise the working buffer is wiped and the unwrap refused. The buffer is wiped either way.</summary>
        private static byte[] Checked(byte[] buffer, int diff, int length, string failure)
        {
            try
            {
                if (diff != 0) throw new AuthenticationException(failure);
                return Octets.Slice(buffer, 8, length);
            }
            finally
            {
                Secrets.Wipe(buffer);
            }
        }
    }
}
