using MikeyNano.Mikey.Replay;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Mikey
{
    [TestClass]
    public class ReplayCacheTests
    {
        private static byte[] Id(int n)
        {
            byte[] id = new byte[16];
            id[0] = (byte)n;
            id[15] = (byte)(n >> 8);
            return id;
        }

        [TestMethod]
        public void ARestartWithThePersistedNewestRefusesWhatWasAcceptedBefore()
        {
            ReplayCache before = new ReplayCache(8, 300);
            Assert.AreEqual(long.MinValue, before.NewestAccepted);
            before.Record(Id(1), 1000, 1000);
            before.Record(Id(2), 990, 1000);
            long saved = before.NewestAccepted;
            Assert.AreEqual(1000L, saved);
            // a restart: without the saved value the new cache admits both again (the hole this closes)
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)new ReplayCache(8, 300).Check(Id(1), 1000, 1005));
            ReplayCache after = new ReplayCache(8, 300);
            after.RestoreNewestAccepted(saved);
            Assert.AreEqual((int)ReplayVerdict.BelowEvictionFloor, (int)after.Check(Id(1), 1000, 1005));
            Assert.AreEqual((int)ReplayVerdict.BelowEvictionFloor, (int)after.Check(Id(2), 990, 1005));
            Assert.AreEqual((int)ReplayVerdict.BelowEvictionFloor, (int)after.Check(Id(3), 1000, 1005), "the same second: may have been accepted");
            Assert.AreEqual((int)ReplayVerdict.Stale, (int)after.Check(Id(4), 399, 600), "older than the saved T minus twice the skew");
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)after.Record(Id(5), 1001, 1005), "a later second is new");
            Assert.AreEqual(1001L, after.NewestAccepted);
        }

        [TestMethod]
        public void RestoringOnlyRaisesTheBounds()
        {
            ReplayCache cache = new ReplayCache(8, 300);
            cache.RestoreNewestAccepted(2000);
            cache.RestoreNewestAccepted(1000); // an older save
            Assert.AreEqual(2000L, cache.NewestAccepted);
            Assert.AreEqual((int)ReplayVerdict.BelowEvictionFloor, (int)cache.Check(Id(1), 1800, 1900));
            cache.Record(Id(2), 2100, 2100);
            cache.RestoreNewestAccepted(2050);
            Assert.AreEqual(2100L, cache.NewestAccepted);
            Assert.AreEqual((int)ReplayVerdict.Replayed, (int)cache.Check(Id(2), 2100, 2100), "the entries stay");
            Assert.AreEqual((int)ReplayVerdict.BelowEvictionFloor, (int)cache.Check(Id(3), 2050, 2100));
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Check(Id(3), 2051, 2100));
        }

        [TestMethod]
        public void AcceptsOnceThenRejectsReplay()
        {
            ReplayCache cache = new ReplayCache(8, 300);
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Check(Id(1), 1000, 1000));
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Record(Id(1), 1000, 1000));
            Assert.AreEqual((int)ReplayVerdict.Replayed, (int)cache.Record(Id(1), 1000, 1010));
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Record(Id(2), 1000, 1010));
            Assert.AreEqual(2, cache.Count);
        }

        [TestMethod]
        public void RejectsTimestampsOutsideTheSkewWindowOnBothSides()
        {
            ReplayCache cache = new ReplayCache(8, 300);
            Assert.AreEqual((int)ReplayVerdict.OutsideWindow, (int)cache.Check(Id(1), 1000, 1301));
            Assert.AreEqual((int)ReplayVerdict.OutsideWindow, (int)cache.Check(Id(1), 1301, 1000));
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Check(Id(1), 1000, 1300));
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Check(Id(1), 1300, 1000));
            Assert.IsTrue(cache.IsInWindow(1300, 1000));
            Assert.IsFalse(cache.IsInWindow(1301, 1000));
            Assert.IsFalse(cache.IsInWindow(699, 1000));
        }

        [TestMethod]
        public void StaysBoundedAndNeverForgetsAReplayInsideTheWindow()
        {
            ReplayCache cache = new ReplayCache(4, 300);
            for (int i = 0; i < 10; i++)
                Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Record(Id(i), 1000 + i, 1010));
            Assert.AreEqual(4, cache.Count);
            // Every message recorded so far is still inside the window: each must be refused, either as a replay
            // (still cached) or as older than an evicted entry.
            for (int i = 0; i < 10; i++)
                Assert.AreNotEqual((int)ReplayVerdict.Fresh, (int)cache.Check(Id(i), 1000 + i, 1010), "message " + i);
            // A new message newer than every evicted one is still accepted.
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Record(Id(99), 1010, 1010));
        }

        [TestMethod]
        public void ForgetsEntriesThatLeftTheWindow()
        {
            ReplayCache cache = new ReplayCache(2, 10);
            cache.Record(Id(1), 100, 100);
            cache.Record(Id(2), 101, 101);
            // At t = 200 both have expired: recording two new messages must not raise the floor above them.
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Record(Id(3), 195, 200));
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Record(Id(4), 195, 200));
            Assert.AreEqual(2, cache.Count);
        }

        [TestMethod]
        public void ReplayAfterTheClockStepsBackIsRefused()
        {
            ReplayCache cache = new ReplayCache(8, 300);
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Record(Id(1), 1000, 1000));
            // The clock runs on (or steps forward) and another message is accepted: message 1 is no longer kept...
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Record(Id(2), 1700, 1700));
            Assert.AreEqual(1, cache.Count);
            // ...and the clock steps back to 1000: message 1 is inside the window again, but older than the newest
            // accepted timestamp minus twice the skew, so it cannot be a message the cache still vouches for.
            Assert.AreEqual((int)ReplayVerdict.Stale, (int)cache.Check(Id(1), 1000, 1000));
            Assert.AreEqual((int)ReplayVerdict.Stale, (int)cache.Record(Id(1), 1000, 1000));
            Assert.AreEqual(1, cache.Count);
        }

        [TestMethod]
        public void EntriesExpireByMessageTimestampsNotByTheClock()
        {
            ReplayCache cache = new ReplayCache(8, 300);
            cache.Record(Id(1), 1000, 1000);
            // Accepted 400 s later: message 1 is within twice the skew of it, so it is still kept, and a clock that
            // steps back to 1000 finds it as a replay.
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Record(Id(2), 1400, 1400));
            Assert.AreEqual(2, cache.Count);
            Assert.AreEqual((int)ReplayVerdict.Replayed, (int)cache.Check(Id(1), 1000, 1000));
            Assert.AreEqual((int)ReplayVerdict.Replayed, (int)cache.Check(Id(2), 1400, 1200));
        }

        [TestMethod]
        public void ALargeStepForwardForgetsNothingAndLocksOutOnlyWhatItAccepted()
        {
            ReplayCache cache = new ReplayCache(8, 300);
            cache.Record(Id(1), 1000, 1000);
            // The clock jumps to 5000: correct peers are outside the window; nothing recorded is forgotten.
            Assert.AreEqual((int)ReplayVerdict.OutsideWindow, (int)cache.Check(Id(2), 1010, 5000));
            Assert.AreEqual(1, cache.Count);
            // Corrected at once: message 1 is still a replay, a new message is fresh.
            Assert.AreEqual((int)ReplayVerdict.Replayed, (int)cache.Check(Id(1), 1000, 1010));
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Check(Id(2), 1010, 1010));
            // A peer as wrong as our clock got a message accepted at 5000: once the clock is corrected, everything older
            // than 5000 - 600 is refused until real time catches up (the price of never re-admitting a replay).
            cache.Record(Id(3), 5000, 5000);
            Assert.AreEqual((int)ReplayVerdict.Stale, (int)cache.Check(Id(1), 1000, 1010));
            Assert.AreEqual((int)ReplayVerdict.Stale, (int)cache.Check(Id(2), 1010, 1010));
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Check(Id(4), 4400, 4400));
        }

        [TestMethod]
        public void PeersOnBothSidesOfTheSkewAreStillAccepted()
        {
            ReplayCache cache = new ReplayCache(8, 300);
            // One peer 300 s ahead of us, then one 300 s behind: 600 s apart, both inside the clock window.
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Record(Id(1), 1300, 1000));
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Record(Id(2), 700, 1000));
            // One second older than newest - 2 x skew is refused even though the clock window admits it.
            Assert.AreEqual((int)ReplayVerdict.Stale, (int)cache.Check(Id(3), 699, 999));
            Assert.AreEqual((int)ReplayVerdict.Fresh, (int)cache.Check(Id(3), 700, 999));
        }

        [TestMethod]
        public void SkewBeyondHalfAnNtpEraIsRefused()
        {
            Assert.AreEqual(0x7FFFFFFFL, new ReplayCache(1, 0x7FFFFFFF).SkewSeconds);
            Expect.Throws(typeof(System.ArgumentOutOfRangeException), delegate { new ReplayCache(1, 0x80000000L); });
            Expect.Throws(typeof(System.ArgumentOutOfRangeException), delegate { new ReplayCache(1, -1); });
        }
    }
}
