namespace MikeyNano.Radio
{
    /// <summary>
    /// The radio's states, as the console and the status indicator show them (IStatusIndicator.Show takes the value).
    /// Boot runs SelfTest, then LoadingKeys, then Ready or NoKeys; a push of the key in Ready goes through Keying to
    /// Transmitting; an accepted I_MESSAGE moves Ready to Receiving until its media stops.
    /// </summary>
    public enum RadioState
    {
        /// <summary>Not booted yet, or stopped.</summary>
        Off = 0,
        /// <summary>Running the power-on self-test.</summary>
        SelfTest = 1,
        /// <summary>A known-answer test or the RNG health test failed: no call is keyed or answered (the library's
        /// PowerOnSelfTest leaves enforcing this to the integrator, docs/security.md).</summary>
        SelfTestFailed = 2,
        /// <summary>Reading and validating the key set of the current key period.</summary>
        LoadingKeys = 3,
        /// <summary>No valid key set for the current key period (or no clock): waiting for provisioning.</summary>
        NoKeys = 4,
        /// <summary>Keys loaded: listening for MIKEY and waiting for the push-to-talk key.</summary>
        Ready = 5,
        /// <summary>Building and sending the I_MESSAGE of an outgoing call.</summary>
        Keying = 6,
        /// <summary>Streaming SRTP frames of the audio source.</summary>
        Transmitting = 7,
        /// <summary>Playing the SRTP frames of an accepted incoming call.</summary>
        Receiving = 8
    }

    /// <summary>Names of <see cref="RadioState"/> values (nanoFramework's Enum.ToString gives the number).</summary>
    public static class RadioStateNames
    {
        public static string Of(RadioState state)
        {
            switch (state)
            {
                case RadioState.Off: return "Off";
                case RadioState.SelfTest: return "SelfTest";
                case RadioState.SelfTestFailed: return "SelfTestFailed";
                case RadioState.LoadingKeys: return "LoadingKeys";
                case RadioState.NoKeys: return "NoKeys";
                case RadioState.Ready: return "Ready";
                case RadioState.Keying: return "Keying";
                case RadioState.Transmitting: return "Transmitting";
                case RadioState.Receiving: return "Receiving";
                default: return "State" + (int)state;
            }
        }
    }
}
