using System;
using System.Diagnostics;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MikeyNano.HostTests.Gate;
using MikeyNano.NativeHost;

namespace MikeyNano.HostTests.Native
{
    /// <summary>
    /// The native backend (firmware/native) as the host builds it: the shared library loads through P/Invoke and speaks
    /// the interface version of mikeynano_native.h, and every C test program (firmware/native/test, run by CTest) passes,
    /// natively and under valgrind's memcheck (no invalid access, no uninitialised value used, no leak).
    /// </summary>
    [TestClass]
    public class NativeBuildTests
    {
        [TestMethod]
        public void LibraryLoadsWithTheHeadersVersion()
        {
            Assert.AreEqual(NativeBackend.ExpectedVersion, NativeBackend.Version());
        }

        [TestMethod]
        public unsafe void WipeClearsExactlyItsRange()
        {
            byte[] b = new byte[16];
            Array.Fill(b, (byte)0xA5);
            NativeBackend.Wipe(b, 3, 9);
            for (int i = 0; i < b.Length; i++)
                Assert.AreEqual(i >= 3 && i < 12 ? 0 : 0xA5, b[i], "octet " + i);
        }

        [TestMethod]
        public void CTestProgramsPass()
        {
            (int code, string output) = Run("ctest", "--test-dir \"" + NativeBackend.BuildDirectory + "\" --output-on-failure", 600);
            Assert.AreEqual(0, code, output);
            StringAssert.Contains(output, "tests passed");
        }

        [TestMethod]
        public void CTestProgramsAreCleanUnderValgrind()
        {
            string[] programs = Directory.GetFiles(NativeBackend.BuildDirectory, "test_*");
            Assert.IsTrue(programs.Length > 0, "no C test program in " + NativeBackend.BuildDirectory);
            foreach (string program in programs)
            {
                if (Path.HasExtension(program)) continue;
                (int code, string output) = Run("valgrind", "--error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all -q \"" + program + "\"", 1800);
                Assert.AreEqual(0, code, Path.GetFileName(program) + " under valgrind:\n" + output);
            }
        }

        /// <summary>
        /// The backend compiled for Xtensa (gcc for the lx106 core) and run under qemu-xtensa
        /// (firmware/native/tools/xtensa_check.sh): every field, P-256, media and hash kernel of its default list
        /// executes the same instructions for two different secrets (constant time where the device runs it, not only
        /// on x86, where valgrind checks it), and its output equals the host build's. The script exits 1 on a differing
        /// trace or output, 2 when a tool is missing (CI installs gcc-xtensa-lx106 and qemu-user).
        /// </summary>
        [TestMethod]
        public void XtensaBuildRunsInConstantTimeAndAgreesWithTheHost()
        {
            XtensaCheck("", "fp1024_mul");
        }

        /// <summary>
        /// The build option MIKEYNANO_XTENSA_ASM (firmware/native/src/port/xtensa): SAKKE's 1024-bit product and
        /// reduction in Xtensa assembly, run under qemu-xtensa with the MULUH stand-in (xtensa_check.sh --asm). The
        /// field's kernels, a product of operands just below p, and g^r (thousands of products inside) execute the same
        /// instructions for two secrets and give the host build's output; 10,000 products and squares a seed, for two
        /// seeds, give the host's results (fp1024_mul_many, compared without the trace).
        /// </summary>
        [TestMethod]
        public void XtensaAssemblyFieldRunsInConstantTimeAndAgreesWithTheHost()
        {
            XtensaCheck("--asm fp1024_mul fp1024_sqr fp1024_inv fp1024_mul_top fp1024_mul_many sakke_pf_pow",
                "fp1024_mul_top", "fp1024_mul_many", "sakke_pf_pow");
        }

        /// <summary>Runs xtensa_check.sh with <paramref name="args"/>: exit 0, no differing trace or output, and a
        /// line for each of <paramref name="kernels"/>.</summary>
        private static void XtensaCheck(string args, params string[] kernels)
        {
            string script = Path.Combine(GatePaths.RepoRoot, "firmware", "native", "tools", "xtensa_check.sh");
            (int code, string output) = Run("bash", "\"" + script + "\" " + args, 3600);
            Assert.AreEqual(0, code, output);
            foreach (string kernel in kernels) StringAssert.Contains(output, kernel);
            Assert.IsFalse(output.Contains("DIFFERS"), output);
        }

        internal static (int, string) Run(string file, string args, int timeoutSeconds)
        {
            var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
            using Process p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(timeoutSeconds * 1000)) { p.Kill(true); Assert.Fail(file + " timed out after " + timeoutSeconds + " s"); }
            return (p.ExitCode, stdout.Result + stderr.Result);
        }
    }
}
