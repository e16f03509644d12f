using MikeyNano.Radio.Boards;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Boards
{
    /// <summary>The device's board-profile loader on valid profiles: every value read, text and octets alike, the name
    /// check of Load, and what the chip rules allow (I2S on strapping pins, PSRAM-free pins).</summary>
    [TestClass]
    public class BoardProfileLoaderTests
    {
        [TestMethod]
        public void EveryFieldOfAValidProfileIsRead()
        {
            BoardProfile p = BoardProfile.Parse(BoardProfileSamples.Valid);
            Assert.AreEqual("ESP32_REV3", p.Name);
            Assert.AreEqual("DevKitC V4, WROOM-32E / \"rev 3\" \\ test", p.Board);
            Assert.AreEqual("ESP32_REV3", p.NanoffTarget);
            Assert.AreEqual("ESP32", p.Chip);
            Assert.AreEqual(4, p.FlashMiB);
            Assert.AreEqual(0, p.PsramMiB);
            Assert.AreEqual(100, p.ManagedHeapKiB);
            Assert.AreEqual("COM2", p.Provisioning.Port);
            Assert.AreEqual(115200, p.Provisioning.Baud);
            Assert.AreEqual(17, p.Provisioning.TxPin);
            Assert.AreEqual(16, p.Provisioning.RxPin);
            Assert.AreEqual(27, p.PushToTalk.Pin);
            Assert.IsTrue(p.PushToTalk.ActiveLow);
            Assert.AreEqual(21, p.Led.Pin);
            Assert.IsTrue(p.Led.ActiveHigh);
            Assert.IsFalse(p.Led.OnBoard);
            Assert.AreEqual(26, p.I2s.BitClock);
            Assert.AreEqual(25, p.I2s.WordSelect);
            Assert.AreEqual(22, p.I2s.DataOut);
            Assert.AreEqual(35, p.I2s.DataIn);
            Assert.IsFalse(p.PrecomputeTables);
            Assert.AreEqual(2, p.Sources.Length);
            Assert.AreEqual("https://www.espressif.com/b", p.Sources[1]);
        }

        [TestMethod]
        public void OctetsAndTextGiveTheSameProfile()
        {
            string text = BoardProfileSamples.Valid;
            byte[] octets = new byte[text.Length];
            for (int i = 0; i < text.Length; i++) octets[i] = (byte)text[i];
            BoardProfile fromOctets = BoardProfile.Load("ESP32_REV3", octets);
            Assert.AreEqual(BoardProfile.Parse(text).Board, fromOctets.Board);
            Assert.AreEqual(22, fromOctets.I2s.DataOut);
        }

        [TestMethod]
        public void LoadRefusesAProfileOfAnotherBoard()
        {
            byte[] octets = new byte[BoardProfileSamples.Valid.Length];
            for (int i = 0; i < octets.Length; i++) octets[i] = (byte)BoardProfileSamples.Valid[i];
            BoardProfileException e = (BoardProfileException)Support.Expect.Throws(typeof(BoardProfileException),
                "asked for board M5Core2, the profile is ESP32_REV3", delegate { BoardProfile.Load("M5Core2", octets); });
            Assert.AreEqual((int)BoardProfileError.UnknownBoard, (int)e.Reason);
            e = (BoardProfileException)Support.Expect.Throws(typeof(BoardProfileException), "is not a board name",
                delegate { BoardProfile.Load("../etc/passwd", octets); });
            Assert.AreEqual((int)BoardProfileError.UnknownBoard, (int)e.Reason);
        }

        [TestMethod]
        public void BoardNamesAreFileNameSafe()
        {
            Assert.IsTrue(BoardProfile.IsValidName("ESP32_PSRAM_REV3"));
            Assert.IsTrue(BoardProfile.IsValidName("M5Core2"));
            Assert.IsFalse(BoardProfile.IsValidName(""));
            Assert.IsFalse(BoardProfile.IsValidName("a/b"));
            Assert.IsFalse(BoardProfile.IsValidName("ESP32-S3"));
            Assert.IsFalse(BoardProfile.IsValidName("A23456789012345678901234567890123"));
        }

        [TestMethod]
        public void APsramBoardMayPrecomputeAndUseOtherUartPins()
        {
            BoardProfile p = BoardProfile.Parse(BoardProfileSamples.WithPsram());
            Assert.IsTrue(p.PrecomputeTables);
            Assert.AreEqual(3584, p.ManagedHeapKiB);
            Assert.AreEqual(33, p.Provisioning.TxPin);
        }

        [TestMethod]
        public void I2sMayUseStrappingPinsAsTheM5Core2Does()
        {
            string s = BoardProfileSamples.Edit("\"bitClock\": 26, \"wordSelect\": 25, \"dataOut\": 22, \"dataIn\": 35",
                "\"bitClock\": 12, \"wordSelect\": 0, \"dataOut\": 2, \"dataIn\": 34");
            BoardProfile p = BoardProfile.Parse(s);
            Assert.AreEqual(0, p.I2s.WordSelect);
            Assert.AreEqual(12, p.I2s.BitClock);
        }

        [TestMethod]
        public void MembersMayComeInAnyOrderWithAnyWhitespace()
        {
            string s = BoardProfileSamples.Edit("{ \"pin\": 27, \"activeLow\": true }", "{\"activeLow\":false,\r\n\t\"pin\":27}");
            BoardProfile p = BoardProfile.Parse(s + "  \r\n");
            Assert.IsFalse(p.PushToTalk.ActiveLow);
            Assert.AreEqual(27, p.PushToTalk.Pin);
        }

        [TestMethod]
        public void AnEsp32S3ProfileFollowsTheS3PinRules()
        {
            string s = BoardProfileSamples.WithPsram();
            s = BoardProfileSamples.Edit(s, "\"chip\": \"ESP32\"", "\"chip\": \"ESP32-S3\"");
            s = BoardProfileSamples.Edit(s, "\"txPin\": 33, \"rxPin\": 32", "\"txPin\": 17, \"rxPin\": 18");
            s = BoardProfileSamples.Edit(s, "\"pin\": 27", "\"pin\": 1");
            s = BoardProfileSamples.Edit(s, "\"pin\": 21", "\"pin\": 2");
            s = BoardProfileSamples.Edit(s, "\"bitClock\": 26, \"wordSelect\": 25, \"dataOut\": 22, \"dataIn\": 35",
                "\"bitClock\": 4, \"wordSelect\": 5, \"dataOut\": 6, \"dataIn\": 7");
            Assert.AreEqual(18, BoardProfile.Parse(s).Provisioning.RxPin);
            // GPIO 27 drives the S3's flash (the ESP32 sample's push-to-talk pin), GPIO 16 and 17 drive the PSRAM on an ESP32, not on an S3; GPIO 35 drives the S3's octal PSRAM.
            Assert.AreEqual((int)BoardProfileError.UnusablePin,
                (int)BoardProfileSamples.Refusal(BoardProfileSamples.Edit(s, "\"dataIn\": 7", "\"dataIn\": 35"), "i2s.dataIn: GPIO35 drives the octal PSRAM"));
            Assert.AreEqual((int)BoardProfileError.UnusablePin,
                (int)BoardProfileSamples.Refusal(BoardProfileSamples.Edit(s, "\"dataIn\": 7", "\"dataIn\": 20"), "USB-JTAG"));
            Assert.AreEqual((int)BoardProfileError.UnusablePin,
                (int)BoardProfileSamples.Refusal(BoardProfileSamples.Edit(s, "\"rxPin\": 18", "\"rxPin\": 44"), "UART0, the debugger's COM1"));
            Assert.AreEqual((int)BoardProfileError.UnusablePin,
                (int)BoardProfileSamples.Refusal(BoardProfileSamples.Edit(s, "\"pin\": 1", "\"pin\": 27"), "pushToTalk.pin: GPIO27 drives the SPI flash"));
        }

        [TestMethod]
        public void TheBootSummaryNamesEveryPinAndThePolicy()
        {
            string[] lines = BoardSummary.Lines(BoardProfile.Parse(BoardProfileSamples.Valid));
            Assert.AreEqual(6, lines.Length);
            Assert.AreEqual("image ESP32_REV3; ESP32, 4 MiB flash, no PSRAM, managed heap about 100 KiB", lines[1]);
            Assert.AreEqual("precomputed tables: off (table-free calls need 72 KiB)", lines[2]);
            Assert.AreEqual("provisioning: COM2 115200 8N1, TX GPIO17, RX GPIO16", lines[3]);
            Assert.AreEqual("push-to-talk: GPIO27 (active low); status LED: GPIO21 (active high, fitted to the header)", lines[4]);
            Assert.AreEqual("I2S: BCK GPIO26, WS GPIO25, DOUT GPIO22, DIN GPIO35", lines[5]);
            Assert.AreEqual("precomputed tables: on (needs 924 KiB to build)", BoardSummary.Lines(BoardProfile.Parse(BoardProfileSamples.WithPsram()))[2]);
        }
    }
}
