using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Hashing;

namespace MikeyNano.Mikey.Ts33180
{
    /// <summary>
    /// The DPCK (MCData payload cipher key) of 3GPP TS 33.180 section 8.5.3 / Annex F.1.5: the 3GPP TS 33.220 Annex B
    /// KDF with FC = 0x53, key = the DPPK (the GMK, PCK or CSK being distributed, i.e. the SAKKE SSV) and
    /// P0 = DPPK-ID (4 octets), L0 = 0x0004. The DPCK is the 128 least significant bits of the HMAC-SHA-256 output.
    /// Checked against the GCM tags of the three protected Streamwide TS 33.180 I_MESSAGEs.
    /// </summary>
    internal static class PayloadCipherKey
    {
        public const byte Fc = 0x53;
        public const int KeyLength = 16;

        /// <summary>DPCK = the last 16 octets of HMAC-SHA-256(dppk, 0x53 || dppkId || 0x0004). Only 128-bit DPPKs.</summary>
        public static byte[] Derive(byte[] dppk, uint dppkId)
        {
            if (dppk == null || dppk.Length != KeyLength)
                throw new InvalidKeyException("DPPK (the distributed GMK/PCK/CSK) must be 16 octets");
            byte[] id = new byte[4];
            BigEndian.WriteUInt32(id, 0, dppkId);
            byte[][] p = new byte[1][];
            p[0] = id;
            byte[] full = GbaKdf.Derive(dppk, Fc, p);
            byte[] dpck = Octets.Slice(full, full.Length - KeyLength, KeyLength);
            Secrets.Wipe(full);
            return dpck;
        }
    }
}
