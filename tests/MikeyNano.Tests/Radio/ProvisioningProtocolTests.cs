using MikeyNano.Bytes;
using MikeyNano.Errors;
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
    /// The provisioning commands that need no pairing (device info, transport key, KMS certificate, list, erase,
    /// self-test) between ProvisioningClient and ProvisioningServer, and the refusals: each refused request names its
    /// check (the error code) and leaves the stored state as it was. Key sets: tests/MikeyNano.HostTests/Provisioning.
    /// </summary>
    [TestClass]
    public class ProvisioningProtocolTests
    {
        public static ProvisioningException Refused(int error, Expect.Body body)
        {
            ProvisioningException e = (ProvisioningException)Expect.Throws(typeof(ProvisioningException), body);
            Assert.AreEqual(ProvisioningError.Name(error), ProvisioningError.Name(e.Error), e.Message);
            return e;
        }

        [TestMethod]
        public void DeviceInfoNamesTheBoardTheVersionsAndTheStoreState()
        {
            ProvisioningFixture f = new ProvisioningFixture();
            f.Device.SelfTestState = SelfTestState.Passed;
            DeviceInfo info = f.Client.GetDeviceInfo();
            Assert.AreEqual("ESP32_REV3", info.Board);
            Assert.AreEqual("1.2.3-test", info.FirmwareVersion);
            Assert.AreEqual("0.9.0-test", info.LibraryVersion);
            Assert.AreEqual(1, info.ProtocolVersion);
            Assert.AreEqual(2048, info.MaxPayload);
            Assert.AreEqual(SelfTestState.Passed, info.SelfTestState);
            Assert.IsFalse(info.HasTransportKey);
            f.WithTrkAndCertificate();
            info = f.Client.GetDeviceInfo();
            Assert.IsTrue(info.HasTransportKey);
            Assert.IsTrue(info.HasCertificate);
            Assert.AreEqual(0, info.KeySetCount);
        }

        [TestMethod]
        public void TheFirstTransportKeyIsTakenOnceThenOnlyUnderItself()
        {
            ProvisioningFixture f = new ProvisioningFixture();
            Refused(ProvisioningError.NoTransportKey, delegate { new ProvisioningClient(f.Link, f.Clock).List(); });
            f.Client.InstallTransportKey(ProvisioningFixture.Trk);
            Assert.IsTrue(f.Client.List().HasTransportKey);
            string stored = f.StoredState();

            // a second "first use" from a client that does not hold the key: its MAC is under the key it sends
            ProvisioningClient stranger = new ProvisioningClient(f.Link, f.Clock);
            Refused(ProvisioningError.MacMismatch, delegate { stranger.InstallTransportKey(Ascii.Repeat(0x55, 32)); });
            Assert.AreEqual(stored, f.StoredState());

            // rotation under the current key; the old key is refused afterwards
            byte[] next = Ascii.Repeat(0x66, 32);
            f.Client.InstallTransportKey(next);
            Expect.Hex(Hex.Encode(next), new KeyStore(f.Storage, ProvisioningFixture.DeviceKey).TransportKey(), "stored TrK");
            ProvisioningClient old = new ProvisioningClient(f.Link, f.Clock);
            old.UseTransportKey(ProvisioningFixture.Trk);
            Refused(ProvisioningError.MacMismatch, delegate { old.List(); });
            Assert.IsTrue(f.Client.List().HasTransportKey);
        }

        [TestMethod]
        public void AWrongTransportKeyIsRefusedAndChangesNothing()
        {
            ProvisioningFixture f = new ProvisioningFixture().WithTrkAndCertificate();
            string stored = f.StoredState();
            ProvisioningClient wrong = new ProvisioningClient(f.Link, f.Clock);
            byte[] key = (byte[])ProvisioningFixture.Trk.Clone();
            key[0] ^= 0x80;
            wrong.UseTransportKey(key);
            ProvisioningException e = Refused(ProvisioningError.MacMismatch, delegate { wrong.Erase(ProvisioningCommand.EraseAll); });
            Assert.IsTrue(e.Message.IndexOf("wrong transport key") >= 0, e.Message);
            Refused(ProvisioningError.MacMismatch, delegate { wrong.InstallKmsCertificate(ProvisioningFixture.StreamwideCertificate()); });
            Assert.AreEqual(stored, f.StoredState());
        }

        [TestMethod]
        public void TheKmsCertificateIsCheckedBeforeItIsStored()
        {
            ProvisioningFixture f = new ProvisioningFixture();
            f.Client.InstallTransportKey(ProvisioningFixture.Trk);
            string stored = f.StoredState();
            KmsCertificate good = ProvisioningFixture.StreamwideCertificate();
            byte[] z = Hex.Decode(StreamwideVectors.PubEncKey);
            z[200] ^= 1;
            byte[] kpak = Hex.Decode(StreamwideVectors.PubAuthKey);
            kpak[64] ^= 1;
            ulong now = ProvisioningFixture.Now;
            Refused(ProvisioningError.CertificateInvalid, delegate { f.Client.InstallKmsCertificate(Cert(1, 16777215, 0, 0, null, null)); });
            Refused(ProvisioningError.CertificateInvalid, delegate { f.Client.InstallKmsCertificate(Cert(2, 0, 0, 0, null, null)); });
            ProvisioningException e = Refused(ProvisioningError.CertificateInvalid, delegate { f.Client.InstallKmsCertificate(Cert(2, 16777215, 0, 0, z, null)); });
            Assert.IsTrue(e.Message.IndexOf("Z_T") >= 0, e.Message);
            e = Refused(ProvisioningError.CertificateInvalid, delegate { f.Client.InstallKmsCertificate(Cert(2, 16777215, 0, 0, null, kpak)); });
            Assert.IsTrue(e.Message.IndexOf("KPAK") >= 0, e.Message);
            Refused(ProvisioningError.CertificateNotValidNow, delegate { f.Client.InstallKmsCertificate(Cert(2, 16777215, now + 1, 0, null, null)); });
            Refused(ProvisioningError.CertificateNotValidNow, delegate { f.Client.InstallKmsCertificate(Cert(2, 16777215, 0, now, null, null)); });
            Assert.AreEqual(stored, f.StoredState());

            f.Client.InstallKmsCertificate(Cert(2, 16777215, now - 10, now + 10, null, null));
            KeyStoreListing list = f.Client.List();
            Assert.AreEqual(StreamwideVectors.KmsUri, list.Certificate.KmsUri);
            Assert.AreEqual(now + 10, list.Certificate.ValidTo);
            Assert.IsTrue(list.Certificate.SameKeysAs(good));
        }

        private static KmsCertificate Cert(int format, ulong period, ulong from, ulong to, byte[] z, byte[] kpak)
        {
            return new KmsCertificate(StreamwideVectors.KmsUri, format, period, 0, from, to,
                z != null ? z : Hex.Decode(StreamwideVectors.PubEncKey), kpak != null ? kpak : Hex.Decode(StreamwideVectors.PubAuthKey));
        }

        [TestMethod]
        public void WithoutAClockTheRequestMustGiveTheTime()
        {
            ProvisioningFixture f = new ProvisioningFixture();
            f.Client.InstallTransportKey(ProvisioningFixture.Trk);
            f.Clock.NtpSeconds = 0; // the device's clock and the host's both unset
            Refused(ProvisioningError.ClockNotSet, delegate { f.Client.InstallKmsCertificate(ProvisioningFixture.StreamwideCertificate()); });
            Refused(ProvisioningError.NoCertificate, delegate
            {
                f.Client.InstallKeySet(StreamwideVectors.AliceUri, new byte[32], 236, new byte[257], new byte[32], new byte[65]);
            });
        }

        [TestMethod]
        public void EraseRemovesWhatItsScopeSays()
        {
            ProvisioningFixture f = new ProvisioningFixture().WithTrkAndCertificate();
            f.Client.Erase(ProvisioningCommand.EraseKeySets);
            Assert.IsNotNull(f.Client.List().Certificate);
            f.Client.Erase(ProvisioningCommand.EraseKeySetsAndCertificate);
            KeyStoreListing list = f.Client.List();
            Assert.IsNull(list.Certificate);
            Assert.IsTrue(list.HasTransportKey);
            Refused(ProvisioningError.MalformedPayload, delegate { f.Client.Erase(9); });
            f.Client.Erase(ProvisioningCommand.EraseAll);
            KeyStore boot = new KeyStore(f.Storage, ProvisioningFixture.DeviceKey);
            Assert.IsFalse(boot.HasTransportKey);
            f.Client.InstallTransportKey(ProvisioningFixture.Trk); // first use again
            Assert.IsTrue(f.Client.GetDeviceInfo().HasTransportKey);
        }

        [TestMethod]
        public void SelfTestRunsOnTheDeviceAndReportsItsFailure()
        {
            ProvisioningFixture f = new ProvisioningFixture();
            f.Client.InstallTransportKey(ProvisioningFixture.Trk);
            string detail;
            f.Device.Passes = true;
            Assert.IsTrue(f.Client.RunSelfTest(out detail));
            f.Device.Passes = false;
            Assert.IsFalse(f.Client.RunSelfTest(out detail));
            Assert.AreEqual("SHA-256 (FIPS 180-4): wrong digest", detail);
            Assert.AreEqual(2, f.Device.SelfTestRuns);
            Assert.AreEqual(SelfTestState.Failed, f.Client.GetDeviceInfo().SelfTestState);
        }

        [TestMethod]
        public void ARecordedRequestIsRefusedInItsSessionAndInTheNext()
        {
            ProvisioningFixture f = new ProvisioningFixture();
            f.Client.InstallTransportKey(ProvisioningFixture.Trk);
            f.Client.GetDeviceInfo();
            f.Link.Swallow = true; // record the erase instead of sending it
            Refused(ProvisioningError.Timeout, delegate { f.Client.Erase(ProvisioningCommand.EraseKeySets); });
            f.Link.Swallow = false;
            byte[] erase = f.Link.Captured.TakeAll();

            Assert.AreEqual(ProvisioningError.Ok, Status(f.Link.Inject(erase, 2000)), "sent once: accepted");
            Assert.AreEqual(ProvisioningError.Replay, Status(f.Link.Inject(erase, 2000)), "again in the session");
            f.Client.GetDeviceInfo();
            Assert.AreEqual(ProvisioningError.MacMismatch, Status(f.Link.Inject(erase, 2000)), "in a new session");
            Assert.IsTrue(new KeyStore(f.Storage, ProvisioningFixture.DeviceKey).HasTransportKey);
        }

        [TestMethod]
        public void GarbageOnTheLineIsSkipped()
        {
            ProvisioningFixture f = new ProvisioningFixture();
            byte[] noise = Hex.Decode("4d4e4d00ffff4d4e01014d4e02");
            Assert.AreEqual(0, f.Link.Inject(noise, 500).Length, "noise is not answered");
            f.Link.Idle(6000);
            Assert.AreEqual("ESP32_REV3", f.Client.GetDeviceInfo().Board);
            byte[] unknown = new Frame(0x33, 9, new byte[0]).Encode();
            Assert.AreEqual(ProvisioningError.UnknownCommand, Status(f.Link.Inject(unknown, 500)));
        }

        /// <summary>The status octet of the one response frame in <paramref name="wire"/> (-1: no frame).</summary>
        public static int Status(byte[] wire)
        {
            FrameDecoder d = new FrameDecoder();
            for (int i = 0; i < wire.Length; i++)
                if (d.Push(wire[i], 0) == FrameDecoder.FrameReady) return d.Payload[0];
            return -1;
        }
    }
}
