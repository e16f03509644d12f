namespace MikeyNano.Mikey
{
    /// <summary>HDR data type values (RFC 3830 section 6.1, RFC 4650, RFC 4738, RFC 6509); the profile's non-standard
    /// ones are in <see cref="EccProfile"/>.</summary>
    public static class MikeyDataType
    {
        public const int PreShared = 0;
        public const int PskVerification = 1;
        public const int PublicKey = 2;
        public const int PkVerification = 3;
        public const int DhInit = 4;
        public const int DhResponse = 5;
        public const int Error = 6;
        public const int DhHmacInit = 7;
        public const int DhHmacResponse = 8;
        public const int RsaRInit = 9;
        public const int RsaRResponse = 10;
        /// <summary>RFC 6509 MIKEY-SAKKE I_MESSAGE.</summary>
        public const int Sakke = 26;

        /// <summary>True for the data types this codec accepts.</summary>
        public static bool IsKnown(int type)
        {
            return (type >= PreShared && type <= RsaRResponse) || type == Sakke || EccProfile.IsDataType(type);
        }

        public static string Name(int type)
        {
            switch (type)
            {
                case PreShared: return "Pre-shared";
                case PskVerification: return "PSK ver msg";
                case PublicKey: return "Public key";
                case PkVerification: return "PK ver msg";
                case DhInit: return "D-H init";
                case DhResponse: return "D-H resp";
                case Error: return "Error";
                case DhHmacInit: return "DHHMAC init";
                case DhHmacResponse: return "DHHMAC resp";
                case RsaRInit: return "RSA-R I_MSG";
                case RsaRResponse: return "RSA-R R_MSG";
                case Sakke: return "SAKKE";
                default: return EccProfile.IsDataType(type) ? EccProfile.DataTypeName(type) : "type " + type;
            }
        }
    }
}
