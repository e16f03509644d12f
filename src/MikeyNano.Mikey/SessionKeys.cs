using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Hashing;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey
{
    /// <summary>
    /// Derives the crypto sessions of a MIKEY message from its TGK (for MIKEY-SAKKE the SSV): one per entry of the HDR's
    /// CS ID map, each with the master key and salt lengths its security policy asks for (RFC 3830 section 4.1.3 and
    /// 6.10; defaults 16 and 14 octets, 12 for AES-GCM as RFC 7714 uses). Both roles call this, so initiator and
    /// responder derive the same keys from the same message. Every session's policy is checked before any key is
    /// derived (<see cref="Check"/>, which the endpoints call before the TGK exists), and a derivation that fails
    /// wipes the keys it had derived.
    /// </summary>
    public static class SessionKeys
    {
        internal const int DefaultKeyLength = 16;
        internal const int DefaultSaltLength = 14;
        internal const int GcmSaltLength = 12;

        public static CryptoSession[] Derive(MikeyMessage m, byte[] tgk)
        {
            Check(m);
            HeaderPayload h = m.Header;
            CryptoSession[] r = new CryptoSession[Count(h)];
            bool derived = false;
            try
            {
                for (int i = 0; i < r.Length; i++)
                {
                    if (h.MapType == HeaderPayload.MapSrtpId)
                    {
                        SrtpCsEntry e = h.SrtpEntries[i];
                        r[i] = Session(m, tgk, i + 1, e.PolicyNo, e.Ssrc, e.Roc, null);
                    }
                    else
                    {
                        GenericCsEntry e = h.GenericEntries[i];
                        r[i] = Session(m, tgk, e.CsId, PolicyOf(e), 0, 0, e.KeyIds);
                    }
                }
                derived = true;
                return r;
            }
            finally
            {
                if (!derived) Wipe(r);
            }
        }

        /// <summary>Throws the <see cref="MikeyException"/> that <see cref="Derive"/> would throw for
        /// <paramref name="m"/>, without deriving anything: InvalidSpPar for a policy whose key or salt length is out
        /// of range, InvalidPrf for an unsupported PRF, Malformed without RAND. An empty map names no session.</summary>
        internal static void Check(MikeyMessage m)
        {
            HeaderPayload h = m.Header;
            int n = Count(h);
            if (n == 0) return;
            if (h.PrfFunc != MikeyPrf.Sha1Func && h.PrfFunc != MikeyPrf.Sha256Func)
                throw new MikeyException(MikeyErrorCode.InvalidPrf, "unsupported PRF func " + h.PrfFunc);
            if (m.Rand == null) throw MikeyException.Malformed("message has no RAND payload");
            int keyLength, saltLength;
            for (int i = 0; i < n; i++)
                Lengths(m, h.MapType == HeaderPayload.MapSrtpId ? h.SrtpEntries[i].PolicyNo : PolicyOf(h.GenericEntries[i]),
                        out keyLength, out saltLength);
        }

        /// <summary>Zeroizes the keys of every session (null entries are skipped).</summary>
        internal static void Wipe(CryptoSession[] sessions)
        {
            if (sessions == null) return;
            for (int i = 0; i < sessions.Length; i++)
                if (sessions[i] != null) sessions[i].Wipe();
        }

        private static int Count(HeaderPayload h)
        {
            if (h.MapType == HeaderPayload.MapSrtpId) return h.SrtpEntries.Length;
            if (h.MapType == HeaderPayload.MapGenericId) return h.GenericEntries.Length;
            return 0; // empty map (3GPP PCK): no crypto session is named; the caller derives with the cs_id its role implies
        }

        /// <summary>The policy number a GENERIC-ID entry names (its first; 0 when it names none).</summary>
        internal static int PolicyOf(GenericCsEntry e)
        {
            return e.Policies.Length > 0 ? e.Policies[0] : 0;
        }

        /// <summary>The SP payload of <paramref name="policyNo"/> (null: the defaults) and the master key and salt
        /// lengths it asks for; InvalidSpPar when they are out of range.</summary>
        private static SecurityPolicyPayload Lengths(MikeyMessage m, int policyNo, out int keyLength, out int saltLength)
        {
            SecurityPolicyPayload sp = m.FindPolicy(policyNo);
            keyLength = DefaultKeyLength;
            saltLength = DefaultSaltLength;
            if (sp != null)
            {
                uint alg = sp.GetValue(SecurityPolicyParam.EncryptionAlgorithm, SecurityPolicyParam.EncryptionAesCm);
                if (alg == SecurityPolicyParam.EncryptionAesGcm) saltLength = GcmSaltLength;
                keyLength = (int)sp.GetValue(SecurityPolicyParam.EncryptionKeyLength, (uint)keyLength);
                saltLength = (int)sp.GetValue(SecurityPolicyParam.SaltKeyLength, (uint)saltLength);
            }
            if (keyLength < 1 || keyLength > 64 || saltLength < 0 || saltLength > 64)
                throw new MikeyException(MikeyErrorCode.InvalidSpPar,
                    "security policy " + policyNo + " asks for a " + keyLength + "-octet key and a " + saltLength + "-octet salt");
            return sp;
        }

        /// <summary>The session for an explicit cs_id (3GPP private calls: TS 33.180 E.1.3 cs_id 0 or 1).</summary>
        public static CryptoSession Session(MikeyMessage m, byte[] tgk, int csId, int policyNo, uint ssrc, uint roc, uint[] keyIds)
        {
            int keyLength, saltLength;
            SecurityPolicyPayload sp = Lengths(m, policyNo, out keyLength, out saltLength);
            byte[] key = MikeyKeyDerivation.DeriveTek(m, tgk, csId, keyLength);
            bool derived = false;
            try
            {
                byte[] salt = saltLength == 0 ? new byte[0] : MikeyKeyDerivation.DeriveSalt(m, tgk, csId, saltLength);
                derived = true;
                return new CryptoSession(csId, ssrc, roc, sp, keyIds, key, salt);
            }
            finally
            {
                if (!derived) Secrets.Wipe(key);
            }
        }
    }
}
