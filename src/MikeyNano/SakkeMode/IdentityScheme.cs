using System;
using MikeyNano.Errors;
using MikeyNano.Identity;

namespace MikeyNano.Mikey.SakkeMode
{
    /// <summary>
    /// How a user's URI becomes the identifier that SAKKE encrypts to and ECCSI signs with; the SAKKE payload's
    /// "ID scheme" field names it.
    /// </summary>
    public static class IdentityScheme
    {
        /// <summary>RFC 6509 section 3.2: "YYYY-MM" 0x00 URI 0x00, monthly keys (ID scheme 1).</summary>
        public const int TelUriMonthly = 1;
        /// <summary>3GPP TS 33.180 Annex F.2.1: the 32-octet MIKEY-SAKKE UID (ID scheme 2).</summary>
        public const int Uid3gpp = 2;

        /// <summary>The identifier of <paramref name="uri"/> under <paramref name="scheme"/> at NTP time
        /// <paramref name="ntpSeconds"/> (the I_MESSAGE's T), with <paramref name="kms"/>'s key-period parameters.</summary>
        public static byte[] Identifier(int scheme, string uri, KmsPublicKeys kms, ulong ntpSeconds)
        {
            if (scheme == TelUriMonthly)
            {
                DateTime t = NtpTime(ntpSeconds);
                return Rfc6509Identifier.Create(t.Year, t.Month, uri);
            }
            if (scheme == Uid3gpp)
            {
                ulong period = KeyPeriod.Number(ntpSeconds, kms.UserKeyPeriod, kms.UserKeyOffset);
                return MikeySakkeUid.Compute(uri, kms.KmsUri, kms.UserKeyPeriod, kms.UserKeyOffset, period);
            }
            throw new MikeyException(MikeyErrorCode.InvalidId, "unknown SAKKE identifier scheme " + scheme);
        }

        /// <summary>The RFC 6509 identifier (scheme 1) of a URI given as the octets an IDR payload carries, at NTP time
        /// <paramref name="ntpSeconds"/>: octets, so that no zero octet can be lost on the way (MikeyException
        /// Invalid-ID for an empty URI or one with a zero octet).</summary>
        public static byte[] TelUriIdentifier(byte[] uri, ulong ntpSeconds)
        {
            DateTime t = NtpTime(ntpSeconds);
            try
            {
                return Rfc6509Identifier.Create(t.Year, t.Month, uri);
            }
            catch (InvalidEncodingException e)
            {
                throw new MikeyException(MikeyErrorCode.InvalidId, e.Message);
            }
        }

        /// <summary>The 3GPP UID (scheme 2) of a URI given as the octets an IDR payload carries, for the key period of
        /// <paramref name="kms"/> that contains NTP time <paramref name="ntpSeconds"/> (TS 33.180 F.2.1).</summary>
        internal static byte[] UidOf(byte[] uri, KmsPublicKeys kms, ulong ntpSeconds)
        {
            return MikeySakkeUid.Compute(uri, MikeyNano.Bytes.Utf8.Encode(kms.KmsUri), kms.UserKeyPeriod, kms.UserKeyOffset,
                PeriodOf(kms, ntpSeconds));
        }

        /// <summary>The number of <paramref name="kms"/>'s key period that contains NTP time
        /// <paramref name="ntpSeconds"/>; a time before its first period is MikeyException Invalid-TS.</summary>
        internal static ulong PeriodOf(KmsPublicKeys kms, ulong ntpSeconds)
        {
            if (ntpSeconds < kms.UserKeyOffset)
                throw new MikeyException(MikeyErrorCode.InvalidTs, "time " + ntpSeconds + " is before the first key period of KMS "
                    + kms.KmsUri + " (UserKeyOffset " + kms.UserKeyOffset + ")");
            return KeyPeriod.Number(ntpSeconds, kms.UserKeyPeriod, kms.UserKeyOffset);
        }

        private static DateTime NtpTime(ulong ntpSeconds)
        {
            return new DateTime(1900, 1, 1).AddSeconds((double)ntpSeconds); // NTP epoch (RFC 5905)
        }
    }
}
