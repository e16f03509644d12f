using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>Common header HDR (RFC 3830 section 6.1): version(8) | data type(8) | next payload(8) | V(1) |
    /// PRF func(7) | CSB ID(32) | #CS(8) | CS ID map type(8) | CS ID map info. Map types 0 SRTP-ID (RFC 3830),
    /// 1 empty (3GPP TS 33.180), 2 GENERIC-ID (RFC 6043).</summary>
    public sealed class HeaderPayload
    {
        public const int Version1 = 1;
        public const int MapSrtpId = 0;
        public const int MapEmpty = 1;
        public const int MapGenericId = 2;
        public const int PrfMikey1 = 0;
        public const int PrfHmacSha256 = 1;

        private HeaderPayload(int dataType, bool verify, int prfFunc, uint csbId, int csCount, int mapType,
                              SrtpCsEntry[] srtp, GenericCsEntry[] generic)
        {
            if (!MikeyDataType.IsKnown(dataType)) throw new MikeyException(MikeyErrorCode.InvalidDt, "HDR: unsupported data type " + dataType);
            CheckPrf(prfFunc);
            if (csCount < 0 || csCount > 0xFF) throw MikeyException.Malformed("HDR: #CS must fit in 8 bits");
            DataType = dataType;
            VerificationRequested = verify;
            PrfFunc = prfFunc;
            CsbId = csbId;
            CsCount = csCount;
            MapType = mapType;
            SrtpEntries = srtp;
            GenericEntries = generic;
        }

        /// <summary>A header with an SRTP-ID map (#CS = entries.Length).</summary>
        public static HeaderPayload WithSrtpMap(int dataType, bool verify, int prfFunc, uint csbId, SrtpCsEntry[] entries)
        {
            return new HeaderPayload(dataType, verify, prfFunc, csbId, entries.Length, MapSrtpId, entries, null);
        }

        /// <summary>A header with a GENERIC-ID map (#CS = entries.Length).</summary>
        public static HeaderPayload WithGenericMap(int dataType, bool verify, int prfFunc, uint csbId, GenericCsEntry[] entries)
        {
            return new HeaderPayload(dataType, verify, prfFunc, csbId, entries.Length, MapGenericId, null, entries);
        }

        /// <summary>A header with the empty map (type 1); <paramref name="csCount"/> is written as #CS (3GPP uses 0).</summary>
        public static HeaderPayload WithEmptyMap(int dataType, bool verify, int prfFunc, uint csbId, int csCount)
        {
            return new HeaderPayload(dataType, verify, prfFunc, csbId, csCount, MapEmpty, null, null);
        }

        public int Version { get { return Version1; } }

        public int DataType { get; private set; }

        /// <summary>The V flag: a verification message (response) is requested.</summary>
        public bool VerificationRequested { get; set; }

        /// <summary>0 = MIKEY-1 (HMAC-SHA-1), 1 = PRF-HMAC-SHA-256 (RFC 6043).</summary>
        public int PrfFunc { get; private set; }

        public uint CsbId { get; set; }

        /// <summary>#CS as on the wire.</summary>
        public int CsCount { get; private set; }

        public int MapType { get; private set; }

        /// <summary>The SRTP-ID map entries (map type 0), else null.</summary>
        public SrtpCsEntry[] SrtpEntries { get; private set; }

        /// <summary>The GENERIC-ID map entries (map type 2), else null.</summary>
        public GenericCsEntry[] GenericEntries { get; private set; }

        private static void CheckPrf(int prf)
        {
            if (prf != PrfMikey1 && prf != PrfHmacSha256) throw new MikeyException(MikeyErrorCode.InvalidPrf, "HDR: unsupported PRF func " + prf);
        }

        internal int EncodedLength
        {
            get
            {
                int n = 10;
                if (MapType == MapSrtpId) n += 9 * SrtpEntries.Length;
                if (MapType == MapGenericId) for (int i = 0; i < GenericEntries.Length; i++) n += GenericEntries[i].EncodedLength;
                return n;
            }
        }

        internal void Write(MikeyWriter w, int nextPayload)
        {
            w.WriteByte(Version1);
            w.WriteByte(DataType);
            w.WriteByte(nextPayload);
            w.WriteByte((VerificationRequested ? 0x80 : 0) | PrfFunc);
            w.WriteUInt32(CsbId);
            w.WriteByte(CsCount);
            w.WriteByte(MapType);
            if (MapType == MapSrtpId)
                for (int i = 0; i < SrtpEntries.Length; i++)
                {
                    w.WriteByte(SrtpEntries[i].PolicyNo);
                    w.WriteUInt32(SrtpEntries[i].Ssrc);
                    w.WriteUInt32(SrtpEntries[i].Roc);
                }
            if (MapType == MapGenericId)
                for (int i = 0; i < GenericEntries.Length; i++) GenericEntries[i].Write(w);
        }

        /// <summary>Reads the HDR; <paramref name="nextPayload"/> receives the type of the first payload after it.</summary>
        internal static HeaderPayload Read(MikeyReader r, out int nextPayload)
        {
            int version = r.ReadByte("HDR: version");
            if (version != Version1) throw MikeyException.Malformed("HDR: unsupported MIKEY version " + version);
            int dataType = r.ReadByte("HDR: data type");
            if (!MikeyDataType.IsKnown(dataType)) throw new MikeyException(MikeyErrorCode.InvalidDt, "HDR: unsupported data type " + dataType);
            nextPayload = r.ReadByte("HDR: next payload");
            int vprf = r.ReadByte("HDR: V/PRF func");
            CheckPrf(vprf & 0x7F);
            uint csb = r.ReadUInt32("HDR: CSB ID");
            int cs = r.ReadByte("HDR: #CS");
            int map = r.ReadByte("HDR: CS ID map type");
            SrtpCsEntry[] srtp = null;
            GenericCsEntry[] generic = null;
            if (map == MapSrtpId)
            {
                r.Require(9 * cs, "HDR: SRTP-ID map");
                srtp = new SrtpCsEntry[cs];
                for (int i = 0; i < cs; i++)
                {
                    int policy = r.ReadByte("HDR: SRTP-ID policy");
                    uint ssrc = r.ReadUInt32("HDR: SRTP-ID SSRC");
                    srtp[i] = new SrtpCsEntry(policy, ssrc, r.ReadUInt32("HDR: SRTP-ID ROC"));
                }
            }
            else if (map == MapGenericId)
            {
                r.Require(6 * cs, "HDR: GENERIC-ID map"); // each entry is at least 6 octets
                generic = new GenericCsEntry[cs];
                for (int i = 0; i < cs; i++) generic[i] = GenericCsEntry.Read(r);
            }
            else if (map != MapEmpty)
                throw MikeyException.Malformed("HDR: unknown CS ID map type " + map);
            return new HeaderPayload(dataType, (vprf & 0x80) != 0, vprf & 0x7F, csb, cs, map, srtp, generic);
        }
    }
}
