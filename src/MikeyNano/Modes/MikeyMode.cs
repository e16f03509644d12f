namespace MikeyNano.Mikey.Modes
{
    /// <summary>
    /// The MIKEY key-management modes an endpoint is configured for (one per <see cref="MikeyEndpoint"/>), and their
    /// names for configuration files and command lines. NULL and PSK are RFC 3830 section 3.1 (data type 0, without and
    /// with protection); SAKKE is RFC 6509. ECIES, ECMQV and DH-SIGN are the profile's (../shared/spec/MIKEY-ECC-PROFILE.md)
    /// and have no endpoint yet: their numbers are reserved so configuration can name them.
    /// </summary>
    public static class MikeyMode
    {
        public const int Null = 0;
        public const int Psk = 1;
        public const int Sakke = 2;
        public const int Ecies = 3;
        public const int Ecmqv = 4;
        public const int DhSign = 5;

        /// <summary>"null", "psk", "sakke", "ecies", "ecmqv", "dh-sign"; "mode N" otherwise.</summary>
        public static string Name(int mode)
        {
            // An if-chain: the subset gate refused the IL Roslyn made of a switch here ("unknown opcode 0x24").
            if (mode == Null) return "null";
            if (mode == Psk) return "psk";
            if (mode == Sakke) return "sakke";
            if (mode == Ecies) return "ecies";
            if (mode == Ecmqv) return "ecmqv";
            if (mode == DhSign) return "dh-sign";
            return "mode " + mode;
        }

        /// <summary>The mode of a <see cref="Name"/>, or -1 for a name no mode has.</summary>
        public static int Parse(string name)
        {
            for (int mode = Null; mode <= DhSign; mode++)
                if (Name(mode) == name) return mode;
            return -1;
        }
    }
}
