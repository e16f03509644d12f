using System.IO;

namespace MikeyNano.Cli
{
    /// <summary>The progress line of `mikeynano provision`: one line rewritten in place ("\r") while a request is sent
    /// (octets of the frame written) and its answer awaited (seconds waited), blanked by <see cref="Done"/> so that only
    /// the result lines stay on the terminal.</summary>
    internal sealed class ProvisionProgressLine
    {
        private readonly TextWriter _error;
        private bool _open;
        private int _width;

        public ProvisionProgressLine(TextWriter error) { _error = error; }

        /// <summary>ProvisioningClient's progress: <paramref name="done"/> of <paramref name="total"/> octets while
        /// "sending ...", milliseconds of the timeout while "waiting ...".</summary>
        public void Show(string step, int done, int total)
        {
            string amount = step.StartsWith("sending") && total > 0 ? $" {done}/{total} octets ({100L * done / total}%)"
                : step.StartsWith("waiting") ? $" {done / 1000} s" : "";
            string line = "provisioning: " + step + amount;
            _error.Write("\r" + line.PadRight(_width));
            _error.Flush();
            _width = line.Length;
            _open = true;
        }

        public void Done()
        {
            if (!_open) return;
            _error.Write("\r" + new string(' ', _width) + "\r");
            _error.Flush();
            _open = false;
            _width = 0;
        }
    }
}
