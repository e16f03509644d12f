namespace MikeyNano.Entropy
{
    /// <summary>The one seam for random bytes. On the device: <see cref="DeviceRandomSource"/> (the platform RNG, which
    /// on ESP32 is the hardware generator). On the host: MikeyNano.HostPlatform's SystemRandomSource
    /// (RandomNumberGenerator). Tests inject a deterministic source so their results can be checked.</summary>
    public interface IRandomSource
    {
        /// <summary>Fills <paramref name="count"/> octets of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
        void Fill(byte[] buffer, int offset, int count);
    }
}
