using MikeyNano.Radio;

namespace MikeyNano.Tests.Radio
{
    /// <summary>UDP between radios of one test, in memory: each socket has a host and a port, a datagram sent to a
    /// host and port waits in that socket's queue. Receive never blocks: an empty queue advances the test's clock by
    /// the wait asked for and answers -1, so time passes as the radio polls.</summary>
    public sealed class MemoryNetwork
    {
        private MemorySocket[] _sockets = new MemorySocket[0];

        public MemorySocket Bind(string host, int port, ManualClock clock)
        {
            MemorySocket s = new MemorySocket(this, host, port, clock);
            MemorySocket[] grown = new MemorySocket[_sockets.Length + 1];
            System.Array.Copy(_sockets, grown, _sockets.Length);
            grown[_sockets.Length] = s;
            _sockets = grown;
            return s;
        }

        internal void Deliver(byte[] datagram, string fromHost, int fromPort, string toHost, int toPort)
        {
            for (int i = 0; i < _sockets.Length; i++)
                if (_sockets[i].Host == toHost && _sockets[i].LocalPort == toPort) _sockets[i].Enqueue(datagram, fromHost, fromPort);
        }
    }

    public sealed class MemorySocket : IDatagramSocket
    {
        private const int Capacity = 64;
        private readonly MemoryNetwork _net;
        private readonly ManualClock _clock;
        private readonly byte[][] _queue = new byte[Capacity][];
        private readonly string[] _fromHost = new string[Capacity];
        private readonly int[] _fromPort = new int[Capacity];
        private int _head, _count;

        internal MemorySocket(MemoryNetwork net, string host, int port, ManualClock clock)
        {
            _net = net;
            Host = host;
            LocalPort = port;
            _clock = clock;
        }

        public string Host { get; private set; }
        public int LocalPort { get; private set; }
        /// <summary>The last datagram this socket sent (a test replays or tampers with it).</summary>
        public byte[] LastSent { get; private set; }
        public int Sent { get; private set; }
        public int Queued { get { return _count; } }

        internal void Enqueue(byte[] datagram, string fromHost, int fromPort)
        {
            if (_count == Capacity) return; // a full socket buffer drops, as UDP does
            int i = (_head + _count) % Capacity;
            _queue[i] = datagram;
            _fromHost[i] = fromHost;
            _fromPort[i] = fromPort;
            _count++;
        }

        /// <summary>Puts a datagram in this socket's queue as if <paramref name="fromHost"/> had sent it.</summary>
        public void Inject(byte[] datagram, string fromHost, int fromPort)
        {
            Enqueue((byte[])datagram.Clone(), fromHost, fromPort);
        }

        public int Receive(byte[] buffer, int timeoutMs, out string remoteHost, out int remotePort)
        {
            if (_count == 0)
            {
                _clock.Advance(timeoutMs);
                remoteHost = null;
                remotePort = 0;
                return -1;
            }
            byte[] d = _queue[_head];
            remoteHost = _fromHost[_head];
            remotePort = _fromPort[_head];
            _queue[_head] = null;
            _head = (_head + 1) % Capacity;
            _count--;
            int n = d.Length < buffer.Length ? d.Length : buffer.Length;
            System.Array.Copy(d, buffer, n);
            return n;
        }

        public void Send(byte[] buffer, int offset, int count, string remoteHost, int remotePort)
        {
            byte[] d = new byte[count];
            System.Array.Copy(buffer, offset, d, 0, count);
            LastSent = d;
            Sent++;
            _net.Deliver(d, Host, LocalPort, remoteHost, remotePort);
        }

        public void Close() { }
    }
}
