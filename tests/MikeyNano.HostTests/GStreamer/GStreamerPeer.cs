using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using MikeyNano.HostTests.Gate;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.GStreamer
{
    /// <summary>
    /// GStreamer's MIKEY code (GstMIKEYMessage, libgstsdp of gst-plugins-base, Debian's 1.22) as a peer, through
    /// mikey_gst.c: compiled once per test run with gcc and pkg-config, each call run under a timeout (GStreamer 1.22
    /// loops forever on SIGN, IDR, GEN_EXT and SAKKE payloads, and on V and ERR; the tests never hand it those, the timeout makes a
    /// mistake a failure instead of a hang). Without the packages the tests are inconclusive, and fail under CI=true
    /// (.ci/install-deps installs them).
    /// </summary>
    public static class GStreamerPeer
    {
        private const int TimeoutMs = 10_000;
        private static readonly Lazy<string> Program = new(Compile);

        private static string Compile()
        {
            string source = Path.Combine(GatePaths.RepoRoot, "tests", "MikeyNano.HostTests", "GStreamer", "mikey_gst.c");
            string exe = Path.Combine(Path.GetTempPath(), "mikeynano-gst-" + Guid.NewGuid().ToString("N"));
            var (flagsCode, flags, flagsErr) = Run("pkg-config", "--cflags --libs gstreamer-sdp-1.0 gstreamer-1.0");
            if (flagsCode != 0) return null;
            var (code, _, err) = Run("gcc", $"-O1 -Wall -Werror \"{source}\" -o \"{exe}\" {flags.Trim()}");
            Assert.AreEqual(0, code, "gcc mikey_gst.c: " + err + flagsErr);
            return exe;
        }

        private static string ProgramOrSkip()
        {
            string p = Program.Value;
            if (p != null) return p;
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail("GStreamer's development packages are not installed but CI=true: .ci/install-deps must install them");
            Assert.Inconclusive("libgstreamer-plugins-base1.0-dev / pkg-config are not installed (run: bash .ci/install-deps)");
            return null;
        }

        private static (int Code, string Out, string Err) Run(string file, string args)
        {
            var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            Process p;
            try { p = Process.Start(psi)!; }
            catch (System.ComponentModel.Win32Exception) { return (-1, "", file + " not found"); }
            using (p)
            {
                var stdout = p.StandardOutput.ReadToEndAsync();
                var stderr = p.StandardError.ReadToEndAsync();
                if (!p.WaitForExit(TimeoutMs))
                {
                    p.Kill(true);
                    Assert.Fail($"{file} {args[..Math.Min(60, args.Length)]}... did not finish in {TimeoutMs} ms");
                }
                p.WaitForExit();
                return (p.ExitCode, stdout.Result, stderr.Result);
            }
        }

        /// <summary>The program's output lines; fails unless it exits 0.</summary>
        public static string[] Call(params string[] args)
        {
            var (code, stdout, stderr) = Run(ProgramOrSkip(), string.Join(" ", args));
            Assert.AreEqual(0, code, "mikey_gst " + args[0] + ": " + stderr);
            return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }

        /// <summary>GStreamer's parse of a message (mikey_gst read): every "name value" line, by name, in order.</summary>
        public static Dictionary<string, List<string>> Read(byte[] message) =>
            Call("read", Convert.ToHexString(message))
                .Select(l => l.Split(' ', 2))
                .GroupBy(f => f[0], f => f.Length > 1 ? f[1] : "")
                .ToDictionary(g => g.Key, g => g.ToList());
    }
}
