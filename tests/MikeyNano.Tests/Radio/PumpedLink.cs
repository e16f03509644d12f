using MikeyNano.Radio;
using MikeyNano.Radio.Provisioning;

namespace MikeyNano.Tests.Radio
{
    /// <summary>
    /// A serial line between a provisioning client and server in one thread: the client's end (this) runs the server
    /// whenever the client waits for octets, and lets the test damage the line: flip the octet at
    /// <see cref="TamperAt"/>, drop every octet from <see cref="CutAt"/> on, or <see cref="Swallow"/> whole writes
    /// into <see cref="Captured"/> instead of sending them. A wait with nothing to read moves the clock on by the
    /// time asked, so timeouts run without sleeping.
    /// </summary>
    public sealed class PumpedLink : ISerialLink
    {
        private readonly ManualClock _clock;
        private readonly ByteQueue _toDevice = new ByteQueue();
        private readonly ByteQueue _toHost = new ByteQueue();

        public PumpedLink(ManualClock clock)
        {
            _clock = clock;
            DeviceEnd = new End(this);
            TamperAt = -1;
            CutAt = -1;
        }

        public ProvisioningServer Server { get; set; }
        /// <summary>Pumped instead of <see cref="Server"/>: the radio's provisioning service.</summary>
        public LatchedProvisioning Service { get; set; }
        /// <summary>The server's end of the line.</summary>
        public ISerialLink DeviceEnd { get; private set; }
        /// <summary>Octets the client has written since the link was made.</summary>
        public int Written { get; private set; }
        public int TamperAt { get; set; }
        public int CutAt { get; set; }
        public bool Swallow { get; set; }
        public ByteQueue Captured = new ByteQueue();

        public void Write(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                byte b = buffer[offset + i];
                int at = Written++;
                if (at == TamperAt) b ^= 0x01;
                byte[] one = new byte[] { b };
                if (Swallow) Captured.Add(one, 0, 1);
                else if (CutAt < 0 || at < CutAt) _toDevice.Add(one, 0, 1);
            }
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMs)
        {
            Pump();
            if (_toHost.Count == 0)
            {
                _clock.Advance(timeoutMs);
                Pump();
            }
            return _toHost.Take(buffer, offset, count);
        }

        /// <summary>Sends raw octets to the server as if the client had, and returns what it answers within
        /// <paramref name="waitMs"/> of line time (empty when nothing).</summary>
        public byte[] Inject(byte[] wire, int waitMs)
        {
            _toDevice.Add(wire, 0, wire.Length);
            Pump();
            for (int waited = 0; waited < waitMs && _toHost.Count == 0; waited += 250)
            {
                _clock.Advance(250);
                Pump();
            }
            return _toHost.TakeAll();
        }

        /// <summary>Lets <paramref name="ms"/> of line time pass with the server polling (it expires what it holds).</summary>
        public void Idle(int ms)
        {
            _clock.Advance(ms);
            Pump();
            _toHost.TakeAll();
        }

        private void Pump()
        {
            if (Service != null)
                for (int i = 0; i < 64; i++)
                {
                    Service.Pump();
                    if (_toDevice.Count == 0) break;
                }
            if (Server == null) return;
            for (int i = 0; i < 64; i++)
                if (!Server.Poll(0) && _toDevice.Count == 0) break;
        }

        private sealed class End : ISerialLink
        {
            private readonly PumpedLink _link;

            public End(PumpedLink link)
            {
                _link = link;
            }

            public int Read(byte[] buffer, int offset, int count, int timeoutMs)
            {
                return _link._toDevice.Take(buffer, offset, count);
            }

            public void Write(byte[] buffer, int offset, int count)
            {
                _link._toHost.Add(buffer, offset, count);
            }
        }
    }
}
