
namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// The List response (docs/provisioning.md): flags (1: bit 0 a transport key is installed) | certificate present
    /// (1) [| certificate] | key-set count (1) | per key set: UserUri (text8) | UserID (32) | KeyPeriodNo (8). No key
    /// material, wrapped or not, leaves the device.
    /// </summary>
    public sealed class KeyStoreListing
    {
        private KeyStoreListing(bool hasTrk, KmsCertificate certificate, string[] uris, byte[][] uids, ulong[] periods)
        {
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
            r.End();
            return new KeyStoreListing(trk, c, uris, uids, periods);
        }
    }
}
