using MikeyNano.Bytes;
using MikeyNano.Errors;
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
    /// <summary>The codec on hand-assembled RFC 3830 layouts: every payload type, the error codes of RFC 3830 6.12,
    /// chain order, bounds.</summary>
    [TestClass]
    public class MikeyCodecTests
    {
        private static MikeyErrorCode CodeOf(string hex)
        {
            byte[] b = Hex.Decode(hex);
            MikeyException e = (MikeyException)Expect.Throws(typeof(MikeyException), delegate { MikeyMessage.Parse(b); });
            return e.ErrorCode;
        }

        // HDR: version 1, data type 0, next 0, V=1 PRF 0, CSB 01020304, #CS 1, map 0 (policy 0, SSRC 11223344, ROC 0).
        private const string Hdr = "01 00 00 80 01020304 01 00 00 11223344 00000000";

        [TestMethod]
        public void HeaderOnlyMessageFollowsRfc3830Layout()
        {
            MikeyMessage m = MikeyMessage.Parse(Hex.Decode(Hdr));
            Assert.IsTrue(m.Header.VerificationRequested);
            Assert.AreEqual(0x01020304u, m.Header.CsbId);
            Assert.AreEqual(0x11223344u, m.Header.SrtpEntries[0].Ssrc);
            Assert.AreEqual(0, m.PayloadCount);
            Expect.Hex(Hdr, m.Encode(), "HDR re-encoded");
        }

        [TestMethod]
        public void EveryPayloadTypeRoundTripsFromHandAssembledBytes()
        {
            // Each payload written out from the RFC 3830 / 6043 / 6509 figures; the first octet of each is its
            // next-payload field (the type of the payload that follows).
            string hex;
            hex =
                  "01 02 05 01 0a0b0c0d 01 02 07 00 82 0102 0000 04 aabbccdd"
                + "0b 02 00000005"                                   // T: TS type 2 (COUNTER), 32-bit value
                + "06 10 00112233445566778899aabbccddeeff"           // RAND, 16 octets
                + "0e 01 0004 61406263"                              // ID: URI "a@bc"
                + "07 02 01 0001 78"                                 // IDR: role 2, type 1, "x"
                + "08 00 0003 010203"                                // CERT: X.509v3, 3 octets
                + "0a 00 000102030405060708090a0b0c0d0e0f10111213"   // CHASH: SHA-1, 20 octets
                + "02 01 00 0006 000110 0b010a"                      // SP: policy 1, SRTP, params 0:[10] 11:[0a]
                + "03 4002 beef"                                     // PKE: C=1, length 2
                + "09 02" + Repeat("ab", 128) + "01 02 0102"         // DH: OAKLEY 2 (128 octets), KV 1, SPI 0102
                + "0c 01" + Repeat("cd", 20)                         // V: HMAC-SHA-1, 20 octets
                + "15 07 0000"                                       // ERR: 7 (Invalid ID)
                + "1a 00 0002 4142"                                  // General Extension: vendor ID "AB"
                + "01 01 02 0003 112233"                             // SAKKE: params 1, scheme 2, 3 octets
                + "04 00 0010 14 30 0002 1111 0001 22 02 01 0a 00"   // KEMAC: NULL, 16 octets: TEK+SALT KV 0 -> Key data
                + "   01 1f"                                         //   ... continued below (see the assembled string)
                ;
            // The KEMAC above is written as one sub-payload: next(20)=0x14? Build it precisely instead:
            hex =
                  "01 02 05 01 0a0b0c0d 01 02 07 00 82 0102 0000 04 aabbccdd"
                + "0b 02 00000005"
                + "06 10 00112233445566778899aabbccddeeff"
                + "0e 01 0004 61406263"
                + "07 02 01 0001 78"
                + "08 00 0003 010203"
                + "0a 00 000102030405060708090a0b0c0d0e0f10111213"
                + "02 01 00 0006 000110 0b010a"
                + "03 4002 beef"
                + "09 02" + Repeat("ab", 128) + "01 02 0102"
                + "0c 01" + Repeat("cd", 20)
                + "15 07 0000"
                + "1a 00 0002 4142"
                + "01 01 02 0003 112233"
                // KEMAC: encr NULL, data = [Key data: next 20, TEK+SALT KV 0, key 0102, salt 03]
                //                          [Key data: next 0, TGK KV 2 (interval), key 04, VF 05, VT 0607]; MAC alg 1 (20 octets)
                + "04 00 0013 14 30 0002 0102 0001 03 00 02 0001 04 01 05 02 0607 01" + Repeat("ee", 20)
                + "20 05 aabbccddee";                                // SIGN: S type 2, length 5
            byte[] raw = Hex.Decode(hex);
            MikeyMessage m = MikeyMessage.Parse(raw);
            Assert.AreEqual(MikeyDataType.PublicKey, m.Header.DataType);
            Assert.AreEqual(HeaderPayload.PrfHmacSha256, m.Header.PrfFunc);
            GenericCsEntry g = m.Header.GenericEntries[0];
            Assert.AreEqual(7, g.CsId);
            Assert.IsTrue(g.SFlag);
            Assert.AreEqual(2, g.Policies.Length);
            Assert.AreEqual(0xaabbccddu, g.KeyIds[0]);
            int[] order = { 5, 11, 6, 14, 7, 8, 10, 2, 3, 9, 12, 21, 26, 1, 4 };
            Assert.AreEqual(order.Length, m.PayloadCount);
            for (int i = 0; i < order.Length; i++) Assert.AreEqual(order[i], m.GetPayload(i).PayloadType, "payload " + i);
            Assert.AreEqual(TimestampPayload.Counter, m.Timestamp.TsType);
            Assert.AreEqual(5L, m.Timestamp.Seconds);
            IdPayload id = (IdPayload)m.GetPayload(2);
            Assert.AreEqual(IdPayload.Uri, id.IdType);
            Expect.Hex("61406263", id.Data, "ID");
            Assert.AreEqual(2, m.FindIdr(IdrPayload.RoleResponder).Role);
            Assert.AreEqual(3, ((CertPayload)m.GetPayload(4)).Data.Length);
            Assert.AreEqual(ChashPayload.Sha1, ((ChashPayload)m.GetPayload(5)).HashFunction);
            Assert.AreEqual(10u, m.FindPolicy(1).GetValue(SecurityPolicyParam.AuthenticationTagLength, 0));
            PkePayload pke = (PkePayload)m.GetPayload(7);
            Assert.AreEqual(1, pke.Cache);
            Expect.Hex("beef", pke.Data, "PKE");
            DhPayload dh = (DhPayload)m.GetPayload(8);
            Assert.AreEqual(DhPayload.Oakley2, dh.Group);
            Assert.AreEqual(1, dh.Kv);
            Expect.Hex("0102", dh.KvData1, "DH SPI");
            Assert.AreEqual(20, ((VerificationPayload)m.GetPayload(9)).VerData.Length);
            Assert.AreEqual((int)MikeyErrorCode.InvalidId, ((ErrorPayload)m.GetPayload(10)).ErrorNo);
            Assert.AreEqual(GeneralExtensionPayload.TypeVendorId, ((GeneralExtensionPayload)m.GetPayload(11)).ExtensionType);
            Assert.AreEqual(2, m.Sakke.IdScheme);
            KeyDataPayload[] keys = m.Kemac.GetKeyData();
            Assert.AreEqual(2, keys.Length);
            Assert.AreEqual(KeyDataPayload.TypeTekSalt, keys[0].Type);
            Expect.Hex("03", keys[0].Salt, "salt");
            Assert.AreEqual(KeyDataPayload.KvInterval, keys[1].Kv);
            Expect.Hex("05", keys[1].ValidFrom, "VF");
            Expect.Hex("0607", keys[1].ValidTo, "VT");
            Assert.AreEqual(KemacPayload.MacHmacSha1, m.Kemac.MacAlg);
            Assert.AreEqual(2, m.Signature.SType);
            Assert.AreEqual(raw.Length - 5, m.SignedDataLength);
            Expect.Hex(hex, m.Encode(), "re-encoded");
        }

        [TestMethod]
        public void ModelBuiltMessageEncodesAndSigningRangeIsHdrThroughSignHeader()
        {
            HeaderPayload h = HeaderPayload.WithSrtpMap(MikeyDataType.Sakke, false, HeaderPayload.PrfMikey1, 0xdeadbeef,
                new SrtpCsEntry[] { new SrtpCsEntry(0, 0x01020304, 0) });
            MikeyMessage m = new MikeyMessage(h);
            m.Add(new TimestampPayload(TimestampPayload.NtpUtc, 0x0102030405060708UL));
            m.Add(new RandPayload(Hex.Decode("000102030405060708090a0b0c0d0e0f")));
            m.Add(new SakkePayload(1, 1, new byte[273]));
            SignaturePayload sign = new SignaturePayload(SignaturePayload.Eccsi, new byte[129]);
            m.Add(sign);
            byte[] first = m.Encode();
            // HDR(19) + T(10) + RAND(18) + SAKKE(278) + SIGN header(2)
            Assert.AreEqual(19 + 10 + 18 + 278 + 2, m.SignedDataLength);
            Assert.AreEqual(m.SignedDataLength + 129, first.Length);
            Expect.Hex("011a0500deadbeef0100000102030400000000", Octets.Slice(first, 0, 19), "HDR per RFC 3830 6.1");
            Expect.Hex("0b00 0102030405060708", Octets.Slice(first, 19, 10), "T: next = RAND, NTP-UTC");
            byte[] signed = m.GetSignedData();
            byte[] sig = new byte[129];
            for (int i = 0; i < sig.Length; i++) sig[i] = (byte)i;
            sign.Signature = sig;
            byte[] second = m.Encode();
            CollectionAssert.AreEqual(signed, m.GetSignedData());
            MikeyMessage back = MikeyMessage.Parse(second);
            CollectionAssert.AreEqual(sig, back.Signature.Signature);
            CollectionAssert.AreEqual(signed, back.GetSignedData());
        }

        [TestMethod]
        public void EitherOrderOfSakkeAndGeneralExtensionParses()
        {
            // Alea order (SP, GENERAL_EXT, SAKKE, SIGN): move the GMK vector's SAKKE after its General Extension.
            MikeyMessage m = MikeyMessage.Parse(Hex.Decode(Ts33180Vectors.GmkHex));
            int s = m.Payloads.IndexOf(MikeyPayloadType.Sakke, 0);
            MikeyPayload sakke = m.GetPayload(s);
            m.Payloads.RemoveAt(s);
            m.Payloads.Insert(s + 1, sakke);
            byte[] alea = m.Encode();
            MikeyMessage back = MikeyMessage.Parse(alea);
            Assert.AreEqual(MikeyPayloadType.GeneralExtension, back.GetPayload(s).PayloadType);
            Assert.AreEqual(MikeyPayloadType.Sakke, back.GetPayload(s + 1).PayloadType);
            Assert.AreEqual(273, back.Sakke.Data.Length);
            CollectionAssert.AreEqual(alea, back.Encode());
        }

        [TestMethod]
        public void ErrorsCarryTheRfc3830Codes()
        {
            Assert.AreEqual(MikeyErrorCode.InvalidDt, CodeOf("01 63 00 00 00000000 00 01"));
            Assert.AreEqual(MikeyErrorCode.InvalidPrf, CodeOf("01 00 00 05 00000000 00 01"));
            Assert.AreEqual(MikeyErrorCode.InvalidTs, CodeOf("01 00 05 00 00000000 00 01 00 07 00000000"));
            Assert.AreEqual(MikeyErrorCode.InvalidId, CodeOf("01 00 0e 00 00000000 00 01 00 0a 01 0000"));   // IDR role 10
            Assert.AreEqual(MikeyErrorCode.InvalidId, CodeOf("01 00 06 00 00000000 00 01 00 09 0000"));      // ID type 9
            Assert.AreEqual(MikeyErrorCode.InvalidCert, CodeOf("01 00 07 00 00000000 00 01 00 04 0000"));
            Assert.AreEqual(MikeyErrorCode.InvalidHa, CodeOf("01 00 08 00 00000000 00 01 00 02"));
            Assert.AreEqual(MikeyErrorCode.InvalidDh, CodeOf("01 00 03 00 00000000 00 01 00 05"));
            Assert.AreEqual(MikeyErrorCode.InvalidEa, CodeOf("01 00 01 00 00000000 00 01 00 09 0000 00"));
            Assert.AreEqual(MikeyErrorCode.InvalidMac, CodeOf("01 00 01 00 00000000 00 01 00 00 0000 07"));
            Assert.AreEqual(MikeyErrorCode.InvalidMac, CodeOf("01 00 09 00 00000000 00 01 00 05"));
            Assert.AreEqual(MikeyErrorCode.InvalidSpPar, CodeOf("01 00 0a 00 00000000 00 01 00 00 00 0003 00 05 00"));
            Assert.AreEqual(MikeyErrorCode.AuthFailure, CodeOf("01 00 04 00 00000000 00 01 30 00"));       // S type 3
        }

        [TestMethod]
        public void MalformedInputIsUnspecified()
        {
            Assert.AreEqual(MikeyErrorCode.Unspecified, CodeOf(""));
            Assert.AreEqual(MikeyErrorCode.Unspecified, CodeOf("02 00 00 00 00000000 00 01"));            // version 2
            Assert.AreEqual(MikeyErrorCode.Unspecified, CodeOf("01 00 00 00 00000000 00 09"));            // map type 9
            Assert.AreEqual(MikeyErrorCode.Unspecified, CodeOf("01 00 00 00 00000000 01 00 00"));         // SRTP map truncated
            Assert.AreEqual(MikeyErrorCode.Unspecified, CodeOf("01 00 00 00 00000000 00 01 ff"));         // trailing octet
            Assert.AreEqual(MikeyErrorCode.Unspecified, CodeOf("01 00 0d 00 00000000 00 01 00"));         // payload type 13
            Assert.AreEqual(MikeyErrorCode.Unspecified, CodeOf("01 00 14 00 00000000 00 01 00 00 0000")); // Key data outside KEMAC
            Assert.AreEqual(MikeyErrorCode.Unspecified, CodeOf("01 00 0b 00 00000000 00 01 00 10 0011")); // RAND overruns
            Assert.AreEqual(MikeyErrorCode.Unspecified, CodeOf("01 00 04 00 00000000 00 01 20 02 aabb cc")); // data after SIGN
            Assert.AreEqual(MikeyErrorCode.Unspecified, CodeOf("01 00 05 00 00000000 00 01"));            // chain promises T, none
        }

        [TestMethod]
        public void EncoderRejectsValuesThatDoNotFitTheirFields()
        {
            Expect.Throws(typeof(MikeyException), delegate { new RandPayload(new byte[256]); });
            Expect.Throws(typeof(MikeyException), delegate { new SignaturePayload(2, new byte[4096]); });
            Expect.Throws(typeof(MikeyException), delegate { new KemacPayload(0, new byte[0], 1, new byte[19]); });
            Expect.Throws(typeof(MikeyException), delegate { new KeyDataPayload(KeyDataPayload.TypeTekSalt, new byte[16]); });
            MikeyMessage m = new MikeyMessage(HeaderPayload.WithEmptyMap(MikeyDataType.Sakke, false, 1, 1, 0));
            m.Add(new SignaturePayload(2, new byte[1]));
            m.Add(new RandPayload(new byte[16]));
            Expect.Throws(typeof(MikeyException), delegate { m.Encode(); });
        }

        private static string Repeat(string s, int n)
        {
            string r = "";
            for (int i = 0; i < n; i++) r += s;
            return r;
        }
    }
}
