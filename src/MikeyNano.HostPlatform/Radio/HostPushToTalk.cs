using System.Diagnostics;
using System.IO;
using MikeyNano.Radio;

namespace MikeyNano.HostPlatform.Radio
{
    /// <summary>The emulated radio's push-to-talk key, held down by any of: <see cref="Held"/> (a test or stdin),
    /// a schedule (down from <see cref="DownAfterMs"/> for <see cref="DownForMs"/> after start), or the existence of
    /// <see cref="ControlFile"/> (`touch` it to press, `rm` it to release).</summary>
    public sealed class HostPushToTalk : IPushToTalk
    {
        private readonly Stopwatch _since = Stopwatch.StartNew();

        /// <summary>Starts the schedule's time again (at the end of boot, so a slow self-test does not eat the press).</summary>
        public void RestartSchedule() => _since.Restart();

        public bool Held { get; set; }
        /// <summary>Milliseconds after start at which the scheduled press begins; negative: no schedule.</summary>
        public long DownAfterMs { get; set; } = -1;
        public long DownForMs { get; set; }
        public string ControlFile { get; set; }

        public bool IsPressed
        {
            get
            {
                if (Held) return true;
                long t = _since.ElapsedMilliseconds;
                if (DownAfterMs >= 0 && t >= DownAfterMs && t < DownAfterMs + DownForMs) return true;
                return ControlFile != null && File.Exists(ControlFile);
            }
        }
    }
}
