using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>DH payload (RFC 3830 section 6.4): DH-Group(8) | DH-value | Reserv(4) | KV(4) | KV data.
    /// Groups 0 OAKLEY 5 (1536 bit), 1 OAKLEY 1 (768 bit), 2 OAKLEY 2 (1024 bit) fix the value length.
    /// KV data as in Key data: KV 1 = SPI len(8) | SPI; KV 2 = VF len(8) | VF | VT len(8) | VT.</summary>
    public sealed class DhPayload : MikeyPayload
    {
        public const int Oakley5 = 0;
        public const int Oakley1 = 1;
        public const int Oakley2 = 2;

        public DhPayload(int group, byte[] value, int reserved, int kv, byte[] kvData1, byte[] kvData2)
        {
            int n = ValueLength(group);
            if (n < 0) throw new MikeyException(MikeyErrorCode.InvalidDh, "DH: unknown group " + group);
            if (MikeyWriter.LengthOf(value) != n) throw MikeyException.Malformed("DH: value must be " + n + " octets for group " + group);
            if (kv < 0 || kv > 2) throw MikeyException.Malformed("DH: unknown KV type " + kv);
            MikeyWriter.CheckLength(kvData1, 0xFF, "DH KV field");
            MikeyWriter.CheckLength(kvData2, 0xFF, "DH KV field");
            Group = group;
            Value = value;
            Reserved = reserved & 0x0F;
            Kv = kv;
            KvData1 = kv == 0 ? null : kvData1;
            KvData2 = kv == 2 ? kvData2 : null;
        }

        public int Group { get; private set; }

        public byte[] Value { get; private set; }

        /// <summary>The 4 reserved bits, kept so that re-encoding reproduces the input.</summary>
        public int Reserved { get; private set; }

        public int Kv { get; private set; }

        /// <summary>SPI (KV 1) or VF (KV 2).</summary>
        public byte[] KvData1 { get; private set; }

        /// <summary>VT (KV 2).</summary>
        public byte[] KvData2 { get; private set; }

        internal static int ValueLength(int group)
        {
            if (group == Oakley5) return 192;
            if (group == Oakley1) return 96;
            if (group == Oakley2) return 128;
            if (EccProfile.IsDhGroup(group)) return EccProfile.P256PointLength; // profile section 3.8 (non-standard groups)
            return -1;
        }

        public override int PayloadType { get { return MikeyPayloadType.Dh; } }

        internal override int BodyLength
        {
            get
            {
                int n = 2 + Value.Length;
                if (Kv == 1) n += 1 + MikeyWriter.LengthOf(KvData1);
                if (Kv == 2) n += 2 + MikeyWriter.LengthOf(KvData1) + MikeyWriter.LengthOf(KvData2);
                return n;
            }
        }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteByte(Group);
            w.WriteBytes(Value);
            w.WriteByte((Reserved << 4) | Kv);
            if (Kv >= 1) w.WriteLength8AndBytes(KvData1, "DH KV field");
            if (Kv == 2) w.WriteLength8AndBytes(KvData2, "DH KV field");
        }

        internal static DhPayload Read(MikeyReader r)
        {
            int group = r.ReadByte("DH: group");
            int n = ValueLength(group);
            if (n < 0) throw new MikeyException(MikeyErrorCode.InvalidDh, "DH: unknown group " + group);
            byte[] value = r.ReadBytes(n, "DH: value");
            int rkv = r.ReadByte("DH: reserved/KV");
            int kv = rkv & 0x0F;
            if (kv > 2) throw MikeyException.Malformed("DH: unknown KV type " + kv);
            byte[] a = null, b = null;
            if (kv >= 1) a = r.ReadBytes(r.ReadByte("DH: KV length"), "DH: KV data");
            if (kv == 2) b = r.ReadBytes(r.ReadByte("DH: VT length"), "DH: VT");
            return new DhPayload(group, value, rkv >> 4, kv, a, b);
        }
    }
}
