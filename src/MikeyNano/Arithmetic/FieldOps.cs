namespace MikeyNano.Arithmetic
{
    /// <summary>
    /// The field-operation counter (issue 3 item 6): when <see cref="Enabled"/>, every field's Mul and Sqr (including
    /// those inside Invert, Sqrt and Pow) increments <see cref="Multiplications"/> or <see cref="Squarings"/>. Field
    /// operations are the unit of a device cost model: their counts carry over from host to device, times do not.
    /// Off by default; the counters are process-wide and not synchronised (count on one thread at a time).
    /// </summary>
    public static class FieldOps
    {
        public static bool Enabled;
        public static long Multiplications;
        public static long Squarings;
        /// <summary>Inversions by divsteps (each about as costly as 60-80 multiplications on the host for 256 bits;
        /// Fermat's a^(p-2), which a backend without divsteps would run, is about 300).</summary>
        public static long Inversions;

        /// <summary>Sets both counters to zero (does not change <see cref="Enabled"/>).</summary>
        public static void Reset()
        {
            Multiplications = 0;
            Squarings = 0;
            Inversions = 0;
        }
    }
}
