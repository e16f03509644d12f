using MikeyNano.Bytes;
using MikeyNano.Radio.Provisioning;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Radio
{
    /// <summary>The provisioning frame (docs/provisioning.md, "Framing"): its octets, its CRC-32 (expected values from
    /// Python's zlib.crc32), and the decoder's resynchronisation and timeouts.</summary>
    [TestClass]
    public class ProvisioningFrameTests
    {
        private const string OneOctetFrame = "4d4e010101020001aa209962bc"; // type 1, sequence 0x0102, payload aa

        [TestMethod]
        public void Crc32IsTheIeeeCrcOfZlib()
        {
            Assert.AreEqual(0xCBF43926u, FrameCrc32.Compute(Ascii.Bytes("123456789"), 0, 9));
        }

        [TestMethod]
        public void AFrameIsMagicVersionTypeSequenceLengthPayloadCrc()
        {
            Expect.Hex(OneOctetFrame, new Frame(1, 0x0102, new byte[] { 0xAA }).Encode(), "frame");
            Expect.Throws(typeof(MikeyNano.Errors.ProvisioningException), "exceeds 2048", delegate { new Frame(1, 1, new byte[2049]); });
        }

        [TestMethod]
        public void TheDecoderSkipsGarbageAndBadHeadersThenFindsTheFrame()
        {
            // garbage, a magic with version 2, a header claiming 0xFFFF octets, then the frame
            byte[] stream = Hex.Decode("00ff4d4d4e4e4d4e02014d4e0101000affff" + OneOctetFrame);
            FrameDecoder d = new FrameDecoder();
            int frames = 0;
            for (int i = 0; i < stream.Length; i++)
            {
                int r = d.Push(stream[i], 0);
                if (r == FrameDecoder.NeedMore) continue;
                Assert.AreEqual(FrameDecoder.FrameReady, r);
                Assert.AreEqual(stream.Length - 1, i, "the frame ends the stream");
                frames++;
            }
            Assert.AreEqual(1, frames);
            Assert.AreEqual(1, d.Type);
            Assert.AreEqual(0x0102, d.Sequence);
            Expect.Hex("aa", d.Payload, "payload");
        }

        [TestMethod]
        public void ADamagedFrameFailsItsCrcAndTheNextOneDecodes()
        {
            byte[] bad = Hex.Decode(OneOctetFrame);
            bad[8] ^= 0x40;
            FrameDecoder d = new FrameDecoder();
            Assert.AreEqual(FrameDecoder.CrcFailed, Feed(d, bad, 0));
            Assert.AreEqual(0x0102, d.Sequence, "the header is still known, so the device can answer it");
            Assert.AreEqual(FrameDecoder.FrameReady, Feed(d, Hex.Decode(OneOctetFrame), 0));
        }

        [TestMethod]
        public void AFrameThatStopsIsDroppedAfterTheInterOctetOrWholeFrameTimeout()
        {
            byte[] frame = Hex.Decode(OneOctetFrame);
            FrameDecoder d = new FrameDecoder();
            for (int i = 0; i < 9; i++) d.Push(frame[i], 100);
            Assert.AreEqual(FrameDecoder.NeedMore, d.Expire(100 + FrameDecoder.InterOctetTimeoutMs), "still within the inter-octet time");
            Assert.AreEqual(FrameDecoder.Truncated, d.Expire(101 + FrameDecoder.InterOctetTimeoutMs));
            Assert.AreEqual(0x0102, d.Sequence);
            Assert.AreEqual(0, d.Pending);

            // octets that keep coming, but too slowly for the whole frame
            long t = 0;
            for (int i = 0; i < 9; i++, t += 600) { Assert.AreEqual(FrameDecoder.NeedMore, d.Expire(t)); d.Push(frame[i], t); }
            Assert.AreEqual(FrameDecoder.Truncated, d.Expire(t), "5400 ms after the first octet");

            d.Push(frame[0], t); // a header not complete: dropped silently
            Assert.AreEqual(FrameDecoder.NeedMore, d.Expire(t + 5000));
            Assert.AreEqual(0, d.Pending);
            Assert.AreEqual(FrameDecoder.FrameReady, Feed(d, frame, t + 5000));
        }

        private static int Feed(FrameDecoder d, byte[] octets, long now)
        {
            int r = FrameDecoder.NeedMore;
            for (int i = 0; i < octets.Length; i++) r = d.Push(octets[i], now);
            return r;
        }
    }
}
