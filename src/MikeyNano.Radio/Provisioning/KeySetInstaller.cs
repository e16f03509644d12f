using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Errors;
using MikeyNano.Identity;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// Install key set (docs/provisioning.md): host NTP seconds (8, 0 = none) | UserUri (text8) | UserID (32) |
    /// KeyPeriodNo (8) | RSK wrapped under TrK (octets16) | SSK wrapped under TrK (octets16) | PVT (65). The RSK and SSK
    /// are unwrapped (RFC 5649 section 4.2), checked (<see cref="KeySetCheck"/>), wrapped again under the store's key and
    /// committed with the key sets kept: those of the current and later periods, less one of the same user and period
    /// (replaced). The clear keys are wiped on every path.
    /// </summary>
    internal sealed class KeySetInstaller
    {
        private readonly KeyStore _store;

        public KeySetInstaller(KeyStore store)
        {
            _store = store;
        }

        public byte[] Install(PayloadReader r, IClock clock)
        {
            ulong hostNtp = r.UInt64();
            string uri = r.Text8("UserUri");
            if (uri.Length == 0) throw r.Fail("empty UserUri");
            byte[] uid = r.Octets(StoredKeySet.UidLength, "UserID");
            ulong period = r.UInt64();
            byte[] wrappedRsk = r.Octets16("wrapped RSK");
            byte[] wrappedSsk = r.Octets16("wrapped SSK");
            byte[] pvt = r.Octets(StoredKeySet.PvtLength, "PVT");
            r.End();
            KmsCertificate c = _store.Certificate;
            if (c == null) throw new ProvisioningException(ProvisioningError.NoCertificate, "install the KMS certificate before key sets");
            ulong now = ProvisioningCommands.DeviceTime(clock, hostNtp);
            byte[] trk = null, rsk = null, ssk = null;
            try
            {
                trk = _store.TransportKey();
                rsk = UnwrapUnder(trk, wrappedRsk, "the RSK");
                ssk = UnwrapUnder(trk, wrappedSsk, "the SSK");
                KeySetCheck.Validate(c, uri, uid, period, rsk, ssk, pvt, now);
                StoredKeySet set = new StoredKeySet(uri, uid, period, pvt, _store.Wrap(rsk), _store.Wrap(ssk));
                ProvisioningCommands.Commit(_store, _store.Image.WithKeySets(Merge(set, KeyPeriod.Number(now, c.UserKeyPeriod, c.UserKeyOffset))));
                return new byte[0];
            }
            finally
            {
                Secrets.Wipe(trk);
                Secrets.Wipe(rsk);
                Secrets.Wipe(ssk);
            }
        }

        private StoredKeySet[] Merge(StoredKeySet set, ulong currentPeriod)
        {
            StoredKeySet[] old = _store.Image.KeySets;
            StoredKeySet[] kept = new StoredKeySet[old.Length + 1];
            int n = 0;
            for (int i = 0; i < old.Length; i++)
            {
                if (old[i].KeyPeriodNo < currentPeriod) continue;
                if (old[i].KeyPeriodNo == set.KeyPeriodNo && old[i].UserUri == set.UserUri) continue;
                kept[n++] = old[i];
            }
            if (n >= KeyStoreImage.MaxKeySets)
                throw new ProvisioningException(ProvisioningError.StoreFull, "the key store holds " + n + " key sets, its maximum");
            kept[n++] = set;
            StoredKeySet[] r = new StoredKeySet[n];
            System.Array.Copy(kept, r, n);
            return r;
        }

        /// <summary>RFC 5649 unwrap of <paramref name="wrapped"/> under <paramref name="kek"/>; unwrap-failed when its
        /// integrity check or its length is wrong.</summary>
        internal static byte[] UnwrapUnder(byte[] kek, byte[] wrapped, string what)
        {
            try
            {
                return AesKeyWrap.UnwrapWithPadding(kek, wrapped);
            }
            catch (MikeyNanoException e)
            {
                throw new ProvisioningException(ProvisioningError.UnwrapFailed, what + ": RFC 5649 unwrap under the transport key failed: " + e.Message);
            }
        }
    }
}
