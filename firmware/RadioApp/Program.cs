using System.Threading;
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
    /// status LED, key storage on the internal flash, clock, console) and reports each on the console.
    /// firmware/BUILD.md says what the console prints at first boot. The radio logic (src/MikeyNano.Radio/Radio,
    /// RadioDevice) runs on these seams once it is on main; until then the application stops after the board layer.
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
            console.WriteLine("key store: files " + FlashKeyStorage.Prefix + "* on the internal flash");
            console.WriteLine("clock: " + (seams.Clock.NtpSeconds == 0 ? "not set (waiting for SNTP)" : "NTP " + seams.Clock.NtpSeconds));
            // Wi-Fi comes from the key store's network settings (WifiStation.Configure), not from the profile; the key
            // store (src/MikeyNano.Radio/KeyStore) does not hold them yet.
            console.WriteLine("Wi-Fi: the firmware's stored station settings (the key store does not carry network settings yet)");
            console.WriteLine("board layer ready; the radio logic is not wired yet");
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
