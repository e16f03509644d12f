using MikeyNano.Radio.Provisioning;

namespace MikeyNano.Radio
{
    /// <summary>
    /// A radio's network settings as the key store keeps them (docs/provisioning.md, "install network settings"): the
    /// Wi-Fi station's SSID, its passphrase wrapped with RFC 5649 under the store's wrapping key (none: an open
    /// network), and the peers push-to-talk calls. Public data apart from the passphrase, which never leaves the
    /// device: list and device info report only whether there is one.
    /// </summary>
    public sealed class NetworkSettings
    {
        public const int MaxSsidOctets = 32;
        /// <summary>WPA2-Personal: a passphrase of 8 to 63 characters, or the 64 hex digits of the PSK (IEEE 802.11i).</summary>
        public const int MinPassphraseOctets = 8;
        public const int MaxPassphraseOctets = 64;
        public const int MaxPeers = 4;

        private readonly RadioPeer[] _peers;

        internal NetworkSettings(string ssid, byte[] wrappedPassphrase, RadioPeer[] peers)
        {
            Ssid = ssid;
            WrappedPassphrase = wrappedPassphrase;
            _peers = peers;
        }

        public string Ssid { get; private set; }
        /// <summary>Whether the network has a passphrase (false: an open network).</summary>
        public bool HasPassphrase { get { return WrappedPassphrase != null; } }
        public int PeerCount { get { return _peers.Length; } }
        public RadioPeer Peer(int i) { return _peers[i]; }

        /// <summary>The peers (a copy of the list).</summary>
        public RadioPeer[] Peers()
        {
            RadioPeer[] r = new RadioPeer[_peers.Length];
            for (int i = 0; i < r.Length; i++) r[i] = _peers[i];
            return r;
        }

        internal byte[] WrappedPassphrase { get; private set; }

        // SSID (text8) | wrapped passphrase (octets16, empty: open) | peers (u8) | per peer: URI (text8) | host (text8)
        // | MIKEY port (u16) | media port (u16)
        internal void WriteTo(PayloadWriter w)
        {
            w.Text8(Ssid, false);
            w.Octets16(WrappedPassphrase == null ? new byte[0] : WrappedPassphrase);
            WritePeers(w, _peers);
        }

        internal static NetworkSettings ReadFrom(PayloadReader r)
        {
            string ssid = r.Text8("SSID");
            byte[] wrapped = r.Octets16("wrapped passphrase");
            return new NetworkSettings(ssid, wrapped.Length == 0 ? null : wrapped, ReadPeers(r));
        }

        internal static void WritePeers(PayloadWriter w, RadioPeer[] peers)
        {
            w.Octet(peers.Length);
            for (int i = 0; i < peers.Length; i++)
            {
                w.Text8(peers[i].Uri, false);
                w.Text8(peers[i].Host, false);
                w.UInt16(peers[i].MikeyPort);
                w.UInt16(peers[i].MediaPort);
            }
        }

        /// <summary>The peer list with every field checked: at most <see cref="MaxPeers"/>, a URI, a dotted IPv4 host,
        /// ports 1 to 65535 (malformed-payload, naming the field, otherwise).</summary>
        internal static RadioPeer[] ReadPeers(PayloadReader r)
        {
            int n = r.Octet();
            if (n > MaxPeers) throw r.Fail(n + " peers: at most " + MaxPeers);
            RadioPeer[] peers = new RadioPeer[n];
            for (int i = 0; i < n; i++)
            {
                string uri = r.Text8("peer URI");
                string host = r.Text8("peer host");
                int mikey = r.UInt16();
                int media = r.UInt16();
                if (uri.Length == 0) throw r.Fail("peer " + i + ": empty URI");
                if (!IsDottedIpv4(host)) throw r.Fail("peer " + i + ": host '" + host + "' is not a dotted IPv4 address");
                if (mikey == 0 || media == 0) throw r.Fail("peer " + i + ": port 0");
                peers[i] = new RadioPeer(uri, host, mikey, media);
            }
            return peers;
        }

        /// <summary>Four decimal numbers 0 to 255 without leading zeros, separated by dots (what the board's
        /// IPAddress.Parse takes; names would need DNS before the first call).</summary>
        internal static bool IsDottedIpv4(string host)
        {
            int parts = 0, digits = 0, value = 0;
            char[] c = host.ToCharArray();
            for (int i = 0; i <= c.Length; i++)
            {
                if (i == c.Length || c[i] == '.')
                {
                    if (digits == 0 || value > 255) return false;
                    parts++;
                    digits = 0;
                    value = 0;
                    continue;
                }
                if (c[i] < '0' || c[i] > '9' || (digits == 1 && value == 0)) return false;
                value = value * 10 + (c[i] - '0');
                digits++;
                if (digits > 3) return false;
            }
            return parts == 4;
        }
    }
}
