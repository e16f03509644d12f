using System;
using System.Threading;
using MikeyNano.Errors;
using MikeyNano.Mikey.Replay;
using MikeyNano.Mikey.SakkeMode;

namespace MikeyNano.Radio
{
    /// <summary>
    /// The radio's logic, the same on a board and in the emulator: <see cref="Boot"/> runs the power-on self-test,
    /// loads and validates the key set of the current key period, then <see cref="Poll"/> (or <see cref="Run"/>,
    /// which polls until <see cref="Stop"/>) serves provisioning on the serial link and MIKEY on UDP 2269, keys a
    /// MIKEY-SAKKE call (RFC 6509) to the configured peers while the push-to-talk key is held and streams SRTP frames
    /// of the audio source (RFC 3711), answers an incoming I_MESSAGE and plays its SRTP frames. Every state change is
    /// written to the console and shown on the indicator. Bad input (a malformed, forged, replayed or stale message, a
    /// tampered packet, a key set that does not validate) is a typed MikeyNanoException: it is logged and counted and
    /// the radio goes on. One thread polls; <see cref="Stop"/> may be called from another.
    /// </summary>
    public sealed partial class RadioDevice
    {
        private readonly RadioSeams _io;
        private readonly RadioSettings _settings;
        private readonly IRadioKeySource _keySource;
        private readonly IRadioSelfTest _selfTest;
        private readonly IRadioProvisioning _provisioning;
        private readonly byte[] _datagram;
        private UserKeyMaterial _keys;
        private SakkeResponder _responder;
        private ReplayCache _replay;
        private RadioState _state = RadioState.Off;
        private int _stopRequested;

        /// <param name="io">the board's or the host's seams</param>
        /// <param name="settings">peers, policy, table policy, timing</param>
        /// <param name="keys">the key store (or a fixed key set)</param>
        /// <param name="selfTest">the power-on self-test (<see cref="PowerOnRadioSelfTest"/>)</param>
        /// <param name="provisioning">the provisioning service on the serial link, or null for none</param>
        public RadioDevice(RadioSeams io, RadioSettings settings, IRadioKeySource keys, IRadioSelfTest selfTest,
                           IRadioProvisioning provisioning)
        {
            if (io == null || io.Console == null || io.Indicator == null || io.Clock == null || io.MikeySocket == null
                || io.MediaSocket == null || io.Random == null)
                throw new ArgumentNullException("io");
            if (settings == null) throw new ArgumentNullException("settings");
            if (keys == null) throw new ArgumentNullException("keys");
            if (selfTest == null) throw new ArgumentNullException("selfTest");
            _io = io;
            _settings = settings;
            _keySource = keys;
            _selfTest = selfTest;
            _provisioning = provisioning;
            _datagram = new byte[settings.MaxDatagram];
            _mediaDatagram = new byte[settings.MaxDatagram];
        }

        public RadioState State { get { return _state; } }

        /// <summary>The keys in use (null in NoKeys and before Boot).</summary>
        public UserKeyMaterial Keys { get { return _keys; } }

        /// <summary>What the radio counted since boot (tests and the status line read it).</summary>
        public RadioCounters Counters { get; } = new RadioCounters();

        /// <summary>Self-test, then the key set of the current key period. Returns the state reached: Ready, NoKeys or
        /// SelfTestFailed.</summary>
        public RadioState Boot()
        {
            Log("MikeyNano radio booting: MIKEY on UDP " + _io.MikeySocket.LocalPort + ", media on UDP " + _io.MediaSocket.LocalPort);
            Enter(RadioState.SelfTest, "power-on self-test");
            int failed = _selfTest.Run(_io.Console);
            if (failed != 0)
            {
                Enter(RadioState.SelfTestFailed, failed + " self-test(s) failed: no call will be keyed or answered");
                return _state;
            }
            RestoreReplayFloor();
            LoadKeys();
            return _state;
        }

        /// <summary>One turn of the loop: provisioning, key-period change, the push-to-talk key, one frame out while
        /// transmitting, and the datagrams that arrived (waiting up to the settings' PollWaitMs when idle).</summary>
        public void Poll()
        {
            if (_state == RadioState.Off) throw new InvalidOperationException("Boot the radio first");
            ServeProvisioning();
            if (_state == RadioState.SelfTestFailed)
            {
                Thread.Sleep(_settings.PollWaitMs);
                return;
            }
            ReloadKeysAtPeriodEnd();
            FollowPushToTalk();
            bool sending = _state == RadioState.Transmitting;
            if (sending) SendFrame();
            ReceiveMikey(0);
            ReceiveMedia(sending ? 0 : _settings.PollWaitMs);
            EndSilentReception();
        }

        /// <summary>Polls until <see cref="Stop"/>.</summary>
        public void Run()
        {
            while (Interlocked.CompareExchange(ref _stopRequested, 0, 0) == 0) Poll();
            Shutdown();
        }

        /// <summary>Asks <see cref="Run"/> to return after the current turn (any thread).</summary>
        public void Stop()
        {
            Interlocked.Exchange(ref _stopRequested, 1);
        }

        /// <summary>Ends any call, wipes the keys and every call secret, and turns the radio Off.</summary>
        public void Shutdown()
        {
            EndTransmission("radio stopped");
            EndReception("radio stopped");
            DropKeys();
            Enter(RadioState.Off, "stopped");
        }

        private void ServeProvisioning()
        {
            if (_provisioning == null) return;
            bool changed;
            try
            {
                changed = _provisioning.Serve(0);
            }
            catch (MikeyNanoException e)
            {
                Counters.ProvisioningErrors++;
                Log("provisioning refused: " + e.Message);
                return;
            }
            if (changed && _state != RadioState.SelfTestFailed && _state != RadioState.Transmitting && _state != RadioState.Receiving)
            {
                Log("provisioning changed the key set: loading it");
                LoadKeys();
            }
            else if (changed) _keysChanged = true;
        }

        private bool _keysChanged;

        private void Enter(RadioState state, string why)
        {
            _state = state;
            _io.Indicator.Show((int)state);
            Log("state " + RadioStateNames.Of(state) + ": " + why);
        }

        private void Log(string line)
        {
            long ms = _io.Clock.MonotonicMilliseconds;
            _io.Console.WriteLine("[" + (ms / 1000) + "." + Pad3(ms % 1000) + "] " + line);
        }

        private static string Pad3(long v)
        {
            return v < 10 ? "00" + v : v < 100 ? "0" + v : v.ToString();
        }
    }
}
