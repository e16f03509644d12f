using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>The SRTP keys a MIKEY-NULL KEMAC carries in the clear (profile section 8; RFC 3830 section 6.13): one
    /// key item for every crypto session, or the k-th item for the k-th session. TEK = master key || master salt
    /// (what GStreamer, gortsplib and ONVIF cameras send), TEK+SALT, or a TGK the keys are derived from.</summary>
    internal static class NullKeyItems
    {
        public static CryptoSession[] Sessions(MikeyMessage m, KeyDataPayload[] items, SecurityPolicyPayload[] policies)
        {
            CryptoSession[] r = new CryptoSession[policies.Length];
            bool done = false;
            try
            {
                for (int i = 0; i < r.Length; i++)
                {
                    KeyDataPayload k = items[items.Length == 1 ? 0 : i];
                    if (k.Type == KeyDataPayload.TypeTgk || k.Type == KeyDataPayload.TypeTgkSalt) r[i] = FromTgk(m, i, k, policies);
                    else r[i] = FromTek(m, i, k, policies[i]);
                }
                done = true;
                return r;
            }
            finally
            {
                if (!done) SessionKeys.Wipe(r);
            }
        }

        private static CryptoSession FromTgk(MikeyMessage m, int i, KeyDataPayload k, SecurityPolicyPayload[] policies)
        {
            if (k.Type != KeyDataPayload.TypeTgk) throw MikeyException.Malformed("key data TGK+SALT is not used by MIKEY-NULL");
            if (m.Rand == null) throw MikeyException.Malformed("a TGK needs the RAND payload to derive keys from (RFC 3830 section 4.1.3)");
            if (k.Key.Length == 0) throw MikeyException.Malformed("empty TGK");
            return CallKeys.FromTgk(m, i, k.Key, policies[i]);
        }

        private static CryptoSession FromTek(MikeyMessage m, int i, KeyDataPayload k, SecurityPolicyPayload policy)
        {
            int keyLength = CallKeys.KeyLength(policy), saltLength = CallKeys.SaltLength(policy);
            if (k.Type == KeyDataPayload.TypeTekSalt)
            {
                if (k.Key.Length != keyLength || k.Salt.Length != saltLength)
                    throw new MikeyException(MikeyErrorCode.InvalidSpPar, "TEK+SALT of " + k.Key.Length + "+" + k.Salt.Length
                        + " octets for a policy of " + keyLength + "+" + saltLength);
                return CallKeys.Session(m, i, policy, Octets.Slice(k.Key, 0, keyLength), Octets.Slice(k.Salt, 0, saltLength));
            }
            if (k.Key.Length != keyLength + saltLength)
                throw new MikeyException(MikeyErrorCode.InvalidSpPar, "TEK of " + k.Key.Length + " octets for a policy of "
                    + keyLength + "-octet keys and " + saltLength + "-octet salts");
            return CallKeys.Session(m, i, policy, Octets.Slice(k.Key, 0, keyLength), Octets.Slice(k.Key, keyLength, saltLength));
        }

        /// <summary>Per crypto session the SPI/MKI its key item carries (KV 1), or null when none carries one.</summary>
        public static byte[][] Spis(KeyDataPayload[] items, int sessions)
        {
            byte[][] r = null;
            for (int i = 0; i < sessions; i++)
            {
                byte[] spi = items[items.Length == 1 ? 0 : i].Spi;
                if (spi == null) continue;
                if (r == null) r = new byte[sessions][];
                r[i] = spi;
            }
            return r;
        }
    }
}
