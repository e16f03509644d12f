using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using MikeyNano.Bytes;
using MikeyNano.Identity;
using MikeyNano.Radio.Provisioning;
using MikeyNano.Tests.Radio;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Provisioning
{
    /// <summary>
    /// Streamwide's public TS 33.180 Annex D samples (Data/ts33180-kms-xml, copied from sw_mikey_sakke): the KMS
    /// certificate (RFC 6508/6507 Appendix A public keys) is accepted; the key set, whose UserID is right but whose
    /// RSK and SSK do not validate against that certificate, must be refused, with the store unchanged. At the time of
    /// the sample (2021-05-17) its KeyPeriodNo 625 is not the current period counted from the NTP epoch (1477; 625 is
    /// counted from 1970), so the period check refuses it first; with the device's clock inside NTP period 625 the RSK
    /// pairing check does.
    /// </summary>
    [TestClass]
    public class StreamwideSampleTests
    {
        private static XElement Load(string name) =>
            XElement.Load(Path.Combine(AppContext.BaseDirectory, "Data", "ts33180-kms-xml", name));

        private static string Value(XElement root, string localName) =>
            root.Descendants().First(e => e.Name.LocalName == localName).Value.Trim();

        private static KmsCertificate Certificate()
        {
            XElement cert = Load("test_init_response.xml");
            return new KmsCertificate(Value(cert, "KmsUri"), int.Parse(Value(cert, "UserIdFormat")), ulong.Parse(Value(cert, "UserKeyPeriod")),
                ulong.Parse(Value(cert, "UserKeyOffset")), 0, 0, Hex.Decode(Value(cert, "PubEncKey")), Hex.Decode(Value(cert, "PubAuthKey")));
        }

        private static void InstallSampleKeySet(ProvisioningFixture f)
        {
            XElement set = Load("test_key_prov_response.xml").Descendants().First(e => e.Name.LocalName == "KmsKeySet");
            f.Client.InstallKeySet(Value(set, "UserUri"), Hex.Decode(Value(set, "UserID")), ulong.Parse(Value(set, "KeyPeriodNo")),
                Hex.Decode(Value(set, "UserDecryptKey")), Hex.Decode(Value(set, "UserSigningKeySSK")), Hex.Decode(Value(set, "UserPubTokenPVT")));
        }

        private static ProvisioningFixture Provisioned(ulong ntpNow)
        {
            ProvisioningFixture f = new ProvisioningFixture();
            f.Clock.NtpSeconds = ntpNow;
            f.Client.InstallTransportKey(ProvisioningFixture.Trk);
            f.Client.InstallKmsCertificate(Certificate());
            Assert.AreEqual("localhost:8080", f.Client.List().Certificate.KmsUri);
            return f;
        }

        [TestMethod]
        public void TheSampleKeySetIsRefusedAtTheSamplesTime()
        {
            ulong sampleTime = KeyPeriod.NtpSeconds(new DateTime(2021, 5, 17, 13, 25, 16, DateTimeKind.Utc));
            Assert.AreEqual(1477ul, sampleTime / 2592000);
            ProvisioningFixture f = Provisioned(sampleTime);
            string before = f.StoredState();
            var e = ProvisioningProtocolTests.Refused(ProvisioningError.KeyPeriodRefused, () => InstallSampleKeySet(f));
            StringAssert.Contains(e.Message, "key period 625 is neither the current one (1477)");
            Assert.AreEqual(before, f.StoredState());
        }

        [TestMethod]
        public void TheSampleKeySetFailsTheRskCheckInItsOwnPeriod()
        {
            ProvisioningFixture f = Provisioned(625ul * 2592000 + 60);
            string before = f.StoredState();
            var e = ProvisioningProtocolTests.Refused(ProvisioningError.RskInvalid, () => InstallSampleKeySet(f));
            StringAssert.Contains(e.Message, "<[b]P + Z_T, RSK> != g");
            Assert.AreEqual(before, f.StoredState());
            Assert.AreEqual(0, f.Client.List().KeySetCount);
        }
    }
}
