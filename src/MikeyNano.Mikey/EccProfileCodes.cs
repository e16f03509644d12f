namespace MikeyNano.Mikey
{
    /// <summary>
    /// The code points of ../shared/spec/MIKEY-ECC-PROFILE.md section 2 that no RFC and no IANA registry assigned:
    /// NON-STANDARD, MikeyNano's own (draft-ietf-msec-mikey-ecc-03 expired in 2007 without registering any). Each is
    /// one constant here and nowhere else, so a deployment that agreed on other values changes it in this one place;
    /// docs/mikey-modes.md and `mikey inspect` mark every one as non-standard.
    /// </summary>
    public static class EccProfileCodes
    {
        /// <summary>HDR data type of a MIKEY-ECIES I_MESSAGE (profile 4.1). Non-standard.</summary>
        public const int EciesInit = 240;
        /// <summary>HDR data type of a MIKEY-ECIES R_MESSAGE (profile 4.2). Non-standard.</summary>
        public const int EciesResponse = 241;
        /// <summary>HDR data type of a MIKEY-ECMQV I_MESSAGE (profile 5.1). Non-standard.</summary>
        public const int EcmqvInit = 242;
        /// <summary>HDR data type of a MIKEY-ECMQV R_MESSAGE (profile 5.2). Non-standard.</summary>
        public const int EcmqvResponse = 243;
        /// <summary>DH-Group of a P-256 ephemeral key in MIKEY-ECMQV (profile 3.8). Non-standard.</summary>
        public const int DhGroupEcmqvP256 = 240;
        /// <summary>DH-Group of a P-256 ephemeral key in DH-SIGN (profile 3.8, 6). Non-standard.</summary>
        public const int DhGroupEcdhP256 = 241;
        /// <summary>SIGN S type of ECDSA P-256 / SHA-256, r || s (profile 3.7). Non-standard.</summary>
        public const int SignEcdsaP256 = 12;

        /// <summary>Whether <paramref name="dataType"/> is one of the profile's non-standard data types.</summary>
        public static bool IsProfileDataType(int dataType)
        {
            return dataType == EciesInit || dataType == EciesResponse || dataType == EcmqvInit || dataType == EcmqvResponse;
        }

        /// <summary>Whether <paramref name="group"/> is one of the profile's non-standard P-256 DH groups.</summary>
        public static bool IsProfileDhGroup(int group)
        {
            return group == DhGroupEcmqvP256 || group == DhGroupEcdhP256;
        }
    }
}
