using System;
using System.Threading;
using MikeyNano.Entropy;
using MikeyNano.Native;
using MikeyNano.Radio;
using MikeyNano.Radio.Boards;
using MikeyNano.RadioApp.Board;
using nanoFramework.Runtime.Native;

namespace MikeyNano.RadioApp
{
    /// <summary>
    /// The radio application a board runs (issue 13): picks the board profile for the firmware target, routes the
    /// profile's UART and I2S pins, opens the board's seams (provisioning UART, MIKEY and media sockets, push-to-talk,
    /// status LED, key storage on the internal flash, clock, console), opens the key store under the device key, and
    /// runs the radio (src/MikeyNano.Radio/Radio, RadioDevice): the power-on self-test, the key set of the current key
    /// period from the key store, provisioning on the profile's UART and MIKEY on UDP 2269, until the power goes. The
    /// Wi-Fi station and the peers come from the key store's network settings, applied at boot and after every
    /// provisioning commit.
    /// firmware/BUILD.md says what the console prints at first boot.
    /// </summary>
    public static class Program
    {
        /// <summary>MIKEY's UDP port (RFC 3830 section 7).</summary>
        internal const int MikeyPort = 2269;
        /// <summary>The SRTP media port (even, as RTP wants: RFC 3550 section 11).</summary>
        internal const int MediaPort = 5004;

        public static void Main()
        {
            ConsoleLines console = new ConsoleLines();
            string target = SystemInfo.TargetName;
            console.WriteLine("MikeyNano radio on firmware target " + target);
            BoardProfile profile;
            try
            {
                profile = BoardSelection.ForTarget(target);
            }
            catch (BoardProfileException e)
            {
                console.WriteLine(e.Message);
                Thread.Sleep(Timeout.Infinite);
                return;
            }
            string[] lines = BoardSummary.Lines(profile);
            for (int i = 0; i < lines.Length; i++) console.WriteLine(lines[i]);
            BoardSeams seams = BoardSeams.Open(profile, console);
            console.WriteLine("native arithmetic backend: " + (NativeArithmetic.IsPresent ? "present" : "absent (managed arithmetic: seconds per call)"));
            console.WriteLine("clock: " + (seams.Clock.NtpSeconds == 0 ? "not set (waiting for SNTP)" : "NTP " + seams.Clock.NtpSeconds));

            IRandomSource rng = new DeviceRandomSource();
            KeyStore store = OpenKeyStore(seams, rng, console);
            RadioProvisioningDevice device = new RadioProvisioningDevice(profile.Name, VersionOf(typeof(Program)), VersionOf(typeof(RadioDevice)),
                new PowerOnRadioSelfTest(rng), console);
            SerialProvisioning provisioning = new SerialProvisioning(seams.Provisioning, store, seams.Clock, rng, device, console);
            console.WriteLine("provisioning: served on " + profile.Provisioning.Port + " (docs/provisioning.md)");

            RadioSettings settings = SettingsOf(profile);
            ApplyNetworkSettings(store, settings, console);
            RadioDevice radio = new RadioDevice(RadioSeamsOf(seams, rng), settings, new StoredKeySource(store), device, provisioning);
            radio.Boot();
            uint applied = store.Sequence;
            while (true)
            {
                try
                {
                    radio.Poll();
                }
                catch (Exception e)
                {
                    // the radio refuses bad input itself (typed MikeyNano errors); this is the board failing under it (a
                    // socket or the UART): say so and go on rather than leave a radio that stopped silently
                    console.WriteLine("radio: " + e.GetType().Name + ": " + e.Message + " (polling again in 1 s)");
                    Thread.Sleep(1000);
                }
                if (store.Sequence == applied) continue;
                // a provisioning commit: the network settings may have changed with it (the radio reloads its keys itself)
                applied = store.Sequence;
                ApplyNetworkSettings(store, settings, console);
            }
        }

        /// <summary>The key store's network settings (docs/provisioning.md, "install network settings"): the Wi-Fi
        /// station through System.Net's Wireless80211Configuration, and the peers push-to-talk calls. The peers array is
        /// replaced whole, so a call being keyed keeps the list it started with.</summary>
        private static void ApplyNetworkSettings(KeyStore store, RadioSettings settings, IConsole console)
        {
            NetworkSettings network = store.Network;
            if (network == null)
            {
                settings.Peers = new RadioPeer[0];
                console.WriteLine("network settings: none in the key store (install them over the provisioning link); "
                    + "Wi-Fi runs on the firmware's stored station settings; push-to-talk calls nobody");
                return;
            }
            int wifi = WifiStation.Apply(network.Ssid, store.NetworkPassphrase());
            console.WriteLine("Wi-Fi: SSID " + network.Ssid + (network.HasPassphrase ? " (WPA2, passphrase from the key store)" : " (open)") + ": "
                + (wifi == WifiStation.Configured ? "saved in the firmware; it connects after the next reset"
                    : wifi == WifiStation.Unchanged ? "as configured" : "the firmware has no wireless configuration"));
            settings.Peers = network.Peers();
            for (int i = 0; i < settings.Peers.Length; i++)
            {
                RadioPeer p = settings.Peers[i];
                console.WriteLine("peer " + (i + 1) + ": " + p.Uri + " at " + p.Host + ", MIKEY " + p.MikeyPort + ", media " + p.MediaPort);
            }
            if (settings.Peers.Length == 0) console.WriteLine("peers: none (push-to-talk calls nobody; incoming calls are answered)");
        }

        /// <summary>The key store on the internal flash under the device key (docs/provisioning.md, "Key store"); the
        /// device key leaves memory once the store has derived its keys from it.</summary>
        private static KeyStore OpenKeyStore(BoardSeams seams, IRandomSource rng, IConsole console)
        {
            byte[] deviceKey = DeviceKeyFile.LoadOrCreate(seams.Storage, rng, console);
            try
            {
                KeyStore store = new KeyStore(seams.Storage, deviceKey);
                console.WriteLine("key store: files " + FlashKeyStorage.Prefix + "keystore-* on the internal flash, sequence " + store.Sequence
                    + (store.HasTransportKey ? ", transport key installed" : ", no transport key (first use)")
                    + ", " + store.KeySetCount + " key set(s)");
                return store;
            }
            finally
            {
                for (int i = 0; i < deviceKey.Length; i++) deviceKey[i] = 0;
            }
        }

        private static RadioSeams RadioSeamsOf(BoardSeams seams, IRandomSource rng)
        {
            RadioSeams io = new RadioSeams();
            io.Console = seams.Console;
            io.Indicator = seams.Led;
            io.Clock = seams.Clock;
            io.PushToTalk = seams.PushToTalk;
            io.MikeySocket = seams.Mikey;
            io.MediaSocket = seams.Media;
            io.Storage = seams.Storage;
            io.Random = rng;
            // no I2S driver is in the API lists (firmware/BUILD.md): the microphone is the digital milliwatt and there is
            // no speaker (the radio decrypts, checks and counts the frames it receives)
            io.AudioSource = new MilliwattSource();
            return io;
        }

        /// <summary>The radio's settings from the board profile: the table policy (precomputed tables only where the
        /// profile says the heap holds them). The peers come from the key store (ApplyNetworkSettings).</summary>
        private static RadioSettings SettingsOf(BoardProfile profile)
        {
            RadioSettings settings = new RadioSettings();
            settings.Precompute = profile.PrecomputeTables;
            return settings;
        }

        private static string VersionOf(System.Type type)
        {
            return type.Assembly.GetName().Version.ToString();
        }
    }
}
