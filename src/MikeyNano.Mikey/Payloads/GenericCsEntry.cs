using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>One crypto session of a GENERIC-ID CS ID map (RFC 6043 section 6.1.2): CS ID(8) | Prot type(8) |
    /// S(1) | #P(7) | Ps(#P x 8) | Session Data Length(16) | Session Data | SPI Length(8) | SPI.
    /// In 3GPP TS 33.180 the SPI holds the key IDs: GMK-ID || GUK-ID for a GMK, the CSK-ID for a CSK.</summary>
    public sealed class GenericCsEntry
    {
        public GenericCsEntry(int csId, int protType, bool sFlag, byte[] policies, byte[] sessionData, byte[] spi)
        {
            MikeyWriter.CheckLength(policies, 0x7F, "GENERIC-ID policy list");
            MikeyWriter.CheckLength(sessionData, 0xFFFF, "GENERIC-ID session data");
            MikeyWriter.CheckLength(spi, 0xFF, "GENERIC-ID SPI");
            CsId = csId & 0xFF;
            ProtType = protType & 0xFF;
            SFlag = sFlag;
            Policies = policies == null ? new byte[0] : policies;
            SessionData = sessionData == null ? new byte[0] : sessionData;
            Spi = spi == null ? new byte[0] : spi;
        }

        public int CsId { get; private set; }

        public int ProtType { get; private set; }

        /// <summary>The S flag (RFC 6043: session data is [not] present for each stream as per the security protocol).</summary>
        public bool SFlag { get; private set; }

        /// <summary>Policy numbers (of SP payloads) that apply to this crypto session.</summary>
        public byte[] Policies { get; private set; }

        public byte[] SessionData { get; private set; }

        public byte[] Spi { get; private set; }

        /// <summary>The SPI read as consecutive 32-bit key IDs (3GPP); a trailing partial word is ignored.</summary>
        public uint[] KeyIds
        {
            get
            {
                uint[] ids = new uint[Spi.Length / 4];
                for (int i = 0; i < ids.Length; i++)
                    ids[i] = ((uint)Spi[4 * i] << 24) | ((uint)Spi[4 * i + 1] << 16) | ((uint)Spi[4 * i + 2] << 8) | Spi[4 * i + 3];
                return ids;
            }
        }

        internal int EncodedLength { get { return 3 + Policies.Length + 2 + SessionData.Length + 1 + Spi.Length; } }

        internal void Write(MikeyWriter w)
        {
            w.WriteByte(CsId);
            w.WriteByte(ProtType);
            w.WriteByte((SFlag ? 0x80 : 0) | Policies.Length);
            w.WriteBytes(Policies);
            w.WriteLength16AndBytes(SessionData, "GENERIC-ID session data");
            w.WriteLength8AndBytes(Spi, "GENERIC-ID SPI");
        }

        internal static GenericCsEntry Read(MikeyReader r)
        {
            int csId = r.ReadByte("GENERIC-ID: CS ID");
            int prot = r.ReadByte("GENERIC-ID: prot type");
            int sp = r.ReadByte("GENERIC-ID: S/#P");
            byte[] ps = r.ReadBytes(sp & 0x7F, "GENERIC-ID: policies");
            byte[] sd = r.ReadBytes(r.ReadUInt16("GENERIC-ID: session data length"), "GENERIC-ID: session data");
            byte[] spi = r.ReadBytes(r.ReadByte("GENERIC-ID: SPI length"), "GENERIC-ID: SPI");
            return new GenericCsEntry(csId, prot, (sp & 0x80) != 0, ps, sd, spi);
        }
    }
}
