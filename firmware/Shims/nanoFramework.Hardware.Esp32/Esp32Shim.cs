// Reference shim (compile only) of nanoFramework.Hardware.Esp32 1.6.42: the members RadioApp calls, each declared with
// the signature ../shared/nanoframework-api/nanoFramework.Hardware.Esp32.txt lists (Build/FirmwareShimTests checks that
// every member here is listed). Our own declarations, no code of the package; bodies throw. On a board the real
// package replaces it.
using System;

[assembly: System.Reflection.AssemblyVersion("1.6.42.0")]

namespace nanoFramework.Hardware.Esp32
{
    public enum DeviceFunction
    {
        COM2_TX = 197120,
        COM2_RX = 197121,
        COM3_TX = 197376,
        COM3_RX = 197377,
        I2S1_BCK = 393473,
        I2S1_WS = 393474,
        I2S1_DATA_OUT = 393475,
        I2S1_MDATA_IN = 393476,
    }

    public class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction function) => throw ShimOnly.NotRun();

        public static int GetFunctionPin(DeviceFunction function) => throw ShimOnly.NotRun();
    }

    internal static class ShimOnly
    {
        internal static Exception NotRun() => new NotSupportedException("nanoFramework.Hardware.Esp32 reference shim: deploy the real package");
    }
}

namespace System.Device.Gpio
{
    public enum GpioPulsePolarity
    {
        Both = 0,
        Falling = 1,
        Rising = 2,
    }

    public struct GpioPulseCount
    {
        public long Count;
        public TimeSpan RelativeTime;
    }

    public sealed class GpioPulseCounter : IDisposable
    {
        public GpioPulseCounter(int pinNumberA, int pinNumberB = -1) => throw nanoFramework.Hardware.Esp32.ShimOnly.NotRun();

        public GpioPulsePolarity Polarity { get => throw nanoFramework.Hardware.Esp32.ShimOnly.NotRun(); set => throw nanoFramework.Hardware.Esp32.ShimOnly.NotRun(); }

        public ushort FilterPulses { get => throw nanoFramework.Hardware.Esp32.ShimOnly.NotRun(); set => throw nanoFramework.Hardware.Esp32.ShimOnly.NotRun(); }

        public void Start() => throw nanoFramework.Hardware.Esp32.ShimOnly.NotRun();

        public GpioPulseCount Read() => throw nanoFramework.Hardware.Esp32.ShimOnly.NotRun();

        public void Dispose() => throw nanoFramework.Hardware.Esp32.ShimOnly.NotRun();
    }
}
