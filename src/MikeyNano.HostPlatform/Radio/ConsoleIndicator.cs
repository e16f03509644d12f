using System.Collections.Generic;
using MikeyNano.Radio;

namespace MikeyNano.HostPlatform.Radio
{
    /// <summary>The status LED of the emulated radio: it keeps the states shown, in order (the radio also writes each
    /// change to its console, so the LED adds nothing to print).</summary>
    public sealed class ConsoleIndicator : IStatusIndicator
    {
        private readonly List<RadioState> _shown = new();

        public void Show(int radioState)
        {
            lock (_shown) _shown.Add((RadioState)radioState);
        }

        public RadioState[] Shown
        {
            get { lock (_shown) return _shown.ToArray(); }
        }
    }
}
