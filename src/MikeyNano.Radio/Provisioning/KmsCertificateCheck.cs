using MikeyNano.Curves;
using MikeyNano.Errors;
using MikeyNano.Sakke;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// What the device checks in a KMS certificate before it stores it (issue 13 Deliver 4; TS 33.180 Annex D
    /// KmsCertificate): a URI, UserIdFormat 2 (the F.2.1 UID: the only format this protocol provisions), a positive
    /// UserKeyPeriod whose periods stay within 64-bit NTP seconds, Z_T a point of the SAKKE curve E (RFC 6508 section 2.1,
    /// parameter set 1), KPAK a point of P-256 (RFC 6507 section 4.2), ValidFrom before ValidTo when both are given,
    /// and the device's time inside the validity. Each refusal is a <see cref="ProvisioningException"/> naming the field.
    /// </summary>
    internal static class KmsCertificateCheck
    {
        public static void Validate(KmsCertificate c, ulong ntpNow)
        {
            if (c.KmsUri == null || c.KmsUri.Length == 0) throw Invalid("empty KmsUri");
            if (c.UserIdFormat != KmsCertificate.UidFormat3gpp)
                throw Invalid("UserIdFormat " + c.UserIdFormat + " is not 2 (the TS 33.180 F.2.1 UID)");
            if (c.UserKeyPeriod == 0) throw Invalid("UserKeyPeriod is 0");
            if (c.UserKeyOffset >= ulong.MaxValue - c.UserKeyPeriod) throw Invalid("UserKeyOffset leaves no key period");
            try
            {
                new SakkeCurve(SakkeParameterSet1.Field).Decode(c.PubEncKey);
            }
            catch (MikeyNanoException e)
            {
                throw Invalid("PubEncKey (Z_T): " + e.Message);
            }
            try
            {
                P256Point.Decode(c.PubAuthKey, 0, c.PubAuthKey.Length);
            }
            catch (MikeyNanoException e)
            {
                throw Invalid("PubAuthKey (KPAK): " + e.Message);
            }
            if (c.ValidFrom != 0 && c.ValidTo != 0 && c.ValidFrom >= c.ValidTo)
                throw Invalid("ValidFrom " + c.ValidFrom + " is not before ValidTo " + c.ValidTo);
            CheckValidAt(c, ntpNow);
        }

        /// <summary>Throws certificate-not-valid-now unless <paramref name="ntpNow"/> lies in the validity.</summary>
        public static void CheckValidAt(KmsCertificate c, ulong ntpNow)
        {
            if ((c.ValidFrom != 0 && ntpNow < c.ValidFrom) || (c.ValidTo != 0 && ntpNow >= c.ValidTo))
                throw new ProvisioningException(ProvisioningError.CertificateNotValidNow, "KMS certificate of " + c.KmsUri
                    + " is valid from " + c.ValidFrom + " to " + c.ValidTo + " (NTP seconds), the device's time is " + ntpNow);
        }

        private static ProvisioningException Invalid(string message)
        {
            return new ProvisioningException(ProvisioningError.CertificateInvalid, "KMS certificate: " + message);
        }
    }
}
