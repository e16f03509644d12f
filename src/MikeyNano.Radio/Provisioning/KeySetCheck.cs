using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.Errors;
using MikeyNano.Identity;
using MikeyNano.Sakke;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// What the device checks in a user key set before it stores it, in this order, each with its own error code:
    /// the UserID is the TS 33.180 F.2.1 UID of (UserUri, KmsUri, UserKeyPeriod, UserKeyOffset, KeyPeriodNo)
    /// (uid-mismatch); the key period is the current one at the device's time or the next (key-period-refused); the
    /// KMS certificate is valid now; the RSK validates against Z_T (RFC 6508 section 6.1.2: &lt;[b]P + Z_T, RSK&gt; == g,
    /// rsk-invalid); (SSK, PVT) validates against KPAK (RFC 6507 section 5.1.2, ssk-invalid). The library's own
    /// validators do the key checks (SakkeReceiver, EccsiSigner), without tables, and the objects are wiped at once.
    /// </summary>
    internal static class KeySetCheck
    {
        public static void Validate(KmsCertificate c, string uri, byte[] uid, ulong keyPeriodNo, byte[] rsk, byte[] ssk,
                                    byte[] pvt, ulong ntpNow)
        {
            if (keyPeriodNo >= (ulong.MaxValue - c.UserKeyOffset) / c.UserKeyPeriod)
                throw new ProvisioningException(ProvisioningError.KeyPeriodRefused, "key period " + keyPeriodNo + " ends beyond 64-bit NTP seconds");
            byte[] expected = MikeySakkeUid.Compute(uri, c.KmsUri, c.UserKeyPeriod, c.UserKeyOffset, keyPeriodNo);
            if (!ConstantTime.AreEqual(expected, uid))
                throw new ProvisioningException(ProvisioningError.UidMismatch, "UserID is not the TS 33.180 F.2.1 UID of '" + uri
                    + "' under KMS " + c.KmsUri + " for key period " + keyPeriodNo);
            if (ntpNow < c.UserKeyOffset)
                throw new ProvisioningException(ProvisioningError.KeyPeriodRefused, "the device's time is before the KMS's first key period");
            ulong current = KeyPeriod.Number(ntpNow, c.UserKeyPeriod, c.UserKeyOffset);
            if (keyPeriodNo != current && keyPeriodNo != current + 1)
                throw new ProvisioningException(ProvisioningError.KeyPeriodRefused, "key period " + keyPeriodNo
                    + " is neither the current one (" + current + ") nor the next at NTP time " + ntpNow);
            KmsCertificateCheck.CheckValidAt(c, ntpNow);
            try
            {
                new SakkeReceiver(c.PubEncKey, uid, rsk, false).Wipe();
            }
            catch (MikeyNanoException e)
            {
                throw new ProvisioningException(ProvisioningError.RskInvalid, e.Message);
            }
            try
            {
                new EccsiSigner(c.PubAuthKey, uid, ssk, pvt, false).Wipe();
            }
            catch (MikeyNanoException e)
            {
                throw new ProvisioningException(ProvisioningError.SskInvalid, e.Message);
            }
        }
    }
}
