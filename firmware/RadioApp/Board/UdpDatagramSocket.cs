using System.Net;
using System.Net.Sockets;
using MikeyNano.Radio;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>A UDP socket bound to one local port on all interfaces (MIKEY on 2269, RFC 3830 section 7; the SRTP
    /// media port), over System.Net's Socket.</summary>
    internal sealed class UdpDatagramSocket : IDatagramSocket
    {
        private readonly Socket _socket;
        private readonly int _port;

        internal UdpDatagramSocket(int port)
        {
            _port = port;
            _socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            _socket.Bind(new IPEndPoint(IPAddress.Any, port));
        }

        public int LocalPort { get { return _port; } }

        public int Receive(byte[] buffer, int timeoutMs, out string remoteHost, out int remotePort)
        {
            remoteHost = null;
            remotePort = 0;
            if (!_socket.Poll(timeoutMs * 1000, SelectMode.SelectRead)) return -1;
            EndPoint from = new IPEndPoint(IPAddress.Any, 0);
            int n = _socket.ReceiveFrom(buffer, ref from);
            IPEndPoint sender = (IPEndPoint)from;
            remoteHost = sender.Address.ToString();
            remotePort = sender.Port;
            return n;
        }

        public void Send(byte[] buffer, int offset, int count, string remoteHost, int remotePort)
        {
            _socket.SendTo(buffer, offset, count, SocketFlags.None, new IPEndPoint(IPAddress.Parse(remoteHost), remotePort));
        }

        public void Close()
        {
            _socket.Close();
        }
    }
}
