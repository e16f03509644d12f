using System.IO;
using MikeyNano.Bytes;
using MikeyNano.Cli;
using MikeyNano.Cli.Demo;
using MikeyNano.Mikey.Modes;
using MikeyNano.Tests.Modes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Cli
{
    /// <summary>The CLI in MIKEY-ECIES and DH-SIGN: `demo --mode ecies|dh-sign` keys a call and streams SRTP, `mikey
    /// inspect` names the mode and marks the profile's code points non-standard, `mikey receive` answers a message with
    /// a static key and provisioned peers (the keys printed are the initiator's) and refuses an unprovisioned peer.</summary>
    [TestClass]
    public class EccModeCliTests
    {
        private static MikeyEccReceive.Settings BobSettings(bool knowsAlice) => new(EccFixtures.BobPrivate, EccFixtures.BobUri,
            knowsAlice ? [EccFixtures.AliceUri + "=" + Hex.Encode(EccFixtures.Pair(EccFixtures.AlicePrivate).PublicKey.EncodeCompressed())] : []);

        [TestMethod]
        [DataRow("ecies", "PKE opened with its static key")]
        [DataRow("dh-sign", "TGK = x([e_i]E_r)")]
        public void DemoKeysACallInEachEccMode(string mode, string detail)
        {
            var output = new StringWriter();
            Assert.AreEqual(0, new DemoRun(output).Run(20, "aes-cm", 0, mode), output.ToString());
            StringAssert.Contains(output.ToString(), "MIKEY-" + mode.ToUpperInvariant() + " call set-up");
            StringAssert.Contains(output.ToString(), detail);
            StringAssert.Contains(output.ToString(), "non-standard");
            StringAssert.Contains(output.ToString(), "demo passed");
        }

        [TestMethod]
        public void InspectMarksTheProfileCodePointsNonStandard()
        {
            MikeyCall e = EccFixtures.Ecies(EccFixtures.Alice(), 71).Offer(EccFixtures.ToBob(1, true), ModeFixtures.Now);
            MikeyCall d = EccFixtures.DhSign(EccFixtures.Alice(), 72).Offer(EccFixtures.ToBob(1, true), ModeFixtures.Now);
            MikeyCall dr = EccFixtures.DhSign(EccFixtures.Bob(), 73).Answer(d.IMessage, ModeFixtures.Now);
            string ei = Inspect(e.IMessage), er = Inspect(EccFixtures.Ecies(EccFixtures.Bob(), 74).Answer(e.IMessage, ModeFixtures.Now).RMessage);
            string di = Inspect(d.IMessage), drs = Inspect(dr.RMessage);
            StringAssert.Contains(ei, "data type=240 (ECIES I_MSG (non-standard))");
            StringAssert.Contains(ei, "mode: MIKEY-ECIES I_MESSAGE (profile section 4; data type 240 and SIGN S type 12 are NON-STANDARD");
            StringAssert.Contains(ei, "S type=12 (ECDSA P-256 r || s, NON-STANDARD) length=64");
            StringAssert.Contains(ei, "r   = " + Hex.Encode(e.Message.Signature.Signature, 0, 32));
            StringAssert.Contains(er, "mode: MIKEY-ECIES R_MESSAGE (profile section 4.2; data type 241 is NON-STANDARD");
            StringAssert.Contains(di, "mode: DH-SIGN over P-256 I_MESSAGE (profile section 6; DH group 241 and SIGN S type 12 are NON-STANDARD");
            StringAssert.Contains(di, "group=241 (P-256 ECDH (non-standard)) value (65 octets) KV=0");
            StringAssert.Contains(drs, "mode: DH-SIGN over P-256 R_MESSAGE");
        }

        [TestMethod]
        [DataRow("ecies")]
        [DataRow("dh-sign")]
        public void ReceiveAnswersWithTheInitiatorsKeysAndRefusesAnUnknownPeer(string mode)
        {
            MikeyEndpoint alice = mode == "ecies" ? EccFixtures.Ecies(EccFixtures.Alice(), 75) : EccFixtures.DhSign(EccFixtures.Alice(), 75);
            MikeyCall offered = alice.Offer(EccFixtures.ToBob(1, true), ModeFixtures.Now);
            var (code, output, error) = Receive(offered.IMessage, BobSettings(true));
            Assert.AreEqual(0, code, error);
            StringAssert.Contains(output, "accepted: MIKEY-" + mode.ToUpperInvariant());
            StringAssert.Contains(output, "SIGNi (ECDSA P-256) verified");
            string r = output.Split("R_MESSAGE to send: ")[1].Trim();
            alice.Confirm(offered, Hex.Decode(r), ModeFixtures.Now);
            for (int k = 0; k < 3; k++) StringAssert.Contains(output, "SRTP master key  " + Hex.Encode(offered.Sessions[k].MasterKey));
            (code, _, error) = Receive(offered.IMessage, BobSettings(false));
            Assert.AreEqual(1, code);
            StringAssert.Contains(error, "rejected (MIKEY error 7 InvalidId)");
            StringAssert.Contains(error, "error message (data type 6) to send: ");
        }

        private static string Inspect(byte[] message)
        {
            var o = new StringWriter();
            Assert.AreEqual(0, MikeyCommands.Inspect(Hex.Encode(message), o, new StringWriter()));
            return o.ToString();
        }

        private static (int, string, string) Receive(byte[] message, MikeyEccReceive.Settings s)
        {
            var o = new StringWriter();
            var e = new StringWriter();
            int code = MikeyReceiveCommand.Run(Hex.Encode(message), null, true, 300, o, e, false, "auto", null, new MikeyEcmqvSettings { Key = s.KeyHex, Uri = s.Uri, Peers = s.Peers ?? [] });
            return (code, o.ToString(), e.ToString());
        }
    }
}
