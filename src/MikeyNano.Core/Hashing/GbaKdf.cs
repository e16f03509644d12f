using System;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Hashing
{
    /// <summary>
    /// The generic key derivation function of 3GPP TS 33.220 Annex B.2:
    /// derived key = HMAC-SHA-256(Key, S) with S = FC || P0 || L0 || P1 || L1 || ... where each L_i is the length of
    /// P_i in octets as a two-octet big-endian integer (B.2.1). 3GPP TS 33.180 uses it for the GUK-ID (FC 0x50) and
    /// other MCX keys. Allocates per call.
    /// </summary>
    internal static class GbaKdf
    {
        public static byte[] Derive(byte[] key, byte fc, byte[][] parameters)
        {
            if (key == null) throw new InvalidKeyException("KDF key is null");
            if (parameters == null) parameters = new byte[0][];
            Hmac mac = new Hmac(new Sha256(), key);
            try
            {
                byte[] two = new byte[2];
                two[0] = fc;
                mac.Update(two, 0, 1);
                for (int i = 0; i < parameters.Length; i++)
                {
                    byte[] p = parameters[i];
                    if (p == null) throw new InvalidEncodingException("KDF parameter P" + i + " is null");
                    if (p.Length > 0xFFFF) throw new InvalidEncodingException("KDF parameter P" + i + " is longer than 65535 octets");
                    mac.Update(p, 0, p.Length);
                    BigEndian.WriteUInt16(two, 0, p.Length);
                    mac.Update(two, 0, 2);
                }
                byte[] r = new byte[Sha256.Size];
                mac.Final(r, 0);
                return r;
            }
            finally
            {
                mac.Wipe();
            }
        }
    }
}
