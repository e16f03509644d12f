using MikeyNano.Errors;

namespace MikeyNano.Mikey.SakkeMode
{
    /// <summary>
    /// What a radio knows of one KMS (its "KMS certificate", TS 33.180 KmsInit): its URI, the SAKKE public key Z_T
    /// (257 octets, RFC 6508), the ECCSI public key KPAK (65 octets, RFC 6507), and the key-period parameters that the
    /// 3GPP UID of its users depends on (TS 33.180 Annex F.2.1). Public data: no validation beyond lengths here; the
    /// SAKKE and ECCSI layers validate the points when they use them.
    /// </summary>
    public sealed class KmsPublicKeys
    {
        public KmsPublicKeys(string kmsUri, byte[] sakkePublicKey, byte[] kpak, ulong userKeyPeriod, ulong userKeyOffset)
        {
            if (kmsUri == null || kmsUri.Length == 0) throw new InvalidKeyException("KMS: empty URI");
            if (sakkePublicKey == null || sakkePublicKey.Length != 257) throw new InvalidKeyException("KMS " + kmsUri + ": Z_T must be 257 octets");
            if (kpak == null || kpak.Length != 65) throw new InvalidKeyException("KMS " + kmsUri + ": KPAK must be 65 octets");
            if (userKeyPeriod == 0) throw new InvalidKeyException("KMS " + kmsUri + ": user key period must be positive");
            KmsUri = kmsUri;
            SakkePublicKey = (byte[])sakkePublicKey.Clone();
            Kpak = (byte[])kpak.Clone();
            UserKeyPeriod = userKeyPeriod;
            UserKeyOffset = userKeyOffset;
        }

        public string KmsUri { get; private set; }
        /// <summary>Z_T = [z_T]P, 0x04 || x || y.</summary>
        public byte[] SakkePublicKey { get; private set; }
        /// <summary>KPAK = [KSAK]G on P-256, 0x04 || x || y.</summary>
        public byte[] Kpak { get; private set; }
        /// <summary>Seconds per user key period (TS 33.180 UserKeyPeriod).</summary>
        public ulong UserKeyPeriod { get; private set; }
        /// <summary>Offset of the key periods from the NTP epoch, in seconds (TS 33.180 UserKeyOffset).</summary>
        public ulong UserKeyOffset { get; private set; }
    }
}
