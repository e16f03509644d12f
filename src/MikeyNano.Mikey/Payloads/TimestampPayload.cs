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

        /// <summary>Whole NTP seconds (the high 32 bits) for NTP types; the counter for COUNTER. For NTP types these are
        /// the seconds within an NTP era, which wrap on 2036-02-07T06:28:16Z: read them with <see cref="SecondsNear"/>.</summary>
        public long Seconds { get { return TsType == Counter ? (long)Value : (long)(Value >> 32); } }

        /// <summary>For NTP types: the NTP seconds counted across eras (RFC 5905 section 6: era number x 2^32 + era
        /// offset, the scale of KeyPeriod.NtpSeconds) that this timestamp's 32-bit seconds stand for, read against a clock
        /// on that scale: of the times with these low 32 bits, the one nearest <paramref name="ntpNow"/>, never before
        /// 1900. The T payload carries no era, so a timestamp within 68 years of the clock is read right on either side
        /// of the end of era 0. For COUNTER: the counter.</summary>
        public ulong SecondsNear(ulong ntpNow)
        {
            if (TsType == Counter) return Value;
            return NearestInEra(Value >> 32, ntpNow);
        }

        /// <summary>The value with the low 32 bits of <paramref name="eraSeconds"/> nearest <paramref name="ntpNow"/>
        /// (ties: the era of ntpNow); unsigned throughout, so no era below 0.</summary>
        private static ulong NearestInEra(ulong eraSeconds, ulong ntpNow)
        {
            const ulong Era = 0x100000000UL, HalfEra = 0x80000000UL;
            ulong t = (ntpNow & 0xFFFFFFFF00000000UL) | (eraSeconds & 0xFFFFFFFFUL);
            if (t > ntpNow)
            {
                if (t - ntpNow > HalfEra && t >= Era) t -= Era;
            }
            else if (ntpNow - t > HalfEra)
            {
                t += Era;
            }
            return t;
        }

        /// <summary>An NTP-UTC timestamp of whole NTP seconds <paramref name="ntpSeconds"/> counted across eras: the
        /// T payload keeps the seconds within the era (RFC 5905 section 6), the receiver restores the era from its clock.</summary>
        internal static TimestampPayload NtpUtcAt(ulong ntpSeconds)
        {
            return new TimestampPayload(NtpUtc, (ntpSeconds & 0xFFFFFFFFUL) << 32);
        }

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
