using MikeyNano.Bytes;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Mikey
{
    /// <summary>The MIKEY-NULL examples parse with the contents the vector file states, and re-serialize exactly.</summary>
    [TestClass]
    public class MikeyNullMessageTests
    {
        private static void CheckSp(SecurityPolicyPayload sp, int[] types, uint[] values)
        {
            Assert.AreEqual(0, sp.PolicyNo);
            Assert.AreEqual(0, sp.ProtType);
            Assert.AreEqual(types.Length, sp.ParamCount);
            for (int i = 0; i < types.Length; i++)
            {
                Assert.AreEqual(types[i], sp.GetParam(i).Type);
                Assert.AreEqual(values[i], sp.GetParam(i).IntValue);
            }
        }

        [TestMethod]
        public void OnvifExampleParses()
        {
            byte[] raw = Base64.Decode(MikeyNullVectors.OnvifBase64);
            MikeyMessage m = MikeyMessage.Parse(raw);
            Assert.AreEqual(MikeyDataType.PreShared, m.Header.DataType);
            Assert.AreEqual(HeaderPayload.PrfMikey1, m.Header.PrfFunc);
            Assert.IsFalse(m.Header.VerificationRequested);
            Assert.AreEqual(0xfd6d77d0u, m.Header.CsbId);
            Assert.AreEqual(HeaderPayload.MapSrtpId, m.Header.MapType);
            Assert.AreEqual(1, m.Header.SrtpEntries.Length);
            Assert.AreEqual(0xc20f551cu, m.Header.SrtpEntries[0].Ssrc);
            Assert.AreEqual(0u, m.Header.SrtpEntries[0].Roc);
            Assert.AreEqual(3, m.PayloadCount, "T, SP, KEMAC (no RAND)");
            Assert.AreEqual(0x01d38e19cef95c3dUL, m.Timestamp.Value);
            Assert.IsTrue(m.Rand == null);
            CheckSp(m.FindPolicy(0), new int[] { 0, 1, 2, 3, 7, 8, 10, 11 }, new uint[] { 1, 16, 1, 20, 1, 1, 1, 10 });
            KemacPayload k = m.Kemac;
            Assert.AreEqual(KemacPayload.EncrNull, k.EncrAlg);
            Assert.AreEqual(39, k.EncrData.Length);
            Assert.AreEqual(KemacPayload.MacNull, k.MacAlg);
            KeyDataPayload[] keys = k.GetKeyData();
            Assert.AreEqual(1, keys.Length);
            Assert.AreEqual(KeyDataPayload.TypeTek, keys[0].Type);
            Assert.AreEqual(KeyDataPayload.KvSpi, keys[0].Kv);
            Expect.Hex("df40b9f54ac2944d1edbb50fe61fd6b72f542fcf9d7f383edadb669a8de4", keys[0].Key, "TEK (key||salt)");
            Expect.Hex("0000002f", keys[0].Spi, "MKI");
            Expect.Hex(Hex.Encode(raw), m.Encode(), "re-serialized");
            Expect.Hex(Hex.Encode(k.EncrData), KeyDataPayload.EncodeChain(keys), "key data chain re-encoded");
        }

        [TestMethod]
        public void GortsplibExampleParses()
        {
            MikeyMessage m = MikeyMessage.Parse(Hex.Decode(MikeyNullVectors.GortsplibHex));
            Assert.AreEqual(MikeyDataType.PreShared, m.Header.DataType);
            Assert.AreEqual(0xe69d51f8u, m.Header.CsbId);
            Assert.AreEqual(0x30685760u, m.Header.SrtpEntries[0].Ssrc);
            Assert.AreEqual(4, m.PayloadCount, "T, RAND, SP, KEMAC");
            Assert.AreEqual(0xebfe6f2db1c13fd0UL, m.Timestamp.Value);
            Expect.Hex("c2dde443a84930a5757a7ed9c3a417fb", m.Rand.Rand, "RAND");
            CheckSp(m.FindPolicy(0), new int[] { 0, 1, 2, 3, 7, 8, 10 }, new uint[] { 1, 16, 1, 10, 1, 1, 1 });
            Assert.AreEqual(34, m.Kemac.EncrData.Length);
            KeyDataPayload[] keys = m.Kemac.GetKeyData();
            Assert.AreEqual(1, keys.Length);
            Assert.AreEqual(KeyDataPayload.TypeTek, keys[0].Type);
            Assert.AreEqual(KeyDataPayload.KvNull, keys[0].Kv);
            Expect.Hex("9091783dfce8ddcd443a53508b64509f35bd8a86bc4d8b7637a502493daf", keys[0].Key, "TEK (key||salt)");
            Expect.Hex(MikeyNullVectors.GortsplibHex, m.Encode(), "re-serialized");
        }
    }
}
