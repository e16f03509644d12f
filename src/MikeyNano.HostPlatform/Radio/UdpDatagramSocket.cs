using System;
using System.Net;
using System.Net.Sockets;
using MikeyNano.Radio;

namespace MikeyNano.HostPlatform.Radio
{
    /// <summary>The radio's UDP socket over .NET's: IPv4, bound to one local address and port (0: any free port).
    /// UDP may lose datagrams, so a send the network refuses (no route, a port that answered ICMP unreachable) is
    /// dropped and counted, not thrown: the radio goes on as it would on the air.</summary>
    public sealed class UdpDatagramSocket : IDatagramSocket, IDisposable
    {
        private readonly Socket _socket;

        public UdpDatagramSocket(string localAddress, int port)
        {
            _socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            _socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), port));
            LocalPort = ((IPEndPoint)_socket.LocalEndPoint).Port;
        }

        public int LocalPort { get; }

        /// <summary>Sends the network refused (dropped).</summary>
        public int SendsDropped { get; private set; }

        public int Receive(byte[] buffer, int timeoutMs, out string remoteHost, out int remotePort)
        {
            remoteHost = null;
            remotePort = 0;
            while (true)
            {
                if (!_socket.Poll(Math.Max(0, timeoutMs) * 1000, SelectMode.SelectRead)) return -1;
                EndPoint from = new IPEndPoint(IPAddress.Any, 0);
                int n;
                try
                {
                    n = _socket.ReceiveFrom(buffer, 0, buffer.Length, SocketFlags.None, ref from);
                }
                catch (SocketException e) when (e.SocketErrorCode == SocketError.MessageSize)
                {
                    n = buffer.Length; // cut to the buffer, as the seam says
                }
                catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionRefused)
                {
                    timeoutMs = 0; // an ICMP error of an earlier send: not a datagram
                    continue;
                }
                var ep = (IPEndPoint)from;
                remoteHost = ep.Address.ToString();
                remotePort = ep.Port;
                return n;
            }
        }

        public void Send(byte[] buffer, int offset, int count, string remoteHost, int remotePort)
        {
            try
            {
                _socket.SendTo(buffer, offset, count, SocketFlags.None, new IPEndPoint(IPAddress.Parse(remoteHost), remotePort));
            }
            catch (SocketException)
            {
                SendsDropped++;
            }
        }

        public void Close() => _socket.Close();

        public void Dispose() => _socket.Dispose();
    }
}
