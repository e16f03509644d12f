using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Ts33180;

namespace MikeyNano.Mikey
{
    /// <summary>
    /// Accessors for the 3GPP TS 33.180 (MCX) MIKEY-SAKKE profile as it appears on the wire: UIDs in IDR roles 8/9,
    /// KMS URIs in roles 6/7, key IDs in the GENERIC-ID map SPI, 4-bit purpose tags in the key IDs (TS 33.180 Annex G /
    /// digest section 7.2), the General Extension type 7 key parameters.
    /// </summary>
    public static class Ts33180Profile
    {
        // Purpose tags: the 4 most significant bits of every 32-bit key ID.
        public const int PurposeGmk = 0;
        public const int PurposePck = 1;
        public const int PurposeCsk = 2;
        public const int PurposeSpk = 3;
        public const int PurposeMkfc = 4;
        public const int PurposeMscck = 5;
        public const int PurposeMusik = 6;

        /// <summary>The purpose tag of a key ID (its top 4 bits).</summary>
        public static int PurposeOf(uint keyId)
        {
            return (int)(keyId >> 28);
        }

        public static string PurposeName(int purpose)
        {
            switch (purpose)
            {
                case PurposeGmk: return "GMK";
                case PurposePck: return "PCK";
                case PurposeCsk: return "CSK";
                case PurposeSpk: return "SPK";
                case PurposeMkfc: return "MKFC";
                case PurposeMscck: return "MSCCK";
                case PurposeMusik: return "MuSiK";
                default: return "purpose " + purpose;
            }
        }

        /// <summary>The initiator's identifier for ECCSI: the UID of IDR role 8, else the IDRi (role 1) data; null if neither.</summary>
        internal static byte[] InitiatorId(MikeyMessage m)
        {
            IdrPayload p = m.FindIdr(IdrPayload.RoleInitiatorUid);
            if (p == null) p = m.FindIdr(IdrPayload.RoleInitiator);
            return p == null ? null : p.Data;
        }

        /// <summary>The responder's identifier for SAKKE: the UID of IDR role 9, else the IDRr (role 2) data; null if neither.</summary>
        internal static byte[] ResponderId(MikeyMessage m)
        {
            IdrPayload p = m.FindIdr(IdrPayload.RoleResponderUid);
            if (p == null) p = m.FindIdr(IdrPayload.RoleResponder);
            return p == null ? null : p.Data;
        }

        /// <summary>IDR role 8 (initiator UID) data, or null.</summary>
        internal static byte[] InitiatorUid(MikeyMessage m)
        {
            IdrPayload p = m.FindIdr(IdrPayload.RoleInitiatorUid);
            return p == null ? null : p.Data;
        }

        /// <summary>IDR role 9 (responder UID) data, or null.</summary>
        internal static byte[] ResponderUid(MikeyMessage m)
        {
            IdrPayload p = m.FindIdr(IdrPayload.RoleResponderUid);
            return p == null ? null : p.Data;
        }

        /// <summary>IDR role 6 (initiator's KMS URI) data, or null.</summary>
        internal static byte[] InitiatorKms(MikeyMessage m)
        {
            IdrPayload p = m.FindIdr(IdrPayload.RoleInitiatorKms);
            return p == null ? null : p.Data;
        }

        /// <summary>IDR role 7 (responder's KMS URI) data, or null.</summary>
        internal static byte[] ResponderKms(MikeyMessage m)
        {
            IdrPayload p = m.FindIdr(IdrPayload.RoleResponderKms);
            return p == null ? null : p.Data;
        }

        /// <summary>The key IDs in the SPI of GENERIC-ID crypto session <paramref name="index"/> (GMK: GMK-ID, GUK-ID;
        /// CSK: CSK-ID). Throws when the HDR has no GENERIC-ID map or fewer entries.</summary>
        internal static uint[] KeyIds(MikeyMessage m, int index)
        {
            GenericCsEntry[] e = m.Header.GenericEntries;
            if (e == null || index < 0 || index >= e.Length)
                throw MikeyException.Malformed("HDR has no GENERIC-ID crypto session " + index);
            return e[index].KeyIds;
        }

        /// <summary>The legacy (unencrypted) key parameters of General Extension type 7, or null when absent or protected.</summary>
        public static KeyParameters LegacyKeyParameters(MikeyMessage m)
        {
            GeneralExtensionPayload g = m.FindGeneralExtension(GeneralExtensionPayload.TypeKeyParameters);
            return g == null ? null : Payloads.KeyParameters.TryParseLegacy(g.Data);
        }

        /// <summary>The key parameters of General Extension type 7 (TS 33.180 E.6), or null when the message has none.
        /// The protected form is authenticated and decrypted with the DPCK derived from <paramref name="ssv"/> (the
        /// GMK/PCK/CSK the SAKKE payload carried) and the payload's DPPK-ID, which must equal the HDR CSB ID; the
        /// unencrypted legacy form is decoded as sent (its key types are one higher). Throws
        /// <see cref="AuthenticationException"/> on a wrong key or altered data, <see cref="MikeyException"/> when the
        /// data is neither form or the DPPK-ID is not the CSB ID.</summary>
        public static KeyParameters KeyParameters(MikeyMessage m, byte[] ssv)
        {
            GeneralExtensionPayload g = m.FindGeneralExtension(GeneralExtensionPayload.TypeKeyParameters);
            if (g == null) return null;
            if (g.Data.Length < ProtectedPayload.HeaderLength + ProtectedPayload.TagLength)
            {
                KeyParameters legacy = Payloads.KeyParameters.TryParseLegacy(g.Data);
                if (legacy == null) throw MikeyException.Malformed("General Extension type 7: neither protected nor legacy key parameters");
                return legacy;
            }
            ProtectedPayload p = ProtectedPayload.Parse(g.Data);
            if (p.DppkId != m.Header.CsbId)
                throw MikeyException.Malformed("General Extension type 7: DPPK-ID " + Hex32(p.DppkId) + " is not the CSB ID " + Hex32(m.Header.CsbId));
            return p.Open(ssv);
        }

        private static string Hex32(uint v)
        {
            byte[] b = new byte[4];
            MikeyNano.Bytes.BigEndian.WriteUInt32(b, 0, v);
            return MikeyNano.Bytes.Hex.Encode(b);
        }
    }
}
