using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using MikeyNano.HostPlatform.Radio;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Radio
{
    /// <summary>The emulated radio's host seams on their own: UDP on loopback, the directory storage, the tone checker.</summary>
    [TestClass]
    public class HostRadioSeamTests
    {
        [TestMethod]
        public void UdpSocketsCarryADatagramAndAnEmptyWaitEndsInTime()
        {
            using var a = new UdpDatagramSocket("127.0.0.1", 0);
            using var b = new UdpDatagramSocket("127.0.0.1", 0);
            var buffer = new byte[64];
            var sw = Stopwatch.StartNew();
            Assert.AreEqual(-1, b.Receive(buffer, 50, out _, out _));
            Assert.IsTrue(sw.ElapsedMilliseconds >= 40 && sw.ElapsedMilliseconds < 2000, $"waited {sw.ElapsedMilliseconds} ms for 50");
            a.Send(Encoding.ASCII.GetBytes("xMIKEYx"), 1, 5, "127.0.0.1", b.LocalPort);
            Assert.AreEqual(5, b.Receive(buffer, 2000, out string host, out int port));
            Assert.AreEqual("MIKEY", Encoding.ASCII.GetString(buffer, 0, 5));
            Assert.AreEqual("127.0.0.1", host);
            Assert.AreEqual(a.LocalPort, port);
        }

        [TestMethod]
        public void ADatagramLongerThanTheBufferIsCutToIt()
        {
            using var a = new UdpDatagramSocket("127.0.0.1", 0);
            using var b = new UdpDatagramSocket("127.0.0.1", 0);
            a.Send(new byte[100], 0, 100, "127.0.0.1", b.LocalPort);
            Assert.AreEqual(16, b.Receive(new byte[16], 2000, out _, out _));
        }

        [TestMethod]
        public void DirectoryStorageKeepsRecordsAndRefusesNamesThatLeaveIt()
        {
            string dir = Path.Combine(Path.GetTempPath(), "mikeynano-store-" + Guid.NewGuid().ToString("N"));
            try
            {
                var s = new DirectoryKeyStorage(dir);
                Assert.IsNull(s.Read("slot-0"));
                s.Write("slot-0", new byte[] { 9, 1, 2, 3, 9 }, 1, 3);
                CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, new DirectoryKeyStorage(dir).Read("slot-0"));
                s.Write("slot-0", new byte[] { 7 }, 0, 1);
                CollectionAssert.AreEqual(new byte[] { 7 }, s.Read("slot-0"));
                s.Delete("slot-0");
                Assert.IsNull(s.Read("slot-0"));
                s.Delete("slot-0");
                foreach (string bad in new[] { "../x", "a/b", ".hidden", "", "x y" })
                    Assert.ThrowsExactly<ArgumentException>(() => s.Read(bad), bad);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [TestMethod]
        public void TheToneCheckerTellsToneFromOtherAudioAndNoticesAGap()
        {
            var source = new ToneAudioSource { Paced = false };
            using var sink = new ToneCheckingSink();
            var frame = new byte[ToneSource.FrameSamples];
            for (int i = 0; i < 7; i++)
            {
                int n = source.ReadFrame(frame);
                if (i == 4) continue; // lost
                if (i == 6) frame[80] ^= 1;
                sink.WriteFrame(frame, 0, n);
            }
            Assert.AreEqual(5, sink.Matched);
            Assert.AreEqual(1, sink.Mismatched);
            Assert.AreEqual(1, sink.Discontinuities);
        }
    }
}
