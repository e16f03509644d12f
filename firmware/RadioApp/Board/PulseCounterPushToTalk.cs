using System.Device.Gpio;
using MikeyNano.Radio;
using MikeyNano.Radio.Boards;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>
    /// The push-to-talk key read through the ESP32's pulse counter (GpioPulseCounter, nanoFramework.Hardware.Esp32):
    /// the API lists have no GPIO input (System.Device.Gpio is not among them), the counter is. It counts both edges,
    /// so the key is held when an odd number of edges has passed since boot: the key must be released at boot (the
    /// console says so). A bounce adds edges in pairs and leaves the parity; the counter's glitch filter drops pulses
    /// shorter than <see cref="GlitchFilter"/> APB cycles (12.5 ns each), a short glitch as a pair.
    /// </summary>
    internal sealed class PulseCounterPushToTalk : IPushToTalk
    {
        /// <summary>1023 cycles of the 80 MHz APB clock: about 12.8 us, the longest filter the counter allows.</summary>
        internal const ushort GlitchFilter = 1023;

        private readonly GpioPulseCounter _counter;

        internal PulseCounterPushToTalk(PushToTalkKey key)
        {
            _counter = new GpioPulseCounter(key.Pin);
            _counter.Polarity = GpioPulsePolarity.Both;
            _counter.FilterPulses = GlitchFilter;
            _counter.Start();
        }

        public bool IsPressed
        {
            get { return (_counter.Read().Count & 1) == 1; }
        }
    }
}
