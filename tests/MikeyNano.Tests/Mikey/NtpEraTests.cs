using System;
using MikeyNano.Identity;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Mikey
{
    /// <summary>
    /// NTP eras (RFC 5905 section 6): a T payload carries NTP seconds modulo 2^32, which wrap on 2036-02-07T06:28:16Z
    /// (the end of era 0). The receiver reads them in the era that puts them nearest its clock, and the key period
    /// comes from that reading.
    /// </summary>
    [TestClass]
    public class NtpEraTests
    {
        private const ulong EraOne = 0x100000000UL;    // NTP second 2^32: 2036-02-07T06:28:16Z
        private const ulong At062810 = EraOne - 6;     // 2036-02-07T06:28:10Z
        private const ulong At062820 = EraOne + 4;     // 2036-02-07T06:28:20Z
        private const ulong MonthSeconds = 2592000;    // a 30-day key period from NTP second 0

        private static TimestampPayload Parsed(ulong writtenAt)
        {
            MikeyMessage m = new MikeyMessage(HeaderPayload.WithEmptyMap(MikeyDataType.Sakke, false, 1, 1, 0));
            m.Add(TimestampPayload.NtpUtcAt(writtenAt));
            return MikeyMessage.Parse(m.Encode()).Timestamp;
        }

        [TestMethod]
        public void EraOneBeginsOn20360207At062816()
        {
            Assert.AreEqual(EraOne, KeyPeriod.NtpSeconds(new DateTime(2036, 2, 7, 6, 28, 16)));
            Assert.AreEqual(At062810, KeyPeriod.NtpSeconds(new DateTime(2036, 2, 7, 6, 28, 10)));
            Assert.AreEqual(At062820, KeyPeriod.NtpSeconds(new DateTime(2036, 2, 7, 6, 28, 20)));
        }

        [TestMethod]
        public void TCarriesTheSecondsWithinTheEra()
        {
            Assert.AreEqual(0xFFFFFFFA00000000UL, Parsed(At062810).Value);
            Assert.AreEqual(0x0000000400000000UL, Parsed(At062820).Value);
            Assert.AreEqual(4L, Parsed(At062820).Seconds);
        }

        [TestMethod]
        public void WrittenBeforeTheWrapReadAfterIt()
        {
            Assert.AreEqual(At062810, Parsed(At062810).SecondsNear(At062820));
        }

        [TestMethod]
        public void WrittenAfterTheWrapReadBeforeIt()
        {
            Assert.AreEqual(At062820, Parsed(At062820).SecondsNear(At062810));
        }

        [TestMethod]
        public void TheEraNearestTheClockWins()
        {
            // the 2025 Streamwide vector, read in 2025 (era 0), and its seconds read 2^32 s later (era 1)
            Assert.AreEqual(0xec898da8UL, Parsed(0xec898da8UL).SecondsNear(0xed000000UL));
            Assert.AreEqual(EraOne + 0xec898da8UL, Parsed(0xec898da8UL).SecondsNear(EraOne + 0xed000000UL));
            // up to 2^31 - 1 s (68 years) either side of the clock is read right, in the next era or the previous one
            Assert.AreEqual(EraOne + 0x7FFFFFFEUL, Parsed(EraOne + 0x7FFFFFFEUL).SecondsNear(EraOne - 1));
            Assert.AreEqual(0x80000001UL, Parsed(0x80000001UL).SecondsNear(EraOne));
            Assert.AreEqual(EraOne + EraOne + 1, Parsed(1).SecondsNear(EraOne + 0x80000002UL));
            // exactly 2^31 s away both readings are as near: the clock's era
            Assert.AreEqual(EraOne + 0x80000000UL, Parsed(0x80000000UL).SecondsNear(EraOne));
            Assert.AreEqual(0x7FFFFFFFUL, Parsed(0x7FFFFFFFUL).SecondsNear(EraOne - 1));
            // never before 1900: in era 0, a large value read near NTP second 10 stays in era 0
            Assert.AreEqual(0xFFFFFFF0UL, Parsed(0xFFFFFFF0UL).SecondsNear(10));
        }

        [TestMethod]
        public void TheRfc6509MonthOfAnEraOneTime()
        {
            // RFC 6509 section 3.2: "YYYY-MM" 0x00 URI 0x00, the month of T counted across eras (in hex: a device string
            // cannot hold U+0000)
            byte[] uri = Ascii.Bytes("tel:+447700900123");
            const string Uri = "0074656C3A2B34343737303039303031323300";
            Expect.Hex("323033362D3032" + Uri, IdentityScheme.TelUriIdentifier(uri, At062820), "2036-02, era 1");
            Expect.Hex("323033362D3032" + Uri, IdentityScheme.TelUriIdentifier(uri, At062810), "2036-02, era 0");
            Expect.Hex("323034302D3036" + Uri, IdentityScheme.TelUriIdentifier(uri, 4431153600UL), "2040-06");
        }

        [TestMethod]
        public void KeyPeriodAcrossTheWrap()
        {
            // 30-day key periods from NTP second 0: period 1657 runs from 4294944000 to 4297536000, across the wrap
            Assert.AreEqual(1657UL, KeyPeriod.Number(Parsed(At062810).SecondsNear(At062820), MonthSeconds, 0));
            Assert.AreEqual(1657UL, KeyPeriod.Number(Parsed(At062820).SecondsNear(At062810), MonthSeconds, 0));
            Assert.AreEqual(1657UL, KeyPeriod.Number(At062820, MonthSeconds, 0));
            // the first period wholly in era 1
            Assert.AreEqual(1658UL, KeyPeriod.Number(Parsed(4297536000UL).SecondsNear(At062820), MonthSeconds, 0));
            Assert.AreEqual(4297536000UL, KeyPeriod.Start(1658, MonthSeconds, 0));
        }
    }
}
