using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Hashing;
using MikeyNano.Radio;
using MikeyNano.Radio.Provisioning;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Radio
{
    /// <summary>
    /// Install network settings (issue 13 Deliver 2, docs/provisioning.md): the Wi-Fi station's SSID and passphrase
    /// (wrapped under TrK on the line and under the store's key at rest) and the peers, stored power-safe with the rest
    /// of the key store, reported by list and device info without the passphrase; refused requests change nothing;
    /// a store written in format 1 (before network settings) is still read.
    /// </summary>
    [TestClass]
    public class NetworkSettingsTests
    {
        private const string Passphrase = "correct horse battery staple";

        private static RadioPeer[] Peers()
        {
            return new RadioPeer[] { new RadioPeer("sip:bob@example.org", "192.168.1.20", 2269, 5004), new RadioPeer("sip:carol@example.org", "10.0.0.3", 4000, 4002) };
        }

        private static ProvisioningFixture WithNetwork()
        {
            ProvisioningFixture f = new ProvisioningFixture();
            f.Client.InstallTransportKey(ProvisioningFixture.Trk);
            f.Client.InstallNetworkSettings("radio-net", Ascii.Bytes(Passphrase), Peers());
            return f;
        }

        [TestMethod]
        public void NetworkSettingsAreStoredAndListedWithoutThePassphrase()
        {
            ProvisioningFixture f = WithNetwork();
            KeyStoreListing list = f.Client.List();
            Assert.AreEqual("radio-net", list.Network.Ssid);
            Assert.IsTrue(list.Network.HasPassphrase);
            Assert.AreEqual(2, list.Network.PeerCount);
            Assert.AreEqual("sip:carol@example.org", list.Network.Peer(1).Uri);
            Assert.AreEqual("10.0.0.3", list.Network.Peer(1).Host);
            Assert.AreEqual(4000, list.Network.Peer(1).MikeyPort);
            Assert.AreEqual(4002, list.Network.Peer(1).MediaPort);
            Assert.IsTrue(f.Client.GetDeviceInfo().HasNetworkSettings);

            KeyStore boot = new KeyStore(f.Storage, ProvisioningFixture.DeviceKey);
            Assert.AreEqual("radio-net", boot.Network.Ssid);
            Assert.AreEqual(Passphrase, boot.NetworkPassphrase());
            Assert.AreEqual("192.168.1.20", boot.Network.Peer(0).Host);
            byte[] image = f.Storage.Read("keystore-b");
            Assert.IsTrue(image.Length > 100);
            Assert.AreEqual(-1, KeyStoreTests.IndexOf(image, Ascii.Bytes(Passphrase), Passphrase.Length), "the passphrase is wrapped at rest");

            f.Client.InstallNetworkSettings("open-net", null, null); // replaces them whole: an open network, no peers
            boot = new KeyStore(f.Storage, ProvisioningFixture.DeviceKey);
            Assert.AreEqual("open-net", boot.Network.Ssid);
            Assert.IsFalse(boot.Network.HasPassphrase);
            Assert.IsNull(boot.NetworkPassphrase());
            Assert.AreEqual(0, boot.Network.PeerCount);
            Assert.IsFalse(f.Client.List().Network.HasPassphrase);
        }

        [TestMethod]
        public void BadSettingsAreRefusedAndChangeNothing()
        {
            ProvisioningFixture f = WithNetwork();
            string stored = f.StoredState();
            byte[] good = Ascii.Bytes(Passphrase);
            ProvisioningProtocolTests.Refused(ProvisioningError.MalformedPayload, delegate { f.Client.InstallNetworkSettings("", good, null); });
            ProvisioningProtocolTests.Refused(ProvisioningError.MalformedPayload, delegate
            {
                f.Client.InstallNetworkSettings("an-ssid-of-thirty-three-octets-xy", good, null);
            });
            ProvisioningProtocolTests.Refused(ProvisioningError.MalformedPayload, delegate { f.Client.InstallNetworkSettings("net", Ascii.Bytes("7 chars"), null); });
            ProvisioningProtocolTests.Refused(ProvisioningError.MalformedPayload, delegate { f.Client.InstallNetworkSettings("net", Ascii.Repeat(0x41, 65), null); });
            ProvisioningProtocolTests.Refused(ProvisioningError.MalformedPayload, delegate { f.Client.InstallNetworkSettings("net", new byte[] { 0x41, 0x41, 0x41, 0x41, 0xC3, 0x41, 0x41, 0x41 }, null); });
            string[] hosts = new string[] { "10.0.0.256", "10.0.0", "10.0.0.1.2", "radio.example.org", "010.0.0.1", "" };
            for (int i = 0; i < hosts.Length; i++)
            {
                RadioPeer[] peers = new RadioPeer[] { new RadioPeer("sip:bob@example.org", hosts[i], 2269, 5004) };
                ProvisioningException e = ProvisioningProtocolTests.Refused(ProvisioningError.MalformedPayload, delegate { f.Client.InstallNetworkSettings("net", good, peers); });
                Assert.IsTrue(e.Message.IndexOf("dotted IPv4") >= 0, e.Message);
            }
            RadioPeer[] portZero = new RadioPeer[] { new RadioPeer("sip:bob@example.org", "10.0.0.2", 0, 5004) };
            ProvisioningProtocolTests.Refused(ProvisioningError.MalformedPayload, delegate { f.Client.InstallNetworkSettings("net", good, portZero); });
            RadioPeer[] noUri = new RadioPeer[] { new RadioPeer("", "10.0.0.2", 2269, 5004) };
            ProvisioningProtocolTests.Refused(ProvisioningError.MalformedPayload, delegate { f.Client.InstallNetworkSettings("net", good, noUri); });
            RadioPeer[] five = new RadioPeer[5];
            for (int i = 0; i < five.Length; i++) five[i] = new RadioPeer("sip:p" + i + "@example.org", "10.0.0." + (i + 1), 2269, 5004);
            ProvisioningProtocolTests.Refused(ProvisioningError.MalformedPayload, delegate { f.Client.InstallNetworkSettings("net", good, five); });

            ProvisioningClient wrong = new ProvisioningClient(f.Link, f.Clock);
            byte[] key = (byte[])ProvisioningFixture.Trk.Clone();
            key[5] ^= 0x01;
            wrong.UseTransportKey(key);
            ProvisioningProtocolTests.Refused(ProvisioningError.MacMismatch, delegate { wrong.InstallNetworkSettings("evil-twin", good, null); });
            Assert.AreEqual(stored, f.StoredState());
        }

        [TestMethod]
        public void EraseKeepsTheNetworkSettingsUnlessItErasesEverything()
        {
            ProvisioningFixture f = WithNetwork();
            f.Client.Erase(ProvisioningCommand.EraseKeySetsAndCertificate);
            Assert.AreEqual("radio-net", new KeyStore(f.Storage, ProvisioningFixture.DeviceKey).Network.Ssid);
            f.Client.Erase(ProvisioningCommand.EraseAll);
            Assert.IsNull(new KeyStore(f.Storage, ProvisioningFixture.DeviceKey).Network);
        }

        [TestMethod]
        public void APowerCutDuringTheUpdateLeavesTheOldOrTheNewSettings()
        {
            ProvisioningFixture probe = WithNetwork();
            probe.Storage.PowerOn();
            probe.Client.InstallNetworkSettings("next-net", Ascii.Bytes("another passphrase"), null);
            int units = probe.Storage.Spent; // octets written and records deleted by one update
            Assert.IsTrue(units > 100, "units " + units);
            int cuts = 0;
            for (int mix = 0; mix < 2; mix++)
                for (int budget = 0; budget <= units; budget = NextCut(budget, units))
                {
                    ProvisioningFixture f = WithNetwork();
                    string old = f.StoredState();
                    f.Storage.MixOnCut = mix == 1;
                    f.Storage.Budget = budget;
                    bool failed = false;
                    try
                    {
                        f.Client.InstallNetworkSettings("next-net", Ascii.Bytes("another passphrase"), null);
                    }
                    catch (ProvisioningException e)
                    {
                        Assert.AreEqual(ProvisioningError.Name(ProvisioningError.StorageFailed), ProvisioningError.Name(e.Error));
                        failed = true;
                        cuts++;
                    }
                    f.Storage.PowerOn();
                    KeyStore boot = new KeyStore(f.Storage, ProvisioningFixture.DeviceKey);
                    if (f.StoredState() == old) { Assert.IsTrue(failed, "budget " + budget + ": an update that answered ok is in force"); continue; }
                    Assert.AreEqual("next-net", boot.Network.Ssid, "budget " + budget);
                    Assert.AreEqual("another passphrase", boot.NetworkPassphrase());
                    Assert.IsTrue(boot.HasTransportKey);
                }
            Assert.IsTrue(cuts > 10, "cuts " + cuts);
        }

        [TestMethod]
        public void AStoreWrittenInFormatOneIsReadAndWrittenAgainInFormatTwo()
        {
            MemoryKeyStorage storage = new MemoryKeyStorage();
            KeyStore store = new KeyStore(storage, ProvisioningFixture.DeviceKey);
            KeyStoreImage image = KeyStoreTests.ImageWith(store, 1);
            byte[] two = image.Encode();
            Assert.AreEqual(KeyStoreImage.Format, (int)two[4]);
            Assert.AreEqual(0, (int)two[two.Length - 1], "no network settings");
            byte[] one = new byte[two.Length - 1]; // format 1: the same fields without the network settings' octet
            System.Array.Copy(two, one, one.Length);
            one[4] = KeyStoreImage.FormatWithoutNetwork;
            new KeyStoreSlots(storage, Hmac.Sha256(ProvisioningFixture.DeviceKey, Utf8.Encode("MikeyNano key store seal key"))).Write(0, 7, one);

            KeyStore boot = new KeyStore(storage, ProvisioningFixture.DeviceKey);
            Assert.AreEqual(7u, boot.Sequence);
            Assert.IsTrue(boot.HasTransportKey);
            Assert.AreEqual(1, boot.KeySetCount);
            Assert.IsNull(boot.Network);
            Assert.AreEqual(Hex.Encode(two), Hex.Encode(boot.Image.Encode()));

            one[4] = 3; // a format this firmware does not know: the slot is not used
            new KeyStoreSlots(storage, Hmac.Sha256(ProvisioningFixture.DeviceKey, Utf8.Encode("MikeyNano key store seal key"))).Write(1, 8, one);
            Assert.AreEqual(7u, new KeyStore(storage, ProvisioningFixture.DeviceKey).Sequence);

            boot.Commit(boot.Image);
            Assert.AreEqual(KeyStoreImage.Format, (int)storage.Read("keystore-b")[4]);
        }

        /// <summary>Every unit at both ends of the update (the first deletes and octets, the seal and the final
        /// deletes), every 61st between (every unit: tests/MikeyNano.HostTests/Provisioning/KeyStorePowerCutTests).</summary>
        private static int NextCut(int budget, int units)
        {
            if (budget < 4 || budget >= units - 44) return budget + 1;
            return budget + 61 < units - 44 ? budget + 61 : units - 44;
        }
    }
}
