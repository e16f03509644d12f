using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using MikeyNano.Bytes;
using MikeyNano.Curves;
using MikeyNano.Errors;
using MikeyNano.HostTests.Mikey;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Tests.Modes;
using MikeyNano.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Modes
{
    /// <summary>
    /// MIKEY-ECIES against an oracle on .NET's ECDiffieHellman, ECDsa, SHA-256, HMAC and AES (EccOracle, PskOracle):
    /// the ECIES primitive both ways on random keys (SEC 1 v2 5.1 as profile 4.1 fixes it), our I_MESSAGE opened and
    /// its SIGNi verified by .NET, our R_MESSAGE's V recomputed, and an I_MESSAGE the oracle builds octet by octet
    /// (signed by .NET) keying our responder with the oracle's keys.
    /// </summary>
    [TestClass]
    public class EciesOracleTests
    {
        [TestMethod]
        public void TheEciesPrimitiveAgreesWithDotNetBothWays()
        {
            for (int i = 0; i < 100; i++)
            {
                using ECDiffieHellman recipient = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
                ECParameters p = recipient.ExportParameters(true);
                byte[] envKey = RandomNumberGenerator.GetBytes(i % 2 == 0 ? 32 : 16);
                byte[] ours = EciesP256.Encrypt(P256Point.FromCoordinates(p.Q.X, p.Q.Y), envKey, new CounterRandomSource((ulong)i));
                Assert.AreEqual(81 + envKey.Length, ours.Length);
                CollectionAssert.AreEqual(envKey, EccOracle.EciesDecrypt(recipient, ours), "ours -> .NET, key " + i);
                byte[] theirs = EccOracle.EciesEncrypt(EccOracle.Uncompressed(p), envKey);
                CollectionAssert.AreEqual(envKey, EciesP256.Decrypt(p.D, theirs), ".NET -> ours, key " + i);
                theirs[theirs.Length - 1 - (i % 16)] ^= 0x40;
                MikeyException e = Assert.ThrowsExactly<MikeyException>(() => EciesP256.Decrypt(p.D, theirs));
                Assert.AreEqual(MikeyErrorCode.AuthFailure, e.ErrorCode, "a tampered tag");
            }
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        public void OurMessagesOpenUnderTheOracle(int prf)
        {
            byte[] tgk = RandomNumberGenerator.GetBytes(32);
            CallRequest req = EccFixtures.ToBob(prf, true);
            req.Key = tgk;
            MikeyCall offered = EccFixtures.Ecies(EccFixtures.Alice(), 11).Offer(req, ModeFixtures.Now);
            byte[] i = offered.IMessage;
            MikeyMessage m = offered.Message;
            Assert.IsTrue(EccOracle.SignatureVerifies(i, EccOracle.Alice), "SIGNi verified by .NET under Alice's key");
            using ECDiffieHellman bobDh = EccOracle.Dh(EccOracle.Parameters(EccFixtures.BobPrivate));
            byte[] pke = i[^(66 + 113)..^66];
            Assert.AreEqual(0x00, i[^(66 + 115)]);
            Assert.AreEqual(0x71, i[^(66 + 114)], "PKE C = 0, Data len 113");
            byte[] envKey = EccOracle.EciesDecrypt(bobDh, pke);
            Assert.IsNotNull(envKey, "the PKE opens under Bob's key");
            uint csb = m.Header.CsbId;
            byte[] rand = m.Rand.Rand;
            byte[] auth = PskOracle.Transport(prf, 0x2D22AC75, csb, rand, 32, envKey);
            int macEnd = i.Length - 66 - 116;
            CollectionAssert.AreEqual(HMACSHA256.HashData(auth, i[..(macEnd - 32)]), i[(macEnd - 32)..macEnd], "KEMAC MAC (HMAC-SHA-256 under the envelope key)");
            byte[] chain = PskOracle.AesCm(PskOracle.Transport(prf, 0x150533E1, csb, rand, 16, envKey), PskOracle.Transport(prf, 0x29B88916, csb, rand, 14, envKey),
                csb, m.Timestamp.Value, m.Kemac.EncrData);
            CollectionAssert.AreEqual(new byte[] { 0, 0x00, 0, 32 }.Concat(tgk).ToArray(), chain, "decrypted key-data chain: one TGK");

            MikeyCall answered = EccFixtures.Ecies(EccFixtures.Bob(), 12).Answer(i, ModeFixtures.Now);
            for (int k = 0; k < 3; k++)
            {
                int keyLength = k == 1 ? 32 : 16;
                CollectionAssert.AreEqual(SessionKeysOracleTests.OraclePrf(prf, tgk, SessionKeysOracleTests.Label(0x2AD01C64, k + 1, csb, rand), keyLength), answered.Sessions[k].MasterKey, "master key " + k);
                CollectionAssert.AreEqual(SessionKeysOracleTests.OraclePrf(prf, tgk, SessionKeysOracleTests.Label(0x39A2C14B, k + 1, csb, rand), 14), answered.Sessions[k].MasterSalt, "master salt " + k);
            }
            byte[] r = answered.RMessage;
            CollectionAssert.AreEqual(HMACSHA256.HashData(auth, (byte[])[.. r[..^32], .. PskOracle.BE64(m.Timestamp.Value)]), r[^32..], "V Ver data");
            CollectionAssert.AreEqual(new byte[] { 1, 241, 5, (byte)prf }, r[..4], "R_MESSAGE HDR: version, data type 241, next T, V = 0");
            CollectionAssert.AreEqual(i[4..37], r[4..37], "R_MESSAGE HDR: CSB ID, #CS and map copied");
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        public void AnOracleMessageKeysOurResponder(int prf)
        {
            uint csb = 0xA1B2C3D4;
            byte[] rand = RandomNumberGenerator.GetBytes(16), tgk = RandomNumberGenerator.GetBytes(32), envKey = RandomNumberGenerator.GetBytes(32);
            ulong t = (ModeFixtures.Now << 32) | 0x12345678;
            byte[] Idr(int role, string uri) => [1, (byte)role, 1, 0, (byte)uri.Length, .. Encoding.UTF8.GetBytes(uri)];
            byte[] hdr = [1, 240, 5, (byte)prf, .. PskOracle.BE32(csb), 1, 0, 0, .. PskOracle.BE32(0xCAFE0001), 0, 0, 0, 0];
            byte[] chain = PskOracle.AesCm(PskOracle.Transport(prf, 0x150533E1, csb, rand, 16, envKey), PskOracle.Transport(prf, 0x29B88916, csb, rand, 14, envKey),
                csb, t, [0, 0x00, 0, 32, .. tgk]);
            // T(next RAND) RAND(next IDR) IDRi(next IDR) IDRr(next KEMAC) KEMAC(next PKE) ...
            byte[] idri = Idr(1, EccFixtures.AliceUri), idrr = Idr(2, EccFixtures.BobUri);
            idri[0] = 14;
            idrr[0] = 1;
            byte[] body = [.. hdr, 11, 0, .. PskOracle.BE64(t), 14, 16, .. rand, .. idri, .. idrr, 2, 1, 0, (byte)chain.Length, .. chain, 2];
            body = [.. body, .. HMACSHA256.HashData(PskOracle.Transport(prf, 0x2D22AC75, csb, rand, 32, envKey), (byte[])body)];
            byte[] bobPublic = EccOracle.Uncompressed(EccOracle.Parameters(EccFixtures.BobPrivate));
            body = [.. body, 4, 0x00, 0x71, .. EccOracle.EciesEncrypt(bobPublic, envKey), 0xC0, 0x40];
            byte[] message = [.. body, .. EccOracle.Alice.SignData(body, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)];

            MikeyCall call = EccFixtures.Ecies(EccFixtures.Bob(), 13).Answer(message, ModeFixtures.Now);
            Assert.AreEqual(0xCAFE0001u, call.Sessions[0].Ssrc);
            Assert.IsNull(call.RMessage, "V = 0: no R_MESSAGE");
            CollectionAssert.AreEqual(SessionKeysOracleTests.OraclePrf(prf, tgk, SessionKeysOracleTests.Label(0x2AD01C64, 1, csb, rand), 16), call.Sessions[0].MasterKey);
            CollectionAssert.AreEqual(SessionKeysOracleTests.OraclePrf(prf, tgk, SessionKeysOracleTests.Label(0x39A2C14B, 1, csb, rand), 14), call.Sessions[0].MasterSalt);
        }
    }
}
