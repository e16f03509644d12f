
namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// The List response (docs/provisioning.md): flags (1: bit 0 a transport key is installed) | certificate present
    /// (1) [| certificate] | key-set count (1) | per key set: UserUri (text8) | UserID (32) | KeyPeriodNo (8) | network
    /// settings present (1) [| SSID (text8) | passphrase set (1) | peers (as installed)]. No key material and no
    /// passphrase, wrapped or not, leaves the device.
    /// </summary>
    public sealed class KeyStoreListing
    {
        private KeyStoreListing(bool hasTrk, KmsCertificate certificate, string[] uris, byte[][] uids, ulong[] periods,
                                NetworkSettings network)
        {
            Network = network;
            HasTransportKey = hasTrk;
            Certificate = certificate;
            _uris = uris;
            _uids = uids;
            _periods = periods;
        }

        private readonly string[] _uris;
        private readonly byte[][] _uids;
        private readonly ulong[] _periods;

        public bool HasTransportKey { get; private set; }
        /// <summary>The installed KMS certificate, or null.</summary>
        public KmsCertificate Certificate { get; private set; }
        public int KeySetCount { get { return _uris.Length; } }
        public string UserUri(int i) { return _uris[i]; }
        public byte[] UserId(int i) { return (byte[])_uids[i].Clone(); }
        public ulong KeyPeriodNo(int i) { return _periods[i]; }
        /// <summary>The network settings without the passphrase (HasPassphrase says whether there is one), or null.</summary>
        public NetworkSettings Network { get; private set; }

        internal static byte[] Encode(KeyStore store)
        {
            PayloadWriter w = new PayloadWriter();
            w.Octet(store.HasTransportKey ? 1 : 0);
            w.Octet(store.Certificate == null ? 0 : 1);
            if (store.Certificate != null) store.Certificate.WriteTo(w);
            w.Octet(store.KeySetCount);
            for (int i = 0; i < store.KeySetCount; i++)
            {
                StoredKeySet k = store.GetKeySet(i);
                w.Text8(k.UserUri, false);
                w.Octets(k.UserId);
                w.UInt64(k.KeyPeriodNo);
            }
            NetworkSettings n = store.Network;
            w.Octet(n == null ? 0 : 1);
            if (n != null)
            {
                w.Text8(n.Ssid, false);
                w.Octet(n.HasPassphrase ? 1 : 0);
                NetworkSettings.WritePeers(w, n.Peers());
            }
            return w.ToArray();
        }

        internal static KeyStoreListing Decode(PayloadReader r)
        {
            bool trk = (r.Octet() & 1) != 0;
            KmsCertificate c = r.Octet() == 0 ? null : KmsCertificate.ReadFrom(r);
            int n = r.Octet();
            string[] uris = new string[n];
            byte[][] uids = new byte[n][];
            ulong[] periods = new ulong[n];
            for (int i = 0; i < n; i++)
            {
                uris[i] = r.Text8("UserUri");
                uids[i] = r.Octets(StoredKeySet.UidLength, "UserID");
                periods[i] = r.UInt64();
            }
            NetworkSettings network = null;
            if (r.Octet() != 0)
            {
                string ssid = r.Text8("SSID");
                bool passphrase = r.Octet() != 0;
                // the passphrase stays on the device: a listing carries an empty marker in its place
                network = new NetworkSettings(ssid, passphrase ? new byte[0] : null, NetworkSettings.ReadPeers(r));
            }
            r.End();
            return new KeyStoreListing(trk, c, uris, uids, periods, network);
        }
    }
}
