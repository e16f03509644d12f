namespace MikeyNano.Mikey.Payloads
{
    /// <summary>RAND payload (RFC 3830 section 6.11): RAND len(8) | RAND. RFC 3830 asks for at least 128 bits; that
    /// is for the endpoint to enforce, the codec carries any length 0..255.</summary>
    public sealed class RandPayload : MikeyPayload
    {
        public RandPayload(byte[] rand)
        {
            MikeyWriter.CheckLength(rand, 0xFF, "RAND");
            Rand = rand;
        }

        public byte[] Rand { get; private set; }

        public override int PayloadType { get { return MikeyPayloadType.Rand; } }

        internal override int BodyLength { get { return 1 + MikeyWriter.LengthOf(Rand); } }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteLength8AndBytes(Rand, "RAND");
        }

        internal static RandPayload Read(MikeyReader r)
        {
            int n = r.ReadByte("RAND: length");
            return new RandPayload(r.ReadBytes(n, "RAND: value"));
        }
    }
}
