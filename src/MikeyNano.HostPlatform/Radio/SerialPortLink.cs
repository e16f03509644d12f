using System;
using System.IO.Ports;
using MikeyNano.Radio;

namespace MikeyNano.HostPlatform.Radio
{
    /// <summary>The provisioning link over System.IO.Ports: a UART (/dev/ttyUSB0, COM3) or one end of a pseudo-terminal
    /// pair (socat's /dev/pts/N), 115200 8N1 without flow control, as the boards' provisioning UART.</summary>
    public sealed class SerialPortLink : ISerialLink, IDisposable
    {
        public const int BaudRate = 115200;
        private readonly SerialPort _port;

        public SerialPortLink(string portName)
        {
            _port = new SerialPort(portName, BaudRate, Parity.None, 8, StopBits.One) { Handshake = Handshake.None };
            _port.Open();
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (timeoutMs <= 0 && _port.BytesToRead == 0) return 0;
            _port.ReadTimeout = Math.Max(1, timeoutMs);
            try
            {
                return _port.Read(buffer, offset, count);
            }
            catch (TimeoutException)
            {
                return 0;
            }
        }

        public void Write(byte[] buffer, int offset, int count) => _port.Write(buffer, offset, count);

        public void Dispose() => _port.Dispose();
    }
}
