using System;
using System.Linq;
using System.Security.Cryptography;
using MikeyNano.Bytes;
using MikeyNano.Entropy;
using MikeyNano.HostTests.Mikey;
using MikeyNano.HostTests.Modes;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Srtp;
using MikeyNano.Tests.Modes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.GStreamer
{
    /// <summary>
    /// GStreamer 1.22 (GstMIKEYMessage, through mikey_gst.c) as the real peer of MIKEY-NULL and MIKEY-PSK: its messages,
    /// made from SRTP caps as gst-rtsp-server makes them, key our responders, and it parses ours to the same keys.
    /// GStreamer implements neither the KEMAC encryption nor its MAC (1.22 writes the key data in the clear and the MAC
    /// field uninitialised): its PSK-shaped message is protected by the .NET oracle (PskOracle) before our responder
    /// reads it, and our PSK message is given to it with the key data decrypted by the oracle. GStreamer 1.22 also loops
    /// forever on V and ERR payloads (found here, besides SIGN, IDR, GEN_EXT and SAKKE): our R_MESSAGEs and error
    /// messages are never handed to it (tshark checks those, TsharkModeTests).
    /// </summary>
    [TestClass]
    public class GStreamerMikeyTests
    {
        private static ulong NtpNow() => (ulong)(DateTime.UtcNow - new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds;

        private sealed class SystemRandom : IRandomSource
        {
            public void Fill(byte[] buffer, int offset, int count) => RandomNumberGenerator.Fill(buffer.AsSpan(offset, count));
        }

        [TestMethod]
        public void GStreamersNullOfferKeysOurResponder()
        {
            byte[] key = RandomNumberGenerator.GetBytes(30);
            uint ssrc = (uint)RandomNumberGenerator.GetInt32(int.MaxValue);
            byte[] message = Convert.FromHexString(GStreamerPeer.Call("offer-null", ssrc.ToString(), Convert.ToHexString(key))[0]);
            MikeyCall call = new NullEndpoint(new SystemRandom(), ModeFixtures.NewReplayCache()).Answer(message, NtpNow());
            Assert.AreEqual(1, call.Sessions.Length);
            Assert.AreEqual(ssrc, call.Sessions[0].Ssrc);
            CollectionAssert.AreEqual(key[..16], call.Sessions[0].MasterKey, "master key");
            CollectionAssert.AreEqual(key[16..], call.Sessions[0].MasterSalt, "master salt");
            SrtpPolicy p = SrtpContextFactory.PolicyOf(call.Sessions[0].Policy);
            Assert.AreEqual(20, p.AuthKeyLength, "GStreamer's SP parameter 3 = 10 is the tag length of a 160-bit HMAC key");
            Assert.AreEqual(10, p.AuthTagLength);
            Assert.IsNotNull(SrtpContextFactory.Create(call.Sessions[0]));
        }

        [TestMethod]
        public void GStreamerReadsOurNullOfferWithItsKeys()
        {
            var request = new CallRequest([new SrtpCsEntry(0, 0x5EED0001, 0)])
            {
                Policies = [SrtpContextFactory.PayloadOf(0, SrtpPolicy.AesCm128HmacSha1_80())],
            };
            MikeyCall offered = new NullEndpoint(new SystemRandom(), ModeFixtures.NewReplayCache()).Offer(request, NtpNow());
            var g = GStreamerPeer.Read(offered.IMessage);
            Assert.AreEqual("0", g["type"][0]);
            Assert.AreEqual(offered.Message.Header.CsbId.ToString("x8"), g["csb"][0]);
            Assert.AreEqual("0 5eed0001 0", g["cs"].Single());
            CollectionAssert.AreEqual(new[] { "5", "11", "10", "1" }, g["payload"]);
            Assert.AreEqual("0 0 1", g["kemac"][0], "KEMAC: Encr alg NULL, MAC alg NULL, one key-data item");
            Assert.AreEqual("2", g["keytype"][0], "TEK");
            string expected = Convert.ToHexString([.. offered.Sessions[0].MasterKey, .. offered.Sessions[0].MasterSalt]).ToLowerInvariant();
            StringAssert.Contains(g["caps"][0], "srtp-key=(buffer)" + expected);
            StringAssert.Contains(g["caps"][0], "srtp-cipher=(string)aes-128-icm");
            StringAssert.Contains(g["caps"][0], "srtp-auth=(string)hmac-sha1-80");
        }

        [TestMethod]
        public void GStreamersPskShapedOfferKeysOurResponder()
        {
            byte[] tgk = RandomNumberGenerator.GetBytes(32);
            uint ssrc = 0x0BADCAFE;
            byte[] shaped = Convert.FromHexString(GStreamerPeer.Call("offer-psk", ssrc.ToString(), Convert.ToHexString(tgk))[0]);
            MikeyMessage m = MikeyMessage.Parse(shaped); // GStreamer's layout: HDR, T, RAND, SP, KEMAC(AES-CM, HMAC-SHA-1)
            Assert.AreEqual(KemacPayload.EncrAesCm128, m.Kemac.EncrAlg);
            Assert.AreEqual(KemacPayload.MacHmacSha1, m.Kemac.MacAlg);
            CollectionAssert.AreEqual(new byte[] { 0, 0x00, 0, 32 }.Concat(tgk).ToArray(), m.Kemac.EncrData, "GStreamer wrote the TGK item in the clear");
            byte[] message = PskOracle.ProtectKemac(shaped, m.Header.CsbId, m.Rand.Rand, m.Timestamp.Value, 0, 1, m.Kemac.EncrData.Length);
            MikeyCall call = ModeFixtures.Psk1(21).Answer(message, NtpNow());
            Assert.AreEqual(ssrc, call.Sessions[0].Ssrc);
            CollectionAssert.AreEqual(SessionKeysOracleTests.OraclePrf(0, tgk, SessionKeysOracleTests.Label(0x2AD01C64, 1, m.Header.CsbId, m.Rand.Rand), 16), call.Sessions[0].MasterKey);
            CollectionAssert.AreEqual(SessionKeysOracleTests.OraclePrf(0, tgk, SessionKeysOracleTests.Label(0x39A2C14B, 1, m.Header.CsbId, m.Rand.Rand), 14), call.Sessions[0].MasterSalt);
            Assert.IsNotNull(SrtpContextFactory.Create(call.Sessions[0]), "GStreamer's policy, read as meant, meets the minimum");
        }

        [TestMethod]
        public void GStreamerReadsOurPskMessages()
        {
            byte[] tgk = RandomNumberGenerator.GetBytes(32);
            CallRequest request = ModeFixtures.ThreeStreams(0, true);
            request.Key = tgk;
            ulong now = NtpNow();
            MikeyCall offered = ModeFixtures.Psk1(22).Offer(request, now);
            MikeyMessage m = offered.Message;
            byte[] clear = PskOracle.ProtectKemac(offered.IMessage, m.Header.CsbId, m.Rand.Rand, m.Timestamp.Value, 0, 1, m.Kemac.EncrData.Length); // AES-CM undone (same keystream), MAC unchanged
            var g = GStreamerPeer.Read(clear);
            Assert.AreEqual("0", g["type"][0]);
            Assert.AreEqual("1", g["v"][0]);
            Assert.AreEqual("0", g["prf"][0]);
            Assert.AreEqual(m.Header.CsbId.ToString("x8"), g["csb"][0]);
            CollectionAssert.AreEqual(new[] { "1 11111111 0", "2 22222222 7", "1 33333333 65536" }, g["cs"]);
            CollectionAssert.AreEqual(new[] { "5", "11", "10", "10", "1" }, g["payload"]);
            Assert.AreEqual(Convert.ToHexString(m.Rand.Rand).ToLowerInvariant(), g["rand"][0]);
            CollectionAssert.AreEqual(new[] { "1 0 10", "2 0 10" }, g["sp"], "SP number, SRTP, 10 parameters");
            Assert.AreEqual("1 1 1", g["kemac"][0], "KEMAC: AES-CM-128, HMAC-SHA-1-160, one key-data item");
            Assert.AreEqual("0", g["keytype"][0], "TGK");
            Assert.AreEqual(Convert.ToHexString(tgk).ToLowerInvariant(), g["key"][0]);
        }
    }
}
