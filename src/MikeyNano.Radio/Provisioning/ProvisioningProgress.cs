namespace MikeyNano.Radio.Provisioning
{
    /// <summary>Progress of a provisioning request: <paramref name="step"/> says what is happening ("sending
    /// install-key-set", "waiting for the device"), <paramref name="done"/> of <paramref name="total"/> how far (octets
    /// sent, or milliseconds waited of the timeout).</summary>
    public delegate void ProvisioningProgress(string step, int done, int total);
}
