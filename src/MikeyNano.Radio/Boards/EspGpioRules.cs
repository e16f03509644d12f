namespace MikeyNano.Radio.Boards
{
    /// <summary>
    /// Which GPIOs a profile may give to which use, per chip: the ESP32 (ESP32 datasheet, section 2.2 "Pin Description",
    /// and 2.4 "Strapping Pins") and the ESP32-S3 (ESP32-S3 datasheet, section 2 "Pins", and 3.1 "Strapping Pins").
    /// Refused everywhere: GPIOs the chip lacks, the in-package/module SPI flash (ESP32 6-11, ESP32-S3 26-32), the
    /// PSRAM lines when the board has PSRAM (ESP32 16-17 on WROVER modules and the M5Core2; ESP32-S3 33-37, which
    /// octal PSRAM uses: refused whenever the S3 has PSRAM, which also costs a quad-PSRAM board those five pins),
    /// and the debugger's UART0 (ESP32 1 and 3, ESP32-S3 43 and 44) and the S3's USB-JTAG (19, 20), which
    /// nanoFramework's wire protocol uses. Refused as outputs: the ESP32's input-only 34-39. Refused for the pins a
    /// profile chooses freely (provisioning UART, push-to-talk, LED): the strapping pins (ESP32 0, 2, 5, 12, 15;
    /// ESP32-S3 0, 3, 45, 46), whose level at reset selects the boot mode or flash voltage: a key held at reset on GPIO0
    /// would start the ROM downloader. The I2S lines may use strapping pins because a board's codec is wired where it
    /// is (the M5Core2's speaker and microphone sit on 0, 2 and 12).
    /// </summary>
    internal static class EspGpioRules
    {
        internal const string Esp32 = "ESP32";
        internal const string Esp32S3 = "ESP32-S3";

        internal static bool IsKnownChip(string chip)
        {
            return chip == Esp32 || chip == Esp32S3;
        }

        /// <summary>Null when pin may serve this use on the chip; otherwise why not.</summary>
        internal static string WhyUnusable(string chip, bool hasPsram, int pin, bool output, bool freeChoice)
        {
            return chip == Esp32 ? Esp32Reason(hasPsram, pin, output, freeChoice) : Esp32S3Reason(hasPsram, pin, freeChoice);
        }

        private static string Esp32Reason(bool hasPsram, int pin, bool output, bool freeChoice)
        {
            if (pin > 39 || pin == 20 || pin == 24 || (pin >= 28 && pin <= 31)) return "the ESP32 has no GPIO" + pin;
            if (pin == 1 || pin == 3) return "GPIO" + pin + " is UART0, the debugger's COM1";
            if (pin >= 6 && pin <= 11) return "GPIO" + pin + " drives the SPI flash";
            if (hasPsram && (pin == 16 || pin == 17)) return "GPIO" + pin + " drives the PSRAM";
            if (output && pin >= 34) return "GPIO" + pin + " is input-only";
            if (freeChoice && (pin == 0 || pin == 2 || pin == 5 || pin == 12 || pin == 15)) return "GPIO" + pin + " is a strapping pin";
            return null;
        }

        private static string Esp32S3Reason(bool hasPsram, int pin, bool freeChoice)
        {
            if (pin > 48 || (pin >= 22 && pin <= 25)) return "the ESP32-S3 has no GPIO" + pin;
            if (pin == 43 || pin == 44) return "GPIO" + pin + " is UART0, the debugger's COM1";
            if (pin == 19 || pin == 20) return "GPIO" + pin + " is the USB-JTAG port the debugger may use";
            if (pin >= 26 && pin <= 32) return "GPIO" + pin + " drives the SPI flash";
            if (hasPsram && pin >= 33 && pin <= 37) return "GPIO" + pin + " drives the octal PSRAM";
            if (freeChoice && (pin == 0 || pin == 3 || pin == 45 || pin == 46)) return "GPIO" + pin + " is a strapping pin";
            return null;
        }
    }
}
