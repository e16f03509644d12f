using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using MikeyNano.Cli;
using MikeyNano.Radio;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Radio
{
    /// <summary>
    /// Two emulated radios (`mikeynano radio`'s RadioRun, in this process, each on its own thread) on real UDP sockets
    /// on loopback: Alice's push-to-talk keys a MIKEY-SAKKE call to Bob (I_MESSAGE on Bob's MIKEY port) and streams the
    /// paced tone for 25 frames; Bob's checking speaker verifies every frame it decrypts. Bounded by frames, not by
    /// wall time, so a loaded machine makes it slower, not red (the boots, then about a second).
    /// </summary>
    [TestClass]
    public class EmulatedRadioCallTests
    {
        internal static int FreeUdpPortPair()
        {
            for (int attempt = 0; attempt < 50; attempt++)
            {
                using var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
                int p = ((IPEndPoint)probe.Client.LocalEndPoint).Port;
                if (p >= 65535) continue;
                try
                {
                    using var next = new UdpClient(new IPEndPoint(IPAddress.Loopback, p + 1));
                    return p;
                }
                catch (SocketException)
                {
                }
            }
            throw new InvalidOperationException("no two adjacent free UDP ports on loopback");
        }

        private static void WaitFor(Func<bool> condition, int timeoutMs)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            while (!condition() && sw.ElapsedMilliseconds < timeoutMs) Thread.Sleep(10);
        }

        [TestMethod]
        public void TwoEmulatedRadiosCallOverLoopbackAndEveryFrameIsTheTone()
        {
            string dir = EmulatedRadioKeys.TempDir();
            try
            {
                var kms = new EmulatedRadioKeys();
                int alicePort = FreeUdpPortPair(), bobPort = FreeUdpPortPair();
                var alice = new RadioOptions
                {
                    Name = "alice", Port = alicePort, KeysFile = kms.WriteKeyFile("sip:alice@radio.example", Path.Combine(dir, "alice.json")),
                };
                alice.Peers.Add(RadioOptions.ParsePeer($"sip:bob@radio.example=127.0.0.1:{bobPort}"));
                var bob = new RadioOptions
                {
                    Name = "bob", Port = bobPort, KeysFile = kms.WriteKeyFile("sip:bob@radio.example", Path.Combine(dir, "bob.json")),
                    StoreDir = Path.Combine(dir, "bob-flash"),
                };
                bob.Peers.Add(RadioOptions.ParsePeer($"sip:alice@radio.example=127.0.0.1:{alicePort}")); // names Alice's UID
                var output = new StringWriter();
                var log = TextWriter.Synchronized(output);
                using var aliceRun = new RadioRun(alice, log);
                using var bobRun = new RadioRun(bob, log);
                int aliceCode = -1, bobCode = -1;
                var bobThread = new Thread(() => bobCode = bobRun.Run());
                var aliceThread = new Thread(() => aliceCode = aliceRun.Run());
                bobThread.Start();
                aliceThread.Start();
                Assert.IsTrue(bobRun.Booted.Wait(120000) && aliceRun.Booted.Wait(120000), "a radio did not boot\n" + output);

                // Alice holds the key for 25 frames (half a second of audio; longer on a loaded machine), then lets go.
                aliceRun.Ptt.Held = true;
                WaitFor(() => aliceRun.Device.Counters.FramesSent >= 25, 60000);
                aliceRun.Ptt.Held = false;
                WaitFor(() => aliceRun.Device.State == RadioState.Ready, 10000);
                int sent = aliceRun.Device.Counters.FramesSent;
                WaitFor(() => bobRun.Sink.Matched + bobRun.Sink.Mismatched >= sent, 20000);
                aliceRun.Stop();
                bobRun.Stop();
                Assert.IsTrue(aliceThread.Join(20000) && bobThread.Join(20000), "a radio did not stop\n" + output);
                string text = output.ToString();

                Assert.AreEqual(0, aliceCode, text);
                Assert.AreEqual(0, bobCode, text);
                Assert.AreEqual(1, aliceRun.Device.Counters.CallsSent, text);
                Assert.AreEqual(1, bobRun.Device.Counters.CallsReceived, text);
                Assert.IsTrue(sent >= 25 && sent <= 30, $"{sent} frames sent\n{text}");
                Assert.AreEqual(sent, bobRun.Sink.Matched, text);
                Assert.AreEqual(0, bobRun.Sink.Mismatched + bobRun.Sink.Discontinuities, text);
                Assert.AreEqual(0, bobRun.Device.Counters.MessagesRefused + bobRun.Device.Counters.PacketsRefused, text);
                StringAssert.Contains(text, "bob [");
                StringAssert.Contains(text, "state Receiving: call from sip:alice@radio.example (127.0.0.1:" + alicePort + ")");
                StringAssert.Contains(text, "alice [");
                StringAssert.Contains(text, "state Transmitting: streaming SRTP to 1 peer(s), AES_CM_128_HMAC_SHA1_80");
                Assert.AreEqual(8, File.ReadAllBytes(Path.Combine(dir, "bob-flash", RadioDevice.ReplayRecord)).Length);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
