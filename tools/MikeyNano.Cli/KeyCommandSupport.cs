using System;
using System.CommandLine;
using System.IO;
using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Cli
{
    /// <summary>What the kms, sakke, eccsi and keys commands share: hex options, typed-error reporting, the
    /// field-operation counter (--cost).</summary>
    internal static class KeyCommandSupport
    {
        public static Option<string> HexOption(string name, string description, bool required = true) =>
            new Option<string>(name) { Description = description + " (hex)", Required = required };

        public static Option<bool> CostOption() =>
            new Option<bool>("--cost") { Description = "Also print the F_p multiplications and squarings the operation took" };

        public static byte[] Hex(string value, string what)
        {
            if (string.IsNullOrEmpty(value)) throw new InvalidEncodingException(what + " is missing");
            try { return MikeyNano.Bytes.Hex.Decode(value); }
            catch (InvalidEncodingException e) { throw new InvalidEncodingException(what + ": " + e.Message); }
        }

        /// <summary>Runs <paramref name="body"/>; a MikeyNanoException becomes "error: ..." on <paramref name="error"/>
        /// and exit code 1. With cost, prints the F_p operation count of the body.</summary>
        public static int Run(TextWriter output, TextWriter error, bool cost, Func<int> body)
        {
            FieldOps.Reset();
            FieldOps.Enabled = cost;
            try
            {
                int rc = body();
                if (cost) output.WriteLine($"cost: {FieldOps.Multiplications + FieldOps.Squarings} F_p operations ({FieldOps.Multiplications} multiplications, {FieldOps.Squarings} squarings) and {FieldOps.Inversions} inversions");
                return rc;
            }
            catch (MikeyNanoException e)
            {
                error.WriteLine($"error: {e.GetType().Name}: {e.Message}");
                return 1;
            }
            finally
            {
                FieldOps.Enabled = false;
            }
        }
    }
}
