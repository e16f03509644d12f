using System.IO;

namespace MikeyNano.Cli
{
    /// <summary>The progress line of `mikeynano provision`: one line rewritten in place ("\r") while a request is sent
    /// (octets of the frame written) and its answer awaited (seconds waited), ended by <see cref="Done"/>.</summary>
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
            _width = line.Length;
            _open = true;
        }

        public void Done()
        {
            if (!_open) return;
            _error.WriteLine();
            _open = false;
            _width = 0;
        }
    }
}
