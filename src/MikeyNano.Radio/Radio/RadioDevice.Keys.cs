using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;

namespace MikeyNano.Radio
{
    // The key set of the current key period: loaded and validated at boot, after provisioning and when the period ends.
    public sealed partial class RadioDevice
    {
        /// <summary>The IKeyStorage record holding the newest accepted T (8 octets, big-endian NTP seconds).</summary>
        internal const string ReplayRecord = "mikey-newest-t";

        private long _restoredNewest = long.MinValue;

        private void LoadKeys()
        {
            _keysChanged = false;
            DropKeys();
            Enter(RadioState.LoadingKeys, "loading the key set of the current key period");
            ulong now = _io.Clock.NtpSeconds;
            if (now == 0)
            {
                Enter(RadioState.NoKeys, "the clock is not set: no key period to load");
                return;
            }
            try
            {
                // UserKeyMaterial validates: the UID binding (TS 33.180 F.2.1), RFC 6508 6.1.2 (RSK), RFC 6507 5.1.2 (SSK/PVT)
                _keys = _keySource.Open(now, _settings.Precompute);
            }
            catch (MikeyNanoException e)
            {
                Counters.InvalidKeySets++;
                Enter(RadioState.NoKeys, "the stored key set does not validate: " + e.Message);
                return;
            }
            if (_keys == null)
            {
                Enter(RadioState.NoKeys, "no key set for NTP time " + now + ": waiting for provisioning");
                return;
            }
            _replay = new ReplayCache(_settings.ReplayCapacity, _settings.ClockSkewSeconds);
            _replay.RestoreNewestAccepted(_restoredNewest);
            _responder = new SakkeResponder(_keys, _settings.TrustedKms, _replay);
            Enter(RadioState.Ready, _keys.Uri + ", key period " + PeriodOf(_keys) + " of " + _keys.Kms.KmsUri
                + " (NTP " + _keys.ValidFrom + " to " + (_keys.ValidUntil - 1) + ")" + (_settings.Precompute ? ", tables built" : ""));
        }

        private void ReloadKeysAtPeriodEnd()
        {
            bool idle = _state == RadioState.Ready || _state == RadioState.NoKeys;
            if (!idle) return;
            if (_keysChanged) { LoadKeys(); return; }
            if (_keys == null) return;
            ulong now = _io.Clock.NtpSeconds;
            if (Covers(_keys, now)) return;
            Log("the key period of the loaded keys is over (NTP " + now + ")");
            LoadKeys();
        }

        private static bool Covers(UserKeyMaterial keys, ulong ntpSeconds)
        {
            return ntpSeconds >= keys.ValidFrom && ntpSeconds < keys.ValidUntil;
        }

        private static ulong PeriodOf(UserKeyMaterial keys)
        {
            return (keys.ValidFrom - keys.Kms.UserKeyOffset) / keys.Kms.UserKeyPeriod;
        }

        private void DropKeys()
        {
            if (_keys != null) _keys.Wipe();
            _keys = null;
            _responder = null;
        }

        private void RestoreReplayFloor()
        {
            if (_io.Storage == null) return;
            byte[] saved = _io.Storage.Read(ReplayRecord);
            if (saved == null) return;
            if (saved.Length != 8)
            {
                Log("replay record of " + saved.Length + " octets ignored (expected 8)");
                return;
            }
            _restoredNewest = (long)BigEndian.ReadUInt64(saved, 0);
            Log("replay floor restored: messages with T at or before NTP " + _restoredNewest + " are refused (RFC 3830 5.4)");
        }

        // After each accepted message, before its keys are used (ReplayCache.NewestAccepted).
        private void PersistReplayFloor()
        {
            long newest = _replay.NewestAccepted;
            if (newest > _restoredNewest) _restoredNewest = newest;
            if (_io.Storage == null) return;
            byte[] record = new byte[8];
            BigEndian.WriteUInt64(record, 0, (ulong)newest);
            _io.Storage.Write(ReplayRecord, record, 0, 8);
        }
    }
}
