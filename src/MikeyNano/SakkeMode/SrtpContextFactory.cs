using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Srtp
{
    /// <summary>
    /// Builds SRTP contexts straight from what a MIKEY exchange yields (RFC 3830 section 4.1.3 and 6.10): the crypto
    /// session's master key, master salt, SSRC and ROC, under the security policy its SP payload names (the RFC 3830
    /// defaults, AES_CM_128_HMAC_SHA1_80, when the message carries no SP payload), if that policy meets the local
    /// <see cref="SrtpMinimumPolicy"/>.
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

        /// <summary>The SP payload (protocol type 0, SRTP) that describes <paramref name="p"/>, for an initiator's
        /// I_MESSAGE: <see cref="PolicyOf"/> of the result gives back an equal policy (MKI length is not an SP parameter).</summary>
        public static SecurityPolicyPayload PayloadOf(int policyNo, SrtpPolicy p)
        {
            bool kdr = p.KeyDerivationRate != 0;
            SecurityPolicyParam[] r = new SecurityPolicyParam[kdr ? 11 : 10];
            int n = 0;
            r[n++] = Param(SecurityPolicyParam.EncryptionAlgorithm, p.EncryptionAlgorithm);
            r[n++] = Param(SecurityPolicyParam.EncryptionKeyLength, p.EncryptionKeyLength);
            r[n++] = Param(SecurityPolicyParam.AuthenticationAlgorithm, p.AuthAlgorithm);
            r[n++] = Param(SecurityPolicyParam.AuthenticationKeyLength, p.AuthKeyLength);
            r[n++] = Param(SecurityPolicyParam.SaltKeyLength, p.SaltKeyLength);
            r[n++] = Param(SecurityPolicyParam.SrtpPrf, 0);
            if (kdr)
            {
                byte[] v = new byte[4];
                MikeyNano.Bytes.BigEndian.WriteUInt32(v, 0, p.KeyDerivationRate);
                r[n++] = new SecurityPolicyParam(SecurityPolicyParam.KeyDerivationRate, v);
            }
            r[n++] = Param(SecurityPolicyParam.SrtpEncryption, p.SrtpEncryption ? 1 : 0);
            r[n++] = Param(SecurityPolicyParam.SrtcpEncryption, p.SrtcpEncryption ? 1 : 0);
            r[n++] = Param(SecurityPolicyParam.SrtpAuthentication, p.SrtpAuthentication ? 1 : 0);
            r[n++] = p.IsAead ? Param(SecurityPolicyParam.AeadAuthenticationTagLength, p.AeadTagLength)
                              : Param(SecurityPolicyParam.AuthenticationTagLength, p.AuthTagLength);
            return new SecurityPolicyPayload(policyNo, SecurityPolicyPayload.ProtSrtp, r);
        }

        private static SecurityPolicyParam Param(int type, int value)
        {
            return new SecurityPolicyParam(type, new byte[] { (byte)value });
        }

        /// <summary>The context for crypto session <paramref name="cs"/>, for the stream with its SSRC, under the
        /// default <see cref="SrtpMinimumPolicy"/> (MikeyException Invalid-SP below it).</summary>
        public static SrtpContext Create(CryptoSession cs)
        {
            return Create(cs, cs.Ssrc, cs.Roc, new SrtpMinimumPolicy());
        }

        /// <summary>The context for crypto session <paramref name="cs"/> with an explicit SSRC (a GENERIC-ID or empty
        /// map names no SSRC: 3GPP group and private calls take it from the media session), under the default
        /// <see cref="SrtpMinimumPolicy"/>.</summary>
        public static SrtpContext Create(CryptoSession cs, uint ssrc, uint roc)
        {
            return Create(cs, ssrc, roc, new SrtpMinimumPolicy());
        }

        /// <summary>The context for crypto session <paramref name="cs"/> with an explicit SSRC and ROC, if its policy
        /// meets <paramref name="minimum"/> (the application's, as given to SakkeResponder.SrtpMinimum); else
        /// MikeyException Invalid-SP and no context. One context per SSRC and session: a second call for an SSRC
        /// the session already keyed is SrtpException SsrcAlreadyKeyed (it would restart SRTCP index 0 and an empty
        /// replay window under the same keys: keystream reuse, RFC 3711 9.1). A context both protects and unprotects;
        /// keep it for the life of the stream. (The SrtpContext constructor itself cannot know the session: a caller
        /// that builds contexts from the master key directly must keep one per SSRC itself.)</summary>
        public static SrtpContext Create(CryptoSession cs, uint ssrc, uint roc, SrtpMinimumPolicy minimum)
        {
            if (minimum == null) throw new System.ArgumentNullException("minimum");
            SrtpPolicy p = PolicyOf(cs.Policy);
            minimum.Check(p, cs.Policy == null ? "the RFC 3830 default policy" : "SP policy " + cs.Policy.PolicyNo);
            if (!cs.ClaimContext(ssrc))
                throw new SrtpException(SrtpError.SsrcAlreadyKeyed, "crypto session " + cs.CsId + " already gave a context for SSRC " + ssrc
                    + ": a second one would reuse its keystream (RFC 3711 9.1)");
            return new SrtpContext(cs.MasterKey, cs.MasterSalt, ssrc, roc, p);
        }
    }
}
