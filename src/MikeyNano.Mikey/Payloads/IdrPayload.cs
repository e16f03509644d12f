using MikeyNano.Errors;

namespace MikeyNano.Mikey.Payloads
{
    /// <summary>IDR payload (RFC 6043 section 6.6): ID Role(8) | ID type(8) | ID len(16) | ID data.
    /// Roles 1 IDRi, 2 IDRr, 3 KMS, 4 PSK, 5 application, 6 initiator's KMS, 7 responder's KMS (RFC 6043/6509);
    /// 8 initiator UID, 9 responder UID (3GPP TS 33.180).</summary>
    public sealed class IdrPayload : MikeyPayload
    {
        public const int RoleInitiator = 1;
        public const int RoleResponder = 2;
        public const int RoleKms = 3;
        public const int RolePsk = 4;
        public const int RoleApplication = 5;
        public const int RoleInitiatorKms = 6;
        public const int RoleResponderKms = 7;
        public const int RoleInitiatorUid = 8;
        public const int RoleResponderUid = 9;

        public IdrPayload(int role, int idType, byte[] data)
        {
            CheckRole(role);
            IdPayload.CheckType(idType);
            MikeyWriter.CheckLength(data, 0xFFFF, "IDR data");
            Role = role;
            IdType = idType;
            Data = data;
        }

        public int Role { get; private set; }

        public int IdType { get; private set; }

        public byte[] Data { get; private set; }

        public override int PayloadType { get { return MikeyPayloadType.Idr; } }

        internal override int BodyLength { get { return 4 + MikeyWriter.LengthOf(Data); } }

        internal override void WriteBody(MikeyWriter w)
        {
            w.WriteByte(Role);
            w.WriteByte(IdType);
            w.WriteLength16AndBytes(Data, "IDR data");
        }

        private static void CheckRole(int role)
        {
            if (role < RoleInitiator || role > RoleResponderUid) throw new MikeyException(MikeyErrorCode.InvalidId, "unknown ID role " + role);
        }

        public static string RoleName(int role)
        {
            switch (role)
            {
                case RoleInitiator: return "IDRi";
                case RoleResponder: return "IDRr";
                case RoleKms: return "IDRkms";
                case RolePsk: return "IDRpsk";
                case RoleApplication: return "IDRapp";
                case RoleInitiatorKms: return "IDRkmsi";
                case RoleResponderKms: return "IDRkmsr";
                case RoleInitiatorUid: return "IDRuidi";
                case RoleResponderUid: return "IDRuidr";
                default: return "role " + role;
            }
        }

        internal static IdrPayload Read(MikeyReader r)
        {
            int role = r.ReadByte("IDR: role");
            CheckRole(role);
            int type = r.ReadByte("IDR: type");
            IdPayload.CheckType(type);
            int n = r.ReadUInt16("IDR: length");
            return new IdrPayload(role, type, r.ReadBytes(n, "IDR: data"));
        }
    }
}
