using MikeyNano.Radio.Provisioning;

namespace MikeyNano.Radio
{
    /// <summary>
    /// The content of one key-store slot (docs/provisioning.md, "Key store"): the transport key wrapped under the
    /// store's wrapping key (or none), the KMS certificate (or none) and up to <see cref="MaxKeySets"/> key sets.
    /// Immutable once committed; an update builds a new image (the With... methods) and commits it.
    /// Encoding: "MNKS" | format 2 | wrapped TrK (2-octet length, 0 = none) | certificate present (1) [| certificate]
    /// | key-set count (1) | key sets | network settings present (1) [| network settings]. Format 1, written before
    /// the network settings existed, is the same without the last field: it is read as a store without network
    /// settings and written as format 2 at its next commit.
    /// </summary>
    internal sealed class KeyStoreImage
    {
        public const int MaxKeySets = 4;
        /// <summary>The format written (2: with network settings).</summary>
        internal const int Format = 2;
        /// <summary>The format before the network settings, still read.</summary>
        internal const int FormatWithoutNetwork = 1;

        public KeyStoreImage(byte[] wrappedTrk, KmsCertificate certificate, StoredKeySet[] keySets)
            : this(wrappedTrk, certificate, keySets, null)
        {
        }

        public KeyStoreImage(byte[] wrappedTrk, KmsCertificate certificate, StoredKeySet[] keySets, NetworkSettings network)
        {
            WrappedTrk = wrappedTrk;
            Certificate = certificate;
            KeySets = keySets == null ? new StoredKeySet[0] : keySets;
            Network = network;
        }

        public static KeyStoreImage Empty() { return new KeyStoreImage(null, null, null, null); }

        public byte[] WrappedTrk { get; private set; }
        public KmsCertificate Certificate { get; private set; }
        public StoredKeySet[] KeySets { get; private set; }
        /// <summary>The network settings, or null.</summary>
        public NetworkSettings Network { get; private set; }

        public KeyStoreImage WithTrk(byte[] wrappedTrk) { return new KeyStoreImage(wrappedTrk, Certificate, KeySets, Network); }

        public KeyStoreImage WithCertificate(KmsCertificate c, StoredKeySet[] keySets) { return new KeyStoreImage(WrappedTrk, c, keySets, Network); }

        public KeyStoreImage WithKeySets(StoredKeySet[] keySets) { return new KeyStoreImage(WrappedTrk, Certificate, keySets, Network); }

        public KeyStoreImage WithNetwork(NetworkSettings network) { return new KeyStoreImage(WrappedTrk, Certificate, KeySets, network); }

        public byte[] Encode()
        {
            PayloadWriter w = new PayloadWriter(4096);
            w.Octet('M'); w.Octet('N'); w.Octet('K'); w.Octet('S');
            w.Octet(Format);
            w.Octets16(WrappedTrk == null ? new byte[0] : WrappedTrk);
            w.Octet(Certificate == null ? 0 : 1);
            if (Certificate != null) Certificate.WriteTo(w);
            w.Octet(KeySets.Length);
            for (int i = 0; i < KeySets.Length; i++) KeySets[i].WriteTo(w);
            w.Octet(Network == null ? 0 : 1);
            if (Network != null) Network.WriteTo(w);
            return w.ToArray();
        }

        /// <summary>Decodes a slot whose seal verified; a slot that does not decode is
        /// <see cref="MikeyNano.Errors.ProvisioningException"/> storage-failed.</summary>
        public static KeyStoreImage Decode(byte[] data)
        {
            PayloadReader r = new PayloadReader(data, 0, data.Length, ProvisioningError.StorageFailed);
            if (r.Octet() != 'M' || r.Octet() != 'N' || r.Octet() != 'K' || r.Octet() != 'S')
                throw r.Fail("key store slot: not a key store image");
            int format = r.Octet();
            if (format != Format && format != FormatWithoutNetwork)
                throw r.Fail("key store slot: format " + format + ", this firmware reads formats " + FormatWithoutNetwork + " and " + Format);
            byte[] trk = r.Octets16("wrapped TrK");
            KmsCertificate cert = r.Octet() == 0 ? null : KmsCertificate.ReadFrom(r);
            int n = r.Octet();
            if (n > MaxKeySets) throw r.Fail("key store slot: " + n + " key sets");
            StoredKeySet[] sets = new StoredKeySet[n];
            for (int i = 0; i < n; i++) sets[i] = StoredKeySet.ReadFrom(r);
            NetworkSettings network = format == Format && r.Octet() != 0 ? NetworkSettings.ReadFrom(r) : null;
            r.End();
            return new KeyStoreImage(trk.Length == 0 ? null : trk, cert, sets, network);
        }
    }
}
