namespace MikeyNano.Radio
{
    /// <summary>The power-on self-test the radio runs at boot (<see cref="PowerOnRadioSelfTest"/> on a board).</summary>
    public interface IRadioSelfTest
    {
        /// <summary>Runs it and returns the number of tests that failed (0: all passed), writing what it ran and what
        /// failed to <paramref name="console"/>.</summary>
        int Run(IConsole console);
    }
}
