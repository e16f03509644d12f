namespace MikeyNano.Mikey.Payloads
{
    /// <summary>SAKKE payload (RFC 6509 section 4.2): SAKKE params(8) | ID scheme(8) | SAKKE data length(16) |
    /// SAKKE data. Params 1 = parameter set 1 (RFC 6509 Appendix A); ID scheme 1 = tel URI with monthly keys
    /// (RFC 6509), 2 = MIKEY-SAKKE UID (3GPP TS 33.180). Data = SAKKE Encapsulated Data R || H (273 octets for set 1).
    /// Unknown params and schemes are carried; the endpoint rejects what it cannot use.</summary>
    public sealed class SakkePayload : MikeyPayload
    {
        public const int ParameterSet1 = 1;
        public const int SchemeTelUriMonthly = 1;
        public const int SchemeUid = 2;

        public SakkePayload(int sakkeParams, int idScheme, byte[] data)
        {
            MikeyWriter.CheckLength(data, 0xFFFF, "SAKKE data");
            Params = sakkeParams & 0xFF;
            IdScheme = idScheme & 0xFF;
            Data = data;
        }

        public int Params { get; private set; }

        public int IdScheme { get; private set; }

        /// <summary>The SAKKE Encapsulated Data.</summary>
        public byte[] Data { get; private set; }

        public override int PayloadType { get { return MikeyPayloadType.Sakke; } }

        internal override int BodyLength { get { return 4 + MikeyWriter.LengthOf(Data); } }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteByte(Params);
            w.WriteByte(IdScheme);
            w.WriteLength16AndBytes(Data, "SAKKE data");
        }

        internal static SakkePayload Read(MikeyReader r)
        {
            int p = r.ReadByte("SAKKE: params");
            int s = r.ReadByte("SAKKE: ID scheme");
            int n = r.ReadUInt16("SAKKE: data length");
            return new SakkePayload(p, s, r.ReadBytes(n, "SAKKE: data"));
        }
    }
}
