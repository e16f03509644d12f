using MikeyNano.Radio.Provisioning;

namespace MikeyNano.Errors
{
    /// <summary>A provisioning request refused, by the device or by the client: <see cref="Error"/> is the
    /// <see cref="ProvisioningError"/> code naming the failed check, and the message starts with its name.</summary>
    public class ProvisioningException : MikeyNanoException
    {
        public ProvisioningException(int error, string message) : base(ProvisioningError.Name(error) + ": " + message)
        {
            Error = error;
        }

        /// <summary>One of <see cref="ProvisioningError"/>'s codes.</summary>
        public int Error { get; private set; }
    }
}
