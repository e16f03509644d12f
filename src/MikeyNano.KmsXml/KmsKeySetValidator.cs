using MikeyNano.Eccsi;
using MikeyNano.Errors;
using MikeyNano.Identity;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Sakke;
using System.Security.Cryptography;

namespace MikeyNano.KmsXml
{
    /// <summary>
    /// Checks a KmsKeySet against the KmsCertificate of its KMS before anything is loaded anywhere, one named check at a
    /// time: the certificate, Revoked, the KMS URI, the expected user and key period, the value lengths, the UserID as
    /// the TS 33.180 F.2.1 UID of (UserUri, KmsUri, UserKeyPeriod, UserKeyOffset, KeyPeriodNo) (not KeyPeriodNo alone:
    /// deployments disagree on the epoch), the RSK pairing check (RFC 6508 6.1.2) and the SSK/PVT check (RFC 6507 5.1.2).
    /// </summary>
    public static class KmsKeySetValidator
    {
        /// <summary>Throws <see cref="KmsXmlException"/> naming the first failed check. <paramref name="userUri"/> and
        /// <paramref name="keyPeriodNo"/>, when given, are what the caller expects (the radio's user, the current period).</summary>
        public static void Validate(KmsKeySet set, KmsCertificate certificate, string userUri = null, ulong? keyPeriodNo = null)
        {
            KmsPublicKeys kms = certificate.ToKmsPublicKeys();
            if (set.Revoked) throw new KmsXmlException(KmsXmlCheck.Revoked, "the key set of " + set.UserUri + " for period " + set.KeyPeriodNo + " is revoked");
            if (set.KmsUri != certificate.KmsUri)
                throw new KmsXmlException(KmsXmlCheck.KmsUri, "the key set is from KMS '" + set.KmsUri + "', the certificate is of '" + certificate.KmsUri + "'");
            if (userUri != null && set.UserUri != userUri)
                throw new KmsXmlException(KmsXmlCheck.UserUri, "the key set is for '" + set.UserUri + "', expected '" + userUri + "'");
            if (keyPeriodNo != null && set.KeyPeriodNo != keyPeriodNo.Value)
                throw new KmsXmlException(KmsXmlCheck.KeyPeriod, "the key set is for key period " + set.KeyPeriodNo + ", expected " + keyPeriodNo.Value);
            Length(set.UserId, 32, "UserID");
            Length(set.UserDecryptKey, 257, "UserDecryptKey (RSK)");
            Length(set.UserSigningKeySsk, 32, "UserSigningKeySSK");
            Length(set.UserPubTokenPvt, 65, "UserPubTokenPVT");
            byte[] uid = MikeySakkeUid.Compute(set.UserUri, kms.KmsUri, kms.UserKeyPeriod, kms.UserKeyOffset, set.KeyPeriodNo);
            if (!CryptographicOperations.FixedTimeEquals(uid, set.UserId))
                throw new KmsXmlException(KmsXmlCheck.UserId, "UserID is not the TS 33.180 F.2.1 UID of (" + set.UserUri + ", " + kms.KmsUri
                    + ", " + kms.UserKeyPeriod + ", " + kms.UserKeyOffset + ", " + set.KeyPeriodNo + ")");
            try
            {
                new SakkeReceiver(kms.SakkePublicKey, set.UserId, set.UserDecryptKey, false).Wipe();
            }
            catch (InvalidKeyException e)
            {
                throw new KmsXmlException(KmsXmlCheck.RskPairing, "the RSK does not validate against this KMS's Z_T (RFC 6508 6.1.2): " + e.Message, e);
            }
            try
            {
                new EccsiSigner(kms.Kpak, set.UserId, set.UserSigningKeySsk, set.UserPubTokenPvt, false).Wipe();
            }
            catch (InvalidKeyException e)
            {
                throw new KmsXmlException(KmsXmlCheck.SskPvt, "SSK/PVT do not validate against this KMS's KPAK (RFC 6507 5.1.2): " + e.Message, e);
            }
        }

        private static void Length(byte[] value, int expected, string what)
        {
            if (value == null || value.Length != expected)
                throw new KmsXmlException(KmsXmlCheck.KeyLength, what + " must be " + expected + " octets, got " + (value?.Length ?? 0));
        }
    }
}
