using MikeyNano.Radio;
using MikeyNano.Tests.Support;

namespace MikeyNano.Tests.Radio
{
    /// <summary>A RadioDevice on in-memory seams, with everything a test looks at: its console and LED, sockets,
    /// push-to-talk flag, audio source and sink, storage and clock. MIKEY on port 2269, media on 5004.</summary>
    public sealed class TestRadio
    {
        public const int MikeyPort = 2269;
        public const int MediaPort = 5004;
        /// <summary>An NTP time in 2026, the clock of every test radio (SakkeCallRoundTripTests.Now).</summary>
        public const ulong Now = 0xed000000;

        public RadioDevice Device;
        public RecordingConsole Console = new RecordingConsole();
        public MemorySocket Mikey;
        public MemorySocket Media;
        public FlagPushToTalk Ptt = new FlagPushToTalk();
        public CountingSource Source = new CountingSource();
        public CheckingSink Sink = new CheckingSink();
        public MemoryKeyStorage Storage;
        public ManualClock Clock;
        public RadioSettings Settings = new RadioSettings();
        public string Host;

        public TestRadio(MemoryNetwork net, string host, ManualClock clock, MemoryKeyStorage storage)
        {
            Host = host;
            Clock = clock;
            Storage = storage != null ? storage : new MemoryKeyStorage();
            Mikey = net.Bind(host, MikeyPort, clock);
            Media = net.Bind(host, MediaPort, clock);
        }

        public RadioSeams Seams(ulong seed)
        {
            RadioSeams io = new RadioSeams();
            io.Console = Console;
            io.Indicator = Console;
            io.Clock = Clock;
            io.PushToTalk = Ptt;
            io.AudioSource = Source;
            io.AudioSink = Sink;
            io.MikeySocket = Mikey;
            io.MediaSocket = Media;
            io.Storage = Storage;
            io.Random = new CounterRandomSource(seed);
            return io;
        }

        /// <summary>Builds the device with these keys, a self-test reporting <paramref name="selfTestFailures"/>
        /// failures and an optional provisioning service, and boots it.</summary>
        public RadioState Boot(IRadioKeySource keys, int selfTestFailures, IRadioProvisioning provisioning, ulong seed)
        {
            Device = new RadioDevice(Seams(seed), Settings, keys, new FixedSelfTest(selfTestFailures), provisioning);
            return Device.Boot();
        }

        public void CallsTo(TestRadio peer, string peerUri)
        {
            Settings.Peers = new RadioPeer[] { new RadioPeer(peerUri, peer.Host, MikeyPort, MediaPort) };
        }

        public void Poll(int times)
        {
            for (int i = 0; i < times; i++) Device.Poll();
        }
    }
}
