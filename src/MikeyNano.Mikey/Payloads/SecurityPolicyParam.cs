namespace MikeyNano.Mikey.Payloads
{
    /// <summary>One policy parameter of an SP payload (RFC 3830 section 6.10): Type(8) | Length(8) | Value.</summary>
    public sealed class SecurityPolicyParam
    {
        // SRTP parameter types (RFC 3830 section 6.10.1, RFC 4771, RFC 7714 / 3GPP TS 33.180 E.2.2).
        public const int EncryptionAlgorithm = 0;
        public const int EncryptionKeyLength = 1;
        public const int AuthenticationAlgorithm = 2;
        public const int AuthenticationKeyLength = 3;
        public const int SaltKeyLength = 4;
        public const int SrtpPrf = 5;
        public const int KeyDerivationRate = 6;
        public const int SrtpEncryption = 7;
        public const int SrtcpEncryption = 8;
        public const int FecOrder = 9;
        public const int SrtpAuthentication = 10;
        public const int AuthenticationTagLength = 11;
        public const int SrtpPrefixLength = 12;
        public const int RocTransmissionRate = 13;
        public const int AeadAuthenticationTagLength = 20;

        // Values of EncryptionAlgorithm.
        public const int EncryptionNull = 0;
        public const int EncryptionAesCm = 1;
        public const int EncryptionAesF8 = 2;
        public const int EncryptionAesGcm = 6;

        public SecurityPolicyParam(int type, byte[] value)
        {
            MikeyWriter.CheckLength(value, 0xFF, "SP parameter value");
            Type = type & 0xFF;
            Value = value;
        }

        public int Type { get; private set; }

        public byte[] Value { get; private set; }

        /// <summary>The value as a big-endian unsigned integer (values longer than 4 octets keep the low 32 bits).</summary>
        public uint IntValue
        {
            get
            {
                uint v = 0;
                if (Value != null) for (int i = 0; i < Value.Length; i++) v = (v << 8) | Value[i];
                return v;
            }
        }
    }
}
