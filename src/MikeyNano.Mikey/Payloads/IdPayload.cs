using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>ID payload (RFC 3830 section 6.7): ID type(8) | ID len(16) | ID data. Types 0 NAI, 1 URI,
    /// 2 byte string (RFC 6043).</summary>
    public sealed class IdPayload : MikeyPayload
    {
        public const int Nai = 0;
        public const int Uri = 1;
        public const int ByteString = 2;

        public IdPayload(int idType, byte[] data)
        {
            CheckType(idType);
            MikeyWriter.CheckLength(data, 0xFFFF, "ID data");
            IdType = idType;
            Data = data;
        }

        public int IdType { get; private set; }

        public byte[] Data { get; private set; }

        public override int PayloadType { get { return MikeyPayloadType.Id; } }

        internal override int BodyLength { get { return 3 + MikeyWriter.LengthOf(Data); } }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteByte(IdType);
            w.WriteLength16AndBytes(Data, "ID data");
        }

        internal static void CheckType(int idType)
        {
            if (idType < Nai || idType > ByteString) throw new MikeyException(MikeyErrorCode.InvalidId, "unknown ID type " + idType);
        }

        internal static IdPayload Read(MikeyReader r)
        {
            int type = r.ReadByte("ID: type");
            CheckType(type);
            int n = r.ReadUInt16("ID: length");
            return new IdPayload(type, r.ReadBytes(n, "ID: data"));
        }
    }
}
