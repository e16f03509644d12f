namespace MikeyNano.Radio.Boards
{
    /// <summary>
    /// What a parsed profile must satisfy beyond its JSON shape: names and sizes in the schema's ranges, a provisioning
    /// UART other than the debugger's COM1, every GPIO usable for its use on the chip (<see cref="EspGpioRules"/>), no
    /// GPIO used twice, and a precomputed-table policy that fits the managed heap (<see cref="TableHeapFigures"/>).
    /// </summary>
    internal static class BoardProfileChecks
    {
        /// <summary>Without PSRAM the managed heap lives in the chip's internal SRAM (520 KB on the ESP32, 512 KB on the
        /// ESP32-S3), beside Wi-Fi and the firmware: no profile may claim more than this.</summary>
        internal const int MaxInternalHeapKiB = 320;

        internal static void Check(BoardProfile p)
        {
            CheckNames(p);
            CheckMemory(p);
            CheckUartPort(p.Provisioning);
            CheckPins(p);
            CheckTables(p);
        }

        private static void CheckNames(BoardProfile p)
        {
            if (!BoardProfile.IsValidName(p.Name)) throw OutOfRange("name '" + p.Name + "' must be 1 to 32 of A-Z, a-z, 0-9 and '_'");
            if (!BoardProfile.IsValidName(p.NanoffTarget)) throw OutOfRange("nanoffTarget '" + p.NanoffTarget + "' must be 1 to 32 of A-Z, a-z, 0-9 and '_'");
            if (p.Board.Length == 0) throw OutOfRange("board must not be empty");
            if (!EspGpioRules.IsKnownChip(p.Chip)) throw OutOfRange("chip '" + p.Chip + "' must be ESP32 or ESP32-S3");
            if (p.Sources.Length == 0) throw OutOfRange("sources must name at least one public pinout document");
            for (int i = 0; i < p.Sources.Length; i++)
            {
                string s = p.Sources[i];
                if (s.Length <= 8 || s.Substring(0, 8) != "https://") throw OutOfRange("sources[" + i + "] must be an https:// address");
            }
        }

        private static void CheckMemory(BoardProfile p)
        {
            if (!IsPowerOfTwo(p.FlashMiB, 2, 32)) throw OutOfRange("flashMiB " + p.FlashMiB + " must be 2, 4, 8, 16 or 32");
            if (p.PsramMiB != 0 && !IsPowerOfTwo(p.PsramMiB, 2, 16)) throw OutOfRange("psramMiB " + p.PsramMiB + " must be 0, 2, 4, 8 or 16");
            if (p.PsramMiB == 0 && p.ManagedHeapKiB > MaxInternalHeapKiB)
                throw OutOfRange("managedHeapKiB " + p.ManagedHeapKiB + ": without PSRAM the heap is internal SRAM, at most " + MaxInternalHeapKiB + " KiB");
            if (p.PsramMiB > 0 && p.ManagedHeapKiB > p.PsramMiB * 1024)
                throw OutOfRange("managedHeapKiB " + p.ManagedHeapKiB + " is more than the board's " + p.PsramMiB + " MiB of PSRAM");
        }

        private static void CheckUartPort(ProvisioningUart u)
        {
            if (u.Port == "COM1")
                throw new BoardProfileException(BoardProfileError.DebuggerPort, "provisioning.port COM1 is UART0, which the nanoFramework debugger holds; use COM2 or COM3");
            if (u.Port != "COM2" && u.Port != "COM3") throw OutOfRange("provisioning.port '" + u.Port + "' must be COM2 or COM3");
            if (!IsStandardBaud(u.Baud)) throw OutOfRange("provisioning.baud " + u.Baud + " is not a standard rate from 9600 to 921600");
        }

        private static void CheckPins(BoardProfile p)
        {
            int[] pins =
            {
                p.Provisioning.TxPin, p.Provisioning.RxPin, p.PushToTalk.Pin, p.Led.Pin,
                p.I2s.BitClock, p.I2s.WordSelect, p.I2s.DataOut, p.I2s.DataIn,
            };
            string[] uses =
            {
                "provisioning.txPin", "provisioning.rxPin", "pushToTalk.pin", "statusLed.pin",
                "i2s.bitClock", "i2s.wordSelect", "i2s.dataOut", "i2s.dataIn",
            };
            bool[] outputs = { true, false, false, true, true, true, true, false };
            for (int i = 0; i < pins.Length; i++)
            {
                bool freeChoice = i < 4;
                string why = EspGpioRules.WhyUnusable(p.Chip, p.PsramMiB > 0, pins[i], outputs[i], freeChoice);
                if (why != null) throw new BoardProfileException(BoardProfileError.UnusablePin, uses[i] + ": " + why);
                for (int j = 0; j < i; j++)
                    if (pins[j] == pins[i])
                        throw new BoardProfileException(BoardProfileError.PinUsedTwice, "GPIO" + pins[i] + " is both " + uses[j] + " and " + uses[i]);
            }
        }

        private static void CheckTables(BoardProfile p)
        {
            if (p.ManagedHeapKiB < TableHeapFigures.TableFreeRoundKiB)
                throw new BoardProfileException(BoardProfileError.TablesDoNotFit, "managedHeapKiB " + p.ManagedHeapKiB
                    + " is less than the " + TableHeapFigures.TableFreeRoundKiB + " KiB a table-free MIKEY-SAKKE round needs (docs/device.md)");
            if (!p.PrecomputeTables) return;
            if (p.PsramMiB == 0)
                throw new BoardProfileException(BoardProfileError.TablesDoNotFit, "precomputeTables needs PSRAM: the tables keep 747,864 octets of heap (docs/device.md)");
            if (p.ManagedHeapKiB < TableHeapFigures.TableBuildKiB)
                throw new BoardProfileException(BoardProfileError.TablesDoNotFit, "precomputeTables: managedHeapKiB " + p.ManagedHeapKiB
                    + " is less than the " + TableHeapFigures.TableBuildKiB + " KiB the tables were built in (docs/device.md)");
        }

        // Value sets as comparisons, not static arrays: the secrets walk (HostTests/Secrets) reads every static array
        // of the device assemblies and would have to be told these are public.
        private static bool IsPowerOfTwo(int value, int min, int max)
        {
            return value >= min && value <= max && (value & (value - 1)) == 0;
        }

        private static bool IsStandardBaud(int baud)
        {
            return baud == 9600 || baud == 19200 || baud == 38400 || baud == 57600 || baud == 115200
                || baud == 230400 || baud == 460800 || baud == 921600;
        }

        private static BoardProfileException OutOfRange(string message)
        {
            return new BoardProfileException(BoardProfileError.OutOfRange, message);
        }
    }
}
