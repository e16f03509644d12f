using System;
using System.Collections.Generic;
using System.Globalization;
using MikeyNano.Radio;

namespace MikeyNano.Cli
{
    /// <summary>What `mikeynano radio` was asked for (docs/cli.md): the board, the provisioning link, the ports, where
    /// the keys come from, whom push-to-talk calls and when the key is held.</summary>
    public sealed class RadioOptions
    {
        public string Board { get; set; } = "ESP32_REV3";
        /// <summary>The provisioning serial link (a tty or a pseudo-terminal path); null: none.</summary>
        public string Serial { get; set; }
        public string Address { get; set; } = "127.0.0.1";
        /// <summary>MIKEY's UDP port (RFC 3830 section 7: 2269).</summary>
        public int Port { get; set; } = 2269;
        /// <summary>The SRTP port; 0: MIKEY's port + 1.</summary>
        public int MediaPort { get; set; }
        /// <summary>A key-material file (docs/key-material.md) handed to the radio directly; null: none.</summary>
        public string KeysFile { get; set; }
        /// <summary>The emulated flash: a directory of records.</summary>
        public string StoreDir { get; set; }
        public List<RadioPeer> Peers { get; } = new();
        public bool Tables { get; set; }
        public string Policy { get; set; } = "aes-cm";
        /// <summary>Push-to-talk held from this many ms after boot (negative: never) for <see cref="TalkForMs"/>.</summary>
        public long TalkAfterMs { get; set; } = -1;
        public long TalkForMs { get; set; } = 2000;
        public string PttFile { get; set; }
        /// <summary>Stop after this many ms (0: run until Ctrl-C).</summary>
        public long RunForMs { get; set; }
        public string RecordPath { get; set; }
        /// <summary>A name before each console line (two radios in one terminal).</summary>
        public string Name { get; set; }

        /// <summary>A peer as URI=host:port[/mediaPort], e.g. sip:bob@example.org=127.0.0.1:2270/2271 (media port
        /// default: MIKEY port + 1).</summary>
        public static RadioPeer ParsePeer(string spec)
        {
            int eq = spec.LastIndexOf('=');
            if (eq <= 0) throw new FormatException($"--peer '{spec}': expected URI=host:port[/mediaPort]");
            string uri = spec[..eq], where = spec[(eq + 1)..];
            int slash = where.IndexOf('/');
            string hostPort = slash < 0 ? where : where[..slash];
            int colon = hostPort.LastIndexOf(':');
            if (colon <= 0) throw new FormatException($"--peer '{spec}': expected host:port after '='");
            int mikey = PortOf(hostPort[(colon + 1)..], spec);
            int media = slash < 0 ? mikey + 1 : PortOf(where[(slash + 1)..], spec);
            return new RadioPeer(uri, hostPort[..colon], mikey, media);
        }

        private static int PortOf(string s, string spec)
        {
            if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int p) || p < 1 || p > 65535)
                throw new FormatException($"--peer '{spec}': '{s}' is not a UDP port");
            return p;
        }
    }
}
