// Reference shim (compile only) of nanoFramework.System.IO.Ports 1.1.139: the members RadioApp calls, with the
// signatures ../shared/nanoframework-api/System.IO.Ports.txt lists (checked by Build/FirmwareShimTests). Our own
// declarations; bodies throw; the real package replaces it on a board.
using System;

[assembly: System.Reflection.AssemblyVersion("1.1.139.0")]

namespace System.IO.Ports
{
    public enum Parity
    {
        None = 0,
        Odd = 1,
        Even = 2,
    }

    public enum StopBits
    {
        One = 1,
        Two = 2,
        OnePointFive = 3,
    }

    public sealed class SerialPort : IDisposable
    {
        public SerialPort(string portName, int baudRate = 9600, Parity parity = Parity.None, int dataBits = 8, StopBits stopBits = StopBits.One)
            => throw NotRun();

        public int BytesToRead => throw NotRun();

        public void Open() => throw NotRun();

        public int Read(byte[] buffer, int offset, int count) => throw NotRun();

        public void Write(byte[] buffer, int offset, int count) => throw NotRun();

        public void Dispose() => throw NotRun();

        private static Exception NotRun() => new NotSupportedException("System.IO.Ports reference shim: deploy the real package");
    }
}
