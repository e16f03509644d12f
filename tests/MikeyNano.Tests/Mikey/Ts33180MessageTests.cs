using MikeyNano.Bytes;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Transport;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Mikey
{
    /// <summary>The four real 3GPP MIKEY-SAKKE I_MESSAGEs (Ts33180Vectors): every field the vector file's payload
    /// breakdown states, and byte-exact re-serialization.</summary>
    [TestClass]
    public class Ts33180MessageTests
    {
        // UIDs, KMS URI and PVTs from the "KMS KeyProv" section of the vector file.
        private const string GmsUid = "15a4d5b12856538d02d91fedbb766e6dd377b014c92e216666c8fb678608d20e";
        private const string AliceUid = "b5c452309219da6a3d805615548d6c1b0f4de45a6b48fb13d9a24d857fc03dc4";
        private const string BobUid = "780851cda91a9c33f941cd3a2831697e2893264754e363f8a0cef827eb201a81";
        private const string IwfUid = "edb3cd733168a81106e366c2ddc0e4bc323e9069d48edfe2b3b0f7033bae962a";
        private const string KmsUriHex = "6b6d732e6d796465762e73747265616d776964652e636f6d"; // "kms.mydev.streamwide.com"
        private const string GmsPvt = "0468a24d49b184d7008d22f63a415debd38bfa9295f066fa6ada5951c2322d2eca1d6f1d994f22710daef776d9c54d9a338f32395080d6f2bdffb6c7895f12cda2";
        private const string AlicePvt = "0426cd8b0a33af9b381ee53ebc6841aed5c1c98fb0d2beb9c7ff98d7c79808d1f566659f6b735016192dd9984df56e54f3f95c76ac4638c1f3d3228f3c752c8cc8";

        private static readonly int[] ExpectedOrder =
        {
            MikeyPayloadType.T, MikeyPayloadType.Rand, MikeyPayloadType.Idr, MikeyPayloadType.Idr, MikeyPayloadType.Idr,
            MikeyPayloadType.Idr, MikeyPayloadType.Sp, MikeyPayloadType.Sakke, MikeyPayloadType.GeneralExtension, MikeyPayloadType.Sign
        };

        private static MikeyMessage ParseHex(string hex)
        {
            return MikeyMessage.Parse(Hex.Decode(hex));
        }

        private static void CheckCommon(MikeyMessage m, string csbHex, string randHex, string uidI, string uidR, string sakkePrefix, int extLength, string pvt)
        {
            Assert.AreEqual(1, m.Header.Version);
            Assert.AreEqual(MikeyDataType.Sakke, m.Header.DataType);
            Assert.IsFalse(m.Header.VerificationRequested);
            Assert.AreEqual(HeaderPayload.PrfHmacSha256, m.Header.PrfFunc);
            Assert.AreEqual(Hex.Encode(Hex.Decode(csbHex)), Hex.Encode(Uint32(m.Header.CsbId)), "CSB ID");
            Assert.AreEqual(ExpectedOrder.Length, m.PayloadCount);
            for (int i = 0; i < ExpectedOrder.Length; i++) Assert.AreEqual(ExpectedOrder[i], m.GetPayload(i).PayloadType, "payload " + i);

            Assert.AreEqual(TimestampPayload.NtpUtc, m.Timestamp.TsType);
            Assert.AreEqual(0xec898da800000000UL, m.Timestamp.Value);
            Expect.Hex(randHex, m.Rand.Rand, "RAND");

            int[] roles = { 8, 9, 6, 7 };
            string[] data = { uidI, uidR, KmsUriHex, KmsUriHex };
            for (int i = 0; i < 4; i++)
            {
                IdrPayload idr = (IdrPayload)m.GetPayload(2 + i);
                Assert.AreEqual(roles[i], idr.Role, "IDR role");
                Assert.AreEqual(IdPayload.Uri, idr.IdType, "IDR id type");
                Expect.Hex(data[i], idr.Data, "IDR data role " + roles[i]);
            }
            Expect.Hex(uidI, Ts33180Profile.InitiatorUid(m), "initiator UID");
            Expect.Hex(uidR, Ts33180Profile.ResponderUid(m), "responder UID");
            Expect.Hex(uidI, Ts33180Profile.InitiatorId(m), "initiator id");
            Expect.Hex(uidR, Ts33180Profile.ResponderId(m), "responder id");
            Expect.Hex(KmsUriHex, Ts33180Profile.InitiatorKms(m), "KMS i");
            Expect.Hex(KmsUriHex, Ts33180Profile.ResponderKms(m), "KMS r");

            // SP policy 0, SRTP: 0:06 1:10 2:04 4:0c 5:00 6:00 18:04 19:00 20:10
            SecurityPolicyPayload sp = m.FindPolicy(0);
            Assert.AreEqual(SecurityPolicyPayload.ProtSrtp, sp.ProtType);
            int[] types = { 0, 1, 2, 4, 5, 6, 18, 19, 20 };
            uint[] values = { 6, 16, 4, 12, 0, 0, 4, 0, 16 };
            Assert.AreEqual(types.Length, sp.ParamCount);
            for (int i = 0; i < types.Length; i++)
            {
                Assert.AreEqual(types[i], sp.GetParam(i).Type, "SP type");
                Assert.AreEqual(1, sp.GetParam(i).Value.Length, "SP length");
                Assert.AreEqual(values[i], sp.GetParam(i).IntValue, "SP value of type " + types[i]);
            }
            Assert.AreEqual((uint)SecurityPolicyParam.EncryptionAesGcm, sp.GetValue(SecurityPolicyParam.EncryptionAlgorithm, 99));

            SakkePayload sakke = m.Sakke;
            Assert.AreEqual(SakkePayload.ParameterSet1, sakke.Params);
            Assert.AreEqual(SakkePayload.SchemeUid, sakke.IdScheme);
            Assert.AreEqual(273, sakke.Data.Length);
            Expect.Hex(sakkePrefix, Octets.Slice(sakke.Data, 0, 8), "SAKKE data start");

            GeneralExtensionPayload ext = m.FindGeneralExtension(GeneralExtensionPayload.TypeKeyParameters);
            Assert.AreEqual(extLength, ext.Data.Length, "General Extension length");

            SignaturePayload sign = m.Signature;
            Assert.AreEqual(SignaturePayload.Eccsi, sign.SType);
            Assert.AreEqual(129, sign.Signature.Length);
            Expect.Hex(pvt, Octets.Slice(sign.Signature, 64, 65), "PVT inside the ECCSI signature = the initiator's PVT");
            int total = m.Encoded.Length;
            Assert.AreEqual(total - 129, m.SignedDataLength, "signed data = everything but the signature");
            byte[] signed = m.GetSignedData();
            Assert.AreEqual(0x20, (int)signed[signed.Length - 2], "SIGN header high octet (S type 2, length 129)");
            Assert.AreEqual(0x81, (int)signed[signed.Length - 1], "SIGN header low octet");
            Assert.AreEqual(total - 131, m.GetSignedDataWithoutSignHeader().Length);
        }

        private static byte[] Uint32(uint v)
        {
            byte[] b = new byte[4];
            BigEndian.WriteUInt32(b, 0, v);
            return b;
        }

        [TestMethod]
        public void GmkMessageParsesWithGenericIdMapAndKeyIds()
        {
            MikeyMessage m = ParseHex(Ts33180Vectors.GmkHex);
            Assert.AreEqual(701, m.Encoded.Length);
            CheckCommon(m, "06a12aea", "ca2f5d51ff0866362c1d85a56f84651e", GmsUid, AliceUid, "042dda50fd638642", 71, GmsPvt);
            Assert.AreEqual(1, m.Header.CsCount);
            Assert.AreEqual(HeaderPayload.MapGenericId, m.Header.MapType);
            GenericCsEntry e = m.Header.GenericEntries[0];
            Assert.AreEqual(4, e.CsId);
            Assert.AreEqual(0, e.ProtType);
            Assert.IsFalse(e.SFlag);
            Assert.AreEqual(1, e.Policies.Length);
            Assert.AreEqual(0, (int)e.Policies[0]);
            Assert.AreEqual(0, e.SessionData.Length);
            Expect.Hex("0df9bc3906a12aea", e.Spi, "SPI = GMK-ID || GUK-ID");
            uint[] ids = Ts33180Profile.KeyIds(m, 0);
            Assert.AreEqual(2, ids.Length);
            Assert.AreEqual(0x0df9bc39u, ids[0], "GMK-ID");
            Assert.AreEqual(0x06a12aeau, ids[1], "GUK-ID");
            Assert.AreEqual(Ts33180Profile.PurposeGmk, Ts33180Profile.PurposeOf(ids[0]));
            Assert.AreEqual(m.Header.CsbId, ids[1], "CSB ID of a GMK message = GUK-ID");
            Assert.IsTrue(Ts33180Profile.LegacyKeyParameters(m) == null, "protected type-7 data is not a legacy encoding");
        }

        [TestMethod]
        public void CskMessageParsesWithCskIdAsCsbId()
        {
            MikeyMessage m = ParseHex(Ts33180Vectors.CskHex);
            Assert.AreEqual(694, m.Encoded.Length);
            CheckCommon(m, "2ddd5bf0", "4d13c41798b82de13b701a9697328edd", AliceUid, GmsUid, "047d091d2780583b", 68, AlicePvt);
            GenericCsEntry e = m.Header.GenericEntries[0];
            Assert.AreEqual(6, e.CsId);
            Expect.Hex("2ddd5bf0", e.Spi, "SPI = CSK-ID");
            Assert.AreEqual(Ts33180Profile.PurposeCsk, Ts33180Profile.PurposeOf(Ts33180Profile.KeyIds(m, 0)[0]));
            Assert.AreEqual(Ts33180Profile.PurposeCsk, Ts33180Profile.PurposeOf(m.Header.CsbId));
        }

        [TestMethod]
        public void PckMessageParsesWithEmptyMap()
        {
            MikeyMessage m = ParseHex(Ts33180Vectors.PckHex);
            Assert.AreEqual(683, m.Encoded.Length);
            CheckCommon(m, "16992638", "02a28bddaf984c5e0563bc1ce857df83", AliceUid, BobUid, "045d3256dbf2078f", 68, AlicePvt);
            Assert.AreEqual(0, m.Header.CsCount);
            Assert.AreEqual(HeaderPayload.MapEmpty, m.Header.MapType);
            Assert.AreEqual(Ts33180Profile.PurposePck, Ts33180Profile.PurposeOf(m.Header.CsbId), "CSB ID = PCK-ID");
        }

        [TestMethod]
        public void LegacyGmkMessageParsesWithSrtpMapAndPlainKeyParameters()
        {
            MikeyMessage m = ParseHex(Ts33180Vectors.LegacyGmkHex);
            Assert.AreEqual(650, m.Encoded.Length);
            CheckCommon(m, "048209a7", "cdd4e71ad92cc090f3a13cb66a2ecb18", GmsUid, IwfUid, "045e965d90cfd715", 17, GmsPvt);
            Assert.AreEqual(HeaderPayload.MapSrtpId, m.Header.MapType);
            Assert.AreEqual(2, m.Header.CsCount);
            SrtpCsEntry[] e = m.Header.SrtpEntries;
            Assert.AreEqual(0, e[0].PolicyNo);
            Assert.AreEqual(0xcafebabeu, e[0].Ssrc);
            Assert.AreEqual(0u, e[0].Roc);
            Assert.AreEqual(0u, e[1].Ssrc);
            Assert.AreEqual(0u, e[1].Roc);
            // General Extension type 7 legacy form: 01 00000001 0000000000 0000000000 0000
            KeyParameters k = Ts33180Profile.LegacyKeyParameters(m);
            Assert.IsTrue(k != null);
            Assert.AreEqual(1, k.KeyType, "key type GMK");
            Assert.AreEqual(1u, k.Status);
            Assert.IsTrue(k.NotRevoked);
            Assert.AreEqual(0UL, k.ActivationTime);
            Assert.AreEqual(0UL, k.ExpiryTime);
            Assert.AreEqual(0, k.Text.Length);
            Assert.AreEqual(0, k.Rest.Length);
        }

        [TestMethod]
        public void AllFourReserializeByteExact()
        {
            string[] all = { Ts33180Vectors.GmkHex, Ts33180Vectors.CskHex, Ts33180Vectors.PckHex, Ts33180Vectors.LegacyGmkHex };
            for (int i = 0; i < all.Length; i++)
            {
                MikeyMessage m = ParseHex(all[i]);
                int signed = m.SignedDataLength;
                Expect.Hex(all[i], m.Encode(), "re-serialized message " + i);
                Assert.AreEqual(signed, m.SignedDataLength, "signed range after re-encoding");
            }
        }

        [TestMethod]
        public void SdpFormOfEachVectorDecodesToTheSameBytes()
        {
            string[] sdp = { Ts33180Vectors.GmkSdp, Ts33180Vectors.CskSdp, Ts33180Vectors.PckSdp, Ts33180Vectors.LegacyGmkSdp };
            string[] hex = { Ts33180Vectors.GmkHex, Ts33180Vectors.CskHex, Ts33180Vectors.PckHex, Ts33180Vectors.LegacyGmkHex };
            for (int i = 0; i < sdp.Length; i++)
            {
                Expect.Hex(hex[i], SdpKeyMgmt.DecodeAttribute(sdp[i]), "bare 'mikey <base64>' form " + i);
                string line = SdpKeyMgmt.EncodeAttribute(Hex.Decode(hex[i]));
                Assert.AreEqual("a=key-mgmt:" + sdp[i], line, "encoded attribute equals the vector's base64");
                Expect.Hex(hex[i], SdpKeyMgmt.ParseAttribute(line).Encode(), "attribute round trip " + i);
            }
        }
    }
}
