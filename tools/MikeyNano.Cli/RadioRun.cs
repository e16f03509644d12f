using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using MikeyNano.Bytes;
using MikeyNano.HostPlatform;
using MikeyNano.HostPlatform.Radio;
using MikeyNano.Radio;
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
        /// <summary>Set once the radio has booted (its ports are bound).</summary>
        public ManualResetEventSlim Booted { get; } = new(false);

        /// <summary>Boots the radio and polls it until the run time is over or <see cref="Stop"/>; returns the exit code:
        /// 0, or 1 when the self-test failed or a frame played was not the tone.</summary>
        public int Run()
        {
            Console = new TextConsole(_out, _o.Name);
            var keys = new FixedKeySource(_o.KeysFile == null ? null : KeySetOf(KeyMaterialFile.Load(_o.KeysFile)));
            Device = Build(keys, null);
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

        private volatile bool _stop;

        public void Stop() => _stop = true;

        private RadioDevice Build(IRadioKeySource keys, IRadioProvisioning provisioning)
        {
            _mikey = new UdpDatagramSocket(_o.Address, _o.Port);
            _media = new UdpDatagramSocket(_o.Address, _o.MediaPort != 0 ? _o.MediaPort : _o.Port == 0 ? 0 : _o.Port + 1);
            if (_o.Serial != null) _serial = new SerialPortLink(_o.Serial);
            Source = new ToneAudioSource();
            Sink = new ToneCheckingSink(_o.RecordPath);
            Ptt = new HostPushToTalk { DownAfterMs = _o.TalkAfterMs, DownForMs = _o.TalkForMs, ControlFile = _o.PttFile };
            var rng = SystemRandomSource.Instance;
            var io = new RadioSeams
            {
                Console = Console,
                Indicator = new ConsoleIndicator(),
                Clock = new SystemClock(),
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
                Peers = _o.Peers.ToArray(),
                Precompute = _o.Tables,
                Policy = _o.Policy switch
                {
                    "aes-cm" => SrtpPolicy.AesCm128HmacSha1_80(),
                    "gcm" => SrtpPolicy.AeadAes128Gcm(),
                    _ => throw new FormatException($"unknown --policy '{_o.Policy}' (aes-cm or gcm)"),
                },
            };
            return new RadioDevice(io, settings, keys, new PowerOnRadioSelfTest(rng), provisioning);
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
