#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Srtp;
using MikeyNano.Tests.Support;
using Exception = System.Exception;

namespace MikeyNano.Tests.Srtp
{
    /// <summary>Stream behaviour between a sending and a receiving context: every policy round-trips RTP and RTCP,
    /// the ROC follows a sequence wrap, replays / too-old / tampered / wrong-MKI packets are refused, reordered
    /// packets inside the 128-packet window are accepted exactly once.</summary>
    [TestClass]
    public class SrtpStreamTests
    {
        private const uint Ssrc = 0x11223344;

        private static SrtpPolicy[] AllPolicies()
        {
            return new SrtpPolicy[]
            {
                SrtpPolicy.AesCm128HmacSha1_80(), SrtpPolicy.AesCm128HmacSha1_32(), SrtpPolicy.AesCm192HmacSha1_80(),
                SrtpPolicy.AesCm256HmacSha1_80(), SrtpPolicy.AesCm256HmacSha1_32(), SrtpPolicy.AeadAes128Gcm(),
                SrtpPolicy.AeadAes256Gcm(), SrtpPolicy.NullCipherHmacSha1_80(),
            };
        }

        private static SrtpContext[] Pair(SrtpPolicy policy, uint roc, byte[] mki)
        {
            CounterRandomSource rng = new CounterRandomSource(7);
            byte[] key = new byte[policy.EncryptionKeyLength];
            byte[] salt = new byte[policy.SaltKeyLength];
            rng.Fill(key, 0, key.Length);
            rng.Fill(salt, 0, salt.Length);
            return new SrtpContext[] { new SrtpContext(key, salt, Ssrc, roc, policy, mki), new SrtpContext(key, salt, Ssrc, roc, policy, mki) };
        }

        private static byte[] Frame(int seq)
        {
            byte[] payload = new byte[160];
            new CounterRandomSource((ulong)seq + 1).Fill(payload, 0, payload.Length);
            return payload;
        }

        private static byte[] Send(SrtpContext tx, int seq)
        {
            byte[] payload = Frame(seq);
            byte[] packet = new byte[12 + payload.Length + tx.RtpOverhead];
            int n = tx.ProtectFrame(0, false, seq, (uint)seq * 160, payload, 0, payload.Length, packet, 0);
            Assert.AreEqual(packet.Length, n);
            return packet;
        }

        private static void Receive(SrtpContext rx, byte[] packet, int seq)
        {
            byte[] output = new byte[packet.Length];
            int n = rx.UnprotectRtp(packet, 0, packet.Length, output, 0);
            Assert.AreEqual(12 + 160, n);
            Assert.AreEqual(seq, RtpPacket.SequenceNumber(output, 0));
            Expect.Hex(Hex.Encode(Frame(seq)), Octets.Slice(output, 12, 160), "payload of " + seq);
        }

        private static SrtpError Rejected(SrtpContext rx, byte[] packet)
        {
            byte[] output = new byte[packet.Length];
            Exception e = Expect.Throws(typeof(SrtpException), delegate { rx.UnprotectRtp(packet, 0, packet.Length, output, 0); });
            return ((SrtpException)e).Reason;
        }

        [TestMethod]
        public void EveryPolicyRoundTripsRtpAndRtcpWithAndWithoutMki()
        {
            SrtpPolicy[] policies = AllPolicies();
            for (int i = 0; i < policies.Length; i++)
            {
                for (int m = 0; m < 2; m++)
                {
                    SrtpContext[] c = Pair(policies[i], 0, m == 0 ? null : new byte[] { 0xA5, 0x01, 0x02, 0x03 });
                    for (int seq = 100; seq < 105; seq++) Receive(c[1], Send(c[0], seq), seq);
                    byte[] rtcp = Hex.Decode("80c80006112233440102030405060708090a0b0c0d0e0f1011121314");
                    byte[] buf = new byte[rtcp.Length + c[0].RtcpOverhead];
                    System.Array.Copy(rtcp, 0, buf, 0, rtcp.Length);
                    int n = c[0].ProtectRtcp(buf, 0, rtcp.Length, buf, 0);
                    Assert.AreEqual(buf.Length, n);
                    bool encrypted = policies[i].EncryptionAlgorithm != SrtpPolicy.EncryptionNull;
                    Assert.AreEqual(encrypted, !ConstantTime.AreEqual(buf, 8, rtcp, 8, rtcp.Length - 8), "SRTCP payload encrypted");
                    byte[] sent = Octets.Slice(buf, 0, n);
                    int back = c[1].UnprotectRtcp(buf, 0, n, buf, 0);
                    Expect.Hex(Hex.Encode(rtcp), Octets.Slice(buf, 0, back), "RTCP round trip, policy " + i);
                    Assert.AreEqual(SrtpError.Replayed, RejectedRtcp(c[1], sent));
                }
            }
        }

        /// <summary>The SRTCP index moves forward only (issue 11 Low 9): set back, two packets would share an index
        /// and so their keystream (RFC 3711 9.1), and the same RTCP packet would go out byte for byte again.</summary>
        [TestMethod]
        public void SrtcpIndexCannotBeSetBack()
        {
            SrtpContext tx = Pair(SrtpPolicy.AesCm128HmacSha1_80(), 0, null)[0];
            byte[] rtcp = Hex.Decode("80c80006112233440102030405060708090a0b0c0d0e0f1011121314");
            byte[] first = ProtectedRtcp(tx, rtcp);
            ProtectedRtcp(tx, rtcp);
            Exception e = Expect.Throws(typeof(SrtpException), delegate { tx.NextSrtcpIndex = 0; });
            Assert.AreEqual(SrtpError.Replayed, ((SrtpException)e).Reason);
            Assert.AreEqual((uint)2, tx.NextSrtcpIndex);
            byte[] third = ProtectedRtcp(tx, rtcp);
            Assert.IsFalse(ConstantTime.AreEqual(first, third), "index 2 is not index 0 again");
            tx.NextSrtcpIndex = 10; // forward: following a peer's numbering
            Expect.Hex("8000000a", Octets.Slice(ProtectedRtcp(tx, rtcp), rtcp.Length, 4), "E flag and index 10");
            e = Expect.Throws(typeof(SrtpException), delegate { tx.NextSrtcpIndex = 0x80000000; });
            Assert.AreEqual(SrtpError.IndexExhausted, ((SrtpException)e).Reason);
        }

        private static byte[] ProtectedRtcp(SrtpContext tx, byte[] rtcp)
        {
            byte[] buf = new byte[rtcp.Length + tx.RtcpOverhead];
            int n = tx.ProtectRtcp(rtcp, 0, rtcp.Length, buf, 0);
            return Octets.Slice(buf, 0, n);
        }

        private static SrtpError RejectedRtcp(SrtpContext rx, byte[] srtcp)
        {
            Exception e = Expect.Throws(typeof(SrtpException), delegate { rx.UnprotectRtcp(srtcp, 0, srtcp.Length, srtcp, 0); });
            return ((SrtpException)e).Reason;
        }

        [TestMethod]
        public void RocFollowsSequenceWrapOnBothSides()
        {
            SrtpPolicy[] policies = { SrtpPolicy.AesCm128HmacSha1_80(), SrtpPolicy.AeadAes128Gcm() };
            for (int p = 0; p < policies.Length; p++)
            {
                SrtpContext[] c = Pair(policies[p], 5, null);
                for (int i = 0; i < 40; i++)
                {
                    int seq = (65520 + i) & 0xFFFF;
                    Receive(c[1], Send(c[0], seq), seq);
                }
                Assert.AreEqual((uint)6, c[0].Roc, "sender ROC after the wrap");
                Assert.AreEqual((uint)6, c[1].Roc, "receiver ROC after the wrap");
                // a late packet from before the wrap (ROC 5) is still in the window and decrypts under ROC 5
                SrtpContext[] d = Pair(policies[p], 5, null);
                byte[] first = Send(d[0], 65529);
                byte[] late = Send(d[0], 65530);
                byte[] afterWrap = Send(d[0], 3); // sender ROC becomes 6
                Receive(d[1], first, 65529);
                Receive(d[1], afterWrap, 3);
                Assert.AreEqual((uint)6, d[1].Roc, "receiver ROC after the wrap");
                Receive(d[1], late, 65530);
                Assert.AreEqual((uint)6, d[1].Roc, "a late packet does not move the ROC back");
            }
        }

        [TestMethod]
        public void WrongRocFailsAuthentication()
        {
            SrtpContext tx = Pair(SrtpPolicy.AesCm128HmacSha1_80(), 1, null)[0];
            SrtpContext rx = Pair(SrtpPolicy.AesCm128HmacSha1_80(), 2, null)[1];
            Assert.AreEqual(SrtpError.AuthenticationFailed, Rejected(rx, Send(tx, 10)));
        }

        [TestMethod]
        public void ReplayAndWindow()
        {
            SrtpPolicy[] policies = { SrtpPolicy.AesCm128HmacSha1_80(), SrtpPolicy.AeadAes128Gcm() };
            for (int p = 0; p < policies.Length; p++)
            {
                SrtpContext[] c = Pair(policies[p], 0, null);
                byte[][] sent = new byte[300][];
                for (int seq = 0; seq < 300; seq++) sent[seq] = Send(c[0], seq);
                // reordered: 200 first, then 199 .. 73 (all inside the 128 window below 200) once each
                Receive(c[1], sent[200], 200);
                for (int seq = 199; seq > 200 - ReplayWindow.Size; seq--) Receive(c[1], sent[seq], seq);
                Assert.AreEqual(SrtpError.Replayed, Rejected(c[1], sent[200]));
                Assert.AreEqual(SrtpError.Replayed, Rejected(c[1], sent[150]));
                Assert.AreEqual(SrtpError.TooOld, Rejected(c[1], sent[200 - ReplayWindow.Size]));
                Assert.AreEqual(SrtpError.TooOld, Rejected(c[1], sent[5]));
                // a jump ahead, then a packet inside the new window that was never received
                Receive(c[1], sent[299], 299);
                Receive(c[1], sent[201], 201);
                Assert.AreEqual(SrtpError.Replayed, Rejected(c[1], sent[201]));
            }
        }

        [TestMethod]
        public void SenderRefusesToReuseAnIndex()
        {
            SrtpContext tx = Pair(SrtpPolicy.AesCm128HmacSha1_80(), 0, null)[0];
            Send(tx, 7);
            byte[] payload = Frame(7);
            byte[] packet = new byte[200];
            Exception e = Expect.Throws(typeof(SrtpException), delegate { tx.ProtectFrame(0, false, 7, 0, payload, 0, 160, packet, 0); });
            Assert.AreEqual(SrtpError.Replayed, ((SrtpException)e).Reason);
        }

        [TestMethod]
        public void TamperedPacketsRejectedWithoutMovingTheWindow()
        {
            SrtpPolicy[] policies = AllPolicies();
            for (int p = 0; p < policies.Length; p++)
            {
                SrtpContext[] c = Pair(policies[p], 0, null);
                byte[] packet = Send(c[0], 42);
                int[] positions = { 1, 5, 12, 100, packet.Length - 1 };
                for (int i = 0; i < positions.Length; i++)
                {
                    byte[] t = Octets.Slice(packet, 0, packet.Length);
                    t[positions[i]] ^= 0x80;
                    Assert.AreEqual(SrtpError.AuthenticationFailed, Rejected(c[1], t), "policy " + p + " octet " + positions[i]);
                }
                Receive(c[1], packet, 42); // the genuine packet still goes through
            }
        }

        [TestMethod]
        public void MalformedPacketsGiveTypedErrors()
        {
            SrtpContext[] c = Pair(SrtpPolicy.AesCm128HmacSha1_80(), 0, new byte[] { 1, 2 });
            byte[] packet = Send(c[0], 1);
            Assert.AreEqual(SrtpError.TooShort, Rejected(c[1], Octets.Slice(packet, 0, 20)));
            byte[] v1 = Octets.Slice(packet, 0, packet.Length); v1[0] = 0x40;
            Assert.AreEqual(SrtpError.InvalidHeader, Rejected(c[1], v1));
            byte[] cc = Octets.Slice(packet, 0, packet.Length); cc[0] = 0x8F; // 15 CSRCs: 72-octet header
            Assert.AreEqual(SrtpError.AuthenticationFailed, Rejected(c[1], cc));
            byte[] ext = Octets.Slice(packet, 0, packet.Length); ext[0] = 0x90; ext[14] = 0xFF; ext[15] = 0xFF;
            Assert.AreEqual(SrtpError.InvalidHeader, Rejected(c[1], ext));
            byte[] ssrc = Octets.Slice(packet, 0, packet.Length); ssrc[8] ^= 1;
            Assert.AreEqual(SrtpError.WrongSsrc, Rejected(c[1], ssrc));
            byte[] mki = Octets.Slice(packet, 0, packet.Length); mki[12 + 160] ^= 1;
            Assert.AreEqual(SrtpError.UnknownMki, Rejected(c[1], mki));
            byte[] small = new byte[10];
            Exception e = Expect.Throws(typeof(SrtpException), delegate { c[0].ProtectFrame(0, false, 2, 0, new byte[160], 0, 160, small, 0); });
            Assert.AreEqual(SrtpError.BufferTooSmall, ((SrtpException)e).Reason);
        }

        [TestMethod]
        public void KeyDerivationRateRekeysAcrossTheBoundaryBothWays()
        {
            SrtpPolicy policy = SrtpPolicy.AesCm128HmacSha1_80();
            policy.KeyDerivationRate = 16;
            SrtpContext[] c = Pair(policy, 0, null);
            SrtpContext[] fixedKeys = Pair(SrtpPolicy.AesCm128HmacSha1_80(), 0, null);
            byte[][] sent = new byte[40][];
            for (int seq = 0; seq < 40; seq++) sent[seq] = Send(c[0], seq);
            // r = 0 for indices 0..15: same session keys as kdr = 0; from index 16 on they differ
            Expect.Hex(Hex.Encode(Send(fixedKeys[0], 3)), sent[3], "r = 0 packet equals the kdr = 0 packet");
            Assert.IsFalse(ConstantTime.AreEqual(Send(fixedKeys[0], 20), sent[20]), "r = 1 packet uses new keys");
            // receive out of order across two boundaries
            Receive(c[1], sent[33], 33);
            Receive(c[1], sent[17], 17);
            Receive(c[1], sent[2], 2);
            Receive(c[1], sent[34], 34);
            Receive(c[1], sent[16], 16);
        }

        [TestMethod]
        public void ProtectNextFrameAdvancesTheSequenceNumber()
        {
            SrtpContext[] c = Pair(SrtpPolicy.AeadAes128Gcm(), 0, null);
            c[0].NextSequenceNumber = 65535;
            byte[] payload = Frame(65535);
            byte[] packet = new byte[12 + 160 + c[0].RtpOverhead];
            c[0].ProtectNextFrame(8, true, 1000, payload, 0, 160, packet, 0);
            Assert.AreEqual(0, c[0].NextSequenceNumber);
            Assert.AreEqual((byte)0x80, packet[0]);
            Assert.AreEqual((byte)0x88, packet[1]);
            Assert.AreEqual(Ssrc, RtpPacket.Ssrc(packet, 0));
            Receive(c[1], packet, 65535);
        }
    }
}
