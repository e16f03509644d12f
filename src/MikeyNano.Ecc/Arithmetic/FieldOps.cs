namespace MikeyNano.Arithmetic
{
    /// <summary>
    /// The field-operation counter and trace (issue 3 item 6, issue 11 Deliver 5): when <see cref="Enabled"/>, every
    /// field's Mul, Sqr, Add and Sub (including those inside Invert, Sqrt and Pow), every inversion and every divstep
    /// batch of an inversion is counted and folded, in order, into <see cref="Trace"/>. Field operations are the unit
    /// of a device cost model (their counts carry over from host to device, times do not), and the trace is the
    /// constant-time check's witness: an operation whose sequence of field operations depends on a secret gives
    /// different traces for different secrets (tests/MikeyNano.HostTests/Secrets/ConstantTimeTraceTests.cs,
    /// docs/security.md). Off by default, when each operation pays one branch; the counters are process-wide and not
    /// synchronised (count on one thread at a time).
    /// </summary>
    internal static class FieldOps
    {
        /// <summary>The kinds folded into <see cref="Trace"/>.</summary>
        internal const int Mul = 1, Sqr = 2, Add = 3, Sub = 4, Inv = 5, InvVariableTime = 6, DivstepBatch = 7;

        public static bool Enabled;
        public static long Multiplications;
        public static long Squarings;
        /// <summary>Field additions and subtractions.</summary>
        public static long Additions;
        /// <summary>Inversions by divsteps (on the host each takes the time of about 100 multiplications for a 256-bit
        /// modulus and 33 for SAKKE's 1024-bit one; Fermat's a^(p-2) costs about 300 and 1,250 multiplications and
        /// squarings).</summary>
        public static long Inversions;
        /// <summary>An order-sensitive fingerprint of the operations since <see cref="Reset"/>: Trace = Trace * 1000003
        /// + kind for each (mod 2^64).</summary>
        public static ulong Trace;

        /// <summary>Counts one operation of the given kind and folds it into the trace (callers test
        /// <see cref="Enabled"/> first, so that counting off costs one branch).</summary>
        public static void Record(int kind)
        {
            Trace = Trace * 1000003UL + (ulong)kind;
            if (kind == Mul) Multiplications++;
            else if (kind == Sqr) Squarings++;
            else if (kind == Add || kind == Sub) Additions++;
            else if (kind == Inv || kind == InvVariableTime) Inversions++;
        }

        /// <summary>Sets the counters and the trace to zero (does not change <see cref="Enabled"/>).</summary>
        public static void Reset()
        {
            Multiplications = 0;
            Squarings = 0;
            Additions = 0;
            Inversions = 0;
            Trace = 0;
        }
    }
}
