#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using MikeyNano.Bytes;
using MikeyNano.Identity;
using MikeyNano.Sakke;
using MikeyNano.Tests.Support;

namespace MikeyNano.Tests.Sakke
{
    /// <summary>The real 3GPP messages (StreamwideVectors): every UserID is the F.2.1 UID of its URI, every RSK
    /// validates against PubEncKey (Z_T) for its UID, and every SAKKE payload decapsulates to the stated key.</summary>
    [TestClass]
    public class StreamwideSakkeTests
    {
        private static byte[] Uid(string uri)
        {
            return MikeySakkeUid.Compute(uri, StreamwideVectors.KmsUri, StreamwideVectors.UserKeyPeriod,
                StreamwideVectors.UserKeyOffset, StreamwideVectors.KeyPeriodNo);
        }

        [TestMethod]
        public void EveryUidRecomputes()
        {
            Expect.Hex(StreamwideVectors.GmsUid, Uid(StreamwideVectors.GmsUri), "GMS UID");
            Expect.Hex(StreamwideVectors.AliceUid, Uid(StreamwideVectors.AliceUri), "Alice UID");
            Expect.Hex(StreamwideVectors.BobUid, Uid(StreamwideVectors.BobUri), "Bob UID");
            Expect.Hex(StreamwideVectors.IwfUid, Uid(StreamwideVectors.IwfUri), "IWF UID");
        }

        private static void Decapsulates(string uid, string rsk, string message, int offset, string key, bool precompute)
        {
            // the constructor validates the RSK (<[b]P + Z_T, RSK> == g) and throws otherwise
            SakkeReceiver receiver = new SakkeReceiver(Hex.Decode(StreamwideVectors.PubEncKey), Hex.Decode(uid), Hex.Decode(rsk), precompute);
            byte[] sed = Octets.Slice(Hex.Decode(message), offset, 273);
            Expect.Hex(key, receiver.Decapsulate(sed), "SSV");
        }

        [TestMethod]
        public void Test1Gmk_ToAlice()
        {
            Decapsulates(StreamwideVectors.AliceUid, StreamwideVectors.AliceRsk, StreamwideVectors.Test1Gmk,
                StreamwideVectors.Test1GmkSakkeOffset, StreamwideVectors.Test1GmkKey, false);
        }

        [TestMethod]
        public void Test2Csk_ToGms()
        {
            Decapsulates(StreamwideVectors.GmsUid, StreamwideVectors.GmsRsk, StreamwideVectors.Test2Csk,
                StreamwideVectors.Test2CskSakkeOffset, StreamwideVectors.Test2CskKey, false);
        }

        [TestMethod]
        public void Test3Pck_ToBob_WithTables()
        {
            Decapsulates(StreamwideVectors.BobUid, StreamwideVectors.BobRsk, StreamwideVectors.Test3Pck,
                StreamwideVectors.Test3PckSakkeOffset, StreamwideVectors.Test3PckKey, true);
        }

        [TestMethod]
        public void Test4LegacyGmk_ToIwf()
        {
            Decapsulates(StreamwideVectors.IwfUid, StreamwideVectors.IwfRsk, StreamwideVectors.Test4LegacyGmk,
                StreamwideVectors.Test4LegacyGmkSakkeOffset, StreamwideVectors.Test4LegacyGmkKey, false);
        }

        [TestMethod]
        public void Test1Gmk_PairingValue()
        {
            // the breakdown's intermediate w = <R, RSK> for Test 1
            SakkeCurve c = new SakkeCurve(SakkeParameterSet1.Field);
            byte[] msg = Hex.Decode(StreamwideVectors.Test1Gmk);
            SakkePoint r = c.Decode(msg, StreamwideVectors.Test1GmkSakkeOffset, 257);
            SakkePoint rsk = c.Decode(Hex.Decode(StreamwideVectors.AliceRsk));
            uint[] w = SakkeParameterSet1.Field.Create();
            new TatePairing(SakkeParameterSet1.Field).Compute(w, r, rsk);
            byte[] wb = new byte[128];
            SakkeParameterSet1.Field.ToBytes(w, wb, 0);
            Expect.Hex("23652d8eb5ead9c8293117aa09412ca95c9d6860def1e8cde4dbd2136ac07042133a2c62651ac715fdc7f3a7ecf7cd46" +
                       "3c9efb3c18d8d7b2b4aa77f7329626d99fa0b0c494534ae2937ed8d672cf33f479745d194c24db7b77ff7250ed9a4fc6" +
                       "585cd7a700b12a2676cbba1a1cc33bb1421463ffa460d8a1337f84197081322e", wb, "w");
        }
    }
}
