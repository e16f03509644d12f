namespace MikeyNano.Radio
{
    /// <summary>
    /// A byte stream to the provisioning host: a UART on a board (System.IO.Ports.SerialPort), a pseudo-terminal or a
    /// pipe on the host. The provisioning protocol frames its messages on top (docs/provisioning.md).
    /// </summary>
    public interface ISerialLink
    {
        /// <summary>Reads up to count octets into buffer at offset, waiting at most timeoutMs for the first one.
        /// Returns the number read: 0 when the time ran out.</summary>
        int Read(byte[] buffer, int offset, int count, int timeoutMs);

        /// <summary>Writes count octets of buffer from offset, all of them, before it returns.</summary>
        void Write(byte[] buffer, int offset, int count);
    }
}
