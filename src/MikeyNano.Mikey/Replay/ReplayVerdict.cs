namespace MikeyNano.Mikey.Replay
{
    /// <summary>What the replay cache says of a message (RFC 3830 section 5.4).</summary>
    public enum ReplayVerdict
    {
        /// <summary>Inside the clock-skew window and not seen before.</summary>
        Fresh = 0,
        /// <summary>The same message was accepted before.</summary>
        Replayed = 1,
        /// <summary>Its timestamp is further from our clock than the allowed skew (RFC 3830 ERR 1, Invalid TS).</summary>
        OutsideWindow = 2,
        /// <summary>Inside the window but not newer than an entry the full cache had to evict, so a replay of it could no
        /// longer be detected: rejected like a stale message.</summary>
        BelowEvictionFloor = 3,
        /// <summary>Inside the window of our clock but older than the newest accepted timestamp minus twice the skew: our
        /// clock stepped back since that message was accepted, and entries that old are no longer kept, so a replay of it
        /// could not be detected: rejected like a stale message.</summary>
        Stale = 4,
    }
}
