using MikeyNano.Radio;
using MikeyNano.Radio.Boards;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>The board's implementations of the radio's seams, opened from the profile in the order the hardware
    /// needs: pins routed first, then the UART, the sockets and the GPIOs. Each step is a console line, so a board
    /// that stops at boot shows where.</summary>
    internal sealed class BoardSeams
    {
        public ISerialLink Provisioning { get; private set; }
        public IDatagramSocket Mikey { get; private set; }
        public IDatagramSocket Media { get; private set; }
        public IPushToTalk PushToTalk { get; private set; }
        public IStatusIndicator Led { get; private set; }
        public IKeyStorage Storage { get; private set; }
        public IClock Clock { get; private set; }
        public IConsole Console { get; private set; }

        internal static BoardSeams Open(BoardProfile profile, IConsole console)
        {
            BoardSeams s = new BoardSeams();
            s.Console = console;
            PinRouting.Apply(profile);
            console.WriteLine("pins routed: provisioning TX on GPIO" + PinRouting.RoutedTxPin(profile));
            s.Provisioning = new SerialPortLink(profile.Provisioning);
            console.WriteLine("provisioning port " + profile.Provisioning.Port + " open");
            s.PushToTalk = new PulseCounterPushToTalk(profile.PushToTalk);
            console.WriteLine("push-to-talk counter started: keep the key released at boot");
            s.Led = new GpioStatusLed(profile.Led);
            s.Storage = new FlashKeyStorage();
            s.Clock = new DeviceClock();
            s.Mikey = new UdpDatagramSocket(Program.MikeyPort);
            s.Media = new UdpDatagramSocket(Program.MediaPort);
            console.WriteLine("UDP: MIKEY " + Program.MikeyPort + ", media " + Program.MediaPort);
            return s;
        }
    }
}
