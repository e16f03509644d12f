using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>
    /// The key parameters of a 3GPP TS 33.180 General Extension type 7 (E.6): key type(8) | status(32) |
    /// activation time(40) | expiry time(40) | text length(16) | text | [for GMK, MKFC, MuSiK: MC group IDs length(16) |
    /// MC group IDs (number of group IDs(8) | IEI(8) | length(16) | group ID ...)] | [rest, kept raw].
    /// Status bit 0 = not revoked, bit 1 = shared with gateway.
    /// The current form is protected (<see cref="MikeyNano.Mikey.Ts33180.ProtectedPayload"/>) and decoded by
    /// <see cref="Parse"/> after decryption; there the key types are the purpose-tag values 0 GMK, 1 PCK, 2 CSK, 3 SPK,
    /// 4 MKFC, 5 MSCCK, 6 MuSiK (the three authenticated Streamwide messages carry 0, 2, 1 for their GMK, CSK, PCK).
    /// The unencrypted legacy form some gateways still send (Streamwide before the fix) numbers them one higher
    /// (1 GMK, 2 PCK, 3 CSK ...) and has no group IDs: <see cref="TryParseLegacy"/> returns null when the data is not a
    /// consistent legacy encoding.
    /// </summary>
    public sealed class KeyParameters
    {
        public const int StatusNotRevoked = 1;
        public const int StatusSharedWithGateway = 2;

        public const int KeyTypeGmk = 0;
        public const int KeyTypePck = 1;
        public const int KeyTypeCsk = 2;
        public const int KeyTypeSpk = 3;
        public const int KeyTypeMkfc = 4;
        public const int KeyTypeMscck = 5;
        public const int KeyTypeMusik = 6;

        private KeyParameters() { }

        public int KeyType { get; private set; }

        public uint Status { get; private set; }

        /// <summary>Activation time (40-bit value as sent).</summary>
        public ulong ActivationTime { get; private set; }

        /// <summary>Expiry time (40-bit value as sent).</summary>
        public ulong ExpiryTime { get; private set; }

        /// <summary>The text field (raw octets; UTF-8 per TS 33.180).</summary>
        public byte[] Text { get; private set; }

        /// <summary>The content of the MC group IDs field (its first octet is the number of group IDs), or null when the
        /// encoding has none (legacy form, or a key type other than GMK, MKFC, MuSiK).</summary>
        public byte[] GroupIds { get; private set; }

        /// <summary>The number of MC group IDs (first octet of <see cref="GroupIds"/>; 0 when absent or empty).</summary>
        public int GroupIdCount { get { return GroupIds == null || GroupIds.Length == 0 ? 0 : GroupIds[0]; } }

        /// <summary>Octets after the text (legacy form) or after the MC group IDs field (protected form), kept raw.</summary>
        public byte[] Rest { get; private set; }

        public bool NotRevoked { get { return (Status & StatusNotRevoked) != 0; } }

        /// <summary>Decodes the legacy (unencrypted) form, or returns null if the octets are not one: shorter than 17
        /// octets, an unknown key type (not 1..7), or a text length that overruns the data.</summary>
        internal static KeyParameters TryParseLegacy(byte[] data)
        {
            if (data == null || data.Length < 17) return null;
            int keyType = data[0];
            if (keyType < 1 || keyType > 7) return null;
            int textLength = (data[15] << 8) | data[16];
            if (textLength > data.Length - 17) return null;
            KeyParameters k = new KeyParameters();
            k.KeyType = keyType;
            k.Status = ((uint)data[1] << 24) | ((uint)data[2] << 16) | ((uint)data[3] << 8) | data[4];
            k.ActivationTime = Read40(data, 5);
            k.ExpiryTime = Read40(data, 10);
            k.Text = MikeyNano.Bytes.Octets.Slice(data, 17, textLength);
            k.Rest = MikeyNano.Bytes.Octets.Slice(data, 17 + textLength, data.Length - 17 - textLength);
            return k;
        }

        /// <summary>Decodes the plaintext of the protected form (TS 33.180 E.6, key types 0-based as in the purpose tags).
        /// Throws <see cref="MikeyException"/> when the data is shorter than 17 octets or a length overruns it.</summary>
        internal static KeyParameters Parse(byte[] data)
        {
            if (data == null || data.Length < 17)
                throw MikeyException.Malformed("key parameters: " + (data == null ? 0 : data.Length) + " octets, need at least 17");
            int textLength = (data[15] << 8) | data[16];
            if (textLength > data.Length - 17)
                throw MikeyException.Malformed("key parameters: text length " + textLength + " overruns the data");
            KeyParameters k = new KeyParameters();
            k.KeyType = data[0];
            k.Status = ((uint)data[1] << 24) | ((uint)data[2] << 16) | ((uint)data[3] << 8) | data[4];
            k.ActivationTime = Read40(data, 5);
            k.ExpiryTime = Read40(data, 10);
            k.Text = MikeyNano.Bytes.Octets.Slice(data, 17, textLength);
            int i = 17 + textLength;
            if (HasGroupIds(k.KeyType) && data.Length - i >= 2)
            {
                int n = (data[i] << 8) | data[i + 1];
                i += 2;
                if (n > data.Length - i)
                    throw MikeyException.Malformed("key parameters: MC group IDs length " + n + " overruns the data");
                k.GroupIds = MikeyNano.Bytes.Octets.Slice(data, i, n);
                i += n;
            }
            k.Rest = MikeyNano.Bytes.Octets.Slice(data, i, data.Length - i);
            return k;
        }

        /// <summary>Key types whose parameters carry MC group IDs (TS 33.180 E.6.1): GMK, MKFC, MuSiK.</summary>
        internal static bool HasGroupIds(int keyType)
        {
            return keyType == KeyTypeGmk || keyType == KeyTypeMkfc || keyType == KeyTypeMusik;
        }

        private static ulong Read40(byte[] d, int o)
        {
            ulong v = 0;
            for (int i = 0; i < 5; i++) v = (v << 8) | d[o + i];
            return v;
        }
    }
}
