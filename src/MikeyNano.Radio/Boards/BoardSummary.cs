namespace MikeyNano.Radio.Boards
{
    /// <summary>The console lines that describe a board profile at boot (firmware/RadioApp) and when the emulated
    /// radio starts, so an operator sees which pins and which table policy the radio runs with.</summary>
    public static class BoardSummary
    {
        public static string[] Lines(BoardProfile p)
        {
            ProvisioningUart u = p.Provisioning;
            string memory = p.Chip + ", " + p.FlashMiB + " MiB flash, "
                + (p.PsramMiB == 0 ? "no PSRAM" : p.PsramMiB + " MiB PSRAM") + ", managed heap about " + p.ManagedHeapKiB + " KiB";
            string tables = p.PrecomputeTables
                ? "precomputed tables: on (needs " + TableHeapFigures.TableBuildKiB + " KiB to build)"
                : "precomputed tables: off (table-free calls need " + TableHeapFigures.TableFreeRoundKiB + " KiB)";
            return new string[]
            {
                "board " + p.Name + ": " + p.Board,
                "image " + p.NanoffTarget + "; " + memory,
                tables,
                "provisioning: " + u.Port + " " + u.Baud + " 8N1, TX GPIO" + u.TxPin + ", RX GPIO" + u.RxPin,
                "push-to-talk: GPIO" + p.PushToTalk.Pin + (p.PushToTalk.ActiveLow ? " (active low)" : " (active high)")
                    + "; status LED: GPIO" + p.Led.Pin + (p.Led.ActiveHigh ? " (active high" : " (active low")
                    + (p.Led.OnBoard ? ", on board)" : ", fitted to the header)"),
                "I2S: BCK GPIO" + p.I2s.BitClock + ", WS GPIO" + p.I2s.WordSelect + ", DOUT GPIO" + p.I2s.DataOut + ", DIN GPIO" + p.I2s.DataIn,
            };
        }
    }
}
