using MikeyNano.Radio.Boards;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Boards
{
    /// <summary>Malformed or unsafe profiles are refused with a typed reason and a message naming the field: the shape
    /// (missing, unknown, repeated field, wrong type, trailing data, nesting), the pins (flash, PSRAM, input-only,
    /// strapping, the debugger's UART, one pin twice, COM1) and the table policy against the heap.</summary>
    [TestClass]
    public class BoardProfileRefusalTests
    {
        private static void Refused(BoardProfileError expected, string text, string fragment)
        {
            Assert.AreEqual((int)expected, (int)BoardProfileSamples.Refusal(text, fragment), fragment);
        }

        private static string Edit(string from, string to)
        {
            return BoardProfileSamples.Edit(from, to);
        }

        [TestMethod]
        public void MissingFieldsAreNamed()
        {
            Refused(BoardProfileError.MissingField, Edit(", \"dataIn\": 35", ""), "i2s.dataIn is missing");
            Refused(BoardProfileError.MissingField, Edit("  \"precomputeTables\": false,\n", ""), "precomputeTables is missing");
        }

        [TestMethod]
        public void UnknownAndRepeatedFieldsAreRefused()
        {
            Refused(BoardProfileError.UnknownField, Edit("\"flashMiB\": 4", "\"flashMiB\": 4, \"wifiSsid\": \"x\""), "unknown field wifiSsid");
            Refused(BoardProfileError.UnknownField, Edit("\"pin\": 27,", "\"pin\": 27, \"pullUp\": true,"), "unknown field pushToTalk.pullUp");
            Refused(BoardProfileError.DuplicateField, Edit("\"flashMiB\": 4", "\"flashMiB\": 4, \"flashMiB\": 4"), "flashMiB appears twice");
        }

        [TestMethod]
        public void WrongTypesAreRefused()
        {
            Refused(BoardProfileError.WrongType, Edit("\"flashMiB\": 4", "\"flashMiB\": \"4\""), "flashMiB: expected a number, found a string");
            Refused(BoardProfileError.WrongType, Edit("\"activeLow\": true", "\"activeLow\": 1"), "pushToTalk.activeLow: expected true or false");
            Refused(BoardProfileError.WrongType, Edit("\"name\": \"ESP32_REV3\"", "\"name\": null"), "name: expected a string, found null");
            Refused(BoardProfileError.WrongType, Edit("\"sources\": [", "\"sources\": {\"a\": ["), "sources: expected a list");
        }

        [TestMethod]
        public void DeepNestingIsRefusedAtItsFirstOctet()
        {
            string deep = "";
            for (int i = 0; i < 1000; i++) deep += "[";
            Refused(BoardProfileError.WrongType, Edit("\"baud\": 115200", "\"baud\": " + deep), "provisioning.baud: expected a number, found a list");
            Refused(BoardProfileError.WrongType, Edit("\"board\": \"", "\"board\": {\"a\":{\"b\":{\"c\":\""), "board: expected a string, found an object");
            Refused(BoardProfileError.TooLarge, deep + deep + deep + deep + deep, "more than 4096");
        }

        [TestMethod]
        public void TrailingDataIsRefused()
        {
            Refused(BoardProfileError.TrailingData, BoardProfileSamples.Valid + "x", "found 'x'");
            Refused(BoardProfileError.TrailingData, BoardProfileSamples.Valid + "{}", "found '{'");
        }

        [TestMethod]
        public void SyntaxOutsideTheSubsetIsRefused()
        {
            Refused(BoardProfileError.Syntax, Edit("\"flashMiB\": 4", "\"flashMiB\": 04"), "leading zero");
            Refused(BoardProfileError.Syntax, Edit("\"flashMiB\": 4", "\"flashMiB\": -4"), "negative");
            Refused(BoardProfileError.Syntax, Edit("\"flashMiB\": 4", "\"flashMiB\": 4.0"), "whole number");
            Refused(BoardProfileError.Syntax, Edit("\"flashMiB\": 4", "\"flashMiB\": 4e0"), "whole number");
            Refused(BoardProfileError.Syntax, Edit("WROOM-32E", "WROOM\\u0033"), "only the escapes");
            Refused(BoardProfileError.Syntax, Edit("WROOM-32E", "WROOM\t32E"), "printable ASCII only, found octet 0x09");
            Refused(BoardProfileError.Syntax, Edit("WROOM-32E", "WROOM\u00e932E"), "printable ASCII only");
            Refused(BoardProfileError.Syntax, Edit("\"https://www.espressif.com/b\" ]", "\"https://www.espressif.com/b\", ]"), "sources");
            Refused(BoardProfileError.Syntax, Edit("\"rxPin\": 16 }", "\"rxPin\": 16, }"), "expected a key after ','");
            Refused(BoardProfileError.Syntax, Edit("\"activeLow\": true", "\"activeLow\": tru"), "not a JSON literal");
            Refused(BoardProfileError.Syntax, "{\"name\": \"ESP32_REV3", "the string does not end");
            Refused(BoardProfileError.Syntax, "", "expected an object, found the end");
        }

        [TestMethod]
        public void BoundsAreEnforced()
        {
            string longText = "";
            for (int i = 0; i < 201; i++) longText += "a";
            Refused(BoardProfileError.TooLarge, Edit("\"board\": \"", "\"board\": \"" + longText), "longer than 200 characters");
            Refused(BoardProfileError.OutOfRange, Edit("\"baud\": 115200", "\"baud\": 11520000"), "more than 7 digits");
            string nine = "\"sources\": [ \"https://a/1\", \"https://a/2\", \"https://a/3\", \"https://a/4\", \"https://a/5\", " +
                          "\"https://a/6\", \"https://a/7\", \"https://a/8\", ";
            Refused(BoardProfileError.TooLarge, Edit("\"sources\": [ ", nine), "more than 8 entries");
        }

        [TestMethod]
        public void ValuesOutsideTheSchemaAreRefused()
        {
            Refused(BoardProfileError.OutOfRange, Edit("\"flashMiB\": 4", "\"flashMiB\": 3"), "flashMiB 3 must be");
            Refused(BoardProfileError.OutOfRange, Edit("\"chip\": \"ESP32\"", "\"chip\": \"ESP32-C3\""), "chip 'ESP32-C3'");
            Refused(BoardProfileError.OutOfRange, Edit("\"baud\": 115200", "\"baud\": 115201"), "not a standard rate");
            Refused(BoardProfileError.OutOfRange, Edit("\"port\": \"COM2\"", "\"port\": \"COM4\""), "COM2 or COM3");
            Refused(BoardProfileError.OutOfRange, Edit("\"name\": \"ESP32_REV3\"", "\"name\": \"ESP32 REV3\""), "name 'ESP32 REV3'");
            Refused(BoardProfileError.OutOfRange, Edit("\"https://docs.espressif.com/a\"", "\"http://docs.espressif.com/a\""), "sources[0] must be an https:// address");
            Refused(BoardProfileError.OutOfRange, Edit("\"managedHeapKiB\": 100", "\"managedHeapKiB\": 400"), "without PSRAM the heap is internal SRAM");
        }

        [TestMethod]
        public void Com1IsTheDebuggersPort()
        {
            Refused(BoardProfileError.DebuggerPort, Edit("\"port\": \"COM2\"", "\"port\": \"COM1\""), "COM1 is UART0, which the nanoFramework debugger holds");
        }

        [TestMethod]
        public void PinsTheBoardCannotGiveAreRefused()
        {
            Refused(BoardProfileError.UnusablePin, Edit("\"txPin\": 17", "\"txPin\": 7"), "provisioning.txPin: GPIO7 drives the SPI flash");
            Refused(BoardProfileError.UnusablePin, Edit("\"rxPin\": 16", "\"rxPin\": 3"), "provisioning.rxPin: GPIO3 is UART0");
            Refused(BoardProfileError.UnusablePin, Edit("\"pin\": 21", "\"pin\": 34"), "statusLed.pin: GPIO34 is input-only");
            Refused(BoardProfileError.UnusablePin, Edit("\"pin\": 27", "\"pin\": 0"), "pushToTalk.pin: GPIO0 is a strapping pin");
            Refused(BoardProfileError.UnusablePin, Edit("\"pin\": 27", "\"pin\": 24"), "the ESP32 has no GPIO24");
            Refused(BoardProfileError.UnusablePin, Edit("\"pin\": 27", "\"pin\": 49"), "the ESP32 has no GPIO49");
            Refused(BoardProfileError.UnusablePin, Edit("\"dataOut\": 22", "\"dataOut\": 36"), "i2s.dataOut: GPIO36 is input-only");
            // The same UART pins are fine without PSRAM (the sample) and refused on a WROVER, whose PSRAM uses them.
            Refused(BoardProfileError.UnusablePin, BoardProfileSamples.Edit(BoardProfileSamples.WithPsram(), "\"txPin\": 33", "\"txPin\": 17"),
                "provisioning.txPin: GPIO17 drives the PSRAM");
        }

        [TestMethod]
        public void APinUsedTwiceIsRefused()
        {
            Refused(BoardProfileError.PinUsedTwice, Edit("\"dataOut\": 22", "\"dataOut\": 17"), "GPIO17 is both provisioning.txPin and i2s.dataOut");
            Refused(BoardProfileError.PinUsedTwice, Edit("\"pin\": 21", "\"pin\": 27"), "GPIO27 is both pushToTalk.pin and statusLed.pin");
        }

        [TestMethod]
        public void TheTablePolicyMustFitTheHeap()
        {
            Refused(BoardProfileError.TablesDoNotFit, Edit("\"precomputeTables\": false", "\"precomputeTables\": true"), "precomputeTables needs PSRAM");
            Refused(BoardProfileError.TablesDoNotFit, BoardProfileSamples.Edit(BoardProfileSamples.WithPsram(), "\"managedHeapKiB\": 3584", "\"managedHeapKiB\": 900"),
                "less than the 924 KiB the tables were built in");
            Refused(BoardProfileError.TablesDoNotFit, Edit("\"managedHeapKiB\": 100", "\"managedHeapKiB\": 64"), "less than the 72 KiB a table-free MIKEY-SAKKE round needs");
            Refused(BoardProfileError.OutOfRange, BoardProfileSamples.Edit(BoardProfileSamples.WithPsram(), "\"managedHeapKiB\": 3584", "\"managedHeapKiB\": 9000"),
                "more than the board's 8 MiB of PSRAM");
        }
    }

    /// <summary>A valid profile (boards/ESP32_REV3.json's values) and one-edit variants of it for the refusal tests.</summary>
    internal static class BoardProfileSamples
    {
        internal const string Valid =
            "{\n" +
            "  \"name\": \"ESP32_REV3\",\n" +
            "  \"board\": \"DevKitC V4, WROOM-32E \\/ \\\"rev 3\\\" \\\\ test\",\n" +
            "  \"nanoffTarget\": \"ESP32_REV3\",\n" +
            "  \"chip\": \"ESP32\",\n" +
            "  \"flashMiB\": 4,\n" +
            "  \"psramMiB\": 0,\n" +
            "  \"managedHeapKiB\": 100,\n" +
            "  \"provisioning\": { \"port\": \"COM2\", \"baud\": 115200, \"txPin\": 17, \"rxPin\": 16 },\n" +
            "  \"pushToTalk\": { \"pin\": 27, \"activeLow\": true },\n" +
            "  \"statusLed\": { \"pin\": 21, \"activeHigh\": true, \"onBoard\": false },\n" +
            "  \"i2s\": { \"bitClock\": 26, \"wordSelect\": 25, \"dataOut\": 22, \"dataIn\": 35 },\n" +
            "  \"precomputeTables\": false,\n" +
            "  \"sources\": [ \"https://docs.espressif.com/a\", \"https://www.espressif.com/b\" ]\n" +
            "}\n";

        /// <summary>Valid with the first occurrence of <paramref name="from"/> replaced by <paramref name="to"/>
        /// (there is no String.Replace on the device).</summary>
        internal static string Edit(string from, string to)
        {
            return Edit(Valid, from, to);
        }

        internal static string Edit(string text, string from, string to)
        {
            int at = text.IndexOf(from);
            Assert.IsTrue(at >= 0, "sample edit: '" + from + "' is not in the profile");
            return text.Substring(0, at) + to + text.Substring(at + from.Length);
        }

        /// <summary>A PSRAM board (the WROVER profile's memory) with tables on.</summary>
        internal static string WithPsram()
        {
            string s = Edit("\"psramMiB\": 0", "\"psramMiB\": 8");
            s = Edit(s, "\"managedHeapKiB\": 100", "\"managedHeapKiB\": 3584");
            s = Edit(s, "\"txPin\": 17, \"rxPin\": 16", "\"txPin\": 33, \"rxPin\": 32");
            return Edit(s, "\"precomputeTables\": false", "\"precomputeTables\": true");
        }

        /// <summary>The reason of the BoardProfileException that parsing text throws; fails the test when the message
        /// lacks <paramref name="fragment"/> or nothing is thrown.</summary>
        internal static BoardProfileError Refusal(string text, string fragment)
        {
            BoardProfileException e = (BoardProfileException)Support.Expect.Throws(typeof(BoardProfileException), fragment,
                delegate { BoardProfile.Parse(text); });
            return e.Reason;
        }
    }
}
