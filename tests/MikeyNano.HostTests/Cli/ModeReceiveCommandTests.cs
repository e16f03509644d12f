using System.IO;
using MikeyNano.Bytes;
using MikeyNano.Cli;
using MikeyNano.Mikey.Modes;
using MikeyNano.Tests.Mikey;
using MikeyNano.Tests.Modes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Cli
{
    /// <summary>`mikeynano mikey receive` in MIKEY-NULL and MIKEY-PSK: the mode read from the message, the keys it carries
    /// or that the PSK opens, the R_MESSAGE to send, and a refusal with the error message that answers it.</summary>
    [TestClass]
    public class ModeReceiveCommandTests
    {
        private static (int Code, string Out, string Err) Run(string input, string mode = "auto", string psk = null)
        {
            var o = new StringWriter();
            var e = new StringWriter();
            int code = MikeyReceiveCommand.Run(input, null, true, 300, o, e, false, mode, psk);
            return (code, o.ToString(), e.ToString());
        }

        private static string Inspect(string input)
        {
            var o = new StringWriter();
            Assert.AreEqual(0, MikeyCommands.Inspect(input, o, new StringWriter()));
            return o.ToString();
        }

        [TestMethod]
        public void InspectNamesTheModeOfEachMessage()
        {
            string n = Inspect(MikeyNullVectors.GortsplibHex);
            StringAssert.Contains(n, "Key data type=2 KV=0 key=9091783dfce8ddcd443a53508b64509f35bd8a86bc4d8b7637a502493daf");
            StringAssert.Contains(n, "mode: MIKEY-NULL I_MESSAGE (KEMAC neither encrypted nor MACed");
            PskEndpoint bob = ModeFixtures.Psk1(54);
            MikeyCall offered = ModeFixtures.Psk1(53).Offer(ModeFixtures.ThreeStreams(0, true), ModeFixtures.Now);
            string i = Inspect(Hex.Encode(offered.IMessage));
            StringAssert.Contains(i, "encr alg=1 encr data=36 octets MAC alg=1 MAC=" + Hex.Encode(offered.Message.Kemac.Mac));
            StringAssert.Contains(i, $"mode: MIKEY-PSK I_MESSAGE (KEMAC encr alg 1, MAC alg 1: octets 0..{offered.IMessage.Length - 21} are MACed; a verification R_MESSAGE is asked for)");
            string r = Inspect(Hex.Encode(bob.Answer(offered.IMessage, ModeFixtures.Now).RMessage));
            StringAssert.Contains(r, "data type=1 (PSK ver msg) V=0");
            StringAssert.Contains(r, "mode: MIKEY-PSK verification R_MESSAGE");
            string e = Inspect(Hex.Encode(bob.ErrorReply(offered.IMessage, new MikeyNano.Errors.MikeyException(MikeyNano.Errors.MikeyErrorCode.InvalidSp, "x"), ModeFixtures.Now)));
            StringAssert.Contains(e, "error no=9 (InvalidSp)");
            StringAssert.Contains(e, "mode: RFC 3830 error message (not authenticated)");
        }

        [TestMethod]
        public void TheGortsplibMessageIsReadAsMikeyNullWithItsKey()
        {
            var (code, output, error) = Run(MikeyNullVectors.GortsplibHex);
            Assert.AreEqual(0, code, error);
            StringAssert.Contains(output, "accepted: MIKEY-NULL, data type 0 (Pre-shared), CSB ID 0xe69d51f8");
            StringAssert.Contains(output, "cs_id 1: SSRC 0x30685760 ROC 0 policy 0");
            StringAssert.Contains(output, "SRTP master key  9091783dfce8ddcd443a53508b64509f");
            StringAssert.Contains(output, "SRTP master salt 35bd8a86bc4d8b7637a502493daf");
        }

        [TestMethod]
        public void APskMessageOpensUnderItsKeyAndIsRefusedUnderAnother()
        {
            MikeyCall offered = ModeFixtures.Psk1(51).Offer(ModeFixtures.ThreeStreams(0, true), ModeFixtures.Now);
            MikeyCall answered = ModeFixtures.Psk1(52).Answer(offered.IMessage, ModeFixtures.Now);
            var (code, output, error) = Run(Hex.Encode(offered.IMessage), "auto", Hex.Encode(ModeFixtures.Psk));
            Assert.AreEqual(0, code, error);
            StringAssert.Contains(output, "accepted: MIKEY-PSK");
            StringAssert.Contains(output, "SRTP master key  " + Hex.Encode(answered.Sessions[1].MasterKey));
            StringAssert.Contains(output, "R_MESSAGE to send: 01010500");
            (code, output, error) = Run(Hex.Encode(offered.IMessage), "psk", "00112233");
            Assert.AreEqual(1, code);
            StringAssert.Contains(error, "rejected (MIKEY error 0 AuthFailure)");
            StringAssert.Contains(error, "error message (data type 6) to send: 01060500" + offered.Message.Header.CsbId.ToString("x8"));
        }
    }
}
