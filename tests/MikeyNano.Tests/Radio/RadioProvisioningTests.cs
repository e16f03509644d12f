using MikeyNano.Bytes;
using MikeyNano.Radio;
using MikeyNano.Radio.Provisioning;
using MikeyNano.Tests.Sakke;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Radio
{
    /// <summary>
    /// The radio serving provisioning on its serial link and keyed from its key store (issue 13 Deliver 1): a radio
    /// that boots without keys is provisioned by the client over the line (transport key, Streamwide's KMS
    /// certificate, Alice's published key set for key period 236) and becomes Ready as Alice at its next poll; device
    /// info reports its board and boot self-test; after a restart on the same flash it boots Ready; an erase over the
    /// line takes it back to NoKeys.
    /// </summary>
    [TestClass]
    public class RadioProvisioningTests
    {
        private sealed class ProvisionedRadio
        {
            public readonly ManualClock Clock = new ManualClock(ProvisioningFixture.Now);
            public readonly MemoryKeyStorage Flash = new MemoryKeyStorage();
            public readonly PumpedLink Line;
            public readonly ProvisioningClient Client;
            public TestRadio Radio;
            public KeyStore Store;

            public ProvisionedRadio()
            {
                Line = new PumpedLink(Clock);
                Client = new ProvisioningClient(Line, Clock);
                Client.KeyCheckTimeoutMs = 20000;
            }

            /// <summary>Powers the radio on: a key store read from the flash, the provisioning service on the line.</summary>
            public RadioState PowerOn()
            {
                Radio = new TestRadio(new MemoryNetwork(), "10.0.0.1", Clock, null);
                Store = new KeyStore(Flash, ProvisioningFixture.DeviceKey);
                RadioProvisioningDevice device = new RadioProvisioningDevice("ESP32_REV3", "1.0.0-test", "0.1.0-test",
                    new FixedSelfTest(0), Radio.Console);
                LatchedProvisioning service = new LatchedProvisioning(new SerialProvisioning(Line.DeviceEnd, Store, Clock,
                    new CounterRandomSource(11), device, Radio.Console));
                Line.Service = service;
                Radio.Device = new RadioDevice(Radio.Seams(3), Radio.Settings, new StoredKeySource(Store), device, service);
                return Radio.Device.Boot();
            }
        }

        [TestMethod]
        public void ARadioProvisionedOverItsSerialLinkIsReadyAsTheInstalledUser()
        {
            ProvisionedRadio p = new ProvisionedRadio();
            Assert.AreEqual((int)RadioState.NoKeys, (int)p.PowerOn());

            DeviceInfo info = p.Client.GetDeviceInfo();
            Assert.AreEqual("ESP32_REV3", info.Board);
            Assert.AreEqual("1.0.0-test", info.FirmwareVersion);
            Assert.AreEqual(SelfTestState.Passed, info.SelfTestState);

            p.Client.InstallTransportKey(ProvisioningFixture.Trk);
            p.Client.InstallKmsCertificate(ProvisioningFixture.StreamwideCertificate());
            p.Radio.Device.Poll();
            Assert.AreEqual((int)RadioState.NoKeys, (int)p.Radio.Device.State, "a certificate alone is no key set");
            p.Client.InstallKeySet(StreamwideVectors.AliceUri, Hex.Decode(StreamwideVectors.AliceUid), 236,
                Hex.Decode(StreamwideVectors.AliceRsk), Hex.Decode(StreamwideVectors.AliceSsk), Hex.Decode(StreamwideVectors.AlicePvt));
            p.Radio.Device.Poll();
            Assert.AreEqual((int)RadioState.Ready, (int)p.Radio.Device.State);
            Assert.AreEqual(StreamwideVectors.AliceUri, p.Radio.Device.Keys.Uri);
            Assert.AreEqual(1, p.Radio.Console.CountLines("provisioning: install-key-set (sequence"));
            Assert.AreEqual(2, p.Radio.Console.CountLines("provisioning changed the key set: loading it"), "after the certificate and after the key set");

            Assert.AreEqual((int)RadioState.Ready, (int)p.PowerOn(), "after a restart the stored key set is loaded at boot");
            Assert.AreEqual(StreamwideVectors.AliceUri, p.Radio.Device.Keys.Uri);

            p.Client.Erase(ProvisioningCommand.EraseKeySets);
            p.Radio.Device.Poll();
            Assert.AreEqual((int)RadioState.NoKeys, (int)p.Radio.Device.State);
            Assert.IsNull(p.Radio.Device.Keys);
        }
    }
}
