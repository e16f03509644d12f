using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Srtp;

namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// The SRTP policy of every crypto session of a PSK or NULL message (profile section 3.3), checked before any key
    /// exists: a session uses the SP payload its map entry names; a message without SP payloads uses the RFC 3830
    /// defaults for all; SP payloads but none with that number is Invalid-SP (9). Each SP must be SRTP (else 9), one
    /// per number (else 12), a policy the SRTP engine runs (else Invalid-SP-param, 10) and meet the local minimum
    /// (else 9).
    /// SP parameter 3 is the session authentication key length (RFC 3830 section 6.10.1); gortsplib before its PR #935
    /// and GStreamer-derived stacks put the HMAC tag length there (10 or 4 octets) while running the ordinary 160-bit
    /// HMAC-SHA1 key. Such a policy is read as meant: parameter 3 = 20 and, when parameter 11 is absent, the tag length
    /// it carried (profile section 3.3: those peers are accepted).
    /// </summary>
    internal static class CallPolicies
    {
        private const int HmacSha1KeyLength = 20;

        /// <summary>The policies of the sessions of <paramref name="m"/>, in map order (null entries: the defaults).</summary>
        public static SecurityPolicyPayload[] Resolve(MikeyMessage m, SrtpMinimumPolicy minimum)
        {
            HeaderPayload h = m.Header;
            if (h.MapType != HeaderPayload.MapSrtpId || h.SrtpEntries.Length == 0)
                throw MikeyException.Malformed("the HDR must have an SRTP-ID map with at least one crypto session");
            bool anySp = false;
            for (int i = 0; i < m.PayloadCount; i++)
            {
                SecurityPolicyPayload sp = m.GetPayload(i) as SecurityPolicyPayload;
                if (sp == null) continue;
                anySp = true;
                if (m.FindPolicy(sp.PolicyNo) != sp) throw MikeyException.Malformed("two SP payloads with policy number " + sp.PolicyNo);
                if (sp.ProtType != SecurityPolicyPayload.ProtSrtp)
                    throw new MikeyException(MikeyErrorCode.InvalidSp, "SP policy " + sp.PolicyNo + ": protocol type " + sp.ProtType + " is not SRTP (0)");
            }
            SecurityPolicyPayload[] r = new SecurityPolicyPayload[h.SrtpEntries.Length];
            for (int i = 0; i < r.Length; i++)
            {
                int no = h.SrtpEntries[i].PolicyNo;
                SecurityPolicyPayload sp = m.FindPolicy(no);
                if (sp == null && anySp)
                    throw new MikeyException(MikeyErrorCode.InvalidSp, "crypto session " + (i + 1) + " names SP policy " + no + ", which the message lacks");
                r[i] = sp == null ? null : AsMeant(sp);
                string what = sp == null ? "the RFC 3830 default policy" : "SP policy " + no;
                minimum.Check(SrtpPolicyOf(r[i], what), what);
            }
            return r;
        }

        /// <summary>The SRTP policy of an SP payload (null: the defaults); Invalid-SP-param when the engine cannot run it.</summary>
        public static SrtpPolicy SrtpPolicyOf(SecurityPolicyPayload sp, string what)
        {
            try
            {
                return SrtpContextFactory.PolicyOf(sp);
            }
            catch (SrtpException e)
            {
                throw new MikeyException(MikeyErrorCode.InvalidSpPar, what + ": " + e.Message);
            }
        }

        /// <summary><paramref name="sp"/>, or a copy with the tag length moved out of parameter 3 (see the class).</summary>
        internal static SecurityPolicyPayload AsMeant(SecurityPolicyPayload sp)
        {
            SecurityPolicyParam keyLength = sp.FindParam(SecurityPolicyParam.AuthenticationKeyLength);
            uint alg = sp.GetValue(SecurityPolicyParam.AuthenticationAlgorithm, 1);
            uint enc = sp.GetValue(SecurityPolicyParam.EncryptionAlgorithm, SecurityPolicyParam.EncryptionAesCm);
            if (keyLength == null || alg != 1 || enc == SecurityPolicyParam.EncryptionAesGcm) return sp;
            uint carried = keyLength.IntValue;
            if (carried != 10 && carried != 4) return sp;
            bool tagGiven = sp.FindParam(SecurityPolicyParam.AuthenticationTagLength) != null;
            SecurityPolicyParam[] ps = new SecurityPolicyParam[sp.ParamCount + (tagGiven ? 0 : 1)];
            for (int i = 0; i < sp.ParamCount; i++)
            {
                SecurityPolicyParam p = sp.GetParam(i);
                ps[i] = p == keyLength ? new SecurityPolicyParam(p.Type, new byte[] { HmacSha1KeyLength }) : p;
            }
            if (!tagGiven) ps[sp.ParamCount] = new SecurityPolicyParam(SecurityPolicyParam.AuthenticationTagLength, new byte[] { (byte)carried });
            return new SecurityPolicyPayload(sp.PolicyNo, sp.ProtType, ps);
        }
    }
}
