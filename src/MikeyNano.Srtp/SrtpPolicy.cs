using MikeyNano.Errors;

namespace MikeyNano.Srtp
{
    /// <summary>
    /// The SRTP security policy of one crypto session: what the MIKEY SP payload (protocol type 0, RFC 3830 6.10.1,
    /// RFC 7714 for AES-GCM) negotiates. Integrators take one of the named profiles (or set the properties); the MIKEY
    /// side builds it from SP parameters with <see cref="FromParameters"/> (through SrtpContextFactory.PolicyOf).
    /// Defaults are RFC 3830's: AES-CM-128, HMAC-SHA1, 80-bit tag, kdr 0, everything on.
    /// </summary>
    public sealed class SrtpPolicy
    {
        // SP parameter types (RFC 3830 6.10.1 Table 6.10.1.b; type 20 from RFC 7714 14.2)
        internal const int ParamEncryptionAlgorithm = 0;
        internal const int ParamEncryptionKeyLength = 1;
        internal const int ParamAuthAlgorithm = 2;
        internal const int ParamAuthKeyLength = 3;
        internal const int ParamSaltKeyLength = 4;
        internal const int ParamPrf = 5;
        internal const int ParamKeyDerivationRate = 6;
        internal const int ParamSrtpEncryption = 7;
        internal const int ParamSrtcpEncryption = 8;
        internal const int ParamFecOrder = 9;
        internal const int ParamSrtpAuthentication = 10;
        internal const int ParamAuthTagLength = 11;
        internal const int ParamPrefixLength = 12;
        internal const int ParamAeadAuthTagLength = 20;

        // Encryption algorithm values (RFC 3830; 6 = AES-GCM per RFC 7714 14.2 / 3GPP TS 33.180)
        public const int EncryptionNull = 0;
        public const int EncryptionAesCm = 1;
        public const int EncryptionAesGcm = 6;

        // Authentication algorithm values (RFC 3830)
        public const int AuthNull = 0;
        public const int AuthHmacSha1 = 1;

        public SrtpPolicy()
        {
            EncryptionAlgorithm = EncryptionAesCm;
            EncryptionKeyLength = 16;
            AuthAlgorithm = AuthHmacSha1;
            AuthKeyLength = 20;
            SaltKeyLength = 14;
            KeyDerivationRate = 0;
            SrtpEncryption = true;
            SrtcpEncryption = true;
            SrtpAuthentication = true;
            AuthTagLength = 10;
            AeadTagLength = 16;
            MkiLength = 0;
        }

        /// <summary>0 NULL, 1 AES-CM (RFC 3711 4.1.1, RFC 6188), 6 AES-GCM (RFC 7714).</summary>
        public int EncryptionAlgorithm { get; set; }
        /// <summary>Master and session encryption key length in octets: 16, 24 or 32.</summary>
        public int EncryptionKeyLength { get; set; }
        /// <summary>0 NULL, 1 HMAC-SHA1 (ignored for AES-GCM, which authenticates itself).</summary>
        public int AuthAlgorithm { get; set; }
        /// <summary>Session authentication key length in octets (20 for HMAC-SHA1).</summary>
        public int AuthKeyLength { get; set; }
        /// <summary>Master and session salt length in octets: 14 for AES-CM, 12 for AES-GCM.</summary>
        public int SaltKeyLength { get; set; }
        /// <summary>Key derivation rate: 0 (derive once) or a power of two up to 2^24 (RFC 3711 4.3.1).</summary>
        public uint KeyDerivationRate { get; set; }
        public bool SrtpEncryption { get; set; }
        public bool SrtcpEncryption { get; set; }
        /// <summary>SRTP (not SRTCP) authentication on/off (SP type 10). SRTCP is authenticated whenever an auth
        /// algorithm is set (RFC 3711 3.4: SRTCP authentication is mandatory).</summary>
        public bool SrtpAuthentication { get; set; }
        /// <summary>HMAC-SHA1 tag length in octets: 10 (80 bits) or 4 (32 bits).</summary>
        public int AuthTagLength { get; set; }
        /// <summary>AES-GCM tag length in octets (RFC 7714: 16; 8 and 12 accepted).</summary>
        public int AeadTagLength { get; set; }
        /// <summary>Length of the MKI field carried in every packet (0 = no MKI, RFC 3711 3.1).</summary>
        public int MkiLength { get; set; }

        /// <summary>A copy of every field.</summary>
        public SrtpPolicy Clone()
        {
            SrtpPolicy p = new SrtpPolicy();
            p.EncryptionAlgorithm = EncryptionAlgorithm;
            p.EncryptionKeyLength = EncryptionKeyLength;
            p.AuthAlgorithm = AuthAlgorithm;
            p.AuthKeyLength = AuthKeyLength;
            p.SaltKeyLength = SaltKeyLength;
            p.KeyDerivationRate = KeyDerivationRate;
            p.SrtpEncryption = SrtpEncryption;
            p.SrtcpEncryption = SrtcpEncryption;
            p.SrtpAuthentication = SrtpAuthentication;
            p.AuthTagLength = AuthTagLength;
            p.AeadTagLength = AeadTagLength;
            p.MkiLength = MkiLength;
            return p;
        }

        public bool IsAead { get { return EncryptionAlgorithm == EncryptionAesGcm; } }

        /// <summary>Octets of tag on an SRTP packet under this policy.</summary>
        public int RtpTagLength
        {
            get
            {
                if (IsAead) return AeadTagLength;
                return (AuthAlgorithm == AuthHmacSha1 && SrtpAuthentication) ? AuthTagLength : 0;
            }
        }

        /// <summary>Octets of tag on an SRTCP packet under this policy.</summary>
        public int RtcpTagLength
        {
            get
            {
                if (IsAead) return AeadTagLength;
                return AuthAlgorithm == AuthHmacSha1 ? AuthTagLength : 0;
            }
        }

        /// <summary>AES_CM_128_HMAC_SHA1_80 (RFC 4568 6.2.1; the RFC 3830 default).</summary>
        public static SrtpPolicy AesCm128HmacSha1_80() { return AesCm(16, 10); }
        /// <summary>AES_CM_128_HMAC_SHA1_32.</summary>
        public static SrtpPolicy AesCm128HmacSha1_32() { return AesCm(16, 4); }
        /// <summary>AES_192_CM_HMAC_SHA1_80 (RFC 6188).</summary>
        public static SrtpPolicy AesCm192HmacSha1_80() { return AesCm(24, 10); }
        /// <summary>AES_256_CM_HMAC_SHA1_80 (RFC 6188).</summary>
        public static SrtpPolicy AesCm256HmacSha1_80() { return AesCm(32, 10); }
        /// <summary>AES_256_CM_HMAC_SHA1_32 (RFC 6188).</summary>
        public static SrtpPolicy AesCm256HmacSha1_32() { return AesCm(32, 4); }
        /// <summary>AEAD_AES_128_GCM (RFC 7714; what the 3GPP MCX SP payload asks for).</summary>
        public static SrtpPolicy AeadAes128Gcm() { return Gcm(16); }
        /// <summary>AEAD_AES_256_GCM (RFC 7714).</summary>
        public static SrtpPolicy AeadAes256Gcm() { return Gcm(32); }

        /// <summary>NULL cipher with HMAC-SHA1-80 (testing only: no confidentiality).</summary>
        public static SrtpPolicy NullCipherHmacSha1_80()
        {
            SrtpPolicy p = AesCm(16, 10);
            p.EncryptionAlgorithm = EncryptionNull;
            p.SrtpEncryption = false;
            p.SrtcpEncryption = false;
            return p;
        }

        private static SrtpPolicy AesCm(int keyLength, int tagLength)
        {
            SrtpPolicy p = new SrtpPolicy();
            p.EncryptionKeyLength = keyLength;
            p.AuthTagLength = tagLength;
            return p;
        }

        private static SrtpPolicy Gcm(int keyLength)
        {
            SrtpPolicy p = new SrtpPolicy();
            p.EncryptionAlgorithm = EncryptionAesGcm;
            p.EncryptionKeyLength = keyLength;
            p.AuthAlgorithm = AuthNull;
            p.AuthKeyLength = 0;
            p.SaltKeyLength = 12;
            p.AeadTagLength = 16;
            return p;
        }

        /// <summary>
        /// Builds a policy from the parameters of a MIKEY SP payload (RFC 3830 6.10, protocol type 0): parallel
        /// arrays of parameter types and their values (each value a big-endian unsigned integer of 1 to 4 octets).
        /// Parameters not given keep RFC 3830 defaults; for AES-GCM the salt defaults to 12 octets and the HMAC
        /// parameters are ignored. Unsupported values (AES-f8, a non-AES-CM PRF, an SRTP prefix, FEC order other
        /// than 0) throw <see cref="SrtpException"/> with <see cref="SrtpError.InvalidPolicy"/>. Types this
        /// implementation does not use (13, 18, 19: ROC transmission, 3GPP extensions) are accepted and ignored.
        /// </summary>
        internal static SrtpPolicy FromParameters(int[] types, byte[][] values)
        {
            if (types == null || values == null || types.Length != values.Length)
                throw Invalid("SP parameter types and values must be arrays of the same length");
            SrtpPolicy p = new SrtpPolicy();
            bool saltGiven = false, authGiven = false, authKeyGiven = false;
            for (int i = 0; i < types.Length; i++)
            {
                uint v = ParseValue(types[i], values[i]);
                switch (types[i])
                {
                    case ParamEncryptionAlgorithm:
                        if (v != EncryptionNull && v != EncryptionAesCm && v != EncryptionAesGcm)
                            throw Invalid("SP encryption algorithm " + v + " is not supported (0 NULL, 1 AES-CM, 6 AES-GCM)");
                        p.EncryptionAlgorithm = (int)v; break;
                    case ParamEncryptionKeyLength: p.EncryptionKeyLength = (int)v; break;
                    case ParamAuthAlgorithm: p.AuthAlgorithm = (int)v; authGiven = true; break;
                    case ParamAuthKeyLength: p.AuthKeyLength = (int)v; authKeyGiven = true; break;
                    case ParamSaltKeyLength: p.SaltKeyLength = (int)v; saltGiven = true; break;
                    case ParamPrf:
                        if (v != 0) throw Invalid("SP SRTP PRF " + v + " is not supported (0 AES-CM)");
                        break;
                    case ParamKeyDerivationRate: p.KeyDerivationRate = v; break;
                    case ParamSrtpEncryption: p.SrtpEncryption = v != 0; break;
                    case ParamSrtcpEncryption: p.SrtcpEncryption = v != 0; break;
                    case ParamFecOrder:
                        if (v != 0) throw Invalid("SP FEC order " + v + " is not supported (0 FEC-SRTP)");
                        break;
                    case ParamSrtpAuthentication: p.SrtpAuthentication = v != 0; break;
                    case ParamAuthTagLength: p.AuthTagLength = (int)v; break;
                    case ParamPrefixLength:
                        if (v != 0) throw Invalid("SP SRTP prefix length " + v + " is not supported (0)");
                        break;
                    case ParamAeadAuthTagLength: p.AeadTagLength = (int)v; break;
                    default: break; // 13 ROC transmission rate, 18/19 (3GPP): not used by this engine
                }
            }
            if (p.EncryptionAlgorithm == EncryptionAesGcm)
            {
                if (!saltGiven) p.SaltKeyLength = 12;
                p.AuthAlgorithm = AuthNull; // RFC 7714: the AEAD tag replaces HMAC; 3GPP SPs carry an auth value anyway
                p.AuthKeyLength = 0;
            }
            else if (authGiven && p.AuthAlgorithm == AuthNull && !authKeyGiven)
            {
                p.AuthKeyLength = 0;
            }
            if (p.EncryptionAlgorithm == EncryptionNull)
            {
                p.SrtpEncryption = false;
                p.SrtcpEncryption = false;
            }
            p.Validate();
            return p;
        }

        /// <summary>Throws <see cref="SrtpException"/> (InvalidPolicy) unless this policy is one the engine runs.</summary>
        public void Validate()
        {
            if (EncryptionAlgorithm != EncryptionNull && EncryptionAlgorithm != EncryptionAesCm && EncryptionAlgorithm != EncryptionAesGcm)
                throw Invalid("encryption algorithm " + EncryptionAlgorithm + " is not supported");
            if (EncryptionKeyLength != 16 && EncryptionKeyLength != 24 && EncryptionKeyLength != 32)
                throw Invalid("encryption key length " + EncryptionKeyLength + " (16, 24 or 32 octets)");
            if (IsAead)
            {
                if (SaltKeyLength != 12) throw Invalid("AES-GCM salt length " + SaltKeyLength + " (RFC 7714: 12 octets)");
                if (AeadTagLength != 8 && AeadTagLength != 12 && AeadTagLength != 16)
                    throw Invalid("AEAD tag length " + AeadTagLength + " (8, 12 or 16 octets)");
            }
            else
            {
                if (SaltKeyLength != 14) throw Invalid("AES-CM salt length " + SaltKeyLength + " (RFC 3711: 14 octets)");
                if (AuthAlgorithm != AuthNull && AuthAlgorithm != AuthHmacSha1)
                    throw Invalid("authentication algorithm " + AuthAlgorithm + " is not supported (0 NULL, 1 HMAC-SHA1)");
                if (AuthAlgorithm == AuthHmacSha1)
                {
                    if (AuthKeyLength < 1 || AuthKeyLength > 64) throw Invalid("auth key length " + AuthKeyLength);
                    if (AuthTagLength < 4 || AuthTagLength > 20) throw Invalid("auth tag length " + AuthTagLength + " (4..20 octets)");
                }
            }
            if (KeyDerivationRate != 0)
            {
                if ((KeyDerivationRate & (KeyDerivationRate - 1)) != 0 || KeyDerivationRate > (1u << 24))
                    throw Invalid("key derivation rate " + KeyDerivationRate + " (0 or 2^t, t <= 24: RFC 3711 4.3.1)");
            }
            if (MkiLength < 0 || MkiLength > 16) throw Invalid("MKI length " + MkiLength + " (0..16 octets)");
        }

        private static uint ParseValue(int type, byte[] value)
        {
            if (value == null || value.Length < 1 || value.Length > 4)
                throw Invalid("SP parameter " + type + " has a value of " + (value == null ? 0 : value.Length) + " octets (1..4 supported)");
            uint v = 0;
            for (int i = 0; i < value.Length; i++) v = (v << 8) | value[i];
            return v;
        }

        private static SrtpException Invalid(string message)
        {
            return new SrtpException(SrtpError.InvalidPolicy, message);
        }
    }
}
