using MikeyNano.Radio;

namespace MikeyNano.Tests.Radio
{
    /// <summary>A clock the test sets and advances: NTP seconds and a millisecond count that move together.</summary>
    public sealed class ManualClock : IClock
    {
        public ManualClock(ulong ntpSeconds)
        {
            NtpSeconds = ntpSeconds;
        }

        public ulong NtpSeconds { get; set; }
        public long MonotonicMilliseconds { get; private set; }

        public void Advance(int milliseconds)
        {
            MonotonicMilliseconds += milliseconds;
        }
    }
}
