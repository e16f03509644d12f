namespace MikeyNano.Radio
{
    /// <summary>The serial console (the debugger's COM1 on a board, standard output on the host): one line per event.</summary>
    public interface IConsole
    {
        /// <summary>Writes one line of text.</summary>
        void WriteLine(string line);
    }
}
