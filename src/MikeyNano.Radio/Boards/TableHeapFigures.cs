namespace MikeyNano.Radio.Boards
{
    /// <summary>
    /// The managed-heap figures a board's precomputed-table policy is checked against, as measured in nanoCLR
    /// (docs/device.md, "One MIKEY-SAKKE round: heap and time"; 64-bit nanoCLR, so upper bounds for the ESP32's 32-bit
    /// object layout).
    /// </summary>
    internal static class TableHeapFigures
    {
        /// <summary>Smallest heap in which a whole table-free responder round completes (PROBE_RESPONDER_PLAIN: keys
        /// validated, then the GMK I_MESSAGE processed), runtime and library included: 71 KB (72 KB at 27689a2). Every
        /// board needs at least this.</summary>
        internal const int TableFreeRoundKiB = 72;

        /// <summary>Heap in which key material with tables (RSK lines 383 KiB, the [b]P + Z_T comb 32 KiB, G's table
        /// 57 KB) was built: 924 KB; the tables alone keep 747,864 octets of live heap. A board precomputes only when
        /// its managed heap holds this.</summary>
        internal const int TableBuildKiB = 924;
    }
}
