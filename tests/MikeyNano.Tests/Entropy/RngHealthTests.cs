#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using MikeyNano.Entropy;
using MikeyNano.Errors;
using MikeyNano.Tests.Support;

namespace MikeyNano.Tests.Entropy
{
    /// <summary>The SP 800-90B health tests (issue 11 Deliver 3) with H = 4 bits per octet: RCT cutoff 6, APT cutoff 62
    /// in a window of 512. What fails (a stuck source, a biased one, a short cycle) and, as honestly, what passes (a
    /// long cycle, a counter, any deterministic generator: the tests see only the statistics of the octets).</summary>
    [TestClass]
    public class RngHealthTests
    {
        private const string Rct = "Repetition Count Test";
        private const string Apt = "Adaptive Proportion Test";

        private static bool Mentions(string failure, string test)
        {
            return failure != null && failure.IndexOf(test) >= 0;
        }

        /// <summary>512 octets that pass both tests (every value from 1 to 255 twice, no two neighbours equal), with
        /// octet 0 = 0x00 and 0x00 also at the given positions.</summary>
        private static byte[] WindowWithZerosAt(int zeros, int spacing)
        {
            byte[] w = new byte[512];
            for (int i = 1; i < 512; i++) w[i] = (byte)(1 + (i % 255));
            for (int k = 1; k <= zeros; k++) w[k * spacing] = 0;
            return w;
        }

        [TestMethod]
        public void Cutoffs_AreTheSpValuesForH4()
        {
            Assert.AreEqual(4, HealthTests.AssumedEntropyBits);
            Assert.AreEqual(6, RepetitionCountTest.Cutoff, "RCT: C = 1 + ceil(20 / H)");
            Assert.AreEqual(62, AdaptiveProportionTest.Cutoff, "APT: C = 1 + CRITBINOM(512, 2^-4, 1 - 2^-20)");
            Assert.AreEqual(512, AdaptiveProportionTest.Window);
            Assert.AreEqual(1024, HealthTests.StartupSamples);
        }

        [TestMethod]
        public void StuckSource_FailsTheRct()
        {
            string f = HealthTests.Startup(new RepeatingRandomSource(new byte[] { 0xA5 }));
            Assert.IsTrue(Mentions(f, Rct), "a stuck source: " + f);
            Assert.IsTrue(Mentions(HealthTests.Startup(new RepeatingRandomSource(new byte[0])), Rct), "all zeros");
        }

        [TestMethod]
        public void Rct_FiveInARowPass_SixFail()
        {
            byte[] w = WindowWithZerosAt(0, 1);
            for (int i = 100; i < 105; i++) w[i] = 0x77;   // 5 equal (neighbours 100 and 106 differ from 0x77)
            HealthTests t = new HealthTests();
            Assert.IsTrue(t.Feed(w, 0, w.Length), "a run of 5: " + t.Failure);
            w[105] = 0x77;                                   // a run of 6
            t = new HealthTests();
            Assert.IsFalse(t.Feed(w, 0, w.Length));
            Assert.IsTrue(Mentions(t.Failure, Rct) && !Mentions(t.Failure, Apt), t.Failure);
        }

        [TestMethod]
        public void Apt_61OfAWindowPass_62Fail()
        {
            HealthTests t = new HealthTests();
            byte[] w = WindowWithZerosAt(60, 8);             // the first octet, 0x00, 61 times in the window
            Assert.IsTrue(t.Feed(w, 0, w.Length), "61 of 512: " + t.Failure);
            w = WindowWithZerosAt(61, 8);                    // 62 times
            t = new HealthTests();
            Assert.IsFalse(t.Feed(w, 0, w.Length));
            Assert.IsTrue(Mentions(t.Failure, Apt) && !Mentions(t.Failure, Rct), t.Failure);
            // the count is per window and for the window's first value: the same 62 zeros after a window that starts
            // with 0x01 do not count
            w[0] = 1;
            t = new HealthTests();
            Assert.IsTrue(t.Feed(w, 0, w.Length), "first value 0x01: " + t.Failure);
        }

        [TestMethod]
        public void BiasedSource_FailsTheApt()
        {
            // 0x00 with probability 0.6 + 0.4/256: about 308 of 512, far over 62. The APT counts only the first value of
            // each window, so one window sees the bias with probability 0.6; continuous testing over 8 windows misses it
            // with probability 0.4^8 < 0.001. Runs of six zeros (0.6^6 = 4.7% per position) also fail the RCT.
            HealthTests t = new HealthTests();
            byte[] b = new byte[8 * 512];
            new BiasedRandomSource(60, 0x00, 154).Fill(b, 0, b.Length);   // 154 / 256 = 0.6
            Assert.IsFalse(t.Feed(b, 0, b.Length));
            Assert.IsTrue(Mentions(t.Failure, Apt), t.Failure);
            // a milder bias, 0x00 with probability 0.2 (min-entropy 2.3 bits): no run of six in these 4096 octets, the
            // APT alone sees it (about 103 of 512 in a window that starts with 0x00)
            t = new HealthTests();
            new BiasedRandomSource(20, 0x00, 51).Fill(b, 0, b.Length);
            Assert.IsFalse(t.Feed(b, 0, b.Length));
            Assert.IsTrue(Mentions(t.Failure, Apt) && !Mentions(t.Failure, Rct), t.Failure);
        }

        [TestMethod]
        public void TwoOctetPattern_PassesTheRct_FailsTheApt()
        {
            string f = HealthTests.Startup(new RepeatingRandomSource(new byte[] { 0x5A, 0xA5 }));
            Assert.IsTrue(Mentions(f, Apt), "256 of 512: " + f);
            Assert.IsFalse(Mentions(f, Rct), "no two equal neighbours: " + f);
        }

        [TestMethod]
        public void WhatPasses_LongCycles_Counters_DeterministicGenerators()
        {
            // an 8-octet cycle puts the first value 64 times in a window (fails); a 9-octet cycle 57 times (passes)
            Assert.IsTrue(Mentions(HealthTests.Startup(Cycle(8)), Apt));
            Assert.IsNull(HealthTests.Startup(Cycle(9)), "a 9-octet cycle passes");
            Assert.IsNull(HealthTests.Startup(Cycle(256)), "a counter 0..255 passes");
            Assert.IsNull(HealthTests.Startup(new CounterRandomSource(1)), "a seeded xorshift passes: predictable, not caught");
        }

        private static RepeatingRandomSource Cycle(int period)
        {
            byte[] p = new byte[period * (1024 / period + 1)];
            for (int i = 0; i < p.Length; i++) p[i] = (byte)(i % period);
            return new RepeatingRandomSource(p);
        }

        [TestMethod]
        public void AFailureIsKept()
        {
            HealthTests t = new HealthTests();
            byte[] stuck = new byte[8];
            Assert.IsFalse(t.Feed(stuck, 0, stuck.Length));
            byte[] good = WindowWithZerosAt(0, 1);
            Assert.IsFalse(t.Feed(good, 0, good.Length), "a failed source stays failed");
            Assert.IsTrue(Mentions(t.Failure, Rct));
        }

        [TestMethod]
        public void DeviceSource_StuckFromTheStart_FailsItsStartupTest_AndGivesNothing()
        {
            DeviceRandomSource rng = new DeviceRandomSource(new FailingRandom(null, 0, new RepeatingRandomSource(new byte[] { 7 })));
            byte[] buffer = new byte[16];
            Expect.Throws(typeof(RandomSourceException), Rct, delegate { rng.Fill(buffer, 0, 16); });
            for (int i = 0; i < 16; i++) Assert.AreEqual((byte)0, buffer[i], "nothing written");
            Expect.Throws(typeof(RandomSourceException), delegate { rng.Fill(buffer, 0, 16); });
        }

        [TestMethod]
        public void DeviceSource_StuckLater_FailsItsContinuousTest_AndStaysFailed()
        {
            // 1024 start-up octets and 200 more from a good stream, then stuck at 0x33
            DeviceRandomSource rng = new DeviceRandomSource(new FailingRandom(new CounterRandomSource(3), 1224, new RepeatingRandomSource(new byte[] { 0x33 })));
            byte[] buffer = new byte[100];
            rng.Fill(buffer, 0, 100);
            rng.Fill(buffer, 0, 100);
            byte[] before = (byte[])buffer.Clone();
            Expect.Throws(typeof(RandomSourceException), Rct, delegate { rng.Fill(buffer, 0, 100); });
            for (int i = 0; i < 100; i++) Assert.AreEqual(before[i], buffer[i], "the failing draw is not handed out");
            Expect.Throws(typeof(RandomSourceException), delegate { rng.Fill(buffer, 0, 1); });
        }
    }
}
