using System.IO;
using MikeyNano.Cli.Demo;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Cli
{
    /// <summary>`mikeynano demo`, the README's main job, run in CI: the whole call set-up over UDP on loopback and the
    /// SRTP stream, with both SRTP policies. The demo itself checks every packet against the tone it sent.</summary>
    [TestClass]
    public class DemoCommandTests
    {
        [TestMethod]
        [DataRow("aes-cm", "AES_CM_128_HMAC_SHA1_80")]
        [DataRow("gcm", "AEAD_AES_128_GCM")]
        public void DemoKeysACallAndChecksEveryPacket(string policy, string label)
        {
            var output = new StringWriter();
            int code = new DemoRun(output).Run(100, policy, 0);
            string text = output.ToString();
            Assert.AreEqual(0, code, text);
            StringAssert.Contains(text, "100 packets of a 440 Hz tone (2.0 s of audio): all decrypted and matched");
            StringAssert.Contains(text, label);
            StringAssert.Contains(text, "MIKEY error 1 (InvalidTs): replayed I_MESSAGE");
            StringAssert.Contains(text, "demo passed");
        }

        [TestMethod]
        [DataRow("psk", "caller verifies R_MESSAGE")]
        [DataRow("null", "TEK read (nothing authenticates MIKEY-NULL)")]
        [DataRow("ecmqv", "ECMQV TGK, V verified (HMAC-SHA-256 over the R_MESSAGE and the whole I_MESSAGE)")]
        public void DemoKeysAPskOrNullCallThroughTheEndpointApi(string mode, string step)
        {
            var output = new StringWriter();
            int code = new DemoRun(output).Run(100, "aes-cm", 0, mode);
            string text = output.ToString();
            Assert.AreEqual(0, code, text);
            StringAssert.Contains(text, "MIKEY-" + mode.ToUpperInvariant() + " call set-up");
            StringAssert.Contains(text, step);
            StringAssert.Contains(text, "100 packets of a 440 Hz tone (2.0 s of audio): all decrypted and matched");
            StringAssert.Contains(text, "MIKEY error 1 (InvalidTs): replayed I_MESSAGE");
            StringAssert.Contains(text, "demo passed");
        }

        [TestMethod]
        public void DemoFailsLoudlyOnABadOption()
        {
            var output = new StringWriter();
            Assert.AreEqual(1, new DemoRun(output).Run(10, "rot13", 0));
            StringAssert.Contains(output.ToString(), "FAILED: unknown --policy 'rot13'");
            output = new StringWriter();
            Assert.AreEqual(1, new DemoRun(output).Run(10, "aes-cm", 0, "rsa"));
            StringAssert.Contains(output.ToString(), "unknown --mode 'rsa'");
        }
    }
}
