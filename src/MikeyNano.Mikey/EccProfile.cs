namespace MikeyNano.Mikey
{
    /// <summary>
    /// The code points of MikeyNano's MIKEY ECC profile (../shared/spec/MIKEY-ECC-PROFILE.md section 2) that no RFC
    /// and no IANA registry assigned. NON-STANDARD: draft-ietf-msec-mikey-ecc-03 expired without registering any, so
    /// these are the profile's defaults, each one named constant in this one place; a deployment that agreed on other
    /// values changes them here and nothing else changes. `mikey inspect` marks each as non-standard.
    /// </summary>
    public static class EccProfile
    {
        /// <summary>HDR data type of a MIKEY-ECIES I_MESSAGE (non-standard).</summary>
        public const int EciesInit = 240;
        /// <summary>HDR data type of a MIKEY-ECIES R_MESSAGE (non-standard).</summary>
        public const int EciesResponse = 241;
        /// <summary>HDR data type of a MIKEY-ECMQV I_MESSAGE (non-standard).</summary>
        public const int EcmqvInit = 242;
        /// <summary>HDR data type of a MIKEY-ECMQV R_MESSAGE (non-standard).</summary>
        public const int EcmqvResponse = 243;
        /// <summary>DH-Group of the P-256 ephemeral keys of MIKEY-ECMQV (non-standard).</summary>
        public const int DhGroupP256Ecmqv = 240;
        /// <summary>DH-Group of the P-256 ephemeral keys of DH-SIGN over ECDH (non-standard).</summary>
        public const int DhGroupP256Ecdh = 241;
        /// <summary>SIGN S type: ECDSA P-256 / SHA-256, r || s (non-standard).</summary>
        public const int SignEcdsaP256 = 12;

        /// <summary>A P-256 DH-value: SEC 1 uncompressed, 0x04 || x || y (profile section 3.8).</summary>
        public const int P256PointLength = 65;

        /// <summary>Whether a HDR data type is one of the profile's (non-standard) ones.</summary>
        public static bool IsDataType(int type)
        {
            return type == EciesInit || type == EciesResponse || type == EcmqvInit || type == EcmqvResponse;
        }

        /// <summary>Whether a DH-Group is one of the profile's (non-standard) P-256 groups.</summary>
        public static bool IsDhGroup(int group)
        {
            return group == DhGroupP256Ecmqv || group == DhGroupP256Ecdh;
        }

        /// <summary>The display name of a profile data type, marked non-standard; null for any other type.</summary>
        public static string DataTypeName(int type)
        {
            if (type == EciesInit) return "ECIES I_MSG (non-standard)";
            if (type == EciesResponse) return "ECIES R_MSG (non-standard)";
            if (type == EcmqvInit) return "ECMQV I_MSG (non-standard)";
            if (type == EcmqvResponse) return "ECMQV R_MSG (non-standard)";
            return null;
        }

        /// <summary>The display name of a profile DH group, marked non-standard; null for any other group.</summary>
        public static string DhGroupName(int group)
        {
            if (group == DhGroupP256Ecmqv) return "P-256 ECMQV (non-standard)";
            if (group == DhGroupP256Ecdh) return "P-256 ECDH (non-standard)";
            return null;
        }
    }
}
