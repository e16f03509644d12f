using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using MikeyNano.Bytes;
using MikeyNano.Cli;
using MikeyNano.HostTests.Cli;
using MikeyNano.Identity;
using MikeyNano.Radio;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Radio
{
    /// <summary>
    /// Issue 13's two-radio run, as a radio maker would do it by hand (README): two emulated radios
    /// (`mikeynano radio --serial &lt;pty&gt; --store &lt;dir&gt;`), each with no keys and its provisioning UART on its own
    /// socat pseudo-terminal pair, are each provisioned by `mikeynano provision --first-use` from the TS 33.180 Annex D
    /// XML our test KMS wrote (KmsInit, and a KmsKeyProv per user with the keys wrapped under that radio's transport key,
    /// signed); then Alice's push-to-talk keys a MIKEY-SAKKE call to Bob (I_MESSAGE over UDP loopback) and streams the
    /// tone, and Bob's checking speaker verifies every SRTP frame it decrypts. Bounded by frames, not wall time (the
    /// waits are generous for a loaded 2-core machine; it takes seconds when idle).
    /// </summary>
    [TestClass]
    public class ProvisionedRadiosCallTests
    {
        const string Alice = "sip:alice@radio.example";
        const string Bob = "sip:bob@radio.example";
        const string KmsUri = "kms.radio.example";

        private static void WaitFor(Func<bool> condition, int timeoutMs)
        {
            var sw = Stopwatch.StartNew();
            while (!condition() && sw.ElapsedMilliseconds < timeoutMs) Thread.Sleep(10);
        }

        private static (int Code, string Out, string Err) Provision(SerialRadio radio, TestKmsXml kms, string user, byte[] trk)
        {
            ulong now = KeyPeriod.Number(KeyPeriod.NtpSeconds(DateTime.UtcNow), TestKmsXml.Period, 0);
            var q = new ProvisionCommand.Request
            {
                Port = radio.HostEnd, Trk = trk, FirstUse = true, Init = kms.Init(user), KeyProv = kms.KeyProv(user, now, trk),
            };
            return CliCapture.Run((o, e) => ProvisionCommand.Run(q, o, e));
        }

        [TestMethod]
        public void TwoRadiosProvisionedOverSerialFromKmsXmlCallEachOther()
        {
            string dir = EmulatedRadioKeys.TempDir();
            try
            {
                var kms = new TestKmsXml(dir, KmsUri);
                byte[] aliceTrk = Hex.Decode("a11ce0000000000000000000000000000000000000000000000000000000a11c");
                byte[] bobTrk = Hex.Decode("b0b0000000000000000000000000000000000000000000000000000000000b0b");
                int alicePort = EmulatedRadioCallTests.FreeUdpPortPair(), bobPort = EmulatedRadioCallTests.FreeUdpPortPair();
                var clock = Stopwatch.StartNew();
                using var bob = new SerialRadio("bob", o =>
                {
                    o.Port = bobPort;
                    o.Peers.Add(RadioOptions.ParsePeer($"{Alice}=127.0.0.1:{alicePort}"));
                });
                using var alice = new SerialRadio("alice", o =>
                {
                    o.Port = alicePort;
                    o.Peers.Add(RadioOptions.ParsePeer($"{Bob}=127.0.0.1:{bobPort}"));
                });
                long booted = clock.ElapsedMilliseconds;
                Assert.AreEqual(RadioState.NoKeys, alice.Run.Device.State, alice.Output);
                Assert.AreEqual(RadioState.NoKeys, bob.Run.Device.State, bob.Output);

                var a = Provision(alice, kms, Alice, aliceTrk);
                Assert.AreEqual(0, a.Code, a.Err + "\n" + alice.Output);
                var b = Provision(bob, kms, Bob, bobTrk);
                Assert.AreEqual(0, b.Code, b.Err + "\n" + bob.Output);
                StringAssert.Contains(a.Out, "signatures: init Absent, keyprov Verified");
                StringAssert.Contains(b.Out, $"provisioned: {Bob} period ");
                alice.WaitForKeys(Alice);
                bob.WaitForKeys(Bob);
                long provisioned = clock.ElapsedMilliseconds;

                // Alice holds the key for 25 frames (half a second of audio; longer on a loaded machine), then lets go.
                alice.Run.Ptt.Held = true;
                WaitFor(() => alice.Run.Device.Counters.FramesSent >= 25, 60000);
                alice.Run.Ptt.Held = false;
                WaitFor(() => alice.Run.Device.State == RadioState.Ready, 10000);
                int sent = alice.Run.Device.Counters.FramesSent;
                WaitFor(() => bob.Run.Sink.Matched + bob.Run.Sink.Mismatched >= sent, 20000);
                long called = clock.ElapsedMilliseconds;
                int aliceCode = alice.Stop(), bobCode = bob.Stop();
                string text = alice.Output + bob.Output;
                Console.WriteLine($"boot {booted} ms, both provisioned over serial {provisioned - booted} ms, call of {sent} frames {called - provisioned} ms");
                Console.WriteLine(a.Out + b.Out + text);

                Assert.AreEqual(0, aliceCode, text);
                Assert.AreEqual(0, bobCode, text);
                Assert.AreEqual(1, alice.Run.Device.Counters.CallsSent, text);
                Assert.AreEqual(1, bob.Run.Device.Counters.CallsReceived, text);
                // At least the 25 frames waited for; a few more when the machine is slow to see them and let go.
                Assert.IsTrue(sent >= 25, $"{sent} frames sent\n{text}");
                Assert.AreEqual(sent, bob.Run.Sink.Matched, text);
                Assert.AreEqual(0, bob.Run.Sink.Mismatched + bob.Run.Sink.Discontinuities, text);
                Assert.AreEqual(0, bob.Run.Device.Counters.MessagesRefused + bob.Run.Device.Counters.PacketsRefused, text);
                StringAssert.Contains(text, $"state Receiving: call from {Alice} (127.0.0.1:{alicePort})");
                StringAssert.Contains(text, "state Transmitting: streaming SRTP to 1 peer(s), AES_CM_128_HMAC_SHA1_80");
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
