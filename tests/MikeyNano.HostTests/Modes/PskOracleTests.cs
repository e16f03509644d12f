using System;
using System.Linq;
using System.Security.Cryptography;
using MikeyNano.Bytes;
using MikeyNano.HostTests.Mikey;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Tests.Modes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Modes
{
    /// <summary>
    /// MIKEY-PSK against an oracle written here on .NET's HMAC and AES (OpenSSL): RFC 3830 section 4.1.4 transport
    /// keys from the oracle PRF of SessionKeysOracleTests, the KEMAC MAC over the message up to the MAC (section 6.2),
    /// AES-CM with IV = (salt_key XOR (0x0000 || CSB ID || T)) || 0x0000 (section 4.2.3), the V payload's MAC over the
    /// R_MESSAGE and the I_MESSAGE's T (section 6.9). Both directions: our messages open under the oracle, and an
    /// I_MESSAGE the oracle builds octet by octet keys our responder with the oracle's keys.
    /// </summary>
    [TestClass]
    public class PskOracleTests
    {
        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        public void OurMessagesOpenUnderTheOracle(int prf)
        {
            byte[] tgk = RandomNumberGenerator.GetBytes(32);
            CallRequest req = ModeFixtures.ThreeStreams(prf, true);
            req.Key = tgk;
            MikeyCall offered = ModeFixtures.Psk1(11).Offer(req, ModeFixtures.Now);
            byte[] i = offered.IMessage;
            MikeyMessage m = offered.Message;
            int alg = prf == 0 ? 1 : 2, macLength = prf == 0 ? 20 : 32;
            uint csb = m.Header.CsbId;
            byte[] rand = m.Rand.Rand;
            byte[] auth = PskOracle.Transport(prf, 0x2D22AC75, csb, rand, macLength);
            CollectionAssert.AreEqual(PskOracle.Mac(alg, auth, i[..^macLength]), i[^macLength..], "KEMAC MAC");
            byte[] chain = PskOracle.AesCm(PskOracle.Transport(prf, 0x150533E1, csb, rand, 16), PskOracle.Transport(prf, 0x29B88916, csb, rand, 14), csb, m.Timestamp.Value, m.Kemac.EncrData);
            CollectionAssert.AreEqual(new byte[] { 0, 0x00, 0, 32 }.Concat(tgk).ToArray(), chain, "decrypted key-data chain: one TGK");
            for (int k = 0; k < 3; k++)
            {
                int keyLength = k == 1 ? 32 : 16;
                byte[] tek = SessionKeysOracleTests.OraclePrf(prf, tgk, SessionKeysOracleTests.Label(0x2AD01C64, k + 1, csb, rand), keyLength);
                byte[] salt = SessionKeysOracleTests.OraclePrf(prf, tgk, SessionKeysOracleTests.Label(0x39A2C14B, k + 1, csb, rand), 14);
                MikeyCall answered = ModeFixtures.Psk1(12 + (ulong)k).Answer(i, ModeFixtures.Now);
                CollectionAssert.AreEqual(tek, answered.Sessions[k].MasterKey, "responder master key " + k);
                CollectionAssert.AreEqual(salt, answered.Sessions[k].MasterSalt, "responder master salt " + k);
                byte[] r = answered.RMessage;
                byte[] tValue = new byte[8];
                BigEndian.WriteUInt64(tValue, 0, m.Timestamp.Value);
                CollectionAssert.AreEqual(PskOracle.Mac(alg, auth, [.. r[..^macLength], .. tValue]), r[^macLength..], "V Ver data");
                if (k == 0) CollectionAssert.AreEqual(i[4..37], r[4..37], "R_MESSAGE HDR: CSB ID, #CS and map copied");
            }
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        public void AnOracleMessageKeysOurResponder(int prf)
        {
            uint csb = 0xA1B2C3D4;
            byte[] rand = RandomNumberGenerator.GetBytes(16), tgk = RandomNumberGenerator.GetBytes(32);
            ulong t = (ModeFixtures.Now << 32) | 0x12345678;
            int alg = prf == 0 ? 1 : 2, macLength = prf == 0 ? 20 : 32;
            byte[] hdr = [1, 0, 5, (byte)prf, .. PskOracle.BE32(csb), 1, 0, 0, .. PskOracle.BE32(0xCAFE0001), 0, 0, 0, 0];
            byte[] chain = PskOracle.AesCm(PskOracle.Transport(prf, 0x150533E1, csb, rand, 16), PskOracle.Transport(prf, 0x29B88916, csb, rand, 14), csb, t, [0, 0x00, 0, 32, .. tgk]);
            byte[] body = [.. hdr, 11, 0, .. PskOracle.BE64(t), 1, 16, .. rand, 0, 1, (byte)(chain.Length >> 8), (byte)chain.Length, .. chain, (byte)alg];
            byte[] message = [.. body, .. PskOracle.Mac(alg, PskOracle.Transport(prf, 0x2D22AC75, csb, rand, macLength), body)];
            MikeyCall call = ModeFixtures.Psk1(13).Answer(message, ModeFixtures.Now);
            Assert.AreEqual(0xCAFE0001u, call.Sessions[0].Ssrc);
            CollectionAssert.AreEqual(SessionKeysOracleTests.OraclePrf(prf, tgk, SessionKeysOracleTests.Label(0x2AD01C64, 1, csb, rand), 16), call.Sessions[0].MasterKey);
            CollectionAssert.AreEqual(SessionKeysOracleTests.OraclePrf(prf, tgk, SessionKeysOracleTests.Label(0x39A2C14B, 1, csb, rand), 14), call.Sessions[0].MasterSalt);
        }

    }
}
