using System;
using System.Diagnostics;
using MikeyNano.Identity;
using MikeyNano.Radio;

namespace MikeyNano.HostPlatform.Radio
{
    /// <summary>The host's clock: UTC as NTP seconds (RFC 5905 era 0 continued), plus an optional offset in seconds
    /// (to emulate a radio whose clock is off), and a Stopwatch for the monotonic milliseconds.</summary>
    public sealed class SystemClock : IClock
    {
        private readonly Stopwatch _since = Stopwatch.StartNew();

        public long OffsetSeconds { get; set; }

        public ulong NtpSeconds => (ulong)((long)KeyPeriod.NtpSeconds(DateTime.UtcNow) + OffsetSeconds);

        public long MonotonicMilliseconds => _since.ElapsedMilliseconds;
    }
}
