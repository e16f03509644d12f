using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Srtp
{
    /// <summary>
    /// Builds SRTP contexts straight from what a MIKEY exchange yields (RFC 3830 section 4.1.3 and 6.10): the crypto
    /// session's master key, master salt, SSRC and ROC, under the security policy its SP payload names (the RFC 3830
    /// defaults, AES_CM_128_HMAC_SHA1_80, when the message carries no SP payload).
    /// </summary>
    public static class SrtpContextFactory
    {
        /// <summary>The SRTP policy an SP payload describes (null: the RFC 3830 defaults).</summary>
        public static SrtpPolicy PolicyOf(SecurityPolicyPayload sp)
        {
            if (sp == null) return SrtpPolicy.AesCm128HmacSha1_80();
            int n = sp.ParamCount;
            int[] types = new int[n];
            byte[][] values = new byte[n][];
            for (int i = 0; i < n; i++)
            {
                SecurityPolicyParam p = sp.GetParam(i);
                types[i] = p.Type;
                values[i] = p.Value;
            }
            return SrtpPolicy.FromParameters(types, values);
        }

        /// <summary>The context for crypto session <paramref name="cs"/>, for the stream with its SSRC.</summary>
        public static SrtpContext Create(CryptoSession cs)
        {
            return new SrtpContext(cs.MasterKey, cs.MasterSalt, cs.Ssrc, cs.Roc, PolicyOf(cs.Policy));
        }

        /// <summary>The context for crypto session <paramref name="cs"/> with an explicit SSRC (a GENERIC-ID or empty
        /// map names no SSRC: 3GPP group and private calls take it from the media session).</summary>
        public static SrtpContext Create(CryptoSession cs, uint ssrc, uint roc)
        {
            return new SrtpContext(cs.MasterKey, cs.MasterSalt, ssrc, roc, PolicyOf(cs.Policy));
        }
    }
}
