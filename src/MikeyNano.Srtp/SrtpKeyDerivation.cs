using MikeyNano.Ciphers;

namespace MikeyNano.Srtp
{
    /// <summary>
    /// The SRTP key derivation function with the AES-CM PRF (RFC 3711 4.3.1 and 4.3.3; RFC 6188 for AES-192/256):
    /// key_id = label (8 bits) || r (48 bits), r = index DIV kdr (0 when kdr = 0); x = key_id XOR master_salt
    /// (112 bits); output = AES-CM keystream under the master key with IV = x * 2^16, truncated. A 96-bit
    /// AES-GCM master salt (RFC 7714 11) is padded on the right with zeros to 112 bits.
    /// </summary>
    internal static class SrtpKeyDerivation
    {
        public const byte LabelRtpEncryption = 0x00;
        public const byte LabelRtpAuthentication = 0x01;
        public const byte LabelRtpSalt = 0x02;
        public const byte LabelRtcpEncryption = 0x03;
        public const byte LabelRtcpAuthentication = 0x04;
        public const byte LabelRtcpSalt = 0x05;

        /// <summary>r = index DIV kdr, or 0 when the key derivation rate is 0 (RFC 3711 4.3.1).</summary>
        public static ulong KeyDerivationIndex(ulong index, uint kdr)
        {
            return kdr == 0 ? 0UL : index / kdr;
        }

        /// <summary>Writes <paramref name="length"/> octets of the session key for <paramref name="label"/> and
        /// <paramref name="r"/> into <paramref name="output"/>, using <paramref name="iv16"/> (16 octets, wiped
        /// afterwards) for the IV.</summary>
        public static void Derive(IBlockCipher masterCipher, byte[] masterSalt, byte label, ulong r,
                                  byte[] output, int outOffset, int length, byte[] iv16)
        {
            // IV = (key_id XOR master_salt) * 2^16: salt in octets 0..13, label at octet 7, r (48 bits) at 8..13
            for (int i = 0; i < 16; i++) iv16[i] = 0;
            for (int i = 0; i < masterSalt.Length && i < 14; i++) iv16[i] = masterSalt[i];
            iv16[7] ^= label;
            for (int i = 0; i < 6; i++) iv16[13 - i] ^= (byte)(r >> (8 * i));
            for (int i = 0; i < length; i++) output[outOffset + i] = 0;
            CounterMode.Transform(masterCipher, iv16, output, outOffset, output, outOffset, length);
            for (int i = 0; i < 16; i++) iv16[i] = 0;
        }

        /// <summary>Allocating convenience form: the session key for one label (for tests and set-up).</summary>
        public static byte[] Derive(byte[] masterKey, byte[] masterSalt, byte label, ulong r, int length)
        {
            Aes aes = new Aes(masterKey);
            byte[] output = new byte[length];
            Derive(aes, masterSalt, label, r, output, 0, length, new byte[16]);
            aes.Wipe();
            return output;
        }
    }
}
