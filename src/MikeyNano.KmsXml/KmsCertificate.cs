using System;
using MikeyNano.Mikey.SakkeMode;

namespace MikeyNano.KmsXml
{
    /// <summary>A TS 33.180 D.3.2.2 KmsCertificate: the community's KMS URI, key-period parameters and public keys
    /// (PubEncKey = SAKKE Z_T, PubAuthKey = ECCSI KPAK).</summary>
    public sealed class KmsCertificate
    {
        public string Id { get; set; }
        public string Version { get; set; } = "1.1.0";
        /// <summary>"Root" or "External".</summary>
        public string Role { get; set; } = "Root";
        public string CertUri { get; set; }
        public string KmsUri { get; set; }
        public string Issuer { get; set; }
        public DateTime? ValidFrom { get; set; }
        public DateTime? ValidTo { get; set; }
        public bool Revoked { get; set; }
        public string UserIdFormat { get; set; } = KmsXmlNames.UidFormat;
        /// <summary>Seconds per user key period.</summary>
        public ulong UserKeyPeriod { get; set; }
        /// <summary>Seconds from the NTP epoch to the start of key period 0.</summary>
        public ulong UserKeyOffset { get; set; }
        /// <summary>Z_T, 257 octets 04 || x || y.</summary>
        public byte[] PubEncKey { get; set; }
        /// <summary>KPAK, 65 octets 04 || x || y.</summary>
        public byte[] PubAuthKey { get; set; }
        public int? ParameterSet { get; set; }

        /// <summary>The certificate as the library's KMS public keys, after the checks a radio makes before it trusts it:
        /// not revoked, UserIdFormat 2 (the F.2.1 UID, the only format whose UID we can check), a positive key period,
        /// Z_T of 257 and KPAK of 65 octets.</summary>
        public KmsPublicKeys ToKmsPublicKeys()
        {
            if (Revoked) throw new KmsXmlException(KmsXmlCheck.Certificate, "the KmsCertificate of " + KmsUri + " is revoked");
            if (UserIdFormat != KmsXmlNames.UidFormat)
                throw new KmsXmlException(KmsXmlCheck.Certificate, "UserIdFormat '" + UserIdFormat + "' is not 2 (TS 33.180 F.2.1 UID)");
            if (UserKeyPeriod == 0) throw new KmsXmlException(KmsXmlCheck.Certificate, "UserKeyPeriod is 0");
            if (PubEncKey == null || PubEncKey.Length != 257)
                throw new KmsXmlException(KmsXmlCheck.KeyLength, "PubEncKey (Z_T) must be 257 octets, got " + (PubEncKey?.Length ?? 0));
            if (PubAuthKey == null || PubAuthKey.Length != 65)
                throw new KmsXmlException(KmsXmlCheck.KeyLength, "PubAuthKey (KPAK) must be 65 octets, got " + (PubAuthKey?.Length ?? 0));
            return new KmsPublicKeys(KmsUri, PubEncKey, PubAuthKey, UserKeyPeriod, UserKeyOffset);
        }

        public static KmsCertificate From(KmsPublicKeys keys) => new()
        {
            KmsUri = keys.KmsUri, CertUri = keys.KmsUri, UserKeyPeriod = keys.UserKeyPeriod, UserKeyOffset = keys.UserKeyOffset,
            PubEncKey = keys.SakkePublicKey, PubAuthKey = keys.Kpak,
        };
    }
}
