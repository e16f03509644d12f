#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using MikeyNano.Bytes;
using MikeyNano.Eccsi;
using MikeyNano.Tests.Sakke;

namespace MikeyNano.Tests.Eccsi
{
    /// <summary>The real 3GPP messages (StreamwideVectors): every (SSK, PVT) validates against PubAuthKey (KPAK) for
    /// its UID, and the ECCSI signature of every I_MESSAGE verifies for the initiator's UID (signed data = the
    /// message from HDR through the 2-octet SIGN header, i.e. all but the last 129 octets).</summary>
    [TestClass]
    public class StreamwideEccsiTests
    {
        private static void Validates(string uid, string ssk, string pvt)
        {
            EccsiSigner signer = new EccsiSigner(Hex.Decode(StreamwideVectors.PubAuthKey), Hex.Decode(uid), Hex.Decode(ssk), Hex.Decode(pvt));
            Assert.AreEqual(32, signer.Hs.Length);
        }

        [TestMethod]
        public void EverySskPvtValidates()
        {
            Validates(StreamwideVectors.GmsUid, StreamwideVectors.GmsSsk, StreamwideVectors.GmsPvt);
            Validates(StreamwideVectors.AliceUid, StreamwideVectors.AliceSsk, StreamwideVectors.AlicePvt);
            Validates(StreamwideVectors.BobUid, StreamwideVectors.BobSsk, StreamwideVectors.BobPvt);
            Validates(StreamwideVectors.IwfUid, StreamwideVectors.IwfSsk, StreamwideVectors.IwfPvt);
        }

        private static void Verifies(string message, string initiatorUid)
        {
            byte[] m = Hex.Decode(message);
            int signed = m.Length - EccsiHashes.SignatureLength;
            Assert.AreEqual(0x02, m[signed - 2] >> 4, "SIGN header: S type 2 (ECCSI)");
            EccsiVerifier plain = new EccsiVerifier(Hex.Decode(StreamwideVectors.PubAuthKey), false);
            EccsiVerifier fast = new EccsiVerifier(Hex.Decode(StreamwideVectors.PubAuthKey), true);
            plain.Verify(m, 0, signed, m, signed, Hex.Decode(initiatorUid));
            fast.Verify(m, 0, signed, m, signed, Hex.Decode(initiatorUid));
            Assert.IsFalse(fast.IsValid(m, 0, signed - 1, m, signed, Hex.Decode(initiatorUid)), "without the SIGN header's last octet");
        }

        [TestMethod]
        public void EverySignatureVerifies()
        {
            Verifies(StreamwideVectors.Test1Gmk, StreamwideVectors.GmsUid);
            Verifies(StreamwideVectors.Test2Csk, StreamwideVectors.AliceUid);
            Verifies(StreamwideVectors.Test3Pck, StreamwideVectors.AliceUid);
            Verifies(StreamwideVectors.Test4LegacyGmk, StreamwideVectors.GmsUid);
        }
    }
}
