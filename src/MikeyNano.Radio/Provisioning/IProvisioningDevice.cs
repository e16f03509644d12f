namespace MikeyNano.Radio.Provisioning
{
    /// <summary>What the provisioning server reports about the radio and asks it to do (device info, run self-test):
    /// the radio (or a test) fills it in.</summary>
    public interface IProvisioningDevice
    {
        /// <summary>The board profile's name, e.g. "ESP32_REV3".</summary>
        string Board { get; }
        string FirmwareVersion { get; }
        string LibraryVersion { get; }

        /// <summary>The last self-test's outcome: <see cref="SelfTestState.NotRun"/>, <see cref="SelfTestState.Passed"/>
        /// or <see cref="SelfTestState.Failed"/>.</summary>
        int SelfTestState { get; }

        /// <summary>Runs the power-on self-test again (PowerOnSelfTest.Run); true when every test passed, else
        /// <paramref name="detail"/> names the first failure.</summary>
        bool RunSelfTest(out string detail);
    }

    /// <summary>Values of <see cref="IProvisioningDevice.SelfTestState"/> and of the device-info field.</summary>
    public static class SelfTestState
    {
        public const int NotRun = 0;
        public const int Passed = 1;
        public const int Failed = 2;
    }
}
