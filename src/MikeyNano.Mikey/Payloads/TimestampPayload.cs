using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>T payload (RFC 3830 section 6.6): TS type(8) | TS value (64 bits for NTP-UTC and NTP, 32 for COUNTER).</summary>
    public sealed class TimestampPayload : MikeyPayload
    {
        public const int NtpUtc = 0;
        public const int Ntp = 1;
        public const int Counter = 2;

        public TimestampPayload(int tsType, ulong value)
        {
            if (ValueLength(tsType) < 0) throw new MikeyException(MikeyErrorCode.InvalidTs, "unknown TS type " + tsType);
            TsType = tsType;
            Value = value;
        }

        public int TsType { get; private set; }

        /// <summary>For NTP types: 32-bit seconds since 1900 in the high half, 32-bit fraction in the low half.
        /// For COUNTER: the 32-bit counter.</summary>
        public ulong Value { get; set; }

        /// <summary>Whole NTP seconds (the high 32 bits) for NTP types; the counter for COUNTER.</summary>
        public long Seconds { get { return TsType == Counter ? (long)Value : (long)(Value >> 32); } }

        public override int PayloadType { get { return MikeyPayloadType.T; } }

        internal override int BodyLength { get { return 1 + ValueLength(TsType); } }

        /// <summary>Octets of the TS value for a TS type, or -1 if the type is unknown.</summary>
        internal static int ValueLength(int tsType)
        {
            if (tsType == NtpUtc || tsType == Ntp) return 8;
            if (tsType == Counter) return 4;
            return -1;
        }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteByte(TsType);
            if (TsType == Counter) w.WriteUInt32((uint)Value);
            else { w.WriteUInt32((uint)(Value >> 32)); w.WriteUInt32((uint)Value); }
        }

        internal static TimestampPayload Read(MikeyReader r)
        {
            int type = r.ReadByte("T: TS type");
            int n = ValueLength(type);
            if (n < 0) throw new MikeyException(MikeyErrorCode.InvalidTs, "T: unknown TS type " + type);
            ulong v;
            if (n == 4) v = r.ReadUInt32("T: COUNTER value");
            else
            {
                ulong hi = r.ReadUInt32("T: NTP value");
                v = (hi << 32) | r.ReadUInt32("T: NTP value");
            }
            return new TimestampPayload(type, v);
        }
    }
}
