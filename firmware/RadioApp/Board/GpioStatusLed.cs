using System.Device.Gpio;
using MikeyNano.Radio;
using MikeyNano.Radio.Boards;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>
    /// The status LED on the profile's GPIO through System.Device.Gpio, a package OUTSIDE ../shared/nanoframework-api
    /// (firmware/Shims/System.Device.Gpio says why it is used and which version). Lit while the radio can call and be
    /// called (RadioState Ready, Keying, Transmitting, Receiving: values 5 to 8), dark otherwise; every state is also
    /// a console line.
    /// </summary>
    internal sealed class GpioStatusLed : IStatusIndicator
    {
        /// <summary>RadioState.Ready (src/MikeyNano.Radio/Radio/RadioState.cs); the states after it are in a call.</summary>
        internal const int FirstLitState = 5;

        private readonly GpioPin _pin;
        private readonly bool _activeHigh;

        internal GpioStatusLed(StatusLed led)
        {
            _activeHigh = led.ActiveHigh;
            _pin = new GpioController().OpenPin(led.Pin, PinMode.Output);
            Show(0);
        }

        public void Show(int radioState)
        {
            bool lit = radioState >= FirstLitState;
            _pin.Write(lit == _activeHigh ? PinValue.High : PinValue.Low);
        }
    }
}
