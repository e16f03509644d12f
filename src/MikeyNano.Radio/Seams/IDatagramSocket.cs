namespace MikeyNano.Radio
{
    /// <summary>
    /// A UDP socket bound to one local port: MIKEY on 2269 (RFC 3830 section 7) and the SRTP media port. A board wraps
    /// System.Net.Sockets.Socket; the host wraps .NET's. Addresses are dotted IPv4 strings, so the device library needs
    /// nothing of System.Net.
    /// </summary>
    public interface IDatagramSocket
    {
        /// <summary>The local port the socket is bound to.</summary>
        int LocalPort { get; }

        /// <summary>Receives one datagram into buffer, waiting at most timeoutMs. Returns its length (the datagram is
        /// cut to the buffer), or -1 when the time ran out; remoteHost and remotePort name its sender.</summary>
        int Receive(byte[] buffer, int timeoutMs, out string remoteHost, out int remotePort);

        /// <summary>Sends count octets of buffer from offset as one datagram.</summary>
        void Send(byte[] buffer, int offset, int count, string remoteHost, int remotePort);

        /// <summary>Releases the port.</summary>
        void Close();
    }
}
