using System;
using MikeyNano.Radio;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>
    /// Wall-clock NTP seconds from DateTime.UtcNow, which nanoFramework's ESP32 firmware sets by SNTP once Wi-Fi is
    /// up; before that the clock runs from 1970 or 2000 and is reported as not set (0). Monotonic milliseconds from
    /// Environment.TickCount64 (nanoFramework.Runtime.Native).
    /// </summary>
    internal sealed class DeviceClock : IClock
    {
        /// <summary>Seconds from 1900-01-01 (NTP era 0) to 1970-01-01.</summary>
        internal const long NtpToUnixSeconds = 2208988800L;

        /// <summary>A clock before this year has not been set (the product did not exist before).</summary>
        internal const int FirstPlausibleYear = 2026;

        public ulong NtpSeconds
        {
            get
            {
                DateTime now = DateTime.UtcNow;
                if (now.Year < FirstPlausibleYear) return 0;
                long unixSeconds = (now.Ticks - new DateTime(1970, 1, 1).Ticks) / TimeSpan.TicksPerSecond;
                return (ulong)(unixSeconds + NtpToUnixSeconds);
            }
        }

        public long MonotonicMilliseconds
        {
            get { return Environment.TickCount64; }
        }
    }
}
