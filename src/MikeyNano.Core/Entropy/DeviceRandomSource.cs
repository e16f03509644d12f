namespace MikeyNano.Entropy
{
    /// <summary>The platform RNG as nanoFramework exposes it: System.Random, which on ESP32 reads the hardware random
    /// number generator (the seed is ignored there). Do not use this on a desktop host, where System.Random is not a
    /// cryptographic generator: the host tools use SystemRandomSource instead.</summary>
    public sealed class DeviceRandomSource : IRandomSource
    {
        private readonly System.Random _rng = new System.Random();

        public void Fill(byte[] buffer, int offset, int count)
        {
            byte[] tmp = new byte[count];
            _rng.NextBytes(tmp);
            System.Array.Copy(tmp, 0, buffer, offset, count);
            System.Array.Clear(tmp, 0, count);
        }
    }
}
