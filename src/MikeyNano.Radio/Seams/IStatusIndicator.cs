namespace MikeyNano.Radio
{
    /// <summary>
    /// Where the radio shows its state: the status LED on a board, a line on the host's console. The radio also writes
    /// every state change to the serial console (IConsole).
    /// </summary>
    public interface IStatusIndicator
    {
        /// <summary>Shows the radio's new state (one of RadioState's values).</summary>
        void Show(int radioState);
    }
}
