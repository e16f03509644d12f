using System;
using MikeyNano.Mikey.SakkeMode;

namespace MikeyNano.Radio
{
    /// <summary>
    /// The radio's keys from its power-safe key store (KeyStore/): the stored key set of the key period that contains
    /// the time asked about, unwrapped and validated again as at boot (RFC 6508 6.1.2, RFC 6507 5.1.2, TS 33.180 F.2.1).
    /// The store is the one the provisioning server writes, so a key set installed over serial is what the next
    /// <see cref="Open"/> returns.
    /// </summary>
    public sealed class StoredKeySource : IRadioKeySource
    {
        private readonly KeyStore _store;

        public StoredKeySource(KeyStore store)
        {
            if (store == null) throw new ArgumentNullException("store");
            _store = store;
        }

        public UserKeyMaterial Open(ulong ntpSeconds, bool precompute)
        {
            return _store.OpenKeySet(ntpSeconds, precompute);
        }
    }
}
