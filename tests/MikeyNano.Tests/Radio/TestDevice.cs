using MikeyNano.Radio.Provisioning;

namespace MikeyNano.Tests.Radio
{
    /// <summary>The radio as the provisioning server sees it, with a self-test result the test chooses.</summary>
    public sealed class TestDevice : IProvisioningDevice
    {
        public string Board { get { return "ESP32_REV3"; } }
        public string FirmwareVersion { get { return "1.2.3-test"; } }
        public string LibraryVersion { get { return "0.9.0-test"; } }
        public int SelfTestState { get; set; }
        /// <summary>Whether the next self-test passes; its failure detail otherwise.</summary>
        public bool Passes { get; set; }
        public int SelfTestRuns { get; private set; }

        public bool RunSelfTest(out string detail)
        {
            SelfTestRuns++;
            detail = Passes ? "" : "SHA-256 (FIPS 180-4): wrong digest";
            SelfTestState = Passes ? MikeyNano.Radio.Provisioning.SelfTestState.Passed : MikeyNano.Radio.Provisioning.SelfTestState.Failed;
            return Passes;
        }
    }
}
