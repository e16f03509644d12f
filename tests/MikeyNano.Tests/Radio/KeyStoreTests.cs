using MikeyNano.Bytes;
using MikeyNano.Radio;
using MikeyNano.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Radio
{
    /// <summary>
    /// The key store (issue 13 Deliver 6): two sealed slots, the newer valid one in force, secrets wrapped at rest,
    /// and power cuts at sample points of an update (every octet: tests/MikeyNano.HostTests/Provisioning/KeyStorePowerCutTests).
    /// </summary>
    [TestClass]
    public class KeyStoreTests
    {
        public static StoredKeySet FakeKeySet(KeyStore store, string uri, ulong period, byte fill)
        {
            return new StoredKeySet(uri, Ascii.Repeat(fill, 32), period, Ascii.Repeat(fill, 65), store.Wrap(Ascii.Repeat((byte)(fill + 0x80), 257)),
                store.Wrap(Ascii.Repeat((byte)(fill + 0x80), 32)));
        }

        internal static KeyStoreImage ImageWith(KeyStore store, int keySets)
        {
            StoredKeySet[] sets = new StoredKeySet[keySets];
            for (int i = 0; i < keySets; i++) sets[i] = FakeKeySet(store, "sip:user" + i + "@example.org", 236, (byte)(0x10 + i));
            return new KeyStoreImage(store.Wrap(ProvisioningFixture.Trk), ProvisioningFixture.StreamwideCertificate(), sets);
        }

        [TestMethod]
        public void ACommittedImageIsWhatTheNextBootFinds()
        {
            MemoryKeyStorage storage = new MemoryKeyStorage();
            KeyStore store = new KeyStore(storage, ProvisioningFixture.DeviceKey);
            Assert.IsFalse(store.HasTransportKey);
            Assert.AreEqual(0u, store.Sequence);
            KeyStoreImage one = ImageWith(store, 1);
            store.Commit(one);
            Assert.IsNotNull(storage.Read("keystore-a.seal"));
            KeyStoreImage two = ImageWith(store, 2);
            store.Commit(two);
            Assert.IsNull(storage.Read("keystore-a.seal"), "the superseded slot is removed");
            Assert.IsNull(storage.Read("keystore-a"));

            KeyStore boot = new KeyStore(storage, ProvisioningFixture.DeviceKey);
            Assert.AreEqual(2u, boot.Sequence);
            Assert.AreEqual(Hex.Encode(two.Encode()), Hex.Encode(boot.Image.Encode()));
            Assert.IsTrue(boot.HasTransportKey);
            Expect.Hex(Hex.Encode(ProvisioningFixture.Trk), boot.TransportKey(), "TrK");
            Assert.AreEqual("sip:user1@example.org", boot.GetKeySet(1).UserUri);
            Expect.Hex(Hex.Encode(Ascii.Repeat(0x91, 257)), boot.Unwrap(boot.GetKeySet(1).WrappedRsk), "RSK");
        }

        [TestMethod]
        public void SecretsAreNotInClearAtRest()
        {
            MemoryKeyStorage storage = new MemoryKeyStorage();
            KeyStore store = new KeyStore(storage, ProvisioningFixture.DeviceKey);
            store.Commit(ImageWith(store, 1));
            byte[] data = storage.Read("keystore-a");
            Assert.IsTrue(data.Length > 300);
            Assert.AreEqual(-1, IndexOf(data, ProvisioningFixture.Trk, 8), "TrK");
            Assert.AreEqual(-1, IndexOf(data, Ascii.Repeat(0x90, 32), 8), "RSK/SSK");
            Assert.IsTrue(IndexOf(data, Ascii.Repeat(0x10, 65), 65) >= 0, "the PVT is public and stored as it is");
        }

        [TestMethod]
        public void AnotherDeviceKeyOrAnAlteredSlotFindsNothing()
        {
            MemoryKeyStorage storage = new MemoryKeyStorage();
            KeyStore store = new KeyStore(storage, ProvisioningFixture.DeviceKey);
            store.Commit(ImageWith(store, 1));
            byte[] other = (byte[])ProvisioningFixture.DeviceKey.Clone();
            other[31] ^= 1;
            Assert.IsFalse(new KeyStore(storage, other).HasTransportKey, "the seal is keyed by the device key");
            storage.Corrupt("keystore-a", 100);
            Assert.IsFalse(new KeyStore(storage, ProvisioningFixture.DeviceKey).HasTransportKey);
            Assert.AreEqual(0u, new KeyStore(storage, ProvisioningFixture.DeviceKey).Sequence);
        }

        [TestMethod]
        public void APowerCutLeavesTheOldOrTheNewImage()
        {
            int[] cuts = new int[] { 0, 1, 2, 500, 1000 };
            for (int mix = 0; mix < 2; mix++)
                for (int c = 0; c <= cuts.Length; c++)
                {
                    MemoryKeyStorage storage = new MemoryKeyStorage();
                    KeyStore store = new KeyStore(storage, ProvisioningFixture.DeviceKey);
                    KeyStoreImage old = ImageWith(store, 1);
                    store.Commit(old);
                    KeyStoreImage next = ImageWith(store, 2);
                    storage.MixOnCut = mix == 1;
                    storage.Budget = c < cuts.Length ? cuts[c] : 100000;
                    try { store.Commit(next); } catch (PowerCutException) { }
                    bool cut = storage.Budget == 0;
                    storage.PowerOn();
                    string found = Hex.Encode(new KeyStore(storage, ProvisioningFixture.DeviceKey).Image.Encode());
                    if (found != Hex.Encode(old.Encode()))
                        Assert.AreEqual(Hex.Encode(next.Encode()), found, "cut " + c + " mix " + mix);
                    else
                        Assert.IsTrue(cut, "an update that ran to its end must be in force");
                }
        }

        /// <summary>Where the first <paramref name="length"/> octets of <paramref name="what"/> occur in <paramref name="data"/> (-1: nowhere).</summary>
        internal static int IndexOf(byte[] data, byte[] what, int length)
        {
            for (int i = 0; i + length <= data.Length; i++)
                if (ConstantTime.AreEqual(data, i, what, 0, length)) return i;
            return -1;
        }
    }
}
