using System;

namespace MikeyNano.Bytes
{
    /// <summary>Zeroization of secret buffers. Call it in a finally block once a key or intermediate is no longer needed.</summary>
    internal static class Secrets
    {
        public static void Wipe(byte[] buffer)
        {
            if (buffer != null) Array.Clear(buffer, 0, buffer.Length);
        }

        public static void Wipe(uint[] buffer)
        {
            if (buffer != null) Array.Clear(buffer, 0, buffer.Length);
        }
    }
}
