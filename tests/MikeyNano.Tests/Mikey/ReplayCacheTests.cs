using MikeyNano.Mikey.Replay;
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
    }
}
