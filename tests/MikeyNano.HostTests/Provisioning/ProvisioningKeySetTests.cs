using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Errors;
using MikeyNano.Identity;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Radio;
using MikeyNano.Radio.Provisioning;
using MikeyNano.Tests.Radio;
using MikeyNano.Tests.Sakke;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Provisioning
{
    /// <summary>
    /// Install key set end to end (client, framing, MAC, unwrap, the device's checks, the key store) with Streamwide's
    /// published keys for Alice (key period 236 of kms.mydev.streamwide.com), and each refusal the issue names: another
    /// user, another key period, an invalid RSK, an invalid SSK, a key wrapped under another key, each with its error
    /// code and the stored state unchanged.
    /// </summary>
    [TestClass]
    public class ProvisioningKeySetTests
    {
        private static byte[] H(string hex) => Hex.Decode(hex);


        private static void Refused(ProvisioningFixture f, int error, string fragment, MikeyNano.Tests.Support.Expect.Body body)
        {
            string before = f.StoredState();
            ProvisioningException e = ProvisioningProtocolTests.Refused(error, body);
            StringAssert.Contains(e.Message, fragment);
            Assert.AreEqual(before, f.StoredState(), "the store is unchanged");
        }

        [TestMethod]
        public void AValidKeySetIsStoredAndOpensAfterARestart()
        {
            ProvisioningFixture f = new ProvisioningFixture().WithTrkAndCertificate();
            var progress = new System.Collections.Generic.List<string>();
            f.Client.Progress = (step, done, total) => progress.Add($"{step} {done}/{total}");
            f.InstallAlice();
            CollectionAssert.Contains(progress, "install-key-set done 1/1");
            Assert.IsTrue(progress.Exists(p => p.StartsWith("sending install-key-set ")), string.Join("; ", progress));

            KeyStoreListing list = f.Client.List();
            Assert.AreEqual(1, list.KeySetCount);
            Assert.AreEqual(StreamwideVectors.AliceUri, list.UserUri(0));
            Assert.AreEqual(236ul, list.KeyPeriodNo(0));
            MikeyNano.Tests.Support.Expect.Hex(StreamwideVectors.AliceUid, list.UserId(0), "UID");

            KeyStore boot = new KeyStore(f.Storage, ProvisioningFixture.DeviceKey);
            UserKeyMaterial keys = boot.OpenKeySet(ProvisioningFixture.Now, false);
            Assert.AreEqual(StreamwideVectors.AliceUri, keys.Uri);
            Assert.AreEqual(236ul * 16777215, keys.ValidFrom);
            Assert.IsNull(boot.OpenKeySet(237ul * 16777215, false), "no key set for the next period");
            string rsk = Hex.Encode(H(StreamwideVectors.AliceRsk)), stored = Hex.Encode(f.Storage.Read("keystore-b"));
            Assert.IsFalse(stored.Contains(rsk.Substring(2, 64)) || stored.Contains(StreamwideVectors.AliceSsk), "RSK/SSK wrapped at rest");

            f.InstallAlice(); // the same user and period again: replaced, not added
            Assert.AreEqual(1, f.Client.List().KeySetCount);
        }

        [TestMethod]
        public void AKeySetForAnotherUserIsRefused()
        {
            ProvisioningFixture f = new ProvisioningFixture().WithTrkAndCertificate();
            Refused(f, ProvisioningError.UidMismatch, "'sip:bob@streamwide.com'", () => f.Client.InstallKeySet(StreamwideVectors.BobUri,
                H(StreamwideVectors.AliceUid), 236, H(StreamwideVectors.AliceRsk), H(StreamwideVectors.AliceSsk), H(StreamwideVectors.AlicePvt)));
            Refused(f, ProvisioningError.UidMismatch, "key period 237", () => f.Client.InstallKeySet(StreamwideVectors.AliceUri,
                H(StreamwideVectors.AliceUid), 237, H(StreamwideVectors.AliceRsk), H(StreamwideVectors.AliceSsk), H(StreamwideVectors.AlicePvt)));
        }

        [TestMethod]
        public void AKeySetForAnotherKeyPeriodIsRefused()
        {
            ProvisioningFixture f = new ProvisioningFixture().WithTrkAndCertificate();
            // the right UID for period 240 (so only the period check can refuse it), four periods ahead of the clock
            byte[] uid240 = MikeySakkeUid.Compute(StreamwideVectors.AliceUri, StreamwideVectors.KmsUri, 16777215, 0, 240);
            Refused(f, ProvisioningError.KeyPeriodRefused, "current one (236)", () => f.Client.InstallKeySet(StreamwideVectors.AliceUri,
                uid240, 240, H(StreamwideVectors.AliceRsk), H(StreamwideVectors.AliceSsk), H(StreamwideVectors.AlicePvt)));
            // Alice's real keys once the device's clock is two periods on
            f.Clock.NtpSeconds = 238ul * 16777215 + 5;
            Refused(f, ProvisioningError.KeyPeriodRefused, "current one (238)", () => f.InstallAlice());
        }

        [TestMethod]
        public void AnInvalidRskOrSskIsRefused()
        {
            ProvisioningFixture f = new ProvisioningFixture().WithTrkAndCertificate();
            byte[] offCurve = H(StreamwideVectors.AliceRsk);
            offCurve[256] ^= 1;
            Refused(f, ProvisioningError.RskInvalid, "not a point", () => f.Client.InstallKeySet(StreamwideVectors.AliceUri,
                H(StreamwideVectors.AliceUid), 236, offCurve, H(StreamwideVectors.AliceSsk), H(StreamwideVectors.AlicePvt)));
            Refused(f, ProvisioningError.RskInvalid, "!= g", () => f.Client.InstallKeySet(StreamwideVectors.AliceUri,
                H(StreamwideVectors.AliceUid), 236, H(StreamwideVectors.BobRsk), H(StreamwideVectors.AliceSsk), H(StreamwideVectors.AlicePvt)));
            Refused(f, ProvisioningError.SskInvalid, "does not validate against KPAK", () => f.Client.InstallKeySet(StreamwideVectors.AliceUri,
                H(StreamwideVectors.AliceUid), 236, H(StreamwideVectors.AliceRsk), H(StreamwideVectors.BobSsk), H(StreamwideVectors.BobPvt)));
        }

        [TestMethod]
        public void AKeyNotWrappedUnderTheTransportKeyIsRefused()
        {
            ProvisioningFixture f = new ProvisioningFixture().WithTrkAndCertificate();
            byte[] otherKek = new byte[32];
            Refused(f, ProvisioningError.UnwrapFailed, "the RSK", () => f.Client.InstallWrappedKeySet(StreamwideVectors.AliceUri,
                H(StreamwideVectors.AliceUid), 236, AesKeyWrap.WrapWithPadding(otherKek, H(StreamwideVectors.AliceRsk)),
                AesKeyWrap.WrapWithPadding(ProvisioningFixture.Trk, H(StreamwideVectors.AliceSsk)), H(StreamwideVectors.AlicePvt)));
            // the KMS's own wrap under the TrK (Annex D EncKeyContentType) is forwarded as it is
            f.Client.InstallWrappedKeySet(StreamwideVectors.AliceUri, H(StreamwideVectors.AliceUid), 236,
                AesKeyWrap.WrapWithPadding(ProvisioningFixture.Trk, H(StreamwideVectors.AliceRsk)),
                AesKeyWrap.WrapWithPadding(ProvisioningFixture.Trk, H(StreamwideVectors.AliceSsk)), H(StreamwideVectors.AlicePvt));
            Assert.AreEqual(1, f.Client.List().KeySetCount);
        }

        [TestMethod]
        public void TheStoreHoldsFourKeySetsAndANewCertificateDropsThem()
        {
            ProvisioningFixture f = new ProvisioningFixture().WithTrkAndCertificate();
            f.InstallAlice();
            f.Client.InstallKeySet(StreamwideVectors.BobUri, H(StreamwideVectors.BobUid), 236, H(StreamwideVectors.BobRsk),
                H(StreamwideVectors.BobSsk), H(StreamwideVectors.BobPvt));
            f.Client.InstallKeySet(StreamwideVectors.GmsUri, H(StreamwideVectors.GmsUid), 236, H(StreamwideVectors.GmsRsk),
                H(StreamwideVectors.GmsSsk), H(StreamwideVectors.GmsPvt));
            f.Client.InstallKeySet(StreamwideVectors.IwfUri, H(StreamwideVectors.IwfUid), 236, H(StreamwideVectors.IwfRsk),
                H(StreamwideVectors.IwfSsk), H(StreamwideVectors.IwfPvt));
            Assert.AreEqual(4, f.Client.List().KeySetCount);
            f.InstallAlice(); // a replacement still fits
            f.Client.Erase(ProvisioningCommand.EraseKeySets);
            Assert.AreEqual(0, f.Client.List().KeySetCount);

            f.InstallAlice();
            KmsCertificate c = ProvisioningFixture.StreamwideCertificate();
            f.Client.InstallKmsCertificate(new KmsCertificate(c.KmsUri, 2, c.UserKeyPeriod, c.UserKeyOffset, 0, ProvisioningFixture.Now + 99,
                c.PubEncKey, c.PubAuthKey));
            Assert.AreEqual(1, f.Client.List().KeySetCount, "same keys, new validity: key sets kept");
            f.Client.InstallKmsCertificate(new KmsCertificate(c.KmsUri, 2, 2592000, 0, 0, 0, c.PubEncKey, c.PubAuthKey));
            Assert.AreEqual(0, f.Client.List().KeySetCount, "other key periods: the key sets no longer match");
        }

        [TestMethod]
        public void AFifthKeySetIsRefusedStoreFull()
        {
            // a KMS of our own (SakkeKms, EccsiKms) issuing five users for the key period of Now
            var c = MikeyNano.Tests.Mikey.SakkeCallRoundTripTests.NewCommunity(31);
            ulong now = MikeyNano.Tests.Mikey.SakkeCallRoundTripTests.Now;
            ProvisioningFixture f = new ProvisioningFixture();
            f.Clock.NtpSeconds = now;
            f.Client.InstallTransportKey(ProvisioningFixture.Trk);
            f.Client.InstallKmsCertificate(new KmsCertificate(c.Kms.KmsUri, 2, c.Kms.UserKeyPeriod, c.Kms.UserKeyOffset, 0, 0,
                c.Kms.SakkePublicKey, c.Kms.Kpak));
            for (int i = 0; i < 5; i++)
            {
                string uri = $"sip:user{i}@example.org";
                byte[] id = IdentityScheme.Identifier(IdentityScheme.Uid3gpp, uri, c.Kms, now);
                byte[] ssk = c.Eccsi.Issue(id, c.Rng, out byte[] pvt);
                void Install() => f.Client.InstallKeySet(uri, id, c.Period, c.Sakke.IssueRsk(id), ssk, pvt);
                if (i < 4) Install();
                else Refused(f, ProvisioningError.StoreFull, "4 key sets", Install);
            }
        }
    }
}
