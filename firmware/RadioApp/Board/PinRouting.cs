using MikeyNano.Radio.Boards;
using nanoFramework.Hardware.Esp32;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>Routes the profile's UART and I2S pins through the ESP32's GPIO matrix (Configuration.SetPinFunction)
    /// before the port or the codec is opened: nanoFramework's COM2/COM3 start on pins a board may not have free.</summary>
    internal static class PinRouting
    {
        internal static void Apply(BoardProfile profile)
        {
            ProvisioningUart uart = profile.Provisioning;
            bool com2 = uart.Port == "COM2";
            Configuration.SetPinFunction(uart.TxPin, com2 ? DeviceFunction.COM2_TX : DeviceFunction.COM3_TX);
            Configuration.SetPinFunction(uart.RxPin, com2 ? DeviceFunction.COM2_RX : DeviceFunction.COM3_RX);
            I2sPins i2s = profile.I2s;
            Configuration.SetPinFunction(i2s.BitClock, DeviceFunction.I2S1_BCK);
            Configuration.SetPinFunction(i2s.WordSelect, DeviceFunction.I2S1_WS);
            Configuration.SetPinFunction(i2s.DataOut, DeviceFunction.I2S1_DATA_OUT);
            Configuration.SetPinFunction(i2s.DataIn, DeviceFunction.I2S1_MDATA_IN);
        }

        /// <summary>The GPIO the firmware reports for the provisioning TX function after routing (a check for the
        /// console: it must equal the profile's pin).</summary>
        internal static int RoutedTxPin(BoardProfile profile)
        {
            return Configuration.GetFunctionPin(profile.Provisioning.Port == "COM2" ? DeviceFunction.COM2_TX : DeviceFunction.COM3_TX);
        }
    }
}
