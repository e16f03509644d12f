using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>KEMAC payload (RFC 3830 section 6.2): Encr alg(8) | Encr data len(16) | Encr data | MAC alg(8) | MAC.
    /// Encr alg 0 NULL, 1 AES-CM-128, 2 AES-KW-128, 6 AES-GCM-128; MAC alg 0 NULL (no MAC), 1 HMAC-SHA-1-160
    /// (20 octets), 2 HMAC-SHA-256-256 (32 octets, RFC 6043). The encrypted data is kept as it is on the wire;
    /// <see cref="GetKeyData"/> decodes it when it is not encrypted.</summary>
    public sealed class KemacPayload : MikeyPayload
    {
        public const int EncrNull = 0;
        public const int EncrAesCm128 = 1;
        public const int EncrAesKw128 = 2;
        public const int EncrAesGcm128 = 6;
        public const int MacNull = 0;
        public const int MacHmacSha1 = 1;
        public const int MacHmacSha256 = 2;

        public KemacPayload(int encrAlg, byte[] encrData, int macAlg, byte[] mac)
        {
            CheckEncr(encrAlg);
            int n = MacLength(macAlg);
            if (n < 0) throw new MikeyException(MikeyErrorCode.InvalidMac, "KEMAC: unknown MAC algorithm " + macAlg);
            if (MikeyWriter.LengthOf(mac) != n) throw MikeyException.Malformed("KEMAC: MAC must be " + n + " octets");
            MikeyWriter.CheckLength(encrData, 0xFFFF, "KEMAC encrypted data");
            EncrAlg = encrAlg;
            EncrData = encrData;
            MacAlg = macAlg;
            Mac = mac == null ? new byte[0] : mac;
        }

        /// <summary>A NULL-encrypted KEMAC carrying <paramref name="items"/>, with the given MAC.</summary>
        public static KemacPayload WithPlainKeyData(KeyDataPayload[] items, int macAlg, byte[] mac)
        {
            return new KemacPayload(EncrNull, KeyDataPayload.EncodeChain(items), macAlg, mac);
        }

        public int EncrAlg { get; private set; }

        public byte[] EncrData { get; private set; }

        public int MacAlg { get; private set; }

        /// <summary>The MAC (empty for MAC alg NULL). Settable so an initiator can fill it in after encoding.</summary>
        public byte[] Mac { get; set; }

        /// <summary>The key data sub-payloads, when the encrypted data is not encrypted (Encr alg NULL).
        /// For encrypted data, decrypt it and call <see cref="KeyDataPayload.ParseChain"/>.</summary>
        public KeyDataPayload[] GetKeyData()
        {
            if (EncrAlg != EncrNull) throw new MikeyException(MikeyErrorCode.InvalidEa, "KEMAC: encrypted key data must be decrypted first");
            return KeyDataPayload.ParseChain(EncrData);
        }

        internal static int MacLength(int macAlg)
        {
            if (macAlg == MacNull) return 0;
            if (macAlg == MacHmacSha1) return 20;
            if (macAlg == MacHmacSha256) return 32;
            return -1;
        }

        private static void CheckEncr(int a)
        {
            if (a != EncrNull && a != EncrAesCm128 && a != EncrAesKw128 && a != EncrAesGcm128)
                throw new MikeyException(MikeyErrorCode.InvalidEa, "KEMAC: unknown encryption algorithm " + a);
        }

        public override int PayloadType { get { return MikeyPayloadType.Kemac; } }

        internal override int BodyLength { get { return 4 + MikeyWriter.LengthOf(EncrData) + Mac.Length; } }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteByte(EncrAlg);
            w.WriteLength16AndBytes(EncrData, "KEMAC encrypted data");
            w.WriteByte(MacAlg);
            if (Mac.Length != MacLength(MacAlg)) throw MikeyException.Malformed("KEMAC: MAC must be " + MacLength(MacAlg) + " octets");
            w.WriteBytes(Mac);
        }

        internal static KemacPayload Read(MikeyReader r)
        {
            int encr = r.ReadByte("KEMAC: encryption algorithm");
            CheckEncr(encr);
            byte[] data = r.ReadBytes(r.ReadUInt16("KEMAC: data length"), "KEMAC: encrypted data");
            int mac = r.ReadByte("KEMAC: MAC algorithm");
            int n = MacLength(mac);
            if (n < 0) throw new MikeyException(MikeyErrorCode.InvalidMac, "KEMAC: unknown MAC algorithm " + mac);
            return new KemacPayload(encr, data, mac, r.ReadBytes(n, "KEMAC: MAC"));
        }
    }
}
