using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Tshark
{
    /// <summary>Runs tshark (Wireshark's MIKEY dissector, an independent decoder) on a pcap and returns one
    /// <see cref="Dissection"/> per packet from its PDML output.</summary>
    public static class Tshark
    {
        public static string FindOrSkip()
        {
            foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            {
                string p = Path.Combine(dir, "tshark");
                if (File.Exists(p)) return p;
            }
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail("tshark is not installed but CI=true: .ci/install-deps must install it");
            Assert.Inconclusive("tshark is not installed (run: bash .ci/install-deps)");
            return null;
        }

        public static List<Dissection> Dissect(IReadOnlyList<byte[]> messages)
        {
            string tshark = FindOrSkip();
            string pcap = Path.Combine(Path.GetTempPath(), "mikeynano-" + Guid.NewGuid().ToString("N") + ".pcap");
            try
            {
                PcapWriter.Write(pcap, messages);
                var psi = new ProcessStartInfo(tshark, $"-n -r \"{pcap}\" -T pdml")
                {
                    RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false
                };
                using var proc = Process.Start(psi)!;
                var stderrTask = proc.StandardError.ReadToEndAsync();
                string xml = proc.StandardOutput.ReadToEnd();
                proc.WaitForExit();
                Assert.AreEqual(0, proc.ExitCode, "tshark failed: " + stderrTask.Result);
                var packets = XDocument.Parse(xml).Root!.Elements("packet").ToList();
                Assert.AreEqual(messages.Count, packets.Count, "one dissected packet per message");
                return packets.Select(p => new Dissection(p)).ToList();
            }
            finally
            {
                if (Environment.GetEnvironmentVariable("MIKEYNANO_KEEP_PCAP") == null) File.Delete(pcap);
            }
        }
    }

    /// <summary>One packet's PDML: the MIKEY proto's top-level payload fields and all fields by name.</summary>
    public sealed class Dissection
    {
        private readonly XElement _packet;

        public Dissection(XElement packet) { _packet = packet; }

        private IEnumerable<XElement> AllFields => _packet.Descendants("field");

        public XElement Mikey => _packet.Elements("proto").FirstOrDefault(p => (string)p.Attribute("name") == "mikey");

        /// <summary>"show" values of every field with this name, in packet order.</summary>
        public List<string> Values(string name) =>
            AllFields.Where(f => (string)f.Attribute("name") == name).Select(f => (string)f.Attribute("show")).ToList();

        public string Value(string name) => Values(name).FirstOrDefault();

        /// <summary>Names of the top-level payload fields of the MIKEY proto (mikey.hdr, mikey.t, ...), in order.</summary>
        public List<string> PayloadNames => Mikey?.Elements("field").Select(f => (string)f.Attribute("name")).ToList() ?? new List<string>();

        /// <summary>Malformed-packet markers and expert items of severity Error, with their text. Warnings (e.g. "trailing
        /// stray characters" when a binary UID is shown as a URI string) are not problems.</summary>
        public List<string> Problems =>
            AllFields.Where(f => (string)f.Attribute("name") == "_ws.malformed"
                              || ((string)f.Attribute("name") == "_ws.expert" && ((string)f.Attribute("showname") ?? "").StartsWith("Expert Info (Error/")))
                     .Select(f => (string)f.Attribute("showname") ?? "_ws.malformed").ToList();
    }
}
