using System.Threading;
using MikeyNano.Errors;

namespace MikeyNano.Entropy
{
    /// <summary>The platform RNG as nanoFramework exposes it: System.Random, which on ESP32 reads the hardware random
    /// number generator, esp_random() (the seed is ignored there). That generator is truly random only while Wi-Fi or
    /// Bluetooth runs or the firmware has called bootloader_random_enable(): docs/security.md, "Randomness", says what
    /// the integrator must do. Its octets go through the SP 800-90B health tests: before the first output, the start-up
    /// test (1024 octets, drawn and discarded), and then every octet it hands out (continuous tests). The tests keep one
    /// sample each between calls; guard octets, drawn through the tests and never handed out (one after each draw, one
    /// at the start of each APT window), make both of them octets no caller holds. A failure throws
    /// <see cref="RandomSourceException"/> naming the test, the failing draw is wiped, and every later draw throws too.
    /// Do not use this on a desktop host, where System.Random is not a cryptographic generator: the host tools use
    /// SystemRandomSource instead. Safe to share between threads.</summary>
    public sealed class DeviceRandomSource : IRandomSource
    {
        private readonly System.Random _rng;
        private readonly HealthTests _health = new HealthTests();
        private readonly object _sync = new object();
        private bool _started;

        public DeviceRandomSource() : this(new System.Random()) { }

        /// <summary>Over another System.Random (tests: a generator that breaks down).</summary>
        internal DeviceRandomSource(System.Random rng)
        {
            _rng = rng;
        }

        public void Fill(byte[] buffer, int offset, int count)
        {
            byte[] tmp = null;
            Monitor.Enter(_sync);
            try
            {
                if (!_started)
                {
                    // SP 800-90B 4.3 item 1: the health tests run over 1024 consecutive samples before any is used
                    byte[] startup = Draw(HealthTests.StartupSamples);
                    try { Check(startup); }
                    finally { System.Array.Clear(startup, 0, startup.Length); }
                    _started = true;
                }
                tmp = new byte[count];
                int done = 0;
                while (done < count)
                {
                    // the Adaptive Proportion Test keeps its window's first sample (A): let it be a guard octet
                    if (_health.WindowStarts) Guard();
                    int n = count - done;
                    if (n > _health.LeftInWindow) n = _health.LeftInWindow;
                    byte[] part = Draw(n);
                    try
                    {
                        Check(part);
                        System.Array.Copy(part, 0, tmp, done, n);
                    }
                    finally { System.Array.Clear(part, 0, n); }
                    done += n;
                }
                // the Repetition Count Test keeps the last sample: let it be a guard octet too
                if (count > 0) Guard();
                System.Array.Copy(tmp, 0, buffer, offset, count); // only once every octet drawn has passed
            }
            finally
            {
                if (tmp != null) System.Array.Clear(tmp, 0, tmp.Length);
                Monitor.Exit(_sync);
            }
        }

        /// <summary>Draws one octet through the health tests that is never handed out: what the tests keep between
        /// calls (the Repetition Count Test's last sample, the Adaptive Proportion Test's A) is then such an octet,
        /// never one of the caller's, which may be key octets (docs/security.md, "What each type keeps").</summary>
        private void Guard()
        {
            byte[] g = Draw(1);
            try { Check(g); }
            finally { g[0] = 0; }
        }

        private byte[] Draw(int count)
        {
            byte[] tmp = new byte[count];
            _rng.NextBytes(tmp);
            return tmp;
        }

        private void Check(byte[] samples)
        {
            if (!_health.Feed(samples, 0, samples.Length))
            {
                System.Array.Clear(samples, 0, samples.Length);
                throw new RandomSourceException("RNG health test: " + _health.Failure);
            }
        }
    }
}
