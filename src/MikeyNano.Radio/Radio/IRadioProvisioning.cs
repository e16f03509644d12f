namespace MikeyNano.Radio
{
    /// <summary>The provisioning service on the serial link (Provisioning/, docs/provisioning.md), as the radio's loop
    /// drives it between datagrams.</summary>
    public interface IRadioProvisioning
    {
        /// <summary>Serves the requests the provisioning host has sent, waiting at most <paramref name="timeoutMs"/> for
        /// the first octet. Returns true when the stored key set changed, so the radio loads it again.</summary>
        bool Serve(int timeoutMs);
    }
}
