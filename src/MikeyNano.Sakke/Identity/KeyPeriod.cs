using System;
using MikeyNano.Errors;

namespace MikeyNano.Identity
{
    /// <summary>
    /// The current user key period number of 3GPP TS 33.180 (the KeyPeriodNo that goes into the UID):
    /// floor((now - UserKeyOffset) / UserKeyPeriod), with now in NTP seconds (seconds since 1900-01-01 UTC), the time
    /// base 3GPP uses for the key period. NTP seconds here count across NTP eras (RFC 5905 section 6: era x 2^32 + era
    /// offset), so they go on past 2^32 after 2036-02-07T06:28:16Z; a MIKEY T payload carries them modulo 2^32 and
    /// TimestampPayload.SecondsNear restores the era.
    /// </summary>
    public static class KeyPeriod
    {
        /// <summary>Seconds from 1900-01-01 (the NTP era 0 origin) to 1970-01-01.</summary>
        public const ulong NtpToUnixSeconds = 2208988800UL;

        /// <summary>DateTime ticks (100 ns since 0001-01-01) of 1900-01-01 00:00 UTC.</summary>
        internal const long NtpEpochTicks = 599266080000000000L;

        /// <summary>The key period number at <paramref name="ntpSeconds"/>.</summary>
        public static ulong Number(ulong ntpSeconds, ulong userKeyPeriod, ulong userKeyOffset)
        {
            if (userKeyPeriod == 0) throw new InvalidKeyException("key period: UserKeyPeriod must not be zero");
            if (ntpSeconds < userKeyOffset) throw new InvalidKeyException("key period: the time is before UserKeyOffset");
            return (ntpSeconds - userKeyOffset) / userKeyPeriod;
        }

        /// <summary>The first NTP second of key period <paramref name="number"/>.</summary>
        public static ulong Start(ulong number, ulong userKeyPeriod, ulong userKeyOffset)
        {
            return userKeyOffset + number * userKeyPeriod;
        }

        /// <summary>NTP seconds of a UTC time, counted across eras (DateTime ticks are 100 ns since 0001-01-01).</summary>
        public static ulong NtpSeconds(DateTime utc)
        {
            long seconds = (utc.Ticks - NtpEpochTicks) / 10000000L;
            if (seconds < 0) throw new InvalidKeyException("key period: time before 1900");
            return (ulong)seconds;
        }
    }
}
