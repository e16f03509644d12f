namespace MikeyNano.Mikey.Payloads
{
    /// <summary>General Extension payload (RFC 3830 section 6.15): Type(8) | Length(16) | Data. Types 0 vendor ID,
    /// 1 SDP IDs; 3GPP TS 33.180: 6 SAKKE-to-self, 7 key parameters (E.6, see <see cref="KeyParameters"/>).
    /// Any type is carried.</summary>
    public sealed class GeneralExtensionPayload : MikeyPayload
    {
        public const int TypeVendorId = 0;
        public const int TypeSdpIds = 1;
        public const int TypeSakkeToSelf = 6;
        public const int TypeKeyParameters = 7;

        public GeneralExtensionPayload(int extensionType, byte[] data)
        {
            MikeyWriter.CheckLength(data, 0xFFFF, "General Extension data");
            ExtensionType = extensionType & 0xFF;
            Data = data;
        }

        public int ExtensionType { get; private set; }

        public byte[] Data { get; private set; }

        public override int PayloadType { get { return MikeyPayloadType.GeneralExtension; } }

        internal override int BodyLength { get { return 3 + MikeyWriter.LengthOf(Data); } }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteByte(ExtensionType);
            w.WriteLength16AndBytes(Data, "General Extension data");
        }

        internal static GeneralExtensionPayload Read(MikeyReader r)
        {
            int type = r.ReadByte("General Extension: type");
            int n = r.ReadUInt16("General Extension: length");
            return new GeneralExtensionPayload(type, r.ReadBytes(n, "General Extension: data"));
        }
    }
}
