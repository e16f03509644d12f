namespace MikeyNano.Radio
{
    /// <summary>
    /// Time as the radio needs it: wall-clock NTP seconds (MIKEY's T payload, the key period, RFC 3830 section 6.6)
    /// and a monotonic millisecond count for timeouts and media pacing.
    /// </summary>
    public interface IClock
    {
        /// <summary>Seconds since 1900-01-01 00:00 UTC (NTP era 0 continued past 2036), or 0 while the clock is not
        /// set (a board before SNTP).</summary>
        ulong NtpSeconds { get; }

        /// <summary>Milliseconds since an arbitrary start; never goes back.</summary>
        long MonotonicMilliseconds { get; }
    }
}
