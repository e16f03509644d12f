using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Srtp
{
    /// <summary>
    /// The least SRTP protection this radio accepts from a MIKEY security policy (RFC 3830 section 6.10), whatever the
    /// peer asks for: the initiator chooses the SP payload, so without a local minimum a peer (or an insider who can sign)
    /// could key a call with no encryption or no authentication. Defaults: no NULL encryption (NULL cipher, or SRTP or
    /// SRTCP encryption switched off), no NULL authentication (NULL HMAC or SRTP authentication off; AES-GCM always
    /// authenticates), master keys of at least 16 octets (AES-128), HMAC-SHA1 keys of at least 20 octets (RFC 3711
    /// section 4.2.1: n_a = 160), HMAC tags of at least 4 octets (the 32-bit tag of AES_CM_128_HMAC_SHA1_32, RFC 3711
    /// section 7.5, RFC 4568) and AES-GCM tags of 16 octets (RFC 7714's AEAD_AES_128_GCM and AEAD_AES_256_GCM, the
    /// TS 33.180 profiles). SakkeResponder.Process refuses a message whose SP payloads (or the RFC 3830 defaults a crypto
    /// session falls back to) fall below it, and SrtpContextFactory.Create refuses to build a context below it: both
    /// with <see cref="MikeyException"/> Invalid-SP (RFC 3830 error 9). An application may relax or raise it.
    /// </summary>
    public sealed class SrtpMinimumPolicy
    {
        public SrtpMinimumPolicy()
        {
            MinimumKeyLength = 16;
            MinimumAuthKeyLength = 20;
            MinimumAuthTagLength = 4;
            MinimumAeadTagLength = 16;
        }

        /// <summary>Accept policies under which RTP or RTCP travel unencrypted (default false).</summary>
        public bool AllowNullEncryption { get; set; }
        /// <summary>Accept policies under which RTP or RTCP travel unauthenticated (default false).</summary>
        public bool AllowNullAuthentication { get; set; }
        /// <summary>Least master (and session) encryption key length in octets (default 16; 32 asks for AES-256).</summary>
        public int MinimumKeyLength { get; set; }
        /// <summary>Least HMAC-SHA1 session key length in octets (default 20).</summary>
        public int MinimumAuthKeyLength { get; set; }
        /// <summary>Least HMAC-SHA1 tag length in octets (default 4; 10 refuses the 32-bit tag).</summary>
        public int MinimumAuthTagLength { get; set; }
        /// <summary>Least AES-GCM tag length in octets (default 16).</summary>
        public int MinimumAeadTagLength { get; set; }

        /// <summary>Throws MikeyException Invalid-SP, naming <paramref name="what"/>, unless <paramref name="p"/> meets
        /// this minimum.</summary>
        internal void Check(SrtpPolicy p, string what)
        {
            if (!AllowNullEncryption)
            {
                if (p.EncryptionAlgorithm == SrtpPolicy.EncryptionNull) throw Refused(what, "NULL encryption");
                if (!p.SrtpEncryption) throw Refused(what, "SRTP encryption off (RTP in the clear)");
                if (!p.SrtcpEncryption) throw Refused(what, "SRTCP encryption off (RTCP in the clear)");
            }
            if (!AllowNullAuthentication && !p.IsAead)
            {
                if (p.AuthAlgorithm == SrtpPolicy.AuthNull) throw Refused(what, "NULL authentication");
                if (!p.SrtpAuthentication) throw Refused(what, "SRTP authentication off (RTP unauthenticated)");
            }
            if (p.EncryptionAlgorithm != SrtpPolicy.EncryptionNull && p.EncryptionKeyLength < MinimumKeyLength)
                throw Refused(what, p.EncryptionKeyLength + "-octet keys (at least " + MinimumKeyLength + ")");
            if (p.IsAead)
            {
                if (p.AeadTagLength < MinimumAeadTagLength)
                    throw Refused(what, p.AeadTagLength + "-octet AES-GCM tags (at least " + MinimumAeadTagLength + ")");
            }
            else if (p.AuthAlgorithm != SrtpPolicy.AuthNull)
            {
                if (p.AuthKeyLength < MinimumAuthKeyLength)
                    throw Refused(what, p.AuthKeyLength + "-octet HMAC keys (at least " + MinimumAuthKeyLength + ")");
                if (p.AuthTagLength < MinimumAuthTagLength)
                    throw Refused(what, p.AuthTagLength + "-octet HMAC tags (at least " + MinimumAuthTagLength + ")");
            }
        }

        /// <summary>Checks what a received message asks for, before any key exists: every SP payload (SRTP only, each a
        /// policy this engine runs, Invalid-SP-param otherwise) and, when a crypto session names a policy number the
        /// message does not carry, the RFC 3830 defaults it falls back to.</summary>
        internal void CheckMessage(MikeyMessage m)
        {
            for (int i = 0; i < m.PayloadCount; i++)
            {
                SecurityPolicyPayload sp = m.GetPayload(i) as SecurityPolicyPayload;
                if (sp == null) continue;
                string what = "SP policy " + sp.PolicyNo;
                if (sp.ProtType != SecurityPolicyPayload.ProtSrtp)
                    throw new MikeyException(MikeyErrorCode.InvalidSp, what + ": protocol type " + sp.ProtType + " is not SRTP (0)");
                Check(PolicyOf(sp, what), what);
            }
            if (NamesAMissingPolicy(m)) Check(SrtpContextFactory.PolicyOf(null), "the RFC 3830 default policy");
        }

        private static SrtpPolicy PolicyOf(SecurityPolicyPayload sp, string what)
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

        private static bool NamesAMissingPolicy(MikeyMessage m)
        {
            HeaderPayload h = m.Header;
            if (h.MapType == HeaderPayload.MapSrtpId)
            {
                for (int i = 0; i < h.SrtpEntries.Length; i++)
                    if (m.FindPolicy(h.SrtpEntries[i].PolicyNo) == null) return true;
            }
            else if (h.MapType == HeaderPayload.MapGenericId)
            {
                for (int i = 0; i < h.GenericEntries.Length; i++)
                    if (m.FindPolicy(SessionKeys.PolicyOf(h.GenericEntries[i])) == null) return true;
            }
            return false;
        }

        private static MikeyException Refused(string what, string why)
        {
            return new MikeyException(MikeyErrorCode.InvalidSp, what + " asks for " + why
                + ", below the local minimum SRTP policy (SrtpMinimumPolicy)");
        }
    }
}
