using System.IO;
using MikeyNano.Bytes;
using MikeyNano.Cli;
using MikeyNano.Mikey.Modes;
using MikeyNano.Tests.Modes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Cli
{
    /// <summary>`mikeynano mikey offer|inspect|receive` in MIKEY-ECMQV: the I_MESSAGE the CLI offers is inspected with its
    /// non-standard code points marked, answered by `receive` (the mode read from the data type) with the session keys
    /// and an R_MESSAGE that `inspect` reads as MIKEY-ECMQV's, and refused with Invalid-ID (and the error message that
    /// answers it) for an initiator whose key is not given. Whole calls with equal keys: EcmqvCallTests, DemoCommandTests.</summary>
    [TestClass]
    public class EcmqvCliTests
    {
        private static string PublicHex(string privateHex) => Hex.Encode(EcmqvFixtures.Key(privateHex).PublicKey.EncodeUncompressed());

        private static MikeyEcmqvSettings Bob(string peer) => new()
        {
            Key = EcmqvFixtures.BobKeyHex, Uri = EcmqvFixtures.BobUri, Peers = peer == null ? [] : [peer],
        };

        [TestMethod]
        public void OfferInspectAndReceiveAnEcmqvCall()
        {
            var alice = new MikeyEcmqvSettings
            {
                Key = EcmqvFixtures.AliceKeyHex, Uri = EcmqvFixtures.AliceUri, Peers = [EcmqvFixtures.BobUri + "=" + PublicHex(EcmqvFixtures.BobKeyHex)],
            };
            var o = new StringWriter();
            var e = new StringWriter();
            Assert.AreEqual(0, MikeyModeOffer.Run("ecmqv", null, 0xABCD, false, 1, o, e, alice, EcmqvFixtures.BobUri), e.ToString());
            string iMessage = o.ToString().Trim();
            StringAssert.Contains(e.ToString(), "our static public key: " + PublicHex(EcmqvFixtures.AliceKeyHex));

            var tree = new StringWriter();
            Assert.AreEqual(0, MikeyCommands.Inspect(iMessage, tree, new StringWriter()));
            StringAssert.Contains(tree.ToString(), "data type=242 (ECMQV I_MSG (non-standard))");
            StringAssert.Contains(tree.ToString(), "group=240 (P-256 ECMQV (non-standard))");
            StringAssert.Contains(tree.ToString(), "mode: MIKEY-ECMQV I_MESSAGE (profile section 5; data type 242 and DH group 240 are NON-STANDARD");

            var ro = new StringWriter();
            var re = new StringWriter();
            int code = MikeyReceiveCommand.Run(iMessage, null, true, 300, ro, re, false, "auto", null,
                Bob(EcmqvFixtures.AliceUri + "=" + PublicHex(EcmqvFixtures.AliceKeyHex)));
            Assert.AreEqual(0, code, re.ToString());
            string text = ro.ToString();
            StringAssert.Contains(text, "accepted: MIKEY-ECMQV, data type 242");
            StringAssert.Contains(text, "cs_id 1: SSRC 0x0000abcd ROC 0 policy 0");
            string rHex = text.Substring(text.IndexOf("R_MESSAGE to send: ") + 19).Trim();
            var rTree = new StringWriter();
            Assert.AreEqual(0, MikeyCommands.Inspect(rHex, rTree, new StringWriter()));
            StringAssert.Contains(rTree.ToString(), "mode: MIKEY-ECMQV R_MESSAGE");
            string key = text.Substring(text.IndexOf("SRTP master key  ") + 17, 32);
            Assert.AreEqual(32, key.Trim().Length);
        }

        [TestMethod]
        public void ReceiveRefusesAnUnknownInitiatorWithError7()
        {
            MikeyCall offered = EcmqvFixtures.Alice(81).Offer(EcmqvFixtures.ToBob(1), ModeFixtures.Now);
            var ro = new StringWriter();
            var re = new StringWriter();
            Assert.AreEqual(1, MikeyReceiveCommand.Run(Hex.Encode(offered.IMessage), null, true, 300, ro, re, false, "ecmqv", null, Bob(null)));
            StringAssert.Contains(re.ToString(), "rejected (MIKEY error 7 InvalidId)");
            StringAssert.Contains(re.ToString(), "error message (data type 6) to send: 01060");
        }
    }
}
