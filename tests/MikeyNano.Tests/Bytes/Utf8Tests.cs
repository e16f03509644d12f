using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Bytes
{
    /// <summary>The strict UTF-8 codec (RFC 3629): the examples of RFC 3629 section 7, the boundary cases and the
    /// malformed sequences of Markus Kuhn's "UTF-8 decoder capability and stress test" (sections 2 to 5), and the 00
    /// octet that a nanoFramework string cannot hold. No string here contains U+0000: on the device it would end the
    /// literal. Lone surrogates in strings are tested on the host only (Utf8OracleTests), since how nanoCLR stores
    /// one in its UTF-8 strings is the runtime's business, not the codec's.</summary>
    [TestClass]
    public class Utf8Tests
    {
        private static void RoundTrip(string text, string hex)
        {
            Expect.Hex(hex, Utf8.Encode(text), "encode " + hex);
            Assert.AreEqual(text, Utf8.Decode(Hex.Decode(hex)), "decode " + hex);
        }

        private static void Refused(string hex, string fragment)
        {
            Expect.Throws(typeof(InvalidEncodingException), fragment, delegate { Utf8.Decode(Hex.Decode(hex)); });
        }

        [TestMethod]
        public void Rfc3629Section7Examples()
        {
            RoundTrip("A\u2262\u0391.", "41 E2 89 A2 CE 91 2E");
            RoundTrip("\uD55C\uAD6D\uC5B4", "ED 95 9C EA B5 AD EC 96 B4");
            RoundTrip("\u65E5\u672C\u8A9E", "E6 97 A5 E6 9C AC E8 AA 9E");
            // U+FEFF (the byte-order mark) then U+233B4: the mark is a character like any other, kept both ways.
            RoundTrip("\uFEFF\U000233B4", "EF BB BF F0 A3 8E B4");
        }

        [TestMethod]
        public void BoundariesOfEachLength()
        {
            // Kuhn 2.1 (first of each length; U+0000 is refused below) and 2.2 (last), 2.3 (other boundaries).
            RoundTrip("\u0001", "01");
            RoundTrip("\u0080", "C2 80");
            RoundTrip("\u0800", "E0 A0 80");
            RoundTrip("\U00010000", "F0 90 80 80");
            RoundTrip("\u007F", "7F");
            RoundTrip("\u07FF", "DF BF");
            RoundTrip("\uFFFF", "EF BF BF");
            RoundTrip("\U0010FFFF", "F4 8F BF BF");
            RoundTrip("\uD7FF", "ED 9F BF");
            RoundTrip("\uE000", "EE 80 80");
            RoundTrip("\uFFFD", "EF BF BD");
            RoundTrip("", "");
            RoundTrip("sip:alice@example.org", "7369703a616c696365406578616d706c652e6f7267");
        }

        [TestMethod]
        public void DecodesARangeOfABuffer()
        {
            Assert.AreEqual("\u00E9t\u00E9", Utf8.Decode(Hex.Decode("FF C3 A9 74 C3 A9 FF"), 1, 5));
            Expect.Throws(typeof(InvalidEncodingException), "outside", delegate { Utf8.Decode(new byte[3], 2, 2); });
            Expect.Throws(typeof(InvalidEncodingException), "null", delegate { Utf8.Decode(null); });
            Expect.Throws(typeof(InvalidEncodingException), "null", delegate { Utf8.Encode(null); });
        }

        [TestMethod]
        public void RefusesTheZeroOctet()
        {
            // A nanoFramework string ends at U+0000: "a" 00 "b" would silently become "a".
            Refused("00", "00 (U+0000)");
            Refused("61 00 62", "octet 1 is 00");
        }

        [TestMethod]
        public void RefusesUnexpectedContinuationAndImpossibleOctets()
        {
            // Kuhn 3.1 and 3.5
            Refused("80", "continuation octet without a lead");
            Refused("BF", "continuation octet without a lead");
            Refused("41 80 BF", "octet 1 (0x80) is a continuation");
            Refused("FE", "never occurs");
            Refused("FF", "never occurs");
            Refused("FE FE FF FF", "never occurs");
            // Five- and six-octet forms of ISO 10646 (Kuhn 3.2.4, 3.2.5) are not UTF-8.
            Refused("F8 88 80 80 80", "never occurs");
            Refused("FC 84 80 80 80 80", "never occurs");
        }

        [TestMethod]
        public void RefusesTruncatedSequences()
        {
            // Kuhn 3.2 (lead followed by a space) and 3.3 (last continuation missing)
            Refused("C2 20", "truncated");
            Refused("E1 20 80", "truncated");
            Refused("F1 80 20 80", "truncated");
            Refused("C2", "truncated");
            Refused("E0 A0", "truncated");
            Refused("F0 90 80", "truncated");
            Refused("DF", "truncated");
            Refused("EF BF", "truncated");
            Refused("F4 8F BF", "truncated");
            Refused("41 E2 89", "octet 1 is truncated");
        }

        [TestMethod]
        public void RefusesOverlongForms()
        {
            // Kuhn 4.1 ('/' overlong), 4.2 (largest overlong of each length), 4.3 (overlong U+0000)
            Refused("C0 AF", "overlong");
            Refused("E0 80 AF", "overlong");
            Refused("F0 80 80 AF", "overlong");
            Refused("C1 BF", "overlong");
            Refused("E0 9F BF", "overlong");
            Refused("F0 8F BF BF", "overlong");
            Refused("C0 80", "overlong");
            Refused("E0 80 80", "overlong");
            Refused("F0 80 80 80", "overlong");
        }

        [TestMethod]
        public void RefusesEncodedSurrogates()
        {
            // Kuhn 5.1 (single) and 5.2 (paired): RFC 3629 section 3 forbids U+D800..U+DFFF in UTF-8.
            Refused("ED A0 80", "surrogate");
            Refused("ED AD BF", "surrogate");
            Refused("ED AF BF", "surrogate");
            Refused("ED B0 80", "surrogate");
            Refused("ED BF BF", "surrogate");
            Refused("ED A0 80 ED B0 80", "surrogate");
            Refused("ED AF BF ED BF BF", "surrogate");
        }

        [TestMethod]
        public void RefusesCodePointsAboveU10FFFF()
        {
            Refused("F4 90 80 80", "above U+10FFFF");
            Refused("F4 BF BF BF", "above U+10FFFF");
            Refused("F5 80 80 80", "never occurs");
            Refused("F7 BF BF BF", "never occurs");
        }

        [TestMethod]
        public void CheckedStringRefusesU0000()
        {
            char[] c = new char[] { 'a', (char)0, 'b' };
            Expect.Throws(typeof(InvalidEncodingException), "U+0000", delegate { CheckedString.FromChars(c, 0, 3); });
            Assert.AreEqual("b", CheckedString.FromChars(c, 2, 1));
            Expect.Throws(typeof(InvalidEncodingException), "outside", delegate { CheckedString.FromChars(c, 2, 2); });
        }
    }
}
