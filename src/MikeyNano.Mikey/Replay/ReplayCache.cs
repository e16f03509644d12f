using System;
using MikeyNano.Bytes;

namespace MikeyNano.Mikey.Replay
{
    /// <summary>
    /// The receiver's replay protection of RFC 3830 section 5.4: a message is accepted only if its timestamp is within
    /// a clock-skew window of our clock and it was not accepted before. The cache is bounded: it holds at most
    /// <see cref="Capacity"/> message identifiers, and when it is full evicts the oldest entry and raises a floor: from
    /// then on a message must be newer than the evicted one, so a replay can never slip through because its entry was
    /// forgotten.
    /// The window is monotonic: the cache keeps the newest timestamp it accepted and refuses,
    /// whatever our clock says now, any message older than that minus twice the skew (<see cref="ReplayVerdict.Stale"/>).
    /// Entries expire by the message timestamps against that bound, never by the clock alone, so stepping the clock
    /// forward forgets nothing and stepping it back re-admits nothing. Twice the skew: with a clock that only moves
    /// forward, every timestamp the clock check can admit is at least Newest - 2 x skew (Newest was at most skew ahead of
    /// the clock then, a new one is at most skew behind it now), so the bound refuses nothing a correct clock admits.
    /// A large step forward: messages from correct clocks fall outside the window until the clock is corrected; if one
    /// is accepted meanwhile (signed by a peer whose clock is as wrong), Newest moves with it and, once the clock is
    /// corrected, messages older than it minus twice the skew stay refused until real time catches up. Only an
    /// authenticated message moves Newest (record only after verification), and only up to skew ahead of our clock.
    /// Identifiers are fixed-length digests chosen by the caller (the endpoint uses a hash of the signed part of the
    /// message). Time is in whole seconds on any scale, as long as message and clock use the same one (the endpoint uses
    /// NTP seconds counted across eras).
    /// A restart: the cache lives in RAM, so a new one would admit once more every message accepted within the skew
    /// before it. Persist <see cref="NewestAccepted"/> after each accepted message and give it to the new cache with
    /// <see cref="RestoreNewestAccepted"/>, which refuses every timestamp at or before it (docs/security.md, "Replay and
    /// clocks").
    /// Not constant-time: the identifiers and timestamps of received messages are public.
    /// </summary>
    public sealed class ReplayCache
    {
        /// <summary>Half an NTP era: a larger skew could not tell a timestamp's era (RFC 5905 section 6).</summary>
        private const long MaxSkewSeconds = 0x7FFFFFFF;

        private readonly byte[][] _ids;
        private readonly long[] _times;
        private int _count;
        private long _floor = long.MinValue;
        private long _newest = long.MinValue;

        public ReplayCache(int capacity, long skewSeconds)
        {
            if (capacity < 1) throw new ArgumentOutOfRangeException("capacity");
            if (skewSeconds < 0 || skewSeconds > MaxSkewSeconds) throw new ArgumentOutOfRangeException("skewSeconds");
            _ids = new byte[capacity][];
            _times = new long[capacity];
            SkewSeconds = skewSeconds;
        }

        public int Capacity { get { return _ids.Length; } }
        public long SkewSeconds { get; private set; }
        public int Count { get { return _count; } }

        /// <summary>The newest timestamp this cache has accepted, or restored (long.MinValue before either); messages
        /// older than it minus twice the skew are refused as <see cref="ReplayVerdict.Stale"/>. What to
        /// persist, after each accepted message and before the call is used, for <see cref="RestoreNewestAccepted"/>
        /// after a restart.</summary>
        public long NewestAccepted { get { return _newest; } }

        /// <summary>After a restart: <paramref name="newestAccepted"/> is the <see cref="NewestAccepted"/> persisted
        /// before it. The identifiers of the messages accepted then are gone, so every timestamp at or before it is
        /// refused (<see cref="ReplayVerdict.BelowEvictionFloor"/>): any of those messages may have been accepted. A
        /// genuine message written in that same second is refused too; its initiator writes a new one, a later second.
        /// Also older than it minus twice the skew is <see cref="ReplayVerdict.Stale"/>, as if it had been accepted here.
        /// It only raises the bounds: a smaller value (an older save) changes nothing.</summary>
        public void RestoreNewestAccepted(long newestAccepted)
        {
            if (newestAccepted > _floor) _floor = newestAccepted;
            if (newestAccepted > _newest)
            {
                _newest = newestAccepted;
                ForgetStale();
            }
        }

        /// <summary>Whether <paramref name="timestamp"/> is within the clock-skew window around <paramref name="now"/>
        /// (the cheap first check, before any signature is verified).</summary>
        public bool IsInWindow(long timestamp, long now)
        {
            long delta = timestamp - now;
            return delta <= SkewSeconds && delta >= -SkewSeconds;
        }

        /// <summary>Classifies a message without recording it.</summary>
        public ReplayVerdict Check(byte[] id, long timestamp, long now)
        {
            if (!IsInWindow(timestamp, now)) return ReplayVerdict.OutsideWindow;
            if (IsStale(timestamp)) return ReplayVerdict.Stale;
            if (timestamp <= _floor) return ReplayVerdict.BelowEvictionFloor;
            return IndexOf(id) >= 0 ? ReplayVerdict.Replayed : ReplayVerdict.Fresh;
        }

        /// <summary>Records an accepted message (call it only after the message has been authenticated) and returns the
        /// verdict it had: only a <see cref="ReplayVerdict.Fresh"/> message is recorded.</summary>
        public ReplayVerdict Record(byte[] id, long timestamp, long now)
        {
            ReplayVerdict verdict = Check(id, timestamp, now);
            if (verdict != ReplayVerdict.Fresh) return verdict;
            if (timestamp > _newest) _newest = timestamp;
            ForgetStale();
            if (_count == _ids.Length) EvictOldest();
            _ids[_count] = Octets.Slice(id, 0, id.Length);
            _times[_count] = timestamp;
            _count++;
            return verdict;
        }

        // Older than Newest - 2 x skew (written without the subtraction, which overflows before the first record).
        private bool IsStale(long timestamp)
        {
            return _newest != long.MinValue && _newest - timestamp > 2 * SkewSeconds;
        }

        private int IndexOf(byte[] id)
        {
            for (int i = 0; i < _count; i++)
                if (ConstantTime.AreEqual(_ids[i], id)) return i;
            return -1;
        }

        // Drops the entries that IsStale refuses anyway: forgetting them cannot re-admit a replay.
        private void ForgetStale()
        {
            int kept = 0;
            for (int i = 0; i < _count; i++)
            {
                if (IsStale(_times[i])) continue;
                _ids[kept] = _ids[i];
                _times[kept] = _times[i];
                kept++;
            }
            for (int i = kept; i < _count; i++) _ids[i] = null;
            _count = kept;
        }

        private void EvictOldest()
        {
            int oldest = 0;
            for (int i = 1; i < _count; i++)
                if (_times[i] < _times[oldest]) oldest = i;
            if (_times[oldest] > _floor) _floor = _times[oldest];
            _count--;
            _ids[oldest] = _ids[_count];
            _times[oldest] = _times[_count];
            _ids[_count] = null;
        }
    }
}
