using System;
using MikeyNano.Bytes;
using MikeyNano.Radio;
using MikeyNano.Tests.Radio;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Provisioning
{
    /// <summary>
    /// Issue 13 Deliver 6 / Tests "Power cut": a key-store update cut at every unit of storage work (each octet of
    /// each write, each delete, so also every write boundary), with the cut write leaving either only the octets it
    /// got to or those over the old record; after each cut a restart finds the old image or the new one, whole, never
    /// a mix and never nothing. Updates: a key set added, the transport key changed, everything erased, and the first
    /// commit on an empty store (where "nothing" is the old state).
    /// </summary>
    [TestClass]
    public class KeyStorePowerCutTests
    {
        private delegate KeyStoreImage Update(KeyStore store, KeyStoreImage old);

        private static KeyStoreImage ImageWith(KeyStore store, int keySets)
        {
            var sets = new StoredKeySet[keySets];
            for (int i = 0; i < keySets; i++) sets[i] = KeyStoreTests.FakeKeySet(store, $"sip:user{i}@example.org", 236, (byte)(0x10 + i));
            return new KeyStoreImage(store.Wrap(ProvisioningFixture.Trk), ProvisioningFixture.StreamwideCertificate(), sets);
        }

        private static void CutEverywhere(int oldKeySets, Update update, string what)
        {
            int total = -1, cuts = 0, sawOld = 0, sawNew = 0;
            for (int mix = 0; mix < 2; mix++)
                for (int budget = 0; total < 0 || budget <= total; budget++)
                {
                    MemoryKeyStorage storage = new MemoryKeyStorage();
                    KeyStore store = new KeyStore(storage, ProvisioningFixture.DeviceKey);
                    KeyStoreImage old = oldKeySets < 0 ? KeyStoreImage.Empty() : ImageWith(store, oldKeySets);
                    if (oldKeySets >= 0)
                    {
                        store.Commit(old);
                        store.Commit(old); // in force in slot b: the update goes to slot a again
                    }
                    KeyStoreImage next = update(store, old);
                    storage.PowerOn();
                    storage.MixOnCut = mix == 1;
                    storage.Budget = total < 0 ? -1 : budget;
                    bool cut = false;
                    try { store.Commit(next); }
                    catch (PowerCutException) { cut = true; cuts++; }
                    if (total < 0) { total = storage.Spent; budget = -1; continue; } // the first run measures the update
                    storage.PowerOn();
                    string found = Hex.Encode(new KeyStore(storage, ProvisioningFixture.DeviceKey).Image.Encode());
                    if (found == Hex.Encode(old.Encode())) { sawOld++; Assert.IsTrue(cut, $"{what}: complete update not in force"); }
                    else { sawNew++; Assert.AreEqual(Hex.Encode(next.Encode()), found, $"{what}: budget {budget}, mix {mix}"); }
                }
            Assert.IsTrue(total > 40, $"{what}: {total} units");
            Assert.IsTrue(sawOld > total && sawNew >= 2, $"{what}: {sawOld} old, {sawNew} new of {cuts} cuts over {total} units");
            Console.WriteLine($"{what}: {total} units of storage work, {cuts} cuts, old image {sawOld} times, new {sawNew}");
        }

        [TestMethod]
        public void AKeySetAddedIsAllOrNothing()
        {
            CutEverywhere(2, (s, old) => old.WithKeySets(new[] { old.KeySets[0], old.KeySets[1],
                KeyStoreTests.FakeKeySet(s, "sip:new@example.org", 237, 0x42) }), "key set added");
        }

        [TestMethod]
        public void ATransportKeyChangeIsAllOrNothing()
        {
            CutEverywhere(1, (s, old) => old.WithTrk(s.Wrap(new byte[32])), "transport key changed");
        }

        [TestMethod]
        public void EraseAllIsAllOrNothing()
        {
            CutEverywhere(3, (s, old) => KeyStoreImage.Empty(), "erase all");
        }

        [TestMethod]
        public void TheFirstCommitIsAllOrNothing()
        {
            CutEverywhere(-1, (s, old) => ImageWith(s, 1), "first commit");
        }
    }
}
