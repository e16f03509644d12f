using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>
    /// The key parameters of a 3GPP TS 33.180 General Extension type 7 (E.6), in the unencrypted legacy form some
    /// gateways still send: key type(8) | status(32) | activation time(40) | expiry time(40) | text length(16) | text |
    /// [rest: MC group IDs etc., kept raw]. Key types follow TS 33.180 E.6.11 (1 GMK, 2 PCK, 3 CSK, 4 SPK, 5 MKFC,
    /// 6 MSCCK, 7 MuSiK); status bit 0 = not revoked, bit 1 = shared with gateway. The current form of type 7 is
    /// protected (AES-GCM under a key derived from the GMK/PCK/CSK) and cannot be decoded without the key:
    /// <see cref="TryParseLegacy"/> returns null when the data is not a consistent legacy encoding.
    /// </summary>
    public sealed class KeyParameters
    {
        public const int StatusNotRevoked = 1;
        public const int StatusSharedWithGateway = 2;

        private KeyParameters() { }

        public int KeyType { get; private set; }

        public uint Status { get; private set; }

        /// <summary>Activation time (40-bit value as sent).</summary>
        public ulong ActivationTime { get; private set; }

        /// <summary>Expiry time (40-bit value as sent).</summary>
        public ulong ExpiryTime { get; private set; }

        /// <summary>The text field (raw octets; UTF-8 per TS 33.180).</summary>
        public byte[] Text { get; private set; }

        /// <summary>Octets after the text (MC group IDs), kept raw.</summary>
        public byte[] Rest { get; private set; }

        public bool NotRevoked { get { return (Status & StatusNotRevoked) != 0; } }

        /// <summary>Decodes the legacy (unencrypted) form, or returns null if the octets are not one: shorter than 17
        /// octets, an unknown key type (not 1..7), or a text length that overruns the data.</summary>
        public static KeyParameters TryParseLegacy(byte[] data)
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

        private static ulong Read40(byte[] d, int o)
        {
            ulong v = 0;
            for (int i = 0; i < 5; i++) v = (v << 8) | d[o + i];
            return v;
        }
    }
}
