namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// CRC-32 as IEEE 802.3 and zlib compute it (reflected polynomial 0xEDB88320, initial value and final XOR
    /// 0xFFFFFFFF; check value of "123456789" is 0xCBF43926). It only catches line errors; the frame's HMAC is what
    /// authenticates. Bitwise, without a 1 KiB table, to keep the device's byte code and RAM small.
    /// </summary>
    internal static class FrameCrc32
    {
        public static uint Compute(byte[] data, int offset, int count)
        {
            uint crc = 0xFFFFFFFF;
            for (int i = 0; i < count; i++)
            {
                crc ^= data[offset + i];
                for (int bit = 0; bit < 8; bit++)
                    crc = (crc >> 1) ^ (0xEDB88320 & (0u - (crc & 1)));
            }
            return ~crc;
        }
    }
}
