using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Ts33180;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Mikey
{
    /// <summary>General Extension type 7 key parameters (TS 33.180 E.6) of the three protected Streamwide I_MESSAGEs
    /// (Ts33180Vectors, from ../shared/vectors/streamwide-ts33180-mikey-sakke-imessages.txt). The keys GMK/CSK/PCK are
    /// the ones the vector file states (and that the SAKKE payloads decapsulate to). Because AES-GCM authenticates,
    /// every successful decryption below proves the DPCK derivation, nonce and associated-data layout.</summary>
    [TestClass]
    public class Ts33180KeyParametersTests
    {
        // Vector file: Test 1 GMK, Test 2 CSK, Test 3 PCK.
        private const string Gmk = "07d1a1677ac36d8e81620484689b3c2d";
        private const string Csk = "e06e65106183547342d3e8a6ce2540a8";
        private const string Pck = "b4c96b703acd5c1bf7d4cc45068d9965";

        // HMAC-SHA-256(GMK, 53 || 06a12aea || 0004) computed with Python's hmac/hashlib (independent oracle);
        // the DPCK is its last 16 octets.
        private const string GmkDpck = "9768340935db3c2e770f2a3e97a4bb09";

        private static MikeyMessage Parse(string hex)
        {
            return MikeyMessage.Parse(Hex.Decode(hex));
        }

        private static byte[] ExtData(MikeyMessage m)
        {
            return m.FindGeneralExtension(GeneralExtensionPayload.TypeKeyParameters).Data;
        }

        [TestMethod]
        public void DpckIsTheLow128BitsOfKdf53OverTheDppkId()
        {
            Expect.Hex(GmkDpck, PayloadCipherKey.Derive(Hex.Decode(Gmk), 0x06a12aeau), "DPCK of the GMK under the GUK-ID");
            Expect.Throws(typeof(InvalidKeyException), delegate { PayloadCipherKey.Derive(new byte[32], 1); });
        }

        [TestMethod]
        public void GmkMessageEnvelopeFields()
        {
            ProtectedPayload p = ProtectedPayload.Parse(ExtData(Parse(Ts33180Vectors.GmkHex)));
            Assert.AreEqual(0x43, p.MessageType);
            Assert.AreEqual(1UL, p.DateTime);
            Assert.AreEqual(0u, p.PayloadId);
            Assert.AreEqual(0, p.SequenceNumber);
            Assert.AreEqual(ProtectedPayload.AlgorithmAes128Gcm, p.Algorithm);
            Expect.Hex("28704fa41c8fe20f881c1bab0d32d8ca", p.Iv, "IV");
            Assert.AreEqual(0x06a12aeau, p.DppkId, "DPPK-ID = GUK-ID = CSB ID");
            Assert.AreEqual(0, p.PayloadIei);
            Assert.AreEqual(36, p.Sealed.Length, "20 octets of key parameters + 16-octet tag");
        }

        [TestMethod]
        public void GmkMessageKeyParametersDecrypt()
        {
            MikeyMessage m = Parse(Ts33180Vectors.GmkHex);
            Expect.Hex("0000000001000000000000000000000000000100",
                ProtectedPayload.Parse(ExtData(m)).Decrypt(Hex.Decode(Gmk)), "plaintext");
            KeyParameters k = Ts33180Profile.KeyParameters(m, Hex.Decode(Gmk));
            Assert.AreEqual(KeyParameters.KeyTypeGmk, k.KeyType);
            Assert.AreEqual(1u, k.Status);
            Assert.IsTrue(k.NotRevoked);
            Assert.AreEqual(0UL, k.ActivationTime);
            Assert.AreEqual(0UL, k.ExpiryTime);
            Assert.AreEqual(0, k.Text.Length);
            Expect.Hex("00", k.GroupIds, "MC group IDs field: number of group IDs = 0");
            Assert.AreEqual(0, k.GroupIdCount);
            Assert.AreEqual(0, k.Rest.Length);
        }

        // CSK and PCK parameters: 17 octets, not revoked, no times, no text, no MC group-ID field.
        private static void CheckWithoutGroupIds(string messageHex, string keyHex, uint dppkId, int keyType)
        {
            MikeyMessage m = Parse(messageHex);
            Assert.AreEqual(dppkId, ProtectedPayload.Parse(ExtData(m)).DppkId, "DPPK-ID = CSB ID");
            KeyParameters k = Ts33180Profile.KeyParameters(m, Hex.Decode(keyHex));
            Assert.AreEqual(keyType, k.KeyType);
            Assert.AreEqual(1u, k.Status);
            Assert.IsTrue(k.NotRevoked);
            Assert.AreEqual(0UL, k.ActivationTime);
            Assert.AreEqual(0UL, k.ExpiryTime);
            Assert.AreEqual(0, k.Text.Length);
            Assert.IsTrue(k.GroupIds == null, "no MC group IDs for this key type");
            Assert.AreEqual(0, k.Rest.Length);
        }

        [TestMethod]
        public void CskMessageKeyParametersDecrypt()
        {
            CheckWithoutGroupIds(Ts33180Vectors.CskHex, Csk, 0x2ddd5bf0u, KeyParameters.KeyTypeCsk);
        }

        [TestMethod]
        public void PckMessageKeyParametersDecrypt()
        {
            CheckWithoutGroupIds(Ts33180Vectors.PckHex, Pck, 0x16992638u, KeyParameters.KeyTypePck);
        }

        [TestMethod]
        public void WrongKeyFailsAuthentication()
        {
            MikeyMessage m = Parse(Ts33180Vectors.GmkHex);
            Expect.Throws(typeof(AuthenticationException), delegate { Ts33180Profile.KeyParameters(m, Hex.Decode(Csk)); });
            MikeyMessage p = Parse(Ts33180Vectors.PckHex);
            byte[] k = Hex.Decode(Pck);
            k[15] ^= 1;
            Expect.Throws(typeof(AuthenticationException), delegate { Ts33180Profile.KeyParameters(p, k); });
            Expect.Throws(typeof(InvalidKeyException), delegate { Ts33180Profile.KeyParameters(p, new byte[15]); });
        }

        [TestMethod]
        public void EveryFlippedBitOfTheProtectedPayloadIsRejected()
        {
            byte[] data = ExtData(Parse(Ts33180Vectors.CskHex));
            byte[] key = Hex.Decode(Csk);
            for (int i = 0; i < data.Length; i++)
            {
                if (i == 11 || i == 33 || i == 34) continue;   // algorithm and length: rejected before GCM (below)
                if (i == 32) continue;                        // payload IEI: not covered by the associated data
                byte[] d = Octets.Slice(data, 0, data.Length);
                d[i] ^= (byte)(1 << (i % 8));
                Expect.Throws(typeof(AuthenticationException), delegate { ProtectedPayload.Parse(d).Decrypt(key); });
            }
            byte[] alg = Octets.Slice(data, 0, data.Length);
            alg[11] = 2;
            Expect.Throws(typeof(UnsupportedAlgorithmException), delegate { ProtectedPayload.Parse(alg).Decrypt(key); });
            byte[] len = Octets.Slice(data, 0, data.Length);
            len[34] ^= 1;
            Expect.Throws(typeof(MikeyException), delegate { ProtectedPayload.Parse(len); });
            Expect.Throws(typeof(MikeyException), delegate { ProtectedPayload.Parse(Octets.Slice(data, 0, 50)); });
        }

        [TestMethod]
        public void DppkIdOtherThanCsbIdIsRejectedByTheProfile()
        {
            byte[] msg = Hex.Decode(Ts33180Vectors.PckHex);
            MikeyMessage m = MikeyMessage.Parse(msg);
            m.Header.CsbId = m.Header.CsbId ^ 1u;
            Expect.Throws(typeof(MikeyException), delegate { Ts33180Profile.KeyParameters(m, Hex.Decode(Pck)); });
        }

        [TestMethod]
        public void LegacyFormIsDecodedWithoutDecryption()
        {
            MikeyMessage m = Parse(Ts33180Vectors.LegacyGmkHex);
            KeyParameters k = Ts33180Profile.KeyParameters(m, Hex.Decode(Gmk));
            Assert.AreEqual(1, k.KeyType, "legacy numbering: GMK = 1");
            Assert.IsTrue(k.NotRevoked);
            Assert.IsTrue(k.GroupIds == null);
        }

        [TestMethod]
        public void PlaintextParserRejectsOverruns()
        {
            Expect.Throws(typeof(MikeyException), delegate { KeyParameters.Parse(new byte[16]); });
            Expect.Throws(typeof(MikeyException), delegate { KeyParameters.Parse(Hex.Decode("0200000001000000000000000000000001")); });
            Expect.Throws(typeof(MikeyException), delegate { KeyParameters.Parse(Hex.Decode("00000000010000000000000000000000000002")); });
            KeyParameters k = KeyParameters.Parse(Hex.Decode("020000000300000000050000000006000268690000"));
            Assert.AreEqual(3u, k.Status);
            Assert.AreEqual(5UL, k.ActivationTime);
            Assert.AreEqual(6UL, k.ExpiryTime);
            Expect.Hex("6869", k.Text, "text");
            Expect.Hex("0000", k.Rest, "rest");
        }
    }
}
