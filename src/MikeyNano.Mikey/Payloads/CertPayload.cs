using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>CERT payload (RFC 3830 section 6.7): Cert type(8) | Cert len(16) | Certificate. Types 0 X.509v3,
    /// 1 X.509v3 URL, 2 X.509v3 Sign, 3 X.509v3 Encr.</summary>
    public sealed class CertPayload : MikeyPayload
    {
        public CertPayload(int certType, byte[] data)
        {
            CheckType(certType);
            MikeyWriter.CheckLength(data, 0xFFFF, "certificate");
            CertType = certType;
            Data = data;
        }

        public int CertType { get; private set; }

        public byte[] Data { get; private set; }

        public override int PayloadType { get { return MikeyPayloadType.Cert; } }

        internal override int BodyLength { get { return 3 + MikeyWriter.LengthOf(Data); } }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteByte(CertType);
            w.WriteLength16AndBytes(Data, "certificate");
        }

        private static void CheckType(int t)
        {
            if (t < 0 || t > 3) throw new MikeyException(MikeyErrorCode.InvalidCert, "unknown certificate type " + t);
        }

        internal static CertPayload Read(MikeyReader r)
        {
            int type = r.ReadByte("CERT: type");
            CheckType(type);
            int n = r.ReadUInt16("CERT: length");
            return new CertPayload(type, r.ReadBytes(n, "CERT: data"));
        }
    }
}
