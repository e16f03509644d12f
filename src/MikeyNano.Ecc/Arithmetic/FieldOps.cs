namespace MikeyNano.Arithmetic
{
    /// <summary>
    /// The field-operation counter (issue 3 item 6): when <see cref="Enabled"/>, every field's Mul and Sqr (including
    /// those inside Invert, Sqrt and Pow) increments <see cref="Multiplications"/> or <see cref="Squarings"/>. Field
    /// operations are the unit of a device cost model: their counts carry over from host to device, times do not.
    /// Off by default; the counters are process-wide and not synchronised (count on one thread at a time).
    /// </summary>
    internal static class FieldOps
    {
        public static bool Enabled;
        public static long Multiplications;
        public static long Squarings;
        /// <summary>Inversions by divsteps (on the host each takes the time of about 100 multiplications for a 256-bit
        /// modulus and 33 for SAKKE's 1024-bit one; Fermat's a^(p-2) costs about 300 and 1,250 multiplications and
        /// squarings).</summary>
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
