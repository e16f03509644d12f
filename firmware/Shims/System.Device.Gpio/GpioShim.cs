// OUTSIDE ../shared/nanoframework-api: nanoFramework.System.Device.Gpio is not in the API lists. This reference shim
// (compile only) declares the few members RadioApp's status LED uses, with the signatures of the package's public
// sources, nanoframework/System.Device.Gpio tag v1.1.62 (cd99158, 2026-06-29): GpioController() and
// OpenPin(int, PinMode) in GpioController.cs, GpioPin.Write(PinValue) in GpioPin.cs, PinMode.cs, PinValue.cs.
// The ESP32 images we flash carry its native part (nf-interpreter a3e8139: CONFIG_API_SYSTEM_DEVICE_GPIO=y in the
// ESP32_REV3, ESP32_PSRAM_REV3 and M5Core2 defconfigs). firmware/Shims/System.Device.Gpio/api.txt lists every member
// declared here and Build/FirmwareShimTests keeps the two equal. Our own declarations; bodies throw.
using System;

[assembly: System.Reflection.AssemblyVersion("1.1.62.0")]

namespace System.Device.Gpio
{
    public enum PinMode
    {
        Input = 0,
        InputPullDown = 1,
        InputPullUp = 2,
        Output = 3,
    }

    public readonly struct PinValue
    {
        public static PinValue High => throw GpioShim.NotRun();

        public static PinValue Low => throw GpioShim.NotRun();
    }

    public sealed class GpioPin : IDisposable
    {
        internal GpioPin() { }

        public void Write(PinValue value) => throw GpioShim.NotRun();

        public void Dispose() => throw GpioShim.NotRun();
    }

    public sealed class GpioController : IDisposable
    {
        public GpioController() => throw GpioShim.NotRun();

        public GpioPin OpenPin(int pinNumber, PinMode mode) => throw GpioShim.NotRun();

        public void Dispose() => throw GpioShim.NotRun();
    }

    internal static class GpioShim
    {
        internal static Exception NotRun() => new NotSupportedException("System.Device.Gpio reference shim: deploy the real package");
    }
}
