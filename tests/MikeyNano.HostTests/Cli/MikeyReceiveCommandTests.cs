using System;
using System.IO;
using MikeyNano.Cli;
using MikeyNano.Tests.Mikey;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Cli
{
    /// <summary>`mikeynano mikey receive` on the real 3GPP messages with the key-material files in Data/keys (the
    /// Streamwide vectors' KMS and user keys): the stated key comes out, and a tampered or stale message is refused
    /// with its MIKEY error code.</summary>
    [TestClass]
    public class MikeyReceiveCommandTests
    {
        private static string Keys(string who) => Path.Combine(AppContext.BaseDirectory, "Data", "keys", $"streamwide-{who}.json");

        private static (int Code, string Out, string Err) Run(string input, string who, bool atMessageTime = true)
        {
            return CliCapture.Run((o, e) => MikeyReceiveCommand.Run(input, Keys(who), atMessageTime, 300, o, e));
        }

        [TestMethod]
        [DataRow(Ts33180Vectors.GmkSdp, "alice", "07d1a1677ac36d8e81620484689b3c2d")]
        [DataRow(Ts33180Vectors.CskSdp, "gms", "e06e65106183547342d3e8a6ce2540a8")]
        [DataRow(Ts33180Vectors.PckHex, "bob", "b4c96b703acd5c1bf7d4cc45068d9965")]
        [DataRow(Ts33180Vectors.LegacyGmkHex, "iwf", "07d1a1677ac36d8e81620484689b3c2d")]
        public void ReceivesTheStatedKey(string message, string who, string key)
        {
            var (code, output, error) = Run(message.StartsWith("mikey ") ? "a=key-mgmt:" + message : message, who);
            Assert.AreEqual(0, code, error);
            StringAssert.Contains(output, "SSV:        " + key);
            StringAssert.Contains(output, "ECCSI verified");
        }

        [DataTestMethod]
        [DataRow(Ts33180Vectors.GmkHex, "alice", "authenticated, key type 0 (GMK), status 0x00000001 not revoked, activation 0, expiry 0, text '', group IDs 0")]
        [DataRow(Ts33180Vectors.CskHex, "gms", "authenticated, key type 2 (CSK), status 0x00000001 not revoked")]
        [DataRow(Ts33180Vectors.PckHex, "bob", "authenticated, key type 1 (PCK), status 0x00000001 not revoked")]
        [DataRow(Ts33180Vectors.LegacyGmkHex, "iwf", "plain, key type 1 (legacy numbering), status 0x00000001 not revoked")]
        public void PrintsTheKeyParametersDecryptedWithTheSsv(string message, string who, string expected)
        {
            var (code, output, error) = Run(message, who);
            Assert.AreEqual(0, code, error);
            StringAssert.Contains(output, "key params: " + expected);
        }

        [TestMethod]
        public void PrintsTheDerivedSrtpKeysOfTheGroupCall()
        {
            var (code, output, _) = Run(Ts33180Vectors.GmkHex, "alice");
            Assert.AreEqual(0, code);
            StringAssert.Contains(output, "cs_id 4:");
            StringAssert.Contains(output, "key IDs 0x0df9bc39 0x06a12aea");
            StringAssert.Contains(output, "SRTP master key");
        }

        [TestMethod]
        public void RefusesATamperedMessageWithAuthFailure()
        {
            char[] hex = Ts33180Vectors.GmkHex.ToCharArray();
            hex[100] = hex[100] == '0' ? '1' : '0';
            var (code, _, error) = Run(new string(hex), "alice");
            Assert.AreEqual(1, code);
            StringAssert.Contains(error, "MIKEY error 0 AuthFailure");
        }

        [TestMethod]
        public void RefusesARecordedMessageAgainstTodaysClock()
        {
            var (code, _, error) = Run(Ts33180Vectors.GmkHex, "alice", atMessageTime: false);
            Assert.AreEqual(1, code);
            StringAssert.Contains(error, "MIKEY error 1 InvalidTs");
        }
    }
}
