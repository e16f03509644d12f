using System.Security.Cryptography;
using MikeyNano.Entropy;

namespace MikeyNano.HostPlatform
{
    /// <summary>The host's cryptographic RNG (RandomNumberGenerator, OpenSSL on Linux) behind the device library's seam.</summary>
    public sealed class SystemRandomSource : IRandomSource
    {
        public static readonly SystemRandomSource Instance = new SystemRandomSource();

        public void Fill(byte[] buffer, int offset, int count)
        {
            RandomNumberGenerator.Fill(new System.Span<byte>(buffer, offset, count));
        }
    }
}
