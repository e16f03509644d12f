using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Hashing;

namespace MikeyNano.Identity
{
    /// <summary>
    /// The MIKEY-SAKKE UID of 3GPP TS 33.180 Annex F.2.1 (ID scheme 2): UID = SHA-256(S) with
    /// S = FC || P0 || L0 || P1 || L1 || ... || P5 || L5 in the style of TS 33.220 Annex B, FC = 0x00,
    /// P0 = "MIKEY-SAKKE-UID", P1 = the user URI, P2 = the KMS URI, P3 = the user key period, P4 = the user key period
    /// offset, P5 = the current key period number; each Lx is the 2-octet big-endian length of Px.
    /// The integers P3..P5 are big-endian in the minimum number of octets (0 is one octet 0x00): the Streamwide
    /// vectors and real KMS keys require this; fixed-width encodings seen in public code do not interoperate.
    /// </summary>
    public static class MikeySakkeUid
    {
        private const string Label = "MIKEY-SAKKE-UID";

        /// <summary>The 32-octet UID.</summary>
        public static byte[] Compute(string userUri, string kmsUri, ulong userKeyPeriod, ulong userKeyOffset, ulong keyPeriodNumber)
        {
            return Sha256.Hash(HashInput(userUri, kmsUri, userKeyPeriod, userKeyOffset, keyPeriodNumber));
        }

        /// <summary>The 32-octet UID of URIs given as their UTF-8 octets (as IDR payloads carry them: a URI that
        /// arrives as octets is hashed as those octets, never through a string).</summary>
        internal static byte[] Compute(byte[] userUri, byte[] kmsUri, ulong userKeyPeriod, ulong userKeyOffset, ulong keyPeriodNumber)
        {
            return Sha256.Hash(HashInput(userUri, kmsUri, userKeyPeriod, userKeyOffset, keyPeriodNumber));
        }

        /// <summary>S, the octets that are hashed (exposed for tests and interop debugging).</summary>
        internal static byte[] HashInput(string userUri, string kmsUri, ulong userKeyPeriod, ulong userKeyOffset, ulong keyPeriodNumber)
        {
            if (userUri == null || kmsUri == null) throw new InvalidEncodingException("MIKEY-SAKKE UID: URIs must not be null");
            return HashInput(Utf8.Encode(userUri), Utf8.Encode(kmsUri), userKeyPeriod, userKeyOffset, keyPeriodNumber);
        }

        private static byte[] HashInput(byte[] userUri, byte[] kmsUri, ulong userKeyPeriod, ulong userKeyOffset, ulong keyPeriodNumber)
        {
            if (userUri == null || kmsUri == null) throw new InvalidEncodingException("MIKEY-SAKKE UID: URIs must not be null");
            byte[][] parameters = new byte[][]
            {
                Utf8.Encode(Label),
                userUri,
                kmsUri,
                MinimalBigEndian(userKeyPeriod),
                MinimalBigEndian(userKeyOffset),
                MinimalBigEndian(keyPeriodNumber),
            };
            int total = 1;
            for (int i = 0; i < parameters.Length; i++)
            {
                if (parameters[i].Length > 0xFFFF) throw new InvalidEncodingException("MIKEY-SAKKE UID: parameter longer than 65535 octets");
                total += parameters[i].Length + 2;
            }
            byte[] s = new byte[total];
            s[0] = 0x00; // FC
            int at = 1;
            for (int i = 0; i < parameters.Length; i++)
            {
                byte[] p = parameters[i];
                System.Array.Copy(p, 0, s, at, p.Length);
                at += p.Length;
                s[at++] = (byte)(p.Length >> 8);
                s[at++] = (byte)p.Length;
            }
            return s;
        }

        /// <summary>Big-endian in the fewest octets; zero is the single octet 0x00.</summary>
        internal static byte[] MinimalBigEndian(ulong value)
        {
            int n = 1;
            while (n < 8 && (value >> (8 * n)) != 0) n++;
            byte[] r = new byte[n];
            for (int i = 0; i < n; i++) r[n - 1 - i] = (byte)(value >> (8 * i));
            return r;
        }
    }
}
