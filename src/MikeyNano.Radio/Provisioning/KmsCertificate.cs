using MikeyNano.Bytes;
using MikeyNano.Mikey.SakkeMode;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// The fields of a TS 33.180 Annex D KmsCertificate that a radio needs (public data): the KMS URI, UserIdFormat
    /// (2: the F.2.1 UID), UserKeyPeriod and UserKeyOffset in seconds, the optional validity (NTP seconds, 0 = not
    /// given), PubEncKey Z_T (257 octets) and PubAuthKey KPAK (65 octets). Encoded as in docs/provisioning.md
    /// ("Install KMS certificate"); <see cref="KmsCertificateCheck"/> validates it.
    /// </summary>
    public sealed class KmsCertificate
    {
        public const int UidFormat3gpp = 2;
        public const int PubEncKeyLength = 257;
        public const int PubAuthKeyLength = 65;

        public KmsCertificate(string kmsUri, int userIdFormat, ulong userKeyPeriod, ulong userKeyOffset, ulong validFrom,
                              ulong validTo, byte[] pubEncKey, byte[] pubAuthKey)
        {
            KmsUri = kmsUri;
            UserIdFormat = userIdFormat;
            UserKeyPeriod = userKeyPeriod;
            UserKeyOffset = userKeyOffset;
            ValidFrom = validFrom;
            ValidTo = validTo;
            PubEncKey = pubEncKey == null ? new byte[0] : (byte[])pubEncKey.Clone();
            PubAuthKey = pubAuthKey == null ? new byte[0] : (byte[])pubAuthKey.Clone();
        }

        public string KmsUri { get; private set; }
        public int UserIdFormat { get; private set; }
        public ulong UserKeyPeriod { get; private set; }
        public ulong UserKeyOffset { get; private set; }
        /// <summary>NTP seconds from which the certificate is valid; 0 when the KMS gave no ValidFrom.</summary>
        public ulong ValidFrom { get; private set; }
        /// <summary>First NTP second at which it is no longer valid; 0 when the KMS gave no ValidTo.</summary>
        public ulong ValidTo { get; private set; }
        public byte[] PubEncKey { get; private set; }
        public byte[] PubAuthKey { get; private set; }

        /// <summary>The KMS as the SAKKE-mode endpoint takes it.</summary>
        public KmsPublicKeys ToKmsPublicKeys()
        {
            return new KmsPublicKeys(KmsUri, PubEncKey, PubAuthKey, UserKeyPeriod, UserKeyOffset);
        }

        /// <summary>True when both name the same KMS keys and key periods (validity may differ): key sets issued under
        /// one stay valid under the other.</summary>
        public bool SameKeysAs(KmsCertificate other)
        {
            return other != null && KmsUri == other.KmsUri && UserIdFormat == other.UserIdFormat
                && UserKeyPeriod == other.UserKeyPeriod && UserKeyOffset == other.UserKeyOffset
                && ConstantTime.AreEqual(PubEncKey, other.PubEncKey) && ConstantTime.AreEqual(PubAuthKey, other.PubAuthKey);
        }

        internal void WriteTo(PayloadWriter w)
        {
            if (PubEncKey.Length != PubEncKeyLength || PubAuthKey.Length != PubAuthKeyLength)
                throw new MikeyNano.Errors.InvalidEncodingException("KMS certificate: PubEncKey must be 257 octets and PubAuthKey 65");
            w.Text8(KmsUri, false);
            w.Octet(UserIdFormat);
            w.UInt64(UserKeyPeriod);
            w.UInt64(UserKeyOffset);
            w.UInt64(ValidFrom);
            w.UInt64(ValidTo);
            w.Octets(PubEncKey);
            w.Octets(PubAuthKey);
        }

        internal static KmsCertificate ReadFrom(PayloadReader r)
        {
            string uri = r.Text8("KmsUri");
            int format = r.Octet();
            ulong period = r.UInt64();
            ulong offset = r.UInt64();
            ulong from = r.UInt64();
            ulong to = r.UInt64();
            byte[] z = r.Octets(PubEncKeyLength, "PubEncKey");
            byte[] kpak = r.Octets(PubAuthKeyLength, "PubAuthKey");
            return new KmsCertificate(uri, format, period, offset, from, to, z, kpak);
        }
    }
}
