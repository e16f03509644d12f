using System.IO.Ports;
using System.Threading;
using MikeyNano.Radio;
using MikeyNano.Radio.Boards;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>The provisioning link: the profile's UART (never COM1, the debugger's), 8N1, opened once. A read waits
    /// for the first octet by polling BytesToRead, so the timeout does not depend on the port's ReadTimeout handling.</summary>
    internal sealed class SerialPortLink : ISerialLink
    {
        private const int PollMs = 5;
        private readonly SerialPort _port;

        internal SerialPortLink(ProvisioningUart uart)
        {
            _port = new SerialPort(uart.Port, uart.Baud, Parity.None, 8, StopBits.One);
            _port.Open();
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMs)
        {
            long deadline = System.Environment.TickCount64 + timeoutMs;
            int ready = _port.BytesToRead;
            while (ready == 0)
            {
                if (System.Environment.TickCount64 >= deadline) return 0;
                Thread.Sleep(PollMs);
                ready = _port.BytesToRead;
            }
            return _port.Read(buffer, offset, ready < count ? ready : count);
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            _port.Write(buffer, offset, count);
        }
    }
}
