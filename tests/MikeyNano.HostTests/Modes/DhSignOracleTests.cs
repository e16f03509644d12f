using System.Linq;
using System.Security.Cryptography;
using System.Text;
using MikeyNano.HostTests.Mikey;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Tests.Modes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Modes
{
    /// <summary>
    /// DH-SIGN over P-256 (profile section 6) against a peer written here on .NET's ECDiffieHellman and ECDsa (OpenSSL),
    /// both roles: our I_MESSAGE's SIGNi verified by .NET and answered by an oracle R_MESSAGE (.NET ephemeral key,
    /// signed by .NET) that keys our initiator with TGK = .NET's x([e_r]E_i); an oracle I_MESSAGE answered by our
    /// responder, whose SIGNr .NET verifies and whose sessions equal the oracle PRF of .NET's x([e_i]E_r).
    /// </summary>
    [TestClass]
    public class DhSignOracleTests
    {
        private static byte[] Idr(int next, int role, string uri) => [(byte)next, (byte)role, 1, 0, (byte)uri.Length, .. Encoding.UTF8.GetBytes(uri)];
        private static byte[] Dh(int next, byte[] point) => [(byte)next, 241, .. point, 0];
        private static byte[] Signed(byte[] body, ECDsa key) =>
            [.. body, 0xC0, 0x40, .. key.SignData((byte[])[.. body, 0xC0, 0x40], HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)];

        private static void AssertSessionsFrom(byte[] tgk, int prf, uint csb, byte[] rand, MikeyCall call, int[] keyLengths)
        {
            for (int k = 0; k < keyLengths.Length; k++)
            {
                CollectionAssert.AreEqual(SessionKeysOracleTests.OraclePrf(prf, tgk, SessionKeysOracleTests.Label(0x2AD01C64, k + 1, csb, rand), keyLengths[k]), call.Sessions[k].MasterKey, "master key " + k);
                CollectionAssert.AreEqual(SessionKeysOracleTests.OraclePrf(prf, tgk, SessionKeysOracleTests.Label(0x39A2C14B, k + 1, csb, rand), 14), call.Sessions[k].MasterSalt, "master salt " + k);
            }
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        public void AnOracleResponderKeysOurInitiator(int prf)
        {
            DhSignEndpoint alice = EccFixtures.DhSign(EccFixtures.Alice(), 21);
            MikeyCall offered = alice.Offer(EccFixtures.ToBob(prf, false), ModeFixtures.Now);
            byte[] i = offered.IMessage;
            Assert.IsTrue(EccOracle.SignatureVerifies(i, EccOracle.Alice), "SIGNi verified by .NET under Alice's key");
            byte[] ei = i[^132..^67];
            Assert.AreEqual(241, i[^133], "DHi group");

            using ECDiffieHellman er = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            byte[] tgk = er.DeriveRawSecretAgreement(EccOracle.PublicKeyOf(ei));
            ulong t = (ModeFixtures.Now << 32) | 0x9abcdef0;
            byte[] body = [1, 5, 5, (byte)prf, .. i[4..37], 14, 0, .. PskOracle.BE64(t),
                .. Idr(14, 2, EccFixtures.BobUri), .. Idr(3, 1, EccFixtures.AliceUri), .. Dh(3, EccOracle.Uncompressed(er.ExportParameters(false))), .. Dh(4, ei)];
            alice.Confirm(offered, Signed(body, EccOracle.Bob), ModeFixtures.Now);
            AssertSessionsFrom(tgk, prf, offered.Message.Header.CsbId, offered.Message.Rand.Rand, offered, [16, 32, 16]);
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        public void AnOracleInitiatorKeysOurResponder(int prf)
        {
            uint csb = 0x0D15EA5E;
            byte[] rand = RandomNumberGenerator.GetBytes(16);
            ulong t = (ModeFixtures.Now << 32) | 0x01020304;
            using ECDiffieHellman ei = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            byte[] eiPoint = EccOracle.Uncompressed(ei.ExportParameters(false));
            byte[] body = [1, 4, 5, (byte)(0x80 | prf), .. PskOracle.BE32(csb), 1, 0, 0, .. PskOracle.BE32(0xFACE0001), 0, 0, 0, 9,
                11, 0, .. PskOracle.BE64(t), 14, 16, .. rand, .. Idr(14, 1, EccFixtures.AliceUri), .. Idr(3, 2, EccFixtures.BobUri), .. Dh(4, eiPoint)];
            MikeyCall answered = EccFixtures.DhSign(EccFixtures.Bob(), 22).Answer(Signed(body, EccOracle.Alice), ModeFixtures.Now);
            Assert.AreEqual(0xFACE0001u, answered.Sessions[0].Ssrc);
            Assert.AreEqual(9u, answered.Sessions[0].Roc);
            byte[] r = answered.RMessage;
            Assert.IsTrue(EccOracle.SignatureVerifies(r, EccOracle.Bob), "SIGNr verified by .NET under Bob's key");
            CollectionAssert.AreEqual(eiPoint, r[^132..^67], "DHi copied");
            CollectionAssert.AreEqual(new byte[] { 1, 5, 5, (byte)prf }, r[..4], "R_MESSAGE HDR: data type 5, next T, V = 0");
            byte[] tgk = ei.DeriveRawSecretAgreement(EccOracle.PublicKeyOf(r[^200..^135]));
            AssertSessionsFrom(tgk, prf, csb, rand, answered, [16]);
        }
    }
}
