namespace MikeyNano.Srtp
{
    /// <summary>The per-packet IVs of SRTP and SRTCP.</summary>
    internal static class SrtpIv
    {
        /// <summary>AES-CM (RFC 3711 4.1.1): IV = (k_s * 2^16) XOR (SSRC * 2^64) XOR (i * 2^16), 16 octets;
        /// i is the 48-bit SRTP index or the 31-bit SRTCP index.</summary>
        public static void CounterMode(byte[] salt14, uint ssrc, ulong index, byte[] iv16)
        {
            for (int i = 0; i < 14; i++) iv16[i] = salt14[i];
            iv16[14] = 0;
            iv16[15] = 0;
            iv16[4] ^= (byte)(ssrc >> 24);
            iv16[5] ^= (byte)(ssrc >> 16);
            iv16[6] ^= (byte)(ssrc >> 8);
            iv16[7] ^= (byte)ssrc;
            for (int i = 0; i < 6; i++) iv16[13 - i] ^= (byte)(index >> (8 * i));
        }

        /// <summary>AES-GCM SRTP (RFC 7714 8.1): IV = (0x0000 || SSRC || ROC || SEQ) XOR salt, 12 octets.</summary>
        public static void GcmRtp(byte[] salt12, uint ssrc, ulong index, byte[] iv12)
        {
            uint roc = (uint)(index >> 16);
            Fill(iv12, 0, 0, 0, (byte)(ssrc >> 24), (byte)(ssrc >> 16), (byte)(ssrc >> 8), (byte)ssrc);
            Fill(iv12, 6, (byte)(roc >> 24), (byte)(roc >> 16), (byte)(roc >> 8), (byte)roc, (byte)(index >> 8), (byte)index);
            for (int i = 0; i < 12; i++) iv12[i] ^= salt12[i];
        }

        /// <summary>AES-GCM SRTCP (RFC 7714 9.1): IV = (0x0000 || SSRC || 0x0000 || 0 || SRTCP index) XOR salt.</summary>
        public static void GcmRtcp(byte[] salt12, uint ssrc, uint srtcpIndex, byte[] iv12)
        {
            Fill(iv12, 0, 0, 0, (byte)(ssrc >> 24), (byte)(ssrc >> 16), (byte)(ssrc >> 8), (byte)ssrc);
            Fill(iv12, 6, 0, 0, (byte)((srtcpIndex >> 24) & 0x7F), (byte)(srtcpIndex >> 16), (byte)(srtcpIndex >> 8), (byte)srtcpIndex);
            for (int i = 0; i < 12; i++) iv12[i] ^= salt12[i];
        }

        private static void Fill(byte[] b, int o, byte v0, byte v1, byte v2, byte v3, byte v4, byte v5)
        {
            b[o] = v0; b[o + 1] = v1; b[o + 2] = v2; b[o + 3] = v3; b[o + 4] = v4; b[o + 5] = v5;
        }
    }
}
