using System;
using MikeyNano.Identity;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>The client's default clock: the system's UTC time (the host tool's, or the board's RTC), for the
    /// response deadlines and the host time a request carries.</summary>
    internal sealed class SystemTimeClock : IClock
    {
        public ulong NtpSeconds { get { return KeyPeriod.NtpSeconds(DateTime.UtcNow); } }
        public long MonotonicMilliseconds { get { return DateTime.UtcNow.Ticks / 10000; } }
    }
}
