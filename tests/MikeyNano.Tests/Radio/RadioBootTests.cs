using MikeyNano.Errors;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Radio;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MikeyNano.Tests.Radio
{
    /// <summary>The radio's boot and its idle states without valid keys: what it shows, what it refuses, that it stays
    /// up. No SAKKE here (quick tier); calls are in RadioCallTests.</summary>
    [TestClass]
    public class RadioBootTests
    {
        private sealed class CountingKeySource : IRadioKeySource
        {
            public int Opened;
            public bool Invalid;
            public UserKeyMaterial Open(ulong ntpSeconds, bool precompute)
            {
                Opened++;
                if (Invalid) throw new InvalidKeyException("user keys: RSK pairing check failed (test)");
                return null;
            }
        }

        private sealed class OneShotProvisioning : IRadioProvisioning
        {
            public int Served;
            public bool ChangeOnNextServe;
            public bool Serve(int timeoutMs)
            {
                Served++;
                bool changed = ChangeOnNextServe;
                ChangeOnNextServe = false;
                return changed;
            }
        }

        private static TestRadio NewRadio(ulong ntp)
        {
            return new TestRadio(new MemoryNetwork(), "10.0.0.1", new ManualClock(ntp), null);
        }

        [TestMethod]
        public void ABootWithoutKeysShowsEachStateAndWaitsForProvisioning()
        {
            TestRadio r = NewRadio(TestRadio.Now);
            CountingKeySource keys = new CountingKeySource();
            Assert.AreEqual((int)RadioState.NoKeys, (int)r.Boot(keys, 0, null, 1));
            Assert.AreEqual(3, r.Console.StateCount);
            Assert.AreEqual((int)RadioState.SelfTest, r.Console.State(0));
            Assert.AreEqual((int)RadioState.LoadingKeys, r.Console.State(1));
            Assert.AreEqual((int)RadioState.NoKeys, r.Console.State(2));
            Assert.AreEqual(1, keys.Opened);
            Assert.AreEqual(1, r.Console.CountLines("state NoKeys: no key set for NTP time " + TestRadio.Now));
            Assert.IsNull(r.Device.Keys);
        }

        [TestMethod]
        public void AFailedSelfTestLoadsNoKeysAndKeysNoCall()
        {
            TestRadio r = NewRadio(TestRadio.Now);
            CountingKeySource keys = new CountingKeySource();
            Assert.AreEqual((int)RadioState.SelfTestFailed, (int)r.Boot(keys, 2, null, 1));
            Assert.AreEqual(0, keys.Opened);
            Assert.AreEqual(1, r.Console.CountLines("state SelfTestFailed: 2 self-test(s) failed"));
            r.Ptt.IsPressed = true;
            r.Mikey.Inject(new byte[] { 1, 0, 26 }, "10.0.0.9", 2269);
            r.Poll(3);
            Assert.AreEqual((int)RadioState.SelfTestFailed, (int)r.Device.State);
            Assert.AreEqual(0, r.Mikey.Sent);
            Assert.AreEqual(0, r.Media.Sent);
            Assert.AreEqual(1, r.Mikey.Queued); // not even read
        }

        [TestMethod]
        public void AnUnsetClockLoadsNoKeys()
        {
            TestRadio r = NewRadio(0);
            CountingKeySource keys = new CountingKeySource();
            Assert.AreEqual((int)RadioState.NoKeys, (int)r.Boot(keys, 0, null, 1));
            Assert.AreEqual(0, keys.Opened);
            Assert.AreEqual(1, r.Console.CountLines("the clock is not set"));
        }

        [TestMethod]
        public void AKeySetThatDoesNotValidateIsLoggedAndTheRadioWaits()
        {
            TestRadio r = NewRadio(TestRadio.Now);
            CountingKeySource keys = new CountingKeySource();
            keys.Invalid = true;
            Assert.AreEqual((int)RadioState.NoKeys, (int)r.Boot(keys, 0, null, 1));
            Assert.AreEqual(1, r.Device.Counters.InvalidKeySets);
            Assert.AreEqual(1, r.Console.CountLines("does not validate: user keys: RSK pairing check failed (test)"));
        }

        [TestMethod]
        public void DatagramsWithoutKeysAreCountedAndIgnored()
        {
            TestRadio r = NewRadio(TestRadio.Now);
            r.Boot(new CountingKeySource(), 0, null, 1);
            r.Mikey.Inject(new byte[] { 1, 0, 26, 0xFF }, "10.0.0.9", 4000);
            r.Media.Inject(new byte[] { 0x80, 0, 0, 1, 0, 0, 0, 0, 1, 2, 3, 4, 5 }, "10.0.0.9", 4002);
            r.Media.Inject(new byte[] { 0x80 }, "10.0.0.9", 4002);
            r.Poll(3);
            Assert.AreEqual((int)RadioState.NoKeys, (int)r.Device.State);
            Assert.AreEqual(1, r.Device.Counters.MessagesRefused);
            Assert.AreEqual(2, r.Device.Counters.PacketsRefused);
            Assert.AreEqual(1, r.Console.CountLines("I_MESSAGE from 10.0.0.9:4000 ignored: no keys"));
        }

        [TestMethod]
        public void ProvisioningThatChangesTheKeySetMakesTheRadioLoadItAgain()
        {
            TestRadio r = NewRadio(TestRadio.Now);
            CountingKeySource keys = new CountingKeySource();
            OneShotProvisioning prov = new OneShotProvisioning();
            r.Boot(keys, 0, prov, 1);
            r.Poll(2);
            Assert.AreEqual(1, keys.Opened);
            Assert.AreEqual(2, prov.Served);
            prov.ChangeOnNextServe = true;
            r.Poll(1);
            Assert.AreEqual(2, keys.Opened);
            Assert.AreEqual(1, r.Console.CountLines("provisioning changed the key set"));
        }

        [TestMethod]
        public void TheSavedReplayFloorIsReadAtBootAndAShortRecordIgnored()
        {
            TestRadio r = NewRadio(TestRadio.Now);
            r.Storage.Write(RadioDevice.ReplayRecord, new byte[] { 0, 0, 0, 0, 0xED, 0, 0, 0x10 }, 0, 8);
            r.Boot(new CountingKeySource(), 0, null, 1);
            Assert.AreEqual(1, r.Console.CountLines("messages with T at or before NTP " + 0xED000010UL + " are refused"));

            TestRadio s = NewRadio(TestRadio.Now);
            s.Storage.Write(RadioDevice.ReplayRecord, new byte[7], 0, 7);
            s.Boot(new CountingKeySource(), 0, null, 1);
            Assert.AreEqual(1, s.Console.CountLines("replay record of 7 octets ignored"));
        }

        [TestMethod]
        public void PollingBeforeBootIsRefused()
        {
            TestRadio r = NewRadio(TestRadio.Now);
            r.Device = new RadioDevice(r.Seams(1), r.Settings, new CountingKeySource(), new FixedSelfTest(0), null);
            bool refused = false;
            try { r.Device.Poll(); } catch (System.InvalidOperationException) { refused = true; }
            Assert.IsTrue(refused);
        }
    }
}
