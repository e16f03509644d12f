using MikeyNano.Cli;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Tests.Mikey;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Cli
{
    /// <summary>`mikey inspect` shows T as a UTC date in the NTP era nearest this machine's clock (RFC 5905 section 6).</summary>
    [TestClass]
    public class MikeyTreeFormatterTests
    {
        private static string FormatT(ulong value)
        {
            var m = new MikeyMessage(HeaderPayload.WithEmptyMap(MikeyDataType.Sakke, false, 1, 1, 0));
            m.Add(new TimestampPayload(TimestampPayload.NtpUtc, value));
            return MikeyTreeFormatter.Format(MikeyMessage.Parse(m.Encode()));
        }

        [TestMethod]
        public void ShowsTheStreamwideTimestampIn2025()
        {
            StringAssert.Contains(MikeyTreeFormatter.Format(MikeyMessage.Parse(MikeyNano.Bytes.Hex.Decode(Ts33180Vectors.PckHex))), "value=0xec898da800000000 = 2025-10-02 23:47:52 UTC");
        }

        [TestMethod]
        public void ShowsSecondsPastTheEndOfEraZeroIn2036()
        {
            // NTP seconds 4 within an era: 1900-01-01 00:00:04 in era 0, 2036-02-07 06:28:20 in era 1, which is nearer
            StringAssert.Contains(FormatT(0x0000000400000000UL), "value=0x0000000400000000 = 2036-02-07 06:28:20 UTC");
        }
    }
}
