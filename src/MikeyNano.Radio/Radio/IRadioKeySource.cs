using MikeyNano.Mikey.SakkeMode;

namespace MikeyNano.Radio
{
    /// <summary>Where the radio finds its keys: the power-safe key store on a board and in the emulator
    /// (KeyStore/), a fixed key set in tests and from a key file.</summary>
    public interface IRadioKeySource
    {
        /// <summary>The stored key set whose key period contains NTP time <paramref name="ntpSeconds"/>, validated
        /// (UserKeyMaterial: the UID binding of TS 33.180 F.2.1, RFC 6508 6.1.2, RFC 6507 5.1.2; with the tables when
        /// <paramref name="precompute"/>), or null when there is none. A stored key set that does not validate is
        /// InvalidKeyException.</summary>
        UserKeyMaterial Open(ulong ntpSeconds, bool precompute);
    }
}
