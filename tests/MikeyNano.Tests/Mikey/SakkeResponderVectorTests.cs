using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Tests.Sakke;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Mikey
{
    /// <summary>
    /// Full responder processing of the four real 3GPP TS 33.180 I_MESSAGEs (Streamwide test vectors v5, via
    /// ../shared/vectors/streamwide-ts33180-mikey-sakke-imessages.txt): signature verified with the initiator's UID
    /// and KPAK, SAKKE decapsulated with the responder's RSK, the stated key recovered; and the rejections.
    /// </summary>
    [TestClass]
    public class SakkeResponderVectorTests
    {
        private const ulong MessageTime = 0xec898da8; // the T of all four messages (NTP-UTC seconds)

        public static KmsPublicKeys Kms()
        {
            return new KmsPublicKeys(StreamwideVectors.KmsUri, Hex.Decode(StreamwideVectors.PubEncKey),
                Hex.Decode(StreamwideVectors.PubAuthKey), StreamwideVectors.UserKeyPeriod, StreamwideVectors.UserKeyOffset);
        }

        public static UserKeyMaterial User(string uri, string uid, string rsk, string ssk, string pvt)
        {
            return new UserKeyMaterial(uri, Hex.Decode(uid), Kms(), StreamwideVectors.KeyPeriodNo, Hex.Decode(rsk), Hex.Decode(ssk),
                Hex.Decode(pvt), false);
        }

        public static UserKeyMaterial Alice()
        {
            return User(StreamwideVectors.AliceUri, StreamwideVectors.AliceUid, StreamwideVectors.AliceRsk, StreamwideVectors.AliceSsk, StreamwideVectors.AlicePvt);
        }

        public static UserKeyMaterial Gms()
        {
            return User(StreamwideVectors.GmsUri, StreamwideVectors.GmsUid, StreamwideVectors.GmsRsk, StreamwideVectors.GmsSsk, StreamwideVectors.GmsPvt);
        }

        public static UserKeyMaterial Bob()
        {
            return User(StreamwideVectors.BobUri, StreamwideVectors.BobUid, StreamwideVectors.BobRsk, StreamwideVectors.BobSsk, StreamwideVectors.BobPvt);
        }

        public static UserKeyMaterial Iwf()
        {
            return User(StreamwideVectors.IwfUri, StreamwideVectors.IwfUid, StreamwideVectors.IwfRsk, StreamwideVectors.IwfSsk, StreamwideVectors.IwfPvt);
        }

        private static ReceivedCall Receive(UserKeyMaterial own, string messageHex)
        {
            return new SakkeResponder(own, null, new ReplayCache(16, 300)).Process(Hex.Decode(messageHex), MessageTime + 5);
        }

        [TestMethod]
        public void GmkMessageYieldsTheGmkAndTheGroupCallSession()
        {
            ReceivedCall call = Receive(Alice(), Ts33180Vectors.GmkHex);
            Expect.Hex(StreamwideVectors.Test1GmkKey, call.Ssv, "GMK");
            Expect.Hex(StreamwideVectors.GmsUid, call.InitiatorIdentifier, "initiator UID");
            Assert.IsFalse(call.LegacySignature);
            Assert.AreEqual(1, call.Sessions.Length);
            Assert.AreEqual(4, call.Sessions[0].CsId); // TS 33.180 E.1.3: MCPTT group call
            Assert.AreEqual(0x0df9bc39u, call.Sessions[0].KeyIds[0]); // GMK-ID
            Assert.AreEqual(0x06a12aeau, call.Sessions[0].KeyIds[1]); // GUK-ID = CSB ID
            Assert.AreEqual(16, call.Sessions[0].MasterKey.Length);
            Assert.AreEqual(12, call.Sessions[0].MasterSalt.Length);
        }

        [TestMethod]
        public void CskMessageYieldsTheCsk()
        {
            ReceivedCall call = Receive(Gms(), Ts33180Vectors.CskHex);
            Expect.Hex(StreamwideVectors.Test2CskKey, call.Ssv, "CSK");
            Expect.Hex(StreamwideVectors.AliceUid, call.InitiatorIdentifier, "initiator UID");
            Assert.AreEqual(6, call.Sessions[0].CsId);
        }

        [TestMethod]
        public void PckMessageYieldsThePckWithAnEmptyMap()
        {
            ReceivedCall call = Receive(Bob(), Ts33180Vectors.PckHex);
            Expect.Hex(StreamwideVectors.Test3PckKey, call.Ssv, "PCK");
            Assert.AreEqual(0, call.Sessions.Length);
        }

        [TestMethod]
        public void LegacyGmkMessageYieldsTheGmkAndTwoSrtpSessions()
        {
            ReceivedCall call = Receive(Iwf(), Ts33180Vectors.LegacyGmkHex);
            Expect.Hex(StreamwideVectors.Test4LegacyGmkKey, call.Ssv, "GMK");
            Assert.AreEqual(2, call.Sessions.Length);
            Assert.AreEqual(0xcafebabeu, call.Sessions[0].Ssrc);
        }

        [TestMethod]
        public void ReplayIsRejectedAndOutOfWindowIsInvalidTs()
        {
            SakkeResponder responder = new SakkeResponder(Alice(), null, new ReplayCache(16, 300));
            byte[] m = Hex.Decode(Ts33180Vectors.GmkHex);
            responder.Process(m, MessageTime);
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { responder.Process(m, MessageTime + 1); });
            Assert.AreEqual((int)MikeyErrorCode.InvalidTs, (int)e.ErrorCode);
            SakkeResponder fresh = new SakkeResponder(Alice(), null, new ReplayCache(16, 300));
            e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { fresh.Process(m, MessageTime + 301); });
            Assert.AreEqual((int)MikeyErrorCode.InvalidTs, (int)e.ErrorCode);
            e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { fresh.Process(m, MessageTime - 301); });
            Assert.AreEqual((int)MikeyErrorCode.InvalidTs, (int)e.ErrorCode);
        }

        [TestMethod]
        public void MessageForSomeoneElseIsInvalidId()
        {
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { Receive(Bob(), Ts33180Vectors.GmkHex); });
            Assert.AreEqual((int)MikeyErrorCode.InvalidId, (int)e.ErrorCode);
        }

        [TestMethod]
        public void AnyChangeToTheSignedPartIsAnAuthFailure()
        {
            UserKeyMaterial alice = Alice();
            byte[] m = Hex.Decode(Ts33180Vectors.GmkHex);
            // A bit in RAND, one in the SAKKE data (R), one in the general extension, one in r of the signature.
            int[] offsets = new int[] { 40, 240, 500, m.Length - 100 };
            for (int i = 0; i < offsets.Length; i++)
            {
                byte[] t = (byte[])m.Clone();
                t[offsets[i]] ^= 0x10;
                MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate
                {
                    new SakkeResponder(alice, null, new ReplayCache(16, 300)).Process(t, MessageTime);
                });
                Assert.AreEqual((int)MikeyErrorCode.AuthFailure, (int)e.ErrorCode, "offset " + offsets[i]);
            }
        }

        [TestMethod]
        public void UntrustedKmsIsRejected()
        {
            // The GMK message with IDR role 6 naming a KMS Alice does not trust, signed again by the GMS.
            byte[] m = SakkeResponderBindingTests.WithIdr(Hex.Decode(Ts33180Vectors.GmkHex), IdrPayload.RoleInitiatorKms,
                Utf8.Encode("kms.other.example"), Gms(), new CounterRandomSource(6));
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), "kms.other.example", delegate
            {
                new SakkeResponder(Alice(), null, new ReplayCache(16, 300)).Process(m, MessageTime);
            });
            Assert.AreEqual((int)MikeyErrorCode.InvalidId, (int)e.ErrorCode);
        }
    }
}
