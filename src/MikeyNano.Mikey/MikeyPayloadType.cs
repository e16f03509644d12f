namespace MikeyNano.Mikey
{
    /// <summary>Next-payload type numbers (RFC 3830 section 6.1, RFC 6043, RFC 6509; IANA "MIKEY Payload Name Spaces").</summary>
    public static class MikeyPayloadType
    {
        public const int Last = 0;
        public const int Kemac = 1;
        public const int Pke = 2;
        public const int Dh = 3;
        public const int Sign = 4;
        public const int T = 5;
        public const int Id = 6;
        public const int Cert = 7;
        public const int Chash = 8;
        public const int V = 9;
        public const int Sp = 10;
        public const int Rand = 11;
        public const int Err = 12;
        /// <summary>RFC 6043 ID payload with a role field.</summary>
        public const int Idr = 14;
        /// <summary>Key data sub-payload: only inside the KEMAC encrypted data, never in the message chain.</summary>
        public const int KeyData = 20;
        public const int GeneralExtension = 21;
        /// <summary>RFC 6509 SAKKE payload.</summary>
        public const int Sakke = 26;

        /// <summary>A short name for display ("SAKKE", "IDR", ...), or "type N" for a number we do not know.</summary>
        public static string Name(int type)
        {
            switch (type)
            {
                case Last: return "Last";
                case Kemac: return "KEMAC";
                case Pke: return "PKE";
                case Dh: return "DH";
                case Sign: return "SIGN";
                case T: return "T";
                case Id: return "ID";
                case Cert: return "CERT";
                case Chash: return "CHASH";
                case V: return "V";
                case Sp: return "SP";
                case Rand: return "RAND";
                case Err: return "ERR";
                case Idr: return "IDR";
                case KeyData: return "Key data";
                case GeneralExtension: return "General Extension";
                case Sakke: return "SAKKE";
                default: return "type " + type;
            }
        }
    }
}
