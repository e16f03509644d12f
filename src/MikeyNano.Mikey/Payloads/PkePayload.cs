using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>PKE payload (RFC 3830 section 6.3): C(2) | Data len(14) | Data. C: 0 no cache, 1 cache, 2 cache for CSB.</summary>
    public sealed class PkePayload : MikeyPayload
    {
        public PkePayload(int cache, byte[] data)
        {
            if (cache < 0 || cache > 2) throw MikeyException.Malformed("PKE: unknown cache type " + cache);
            MikeyWriter.CheckLength(data, 0x3FFF, "PKE data");
            Cache = cache;
            Data = data;
        }

        public int Cache { get; private set; }

        public byte[] Data { get; private set; }

        public override int PayloadType { get { return MikeyPayloadType.Pke; } }

        internal override int BodyLength { get { return 2 + MikeyWriter.LengthOf(Data); } }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteUInt16((Cache << 14) | MikeyWriter.CheckLength(Data, 0x3FFF, "PKE data"));
            w.WriteBytes(Data);
        }

        internal static PkePayload Read(MikeyReader r)
        {
            int v = r.ReadUInt16("PKE: C/length");
            return new PkePayload(v >> 14, r.ReadBytes(v & 0x3FFF, "PKE: data"));
        }
    }
}
