using System;
using System.Diagnostics;
using MikeyNano.Mikey.Modes;

namespace MikeyNano.Bench
{
    /// <summary>The times of each side of one call on the one endpoint API (the mode groups share it): the initiator's
    /// Offer, the responder's Answer, and the initiator's Confirm when the answer carries an R_MESSAGE; and the median
    /// and minimum of a column of them.</summary>
    internal static class EndpointCallTimes
    {
        /// <summary>Runs one call at NTP time <paramref name="now"/>; when <paramref name="offer"/> is not null, stores
        /// the three sides' milliseconds at index <paramref name="i"/> (null: a warm-up call).</summary>
        internal static void Record(MikeyEndpoint alice, MikeyEndpoint bob, CallRequest request, ulong now,
                                    double[] offer, double[] answer, double[] confirm, int i)
        {
            var sw = Stopwatch.StartNew();
            MikeyCall c = alice.Offer(request, now);
            double t1 = sw.Elapsed.TotalMilliseconds;
            MikeyCall a = bob.Answer(c.IMessage, now);
            double t2 = sw.Elapsed.TotalMilliseconds;
            if (a.RMessage != null) alice.Confirm(c, a.RMessage, now);
            double t3 = sw.Elapsed.TotalMilliseconds;
            c.Wipe();
            a.Wipe();
            if (offer == null) return;
            offer[i] = t1;
            answer[i] = t2 - t1;
            confirm[i] = t3 - t2;
        }

        /// <summary>The median and the minimum of <paramref name="t"/>.</summary>
        internal static (double median, double min) MedianMin(double[] t)
        {
            double[] s = (double[])t.Clone();
            Array.Sort(s);
            return (s[s.Length / 2], s[0]);
        }
    }
}
