using System.Collections.Generic;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Radio.Provisioning;
using MikeyNano.Tests.Radio;
using MikeyNano.Tests.Sakke;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Provisioning
{
    /// <summary>
    /// An install-key-set request (Alice's valid keys) damaged on the line at every octet, altered at every octet with
    /// its CRC made good again (an attacker on the link), and cut off after every octet: each is refused (an error
    /// response naming the check, or no answer and the client's timeout), the store is unchanged, and the request
    /// sent whole afterwards still installs, once (a second copy is a replay).
    /// </summary>
    [TestClass]
    public class ProvisioningTamperTests
    {

        private static byte[] RecordAliceRequest(ProvisioningFixture f)
        {
            f.Client.GetDeviceInfo();
            f.Client.ResponseTimeoutMs = f.Client.KeyCheckTimeoutMs = 1000;
            f.Link.Swallow = true;
            Assert.ThrowsExactly<ProvisioningException>(() => f.InstallAlice());
            f.Link.Swallow = false;
            return f.Link.Captured.TakeAll();
        }

        private static void FixCrc(byte[] wire)
        {
            uint crc = FrameCrc32.Compute(wire, 0, wire.Length - 4);
            for (int i = 0; i < 4; i++) wire[wire.Length - 4 + i] = (byte)(crc >> (24 - 8 * i));
        }

        [TestMethod]
        public void EveryAlteredOctetIsRefusedWithOrWithoutAGoodCrc()
        {
            ProvisioningFixture f = new ProvisioningFixture().WithTrkAndCertificate();
            byte[] request = RecordAliceRequest(f);
            Assert.IsTrue(request.Length > 400, "RSK and SSK wrapped: " + request.Length);
            string before = f.StoredState();
            var seen = new SortedDictionary<string, int>();
            for (int fix = 0; fix < 2; fix++)
                for (int i = 0; i < request.Length - (fix == 1 ? 4 : 0); i++)
                {
                    byte[] wire = (byte[])request.Clone();
                    wire[i] ^= (byte)(1 << (i % 8));
                    if (fix == 1) FixCrc(wire);
                    int status = ProvisioningProtocolTests.Status(f.Link.Inject(wire, 2000));
                    Assert.AreNotEqual(ProvisioningError.Ok, status, $"octet {i} altered (CRC fixed: {fix == 1}) was accepted");
                    string key = (fix == 1 ? "crc-fixed " : "damaged ") + (status < 0 ? "no answer" : ProvisioningError.Name(status));
                    seen[key] = seen.GetValueOrDefault(key) + 1;
                    f.Link.Idle(6000);
                }
            Assert.AreEqual(before, f.StoredState());
            // what refused them: damage is caught by the CRC (or by framing), an attacker's edit by the MAC
            Assert.IsTrue(seen.GetValueOrDefault("damaged crc-mismatch") > request.Length - 20, string.Join(", ", seen));
            Assert.IsTrue(seen.GetValueOrDefault("crc-fixed mac-mismatch") > request.Length - 30, string.Join(", ", seen));
            foreach (string k in seen.Keys)
                StringAssert.Matches(k, new System.Text.RegularExpressions.Regex("(crc-mismatch|mac-mismatch|truncated|no answer|unknown-command)$"));

            Assert.AreEqual(ProvisioningError.Ok, ProvisioningProtocolTests.Status(f.Link.Inject(request, 20000)), "the request as sent");
            Assert.AreEqual(1, f.Client.List().KeySetCount);
            string after = f.StoredState();
            Assert.AreEqual(ProvisioningError.Replay, ProvisioningProtocolTests.Status(f.Link.Inject(request, 2000)), "a copy");
            Assert.AreEqual(after, f.StoredState());
        }

        [TestMethod]
        public void ATransferCutAfterAnyOctetStoresNothing()
        {
            ProvisioningFixture f = new ProvisioningFixture().WithTrkAndCertificate();
            string before = f.StoredState();
            var seen = new SortedDictionary<string, int>();
            int length = RecordAliceRequest(f).Length;
            f.Client.ResponseTimeoutMs = f.Client.KeyCheckTimeoutMs = 3000; // above the device's 1 s between octets
            for (int cut = 0; cut < length; cut++)
            {
                f.Link.CutAt = f.Link.Written + cut;
                var e = Assert.ThrowsExactly<ProvisioningException>(() => f.InstallAlice());
                string name = ProvisioningError.Name(e.Error);
                seen[name] = seen.GetValueOrDefault(name) + 1;
                Assert.IsTrue(e.Error == ProvisioningError.Truncated || e.Error == ProvisioningError.Timeout, cut + ": " + e.Message);
                f.Link.CutAt = -1;
                f.Link.Idle(6000);
            }
            Assert.AreEqual(before, f.StoredState());
            Assert.AreEqual(length - 8, seen.GetValueOrDefault("truncated"), string.Join(", ", seen));
            f.InstallAlice();
            Assert.AreEqual(1, f.Client.List().KeySetCount);
        }
    }
}
