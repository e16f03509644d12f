using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Modes;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Srtp;
using MikeyNano.Tests.Mikey;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Modes
{
    /// <summary>MIKEY-NULL (profile section 8): the real camera and gortsplib messages
    /// (../shared/vectors/mikey-null-psk-examples.txt, in MikeyNullVectors) answered with the keys they carry, calls
    /// between our initiator and responder, TGK items against the MIKEY PRF vectors, and refusals.</summary>
    [TestClass]
    public class NullEndpointTests
    {
        private static NullEndpoint Bob() { return new NullEndpoint(new CounterRandomSource(2), ModeFixtures.NewReplayCache()); }

        [TestMethod]
        public void TheOnvifExampleKeysItsStreamWithItsMki()
        {
            byte[] raw = Base64.Decode(MikeyNullVectors.OnvifBase64);
            ulong t = 0x01d38e19; // the example's T seconds (its clock is wrong by a century: answer at that time)
            MikeyCall call = Bob().Answer(raw, t);
            Assert.AreEqual(1, call.Sessions.Length);
            CryptoSession s = call.Sessions[0];
            Assert.AreEqual(0xc20f551cu, s.Ssrc);
            Expect.Hex("df40b9f54ac2944d1edbb50fe61fd6b7", s.MasterKey, "master key");
            Expect.Hex("2f542fcf9d7f383edadb669a8de4", s.MasterSalt, "master salt");
            Expect.Hex("0000002f", call.Spis[0], "MKI");
            Assert.IsNull(call.RMessage);
            SrtpPolicy p = SrtpContextFactory.PolicyOf(s.Policy);
            Assert.AreEqual(20, p.AuthKeyLength);
            Assert.AreEqual(10, p.AuthTagLength);
        }

        [TestMethod]
        public void TheGortsplibExampleIsReadWithTheTagLengthItPutInParameterThree()
        {
            MikeyCall call = Bob().Answer(Hex.Decode(MikeyNullVectors.GortsplibHex), 0xebfe6f2d);
            CryptoSession s = call.Sessions[0];
            Assert.AreEqual(0x30685760u, s.Ssrc);
            Expect.Hex("9091783dfce8ddcd443a53508b64509f", s.MasterKey, "master key");
            Expect.Hex("35bd8a86bc4d8b7637a502493daf", s.MasterSalt, "master salt");
            Assert.IsNull(call.Spis);
            SrtpPolicy p = SrtpContextFactory.PolicyOf(s.Policy);
            Assert.AreEqual(20, p.AuthKeyLength, "parameter 3 = 10 read as the 80-bit tag of a 160-bit HMAC key");
            Assert.AreEqual(10, p.AuthTagLength);
            Assert.IsNotNull(SrtpContextFactory.Create(s));
        }

        [TestMethod]
        public void OurOfferIsWhatGStreamerSendsAndKeysEverySession()
        {
            NullEndpoint alice = new NullEndpoint(new CounterRandomSource(1), ModeFixtures.NewReplayCache());
            CallRequest req = new CallRequest(new SrtpCsEntry[] { new SrtpCsEntry(0, 0xdeadbeef, 0), new SrtpCsEntry(0, 0xfeedface, 3) });
            req.Policies = new SecurityPolicyPayload[] { SrtpContextFactory.PayloadOf(0, SrtpPolicy.AesCm128HmacSha1_80()) };
            req.VerificationRequested = true; // NULL has no R_MESSAGE: ignored
            req.PrfFunc = 1;                  // and sends PRF func 0, as GStreamer
            MikeyCall offered = alice.Offer(req, ModeFixtures.Now);
            MikeyMessage m = offered.Message;
            Assert.AreEqual(MikeyDataType.PreShared, m.Header.DataType);
            Assert.IsFalse(m.Header.VerificationRequested);
            Assert.AreEqual(0, m.Header.PrfFunc);
            Assert.AreEqual(4, m.PayloadCount);
            Assert.AreEqual(MikeyPayloadType.T, m.GetPayload(0).PayloadType);
            Assert.AreEqual(16, m.Rand.Rand.Length);
            Assert.AreEqual(MikeyPayloadType.Sp, m.GetPayload(2).PayloadType);
            Assert.AreEqual(KemacPayload.EncrNull, m.Kemac.EncrAlg);
            Assert.AreEqual(KemacPayload.MacNull, m.Kemac.MacAlg);
            KeyDataPayload[] items = m.Kemac.GetKeyData();
            Assert.AreEqual(1, items.Length);
            Assert.AreEqual(KeyDataPayload.TypeTek, items[0].Type);
            Assert.AreEqual(30, items[0].Key.Length);
            Expect.Hex(Hex.Encode(items[0].Key), Octets.Concat(offered.Sessions[1].MasterKey, offered.Sessions[1].MasterSalt), "key || salt");
            MikeyCall answered = Bob().Answer(offered.IMessage, ModeFixtures.Now);
            ModeFixtures.AssertSameKeys(offered, answered);
            Expect.Throws(typeof(MikeyException), delegate { alice.Confirm(offered, offered.IMessage, ModeFixtures.Now); });
        }

        /// <summary>A TGK item keys crypto session k with cs_id k: session 4 of a message with the vectors' CSB ID and
        /// RAND gets the cs_id 4 TEK of mikey-prf-and-key-derivation.txt (PRF func 0).</summary>
        [TestMethod]
        public void ATgkItemDerivesTheVectorKeys()
        {
            SrtpCsEntry[] map = { new SrtpCsEntry(0, 1, 0), new SrtpCsEntry(0, 2, 0), new SrtpCsEntry(0, 3, 0), new SrtpCsEntry(0, 4, 0) };
            MikeyMessage m = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.PreShared, false, 0, 0x05A85C16, map));
            m.Add(TimestampPayload.NtpUtcAt(ModeFixtures.Now));
            m.Add(new RandPayload(Hex.Decode("4339F62F55AAC86348846A482C893802")));
            m.Add(KemacPayload.WithPlainKeyData(new KeyDataPayload[] { new KeyDataPayload(KeyDataPayload.TypeTgk, Hex.Decode("A27B7D578EEB9B1EE7705E385996D300")) }, 0, null));
            MikeyCall call = Bob().Answer(m.Encode(), ModeFixtures.Now);
            Expect.Hex("D25CE897FB774A44B01DE5347DA74AC9", call.Sessions[3].MasterKey, "cs_id 4 master key");
            Expect.Hex("1576EF5EA016026BCCCEF2AD", Octets.Slice(call.Sessions[3].MasterSalt, 0, 12), "cs_id 4 master salt");
        }

        [TestMethod]
        public void OneItemPerSessionKeysEachItsOwn()
        {
            SrtpCsEntry[] map = { new SrtpCsEntry(0, 1, 0), new SrtpCsEntry(0, 2, 0) };
            byte[] k1 = new byte[30], k2 = new byte[16], s2 = new byte[14];
            for (int i = 0; i < 30; i++) k1[i] = (byte)i;
            for (int i = 0; i < 16; i++) k2[i] = (byte)(0x80 + i);
            for (int i = 0; i < 14; i++) s2[i] = (byte)(0xC0 + i);
            MikeyMessage m = NullMessage(map, new KeyDataPayload[]
            {
                new KeyDataPayload(KeyDataPayload.TypeTek, k1), new KeyDataPayload(KeyDataPayload.TypeTekSalt, k2, s2, KeyDataPayload.KvSpi, new byte[] { 7 }, null),
            });
            MikeyCall call = Bob().Answer(m.Encode(), ModeFixtures.Now);
            Expect.Hex("000102030405060708090a0b0c0d0e0f", call.Sessions[0].MasterKey, "session 1 key");
            Expect.Hex("101112131415161718191a1b1c1d", call.Sessions[0].MasterSalt, "session 1 salt");
            Expect.Hex(Hex.Encode(k2), call.Sessions[1].MasterKey, "session 2 key");
            Expect.Hex(Hex.Encode(s2), call.Sessions[1].MasterSalt, "session 2 salt");
            Assert.IsNull(call.Spis[0]);
            Expect.Hex("07", call.Spis[1], "session 2 MKI");
        }

        private static MikeyMessage NullMessage(SrtpCsEntry[] map, KeyDataPayload[] items)
        {
            MikeyMessage m = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.PreShared, false, 0, 0x1234, map));
            m.Add(TimestampPayload.NtpUtcAt(ModeFixtures.Now));
            m.Add(KemacPayload.WithPlainKeyData(items, 0, null));
            return m;
        }

        [TestMethod]
        public void MisbehavingPeersAreRefusedWithTheirErrors()
        {
            SrtpCsEntry[] three = { new SrtpCsEntry(0, 1, 0), new SrtpCsEntry(0, 2, 0), new SrtpCsEntry(0, 3, 0) };
            KeyDataPayload tek = new KeyDataPayload(KeyDataPayload.TypeTek, new byte[30]);
            ModeFixtures.Refused(Bob(), NullMessage(three, new KeyDataPayload[] { tek, tek }).Encode(), ModeFixtures.Now, MikeyErrorCode.Unspecified);
            ModeFixtures.Refused(Bob(), NullMessage(three, new KeyDataPayload[] { new KeyDataPayload(KeyDataPayload.TypeTek, new byte[29]) }).Encode(), ModeFixtures.Now, MikeyErrorCode.InvalidSpPar);
            ModeFixtures.Refused(Bob(), NullMessage(three, new KeyDataPayload[] { new KeyDataPayload(KeyDataPayload.TypeTgk, new byte[16]) }).Encode(), ModeFixtures.Now, MikeyErrorCode.Unspecified); // TGK without RAND
            ModeFixtures.Refused(Bob(), NullMessage(three, new KeyDataPayload[] { tek }).Encode(), ModeFixtures.Now + 301, MikeyErrorCode.InvalidTs);

            MikeyMessage mac = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.PreShared, false, 0, 0x1234, three));
            mac.Add(TimestampPayload.NtpUtcAt(ModeFixtures.Now));
            mac.Add(KemacPayload.WithPlainKeyData(new KeyDataPayload[] { tek }, KemacPayload.MacHmacSha1, new byte[20]));
            ModeFixtures.Refused(Bob(), mac.Encode(), ModeFixtures.Now, MikeyErrorCode.InvalidMac);
            MikeyCall psk = ModeFixtures.Psk1(1).Offer(ModeFixtures.ThreeStreams(0, false), ModeFixtures.Now);
            ModeFixtures.Refused(Bob(), psk.IMessage, ModeFixtures.Now, MikeyErrorCode.InvalidEa);

            MikeyMessage policies = new MikeyMessage(HeaderPayload.WithSrtpMap(MikeyDataType.PreShared, false, 0, 0x1234, new SrtpCsEntry[] { new SrtpCsEntry(5, 1, 0) }));
            policies.Add(TimestampPayload.NtpUtcAt(ModeFixtures.Now));
            policies.Add(SrtpContextFactory.PayloadOf(0, SrtpPolicy.AesCm128HmacSha1_80()));
            policies.Add(KemacPayload.WithPlainKeyData(new KeyDataPayload[] { tek }, 0, null));
            ModeFixtures.Refused(Bob(), policies.Encode(), ModeFixtures.Now, MikeyErrorCode.InvalidSp);

            MikeyMessage idr = NullMessage(three, new KeyDataPayload[] { tek });
            idr.Add(new IdrPayload(IdrPayload.RoleInitiator, IdPayload.Uri, Utf8.Encode("sip:x@y")));
            ModeFixtures.Refused(Bob(), idr.Encode(), ModeFixtures.Now, MikeyErrorCode.Unspecified); // IDR after KEMAC: not in the table

            byte[] ok = NullMessage(three, new KeyDataPayload[] { tek }).Encode();
            NullEndpoint bob = Bob();
            bob.Answer(ok, ModeFixtures.Now);
            Assert.IsTrue(ModeFixtures.Refused(bob, ok, ModeFixtures.Now, MikeyErrorCode.InvalidTs) is MikeyReplayException);
        }
    }
}
