using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>ERR payload (RFC 3830 section 6.12): Error no(8) | Reserved(16). Error numbers are
    /// <see cref="MikeyErrorCode"/>; an unknown number is carried as it is.</summary>
    public sealed class ErrorPayload : MikeyPayload
    {
        public ErrorPayload(int errorNo) : this(errorNo, 0) { }

        public ErrorPayload(int errorNo, int reserved)
        {
            ErrorNo = errorNo & 0xFF;
            Reserved = reserved & 0xFFFF;
        }

        public int ErrorNo { get; private set; }

        /// <summary>The reserved field, kept so that re-encoding reproduces the input.</summary>
        public int Reserved { get; private set; }

        public override int PayloadType { get { return MikeyPayloadType.Err; } }

        internal override int BodyLength { get { return 3; } }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteByte(ErrorNo);
            w.WriteUInt16(Reserved);
        }

        internal static ErrorPayload Read(MikeyReader r)
        {
            int no = r.ReadByte("ERR: error no");
            return new ErrorPayload(no, r.ReadUInt16("ERR: reserved"));
        }
    }
}
