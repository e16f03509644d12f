using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Srtp;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>The crypto sessions of a call of any mode: per map entry its SRTP master key and salt (from a TGK,
    /// RFC 3830 section 4.1.3, or as a TEK carried them), SSRC, ROC and policy. A build that fails wipes what it made.</summary>
    internal static class CallKeys
    {
        /// <summary>The TGK an initiator draws (profile 3.5: 32 octets from MikeyNano).</summary>
        internal const int TgkLength = 32;

        /// <summary>Whether a received or requested TGK has an accepted length (profile 3.5: 16 to 64 octets).</summary>
        internal static bool IsTgkLength(int n)
        {
            return n >= 16 && n <= 64;
        }

        /// <summary>The TGK of a decrypted ECIES or PSK key-data chain: exactly one sub-payload, of type TGK, 16..64
        /// octets (profile 3.5; else Unspecified). The caller wipes the items.</summary>
        public static byte[] OneTgk(KeyDataPayload[] items)
        {
            if (items.Length != 1) throw MikeyException.Malformed("KEMAC carries " + items.Length + " key data sub-payloads, not one TGK");
            KeyDataPayload k = items[0];
            if (k.Type != KeyDataPayload.TypeTgk) throw MikeyException.Malformed("KEMAC key data type " + k.Type + " is not TGK (0)");
            if (!IsTgkLength(k.Key.Length)) throw MikeyException.Malformed("TGK of " + k.Key.Length + " octets (16 to 64)");
            return k.Key;
        }

        /// <summary>SRTP master key length of a session under <paramref name="policy"/> (null: the defaults).</summary>
        public static int KeyLength(SecurityPolicyPayload policy)
        {
            return CallPolicies.SrtpPolicyOf(policy, "SP policy").EncryptionKeyLength;
        }

        public static int SaltLength(SecurityPolicyPayload policy)
        {
            return CallPolicies.SrtpPolicyOf(policy, "SP policy").SaltKeyLength;
        }

        /// <summary>Crypto session k (cs_id k, 1-based) of every map entry: master key = PRF(TGK, TEK label), master
        /// salt = PRF(TGK, salt label) with the HDR's PRF func and CSB ID and the message's RAND (profile section 3.3).</summary>
        public static CryptoSession[] FromTgk(MikeyMessage m, byte[] tgk, SecurityPolicyPayload[] policies)
        {
            CryptoSession[] r = new CryptoSession[policies.Length];
            bool done = false;
            try
            {
                for (int i = 0; i < r.Length; i++) r[i] = FromTgk(m, i, tgk, policies[i]);
                done = true;
                return r;
            }
            finally
            {
                if (!done) SessionKeys.Wipe(r);
            }
        }

        /// <summary>Crypto session <paramref name="index"/> (0-based; cs_id index + 1) keyed from <paramref name="tgk"/>.</summary>
        public static CryptoSession FromTgk(MikeyMessage m, int index, byte[] tgk, SecurityPolicyPayload policy)
        {
            byte[] key = MikeyKeyDerivation.DeriveTek(m, tgk, index + 1, KeyLength(policy));
            bool done = false;
            try
            {
                int saltLength = SaltLength(policy);
                byte[] salt = saltLength == 0 ? new byte[0] : MikeyKeyDerivation.DeriveSalt(m, tgk, index + 1, saltLength);
                done = true;
                return Session(m, index, policy, key, salt);
            }
            finally
            {
                if (!done) Secrets.Wipe(key);
            }
        }

        /// <summary>Crypto session <paramref name="index"/> (0-based) with the given master key and salt (kept, not copied).</summary>
        public static CryptoSession Session(MikeyMessage m, int index, SecurityPolicyPayload policy, byte[] key, byte[] salt)
        {
            SrtpCsEntry e = m.Header.SrtpEntries[index];
            return new CryptoSession(index + 1, e.Ssrc, e.Roc, policy, null, key, salt);
        }

        /// <summary>Zeroes the keys and salts of decoded key-data sub-payloads (copies of the KEMAC's secrets).</summary>
        public static void WipeItems(KeyDataPayload[] items)
        {
            if (items == null) return;
            for (int i = 0; i < items.Length; i++)
            {
                Secrets.Wipe(items[i].Key);
                Secrets.Wipe(items[i].Salt);
            }
        }
    }
}
