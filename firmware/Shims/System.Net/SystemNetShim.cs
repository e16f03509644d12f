// Reference shim (compile only) of nanoFramework.System.Net 1.11.54: the members RadioApp calls (a UDP socket and the
// Wi-Fi station configuration), with the signatures ../shared/nanoframework-api/System.Net.txt lists (checked by
// Build/FirmwareShimTests). Our own declarations; bodies throw; the real package replaces it on a board.
using System;

[assembly: System.Reflection.AssemblyVersion("1.11.54.0")]

namespace System.Net
{
    public abstract class EndPoint
    {
        protected EndPoint() { }

        public abstract EndPoint Create(SocketAddress socketAddress);

        public abstract SocketAddress Serialize();
    }

    public class SocketAddress
    {
        public SocketAddress(Sockets.AddressFamily family, int size) => throw Shim.NotRun();
    }

    public class IPAddress
    {
        public static readonly IPAddress Any = null;

        public IPAddress(long newAddress) => throw Shim.NotRun();

        public static IPAddress Parse(string ipString) => throw Shim.NotRun();

        public override string ToString() => throw Shim.NotRun();
    }

    public class IPEndPoint : EndPoint
    {
        public IPEndPoint(IPAddress address, int port) => throw Shim.NotRun();

        public IPAddress Address => throw Shim.NotRun();

        public int Port => throw Shim.NotRun();

        public override EndPoint Create(SocketAddress socketAddress) => throw Shim.NotRun();

        public override SocketAddress Serialize() => throw Shim.NotRun();
    }

    internal static class Shim
    {
        internal static Exception NotRun() => new NotSupportedException("System.Net reference shim: deploy the real package");
    }
}

namespace System.Net.Sockets
{
    public enum AddressFamily
    {
        InterNetwork = 2,
    }

    public enum SocketType
    {
        Dgram = 2,
    }

    public enum ProtocolType
    {
        Udp = 17,
    }

    public enum SelectMode
    {
        SelectRead = 0,
    }

    [Flags]
    public enum SocketFlags
    {
        None = 0,
    }

    public class Socket : IDisposable
    {
        public Socket(AddressFamily addressFamily, SocketType socketType, ProtocolType protocolType) => throw Shim.NotRun();

        public void Bind(EndPoint localEP) => throw Shim.NotRun();

        public bool Poll(int microSeconds, SelectMode mode) => throw Shim.NotRun();

        public int ReceiveFrom(byte[] buffer, ref EndPoint remoteEP) => throw Shim.NotRun();

        public int SendTo(byte[] buffer, int offset, int size, SocketFlags socketFlags, EndPoint remoteEP) => throw Shim.NotRun();

        public void Close() => throw Shim.NotRun();

        void IDisposable.Dispose() => throw Shim.NotRun();
    }
}

namespace System.Net.NetworkInformation
{
    public class Wireless80211Configuration
    {
        public Wireless80211Configuration(uint id) => throw Shim.NotRun();

        public static Wireless80211Configuration[] GetAllWireless80211Configurations() => throw Shim.NotRun();

        public string Ssid { get => throw Shim.NotRun(); set => throw Shim.NotRun(); }

        public string Password { get => throw Shim.NotRun(); set => throw Shim.NotRun(); }

        public ConfigurationOptions Options { get => throw Shim.NotRun(); set => throw Shim.NotRun(); }

        public void SaveConfiguration() => throw Shim.NotRun();

        [Flags]
        public enum ConfigurationOptions : byte
        {
            None = 0,
            Disable = 1,
            Enable = 2,
            AutoConnect = 6,
        }
    }
}
