using System;
using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Errors;
using MikeyNano.Hashing;
using MikeyNano.Identity;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Radio.Provisioning;

namespace MikeyNano.Radio
{
    /// <summary>
    /// The radio's power-safe key store (issue 13 Deliver 6, docs/provisioning.md "Key store"): the transport key, the
    /// KMS certificate and the user key sets, in two slots on <see cref="IKeyStorage"/>. An update is written whole
    /// to the slot not in force and committed by its small seal record; at boot the valid slot with the higher
    /// sequence wins, so a power cut at any octet leaves either the old content or the new one, complete. Secrets at
    /// rest (TrK, RSK, SSK) are wrapped with RFC 5649 under a key derived from the device key; the seals are
    /// HMAC-SHA-256 under another. The device key must come from the board (docs/provisioning.md: on an ESP32 from
    /// flash encryption / an eFuse key, the integrator's duty); the host passes one read from a file.
    /// </summary>
    public sealed class KeyStore
    {
        public const int DeviceKeyLength = 32;

        private readonly KeyStoreSlots _slots;
        private readonly byte[] _wrapKey;
        private readonly byte[] _macKey;
        private KeyStoreImage _image;
        private int _slot = -1;
        private uint _sequence;

        /// <summary>Opens the store on <paramref name="storage"/> and loads the slot in force.</summary>
        public KeyStore(IKeyStorage storage, byte[] deviceKey)
        {
            if (storage == null) throw new ArgumentNullException("storage");
            if (deviceKey == null || deviceKey.Length != DeviceKeyLength)
                throw new InvalidKeyException("key store: the device key must be " + DeviceKeyLength + " octets");
            _wrapKey = Hmac.Sha256(deviceKey, Utf8.Encode("MikeyNano key store wrapping key"));
            _macKey = Hmac.Sha256(deviceKey, Utf8.Encode("MikeyNano key store seal key"));
            _slots = new KeyStoreSlots(storage, _macKey);
            Load();
        }

        /// <summary>Reads both slots again and keeps the valid one with the higher sequence (none: empty).</summary>
        public void Load()
        {
            _image = KeyStoreImage.Empty();
            _slot = -1;
            _sequence = 0;
            for (int s = 0; s < 2; s++)
            {
                uint seq;
                byte[] data = _slots.Read(s, out seq);
                if (data == null || (_slot >= 0 && seq <= _sequence)) continue;
                KeyStoreImage image;
                try
                {
                    image = KeyStoreImage.Decode(data);
                }
                catch (MikeyNanoException)
                {
                    continue; // sealed by us yet not decodable: a format we do not read; the other slot may be ours
                }
                _image = image;
                _slot = s;
                _sequence = seq;
            }
        }

        /// <summary>The sequence number of the slot in force (0 when the store is empty).</summary>
        public uint Sequence { get { return _sequence; } }
        public bool HasTransportKey { get { return _image.WrappedTrk != null; } }
        /// <summary>The KMS certificate, or null.</summary>
        public KmsCertificate Certificate { get { return _image.Certificate; } }
        public int KeySetCount { get { return _image.KeySets.Length; } }
        public StoredKeySet GetKeySet(int index) { return _image.KeySets[index]; }
        /// <summary>The network settings (Wi-Fi station and peers), or null when none were installed.</summary>
        public NetworkSettings Network { get { return _image.Network; } }

        /// <summary>The Wi-Fi passphrase of the stored network settings, unwrapped (null: none stored, or an open
        /// network). A string cannot be wiped: hand it to the Wi-Fi driver and drop it.</summary>
        public string NetworkPassphrase()
        {
            NetworkSettings n = _image.Network;
            if (n == null || n.WrappedPassphrase == null) return null;
            byte[] clear = Unwrap(n.WrappedPassphrase);
            try
            {
                return Utf8.Decode(clear);
            }
            finally
            {
                Secrets.Wipe(clear);
            }
        }

        internal KeyStoreImage Image { get { return _image; } }

        /// <summary>The key set of the key period that contains <paramref name="ntpNow"/>, validated again (RSK and
        /// SSK/PVT checks, UID, period) as the radio does at boot; null when there is none for that period.</summary>
        public UserKeyMaterial OpenKeySet(ulong ntpNow, bool precompute)
        {
            KmsCertificate c = _image.Certificate;
            if (c == null || ntpNow < c.UserKeyOffset) return null;
            ulong period = KeyPeriod.Number(ntpNow, c.UserKeyPeriod, c.UserKeyOffset);
            for (int i = 0; i < _image.KeySets.Length; i++)
            {
                StoredKeySet k = _image.KeySets[i];
                if (k.KeyPeriodNo != period) continue;
                byte[] rsk = null, ssk = null;
                try
                {
                    rsk = Unwrap(k.WrappedRsk);
                    ssk = Unwrap(k.WrappedSsk);
                    return new UserKeyMaterial(k.UserUri, k.UserId, c.ToKmsPublicKeys(), k.KeyPeriodNo, rsk, ssk, k.Pvt, precompute);
                }
                finally
                {
                    Secrets.Wipe(rsk);
                    Secrets.Wipe(ssk);
                }
            }
            return null;
        }

        /// <summary>Writes <paramref name="image"/> to the slot not in force, commits it with its seal, then removes
        /// the superseded slot. On an exception from the storage the old content stays in force.</summary>
        internal void Commit(KeyStoreImage image)
        {
            int target = _slot == 0 ? 1 : 0;
            uint sequence = _sequence + 1;
            byte[] data = image.Encode();
            _slots.Write(target, sequence, data);
            int old = _slot;
            _image = image;
            _slot = target;
            _sequence = sequence;
            if (old >= 0) _slots.Delete(old);
        }

        /// <summary>RFC 5649 wrap under the store's wrapping key (for secrets at rest).</summary>
        internal byte[] Wrap(byte[] secret)
        {
            return AesKeyWrap.WrapWithPadding(_wrapKey, secret);
        }

        /// <summary>The secret of a stored wrap; the caller wipes it.</summary>
        internal byte[] Unwrap(byte[] wrapped)
        {
            return AesKeyWrap.UnwrapWithPadding(_wrapKey, wrapped);
        }

        /// <summary>The transport key in clear (the caller wipes it), or null when none is installed.</summary>
        internal byte[] TransportKey()
        {
            return _image.WrappedTrk == null ? null : Unwrap(_image.WrappedTrk);
        }

        /// <summary>Zeroizes the store's keys; the object is unusable afterwards.</summary>
        public void Wipe()
        {
            Secrets.Wipe(_wrapKey);
            Secrets.Wipe(_macKey);
        }
    }
}
