using MikeyNano.Errors;

namespace MikeyNano.Mikey.Transport
{
    /// <summary>MIKEY directly over UDP (IANA port 2269, "mikey"): one message per datagram, nothing around it.</summary>
    public static class MikeyUdp
    {
        public const int Port = 2269;

        /// <summary>Largest UDP payload over IPv4 (65535 - 20 - 8).</summary>
        public const int MaxDatagram = 65507;

        /// <summary>Parses the first <paramref name="length"/> octets of a received datagram buffer as one message.</summary>
        public static MikeyMessage ParseDatagram(byte[] buffer, int length)
        {
            if (buffer == null || length < 0 || length > buffer.Length)
                throw MikeyException.Malformed("datagram length outside the buffer");
            return MikeyMessage.Parse(buffer, 0, length);
        }

        /// <summary>The datagram payload for a message (its encoding).</summary>
        public static byte[] ToDatagram(MikeyMessage message)
        {
            byte[] b = message.Encode();
            if (b.Length > MaxDatagram) throw MikeyException.Malformed("message of " + b.Length + " octets does not fit one UDP datagram");
            return b;
        }
    }
}
