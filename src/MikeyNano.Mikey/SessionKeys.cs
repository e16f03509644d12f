using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey
{
    /// <summary>
    /// Derives the crypto sessions of a MIKEY message from its TGK (for MIKEY-SAKKE the SSV): one per entry of the HDR's
    /// CS ID map, each with the master key and salt lengths its security policy asks for (RFC 3830 section 4.1.3 and
    /// 6.10; defaults 16 and 14 octets, 12 for AES-GCM as RFC 7714 uses). Both roles call this, so initiator and
    /// responder derive the same keys from the same message.
    /// </summary>
    public static class SessionKeys
    {
        internal const int DefaultKeyLength = 16;
        internal const int DefaultSaltLength = 14;
        internal const int GcmSaltLength = 12;

        public static CryptoSession[] Derive(MikeyMessage m, byte[] tgk)
        {
            HeaderPayload h = m.Header;
            if (h.MapType == HeaderPayload.MapSrtpId)
            {
                SrtpCsEntry[] e = h.SrtpEntries;
                CryptoSession[] r = new CryptoSession[e.Length];
                for (int i = 0; i < e.Length; i++)
                    r[i] = Session(m, tgk, i + 1, e[i].PolicyNo, e[i].Ssrc, e[i].Roc, null);
                return r;
            }
            if (h.MapType == HeaderPayload.MapGenericId)
            {
                GenericCsEntry[] e = h.GenericEntries;
                CryptoSession[] r = new CryptoSession[e.Length];
                for (int i = 0; i < e.Length; i++)
                {
                    int policyNo = e[i].Policies.Length > 0 ? e[i].Policies[0] : 0;
                    r[i] = Session(m, tgk, e[i].CsId, policyNo, 0, 0, e[i].KeyIds);
                }
                return r;
            }
            // Empty map (3GPP PCK): no crypto session is named; the caller derives with the cs_id its role implies.
            return new CryptoSession[0];
        }

        /// <summary>The session for an explicit cs_id (3GPP private calls: TS 33.180 E.1.3 cs_id 0 or 1).</summary>
        public static CryptoSession Session(MikeyMessage m, byte[] tgk, int csId, int policyNo, uint ssrc, uint roc, uint[] keyIds)
        {
            SecurityPolicyPayload sp = m.FindPolicy(policyNo);
            int keyLength = DefaultKeyLength;
            int saltLength = DefaultSaltLength;
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
            byte[] key = MikeyKeyDerivation.DeriveTek(m, tgk, csId, keyLength);
            byte[] salt = saltLength == 0 ? new byte[0] : MikeyKeyDerivation.DeriveSalt(m, tgk, csId, saltLength);
            return new CryptoSession(csId, ssrc, roc, sp, keyIds, key, salt);
        }
    }
}
