using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using MikeyNano.Bytes;
using MikeyNano.HostPlatform;
using MikeyNano.HostPlatform.Radio;
using System.Reflection;
using MikeyNano.Radio;
using MikeyNano.Radio.Boards;
using MikeyNano.Srtp;

namespace MikeyNano.Cli
{
    /// <summary>
    /// `mikeynano radio`: the emulated radio, the device's RadioDevice on host seams: UDP sockets on loopback (or any
    /// IPv4 address), the provisioning link on a serial port or pseudo-terminal, the emulated flash in a directory, the
    /// system clock, push-to-talk by schedule or control file, the tone as microphone and a checking speaker. It runs
    /// until the time given or until <see cref="Stop"/> (Ctrl-C), then prints what it counted.
    /// </summary>
    public sealed class RadioRun : IDisposable
    {
        private readonly RadioOptions _o;
        private readonly TextWriter _out;
        private UdpDatagramSocket _mikey, _media;
        private SerialPortLink _serial;

        public RadioRun(RadioOptions options, TextWriter output)
        {
            _o = options;
            _out = output;
        }

        public RadioDevice Device { get; private set; }
        public ToneCheckingSink Sink { get; private set; }
        public ToneAudioSource Source { get; private set; }
        public HostPushToTalk Ptt { get; private set; }
        public TextConsole Console { get; private set; }
        /// <summary>The board profile the radio runs as (boards/NAME.json: its table policy).</summary>
        public BoardProfile Profile { get; private set; }
        /// <summary>The key store on the emulated flash (--store), or null.</summary>
        public KeyStore Store { get; private set; }
        /// <summary>Set once the radio has booted (its ports are bound).</summary>
        public ManualResetEventSlim Booted { get; } = new(false);

        /// <summary>Boots the radio and polls it until the run time is over or <see cref="Stop"/>; returns the exit code:
        /// 0, or 1 when the self-test failed or a frame played was not the tone.</summary>
        public int Run()
        {
            Console = new TextConsole(_out, _o.Name);
            Profile = RadioBoards.Load(_o.Board);
            foreach (string line in BoardSummary.Lines(Profile)) Console.WriteLine(line);
            var rng = SystemRandomSource.Instance;
            var clock = new SystemClock();
            if (_o.Serial != null && _o.StoreDir == null)
            {
                _o.StoreDir = DefaultFlashFolder(_o.Name ?? Profile.Name, _o.Port);
                Console.WriteLine($"emulated flash: {_o.StoreDir} (no --store given)");
            }
            var selfTest = new RadioProvisioningDevice(Profile.Name, FirmwareVersion, LibraryVersion, new PowerOnRadioSelfTest(rng), Console);
            IRadioKeySource keys;
            IRadioProvisioning provisioning = null;
            if (_o.KeysFile != null) keys = new FixedKeySource(KeySetOf(KeyMaterialFile.Load(_o.KeysFile)));
            else if (_o.StoreDir == null) keys = new FixedKeySource(null);
            else
            {
                Store = new KeyStore(new DirectoryKeyStorage(_o.StoreDir), EmulatedDeviceKey.LoadOrCreate(_o.StoreDir));
                keys = new StoredKeySource(Store);
            }
            if (_o.Serial != null)
            {
                if (_o.KeysFile != null)
                    throw new ArgumentException("--serial serves provisioning into the key store: drop --keys (the radio's keys come from its store)");
                _serial = new SerialPortLink(_o.Serial);
                provisioning = new SerialProvisioning(_serial, Store, clock, rng, selfTest, Console);
                Console.WriteLine($"provisioning on {_o.Serial} ({SerialPortLink.BaudRate} baud, docs/provisioning.md)");
            }
            Device = Build(keys, provisioning, selfTest, clock);
            RadioState booted = Device.Boot();
            Ptt.RestartSchedule();
            Booted.Set();
            var runTime = Stopwatch.StartNew();
            while (!_stop && (_o.RunForMs <= 0 || runTime.ElapsedMilliseconds < _o.RunForMs)) Device.Poll();
            Device.Shutdown();
            RadioCounters c = Device.Counters;
            Console.WriteLine($"radio {_o.Name ?? _o.Board}: {c.CallsSent} I_MESSAGE(s) sent, {c.FramesSent} SRTP frames sent; "
                + $"{c.CallsReceived} call(s) received, {c.FramesPlayed} frames played ({Sink.Matched} the tone, {Sink.Mismatched} other, "
                + $"{Sink.Discontinuities} out of sequence); refused {c.MessagesRefused} I_MESSAGE(s), {c.PacketsRefused} packet(s)");
            return booted == RadioState.SelfTestFailed || Sink.Mismatched != 0 ? 1 : 0;
        }

        /// <summary>Whom push-to-talk calls: the --peer options, else the peers of the network settings provisioned into
        /// the key store (as RadioApp on a board takes them), read at start.</summary>
        private RadioPeer[] PeersToCall()
        {
            if (_o.Peers.Count > 0 || Store?.Network == null) return _o.Peers.ToArray();
            RadioPeer[] stored = Store.Network.Peers();
            Console.WriteLine($"peers: {stored.Length} from the provisioned network settings");
            return stored;
        }

        /// <summary>Where a radio serving provisioning keeps its flash when no --store is given: one folder per radio name
        /// (or board) and MIKEY port under the user's data folder, so a restarted radio finds the keys it was given.</summary>
        internal static string DefaultFlashFolder(string name, int port)
        {
            string data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
            if (string.IsNullOrEmpty(data)) data = Path.GetTempPath();
            return Path.Combine(data, "mikeynano", "radios", $"{name}-{port}");
        }

        /// <summary>The version device info reports for the emulated firmware (the CLI's own).</summary>
        internal static string FirmwareVersion => "emulator " + LibraryVersion;

        /// <summary>MikeyNano's version (the radio assembly's informational version, without the commit).</summary>
        internal static string LibraryVersion
        {
            get
            {
                string v = typeof(RadioDevice).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
                int plus = v.IndexOf('+');
                return plus < 0 ? v : v.Substring(0, plus);
            }
        }

        private volatile bool _stop;

        public void Stop() => _stop = true;

        private RadioDevice Build(IRadioKeySource keys, IRadioProvisioning provisioning, IRadioSelfTest selfTest, SystemClock clock)
        {
            _mikey = new UdpDatagramSocket(_o.Address, _o.Port);
            _media = new UdpDatagramSocket(_o.Address, _o.MediaPort != 0 ? _o.MediaPort : _o.Port == 0 ? 0 : _o.Port + 1);
            Source = new ToneAudioSource();
            Sink = new ToneCheckingSink(_o.RecordPath);
            Ptt = new HostPushToTalk { DownAfterMs = _o.TalkAfterMs, DownForMs = _o.TalkForMs, ControlFile = _o.PttFile };
            var rng = SystemRandomSource.Instance;
            var io = new RadioSeams
            {
                Console = Console,
                Indicator = new ConsoleIndicator(),
                Clock = clock,
                PushToTalk = Ptt,
                AudioSource = Source,
                AudioSink = Sink,
                MikeySocket = _mikey,
                MediaSocket = _media,
                Storage = _o.StoreDir == null ? null : new DirectoryKeyStorage(_o.StoreDir),
                Random = rng,
            };
            var settings = new RadioSettings
            {
                Peers = PeersToCall(),
                Precompute = _o.Tables || Profile.PrecomputeTables,
                Policy = _o.Policy switch
                {
                    "aes-cm" => SrtpPolicy.AesCm128HmacSha1_80(),
                    "gcm" => SrtpPolicy.AeadAes128Gcm(),
                    _ => throw new FormatException($"unknown --policy '{_o.Policy}' (aes-cm or gcm)"),
                },
            };
            return new RadioDevice(io, settings, keys, selfTest, provisioning);
        }

        /// <summary>The user entry of a key-material file (docs/key-material.md) as the radio's raw key set: a 3GPP UID
        /// for the file's key period.</summary>
        internal static RadioKeySet KeySetOf(KeyMaterialFile f)
        {
            if (f.User == null) throw new InvalidDataException("the key-material file has no \"user\" entry");
            return new RadioKeySet(f.User.UserUri, Hex.Decode(f.User.UserId), f.FindKms(f.User.KmsUri), f.User.KeyPeriodNo,
                Hex.Decode(f.User.UserDecryptKey), Hex.Decode(f.User.UserSigningKeySSK), Hex.Decode(f.User.UserPubTokenPVT));
        }

        public void Dispose()
        {
            _mikey?.Dispose();
            _media?.Dispose();
            _serial?.Dispose();
            Sink?.Dispose();
        }
    }
}
