using MikeyNano.Mikey.SakkeMode;

namespace MikeyNano.Radio
{
    /// <summary>A key source holding one key set handed in directly (tests, and a radio started with a key file): it
    /// validates and opens it when its period contains the time asked about.</summary>
    public sealed class FixedKeySource : IRadioKeySource
    {
        private readonly RadioKeySet _keys;

        /// <param name="keys">the key set, or null for a radio without keys</param>
        public FixedKeySource(RadioKeySet keys)
        {
            _keys = keys;
        }

        public UserKeyMaterial Open(ulong ntpSeconds, bool precompute)
        {
            if (_keys == null || ntpSeconds < _keys.Kms.UserKeyOffset) return null;
            ulong period = (ntpSeconds - _keys.Kms.UserKeyOffset) / _keys.Kms.UserKeyPeriod; // TS 33.180 F.2.1
            if (period != _keys.KeyPeriodNumber) return null;
            return new UserKeyMaterial(_keys.Uri, _keys.Identifier, _keys.Kms, _keys.KeyPeriodNumber, _keys.Rsk, _keys.Ssk,
                _keys.Pvt, precompute);
        }
    }
}
