using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MikeyNano.Srtp;

namespace MikeyNano.HostTests.Srtp
{
    /// <summary>After set-up, protecting and unprotecting packets allocates nothing (issue 6 item 2): measured with
    /// the runtime's per-thread allocation counter over 1000 packets each way, for AES-CM/HMAC-SHA1 and AES-GCM,
    /// RTP and RTCP.</summary>
    [TestClass]
    public class SrtpAllocationTests
    {
        [TestMethod]
        [DataRow(false)]
        [DataRow(true)]
        public void ProtectAndUnprotectAllocateNothing(bool gcm)
        {
            SrtpPolicy policy = gcm ? SrtpPolicy.AeadAes128Gcm() : SrtpPolicy.AesCm128HmacSha1_80();
            byte[] key = new byte[policy.EncryptionKeyLength], salt = new byte[policy.SaltKeyLength];
            new Random(1).NextBytes(key);
            var tx = new SrtpContext(key, salt, 42, 0, policy, new byte[] { 1, 2, 3, 4 });
            var rx = new SrtpContext(key, salt, 42, 0, policy, new byte[] { 1, 2, 3, 4 });
            byte[] payload = new byte[160], packet = new byte[256], rtcp = new byte[256];
            void One(int i)
            {
                int n = tx.ProtectNextFrame(0, false, (uint)i * 160, payload, 0, payload.Length, packet, 0);
                rx.UnprotectRtp(packet, 0, n, packet, 0);
                rtcp[0] = 0x80; rtcp[1] = 200; rtcp[7] = 42;
                int m = tx.ProtectRtcp(rtcp, 0, 28, rtcp, 0);
                rx.UnprotectRtcp(rtcp, 0, m, rtcp, 0);
            }
            for (int i = 0; i < 10; i++) One(i); // warm-up (JIT)
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 10; i < 1010; i++) One(i);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(0L, allocated, "bytes allocated by 1000 RTP + 1000 RTCP round trips");
        }
    }
}
