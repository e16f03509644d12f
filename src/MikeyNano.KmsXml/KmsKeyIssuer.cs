using MikeyNano.Eccsi;
using MikeyNano.Entropy;
using MikeyNano.Identity;
using MikeyNano.Sakke;

namespace MikeyNano.KmsXml
{
    /// <summary>Our test KMS's side of KmsKeyProv: the key set of one user for one key period, issued for the TS 33.180
    /// F.2.1 UID of (UserUri, KmsUri, UserKeyPeriod, UserKeyOffset, KeyPeriodNo): RSK = [1/(z_T + UID)]P (RFC 6508
    /// 6.1.1) and (SSK, PVT) (RFC 6507 5.1.1).</summary>
    public static class KmsKeyIssuer
    {
        public static KmsKeySet Issue(SakkeKms sakke, EccsiKms eccsi, KmsCertificate certificate, string userUri, ulong keyPeriodNo, IRandomSource rng)
        {
            byte[] uid = MikeySakkeUid.Compute(userUri, certificate.KmsUri, certificate.UserKeyPeriod, certificate.UserKeyOffset, keyPeriodNo);
            byte[] ssk = eccsi.Issue(uid, rng, out byte[] pvt);
            return new KmsKeySet
            {
                Id = "keyset-" + keyPeriodNo,
                KmsUri = certificate.KmsUri,
                CertUri = certificate.CertUri,
                UserUri = userUri,
                UserId = uid,
                KeyPeriodNo = keyPeriodNo,
                UserDecryptKey = sakke.IssueRsk(uid),
                UserSigningKeySsk = ssk,
                UserPubTokenPvt = pvt,
            };
        }
    }
}
