using MikeyNano.Radio;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>The serial console: System.Console, which nanoFramework sends over the debugger's link (COM1, the
    /// USB port), one line per event.</summary>
    internal sealed class ConsoleLines : IConsole
    {
        public void WriteLine(string line)
        {
            System.Console.WriteLine(line);
        }
    }
}
