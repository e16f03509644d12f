using System.Collections.Generic;
using System.IO;
using MikeyNano.Radio;

namespace MikeyNano.HostPlatform.Radio
{
    /// <summary>The radio's serial console on a TextWriter (standard output), optionally with a name before each line
    /// (two radios in one process) and a copy of every line (tests read it).</summary>
    public sealed class TextConsole : IConsole
    {
        private readonly TextWriter _out;
        private readonly string _prefix;
        private readonly List<string> _lines = new();

        public TextConsole(TextWriter output, string name = null)
        {
            _out = output;
            _prefix = name == null ? "" : name + " ";
        }

        public void WriteLine(string line)
        {
            lock (_lines)
            {
                _lines.Add(line);
                _out?.WriteLine(_prefix + line);
                _out?.Flush();
            }
        }

        /// <summary>Every line written so far.</summary>
        public string[] Lines
        {
            get { lock (_lines) return _lines.ToArray(); }
        }
    }
}
