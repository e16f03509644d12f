using System.Linq;
using System.Security.Cryptography;
using MikeyNano.Bytes;
using MikeyNano.HostTests.Mikey;
using MikeyNano.Tests.Modes;

namespace MikeyNano.HostTests.Modes
{
    /// <summary>MIKEY-PSK's message protection written on .NET's HMAC and AES (OpenSSL), independent of the device code:
    /// RFC 3830 section 4.1.4 transport keys from the pre-shared key (the oracle PRF of SessionKeysOracleTests), the
    /// KEMAC MAC (section 6.2), AES-CM with IV = (salt_key XOR (0x0000 || CSB ID || T)) || 0x0000 (section 4.2.3).</summary>
    public static class PskOracle
    {
        /// <summary>A transport key (RFC 3830 section 4.1.4) from the pre-shared key, or from <paramref name="inkey"/> (ECIES's envelope key).</summary>
        public static byte[] Transport(int prf, uint constant, uint csb, byte[] rand, int length, byte[] inkey = null) =>
            SessionKeysOracleTests.OraclePrf(prf, inkey ?? ModeFixtures.Psk, [.. SessionKeysOracleTests.Label(constant, 0, csb, rand).Take(4), 0xFF, .. SessionKeysOracleTests.Label(constant, 0, csb, rand).Skip(5)], length);

        public static byte[] Mac(int alg, byte[] key, byte[] data) => alg == 1 ? HMACSHA1.HashData(key, data) : HMACSHA256.HashData(key, data);

        public static byte[] AesCm(byte[] key, byte[] salt14, uint csb, ulong t, byte[] data)
        {
            byte[] iv = new byte[16];
            BigEndian.WriteUInt32(iv, 2, csb);
            BigEndian.WriteUInt64(iv, 6, t);
            for (int i = 0; i < 14; i++) iv[i] ^= salt14[i];
            using Aes aes = Aes.Create();
            aes.Key = key;
            byte[] r = new byte[data.Length];
            for (int block = 0; block * 16 < data.Length; block++)
            {
                byte[] ctr = (byte[])iv.Clone();
                int carry = block;
                for (int i = 15; i >= 0 && carry != 0; i--) { int s = ctr[i] + (carry & 0xFF); ctr[i] = (byte)s; carry = (carry >> 8) + (s >> 8); }
                byte[] ks = aes.EncryptEcb(ctr, PaddingMode.None);
                for (int i = 0; i < 16 && block * 16 + i < data.Length; i++) r[block * 16 + i] = (byte)(data[block * 16 + i] ^ ks[i]);
            }
            return r;
        }

        /// <summary><paramref name="message"/> (KEMAC last, Encr alg AES-CM, its key-data chain <paramref name="chainLength"/>
        /// octets in the clear) with the chain encrypted and the MAC computed under the pre-shared key.</summary>
        public static byte[] ProtectKemac(byte[] message, uint csb, byte[] rand, ulong t, int prf, int alg, int chainLength)
        {
            int macLength = alg == 1 ? 20 : 32, chainEnd = message.Length - macLength - 1, chainStart = chainEnd - chainLength;
            byte[] r = (byte[])message.Clone();
            AesCm(Transport(prf, 0x150533E1, csb, rand, 16), Transport(prf, 0x29B88916, csb, rand, 14), csb, t, r[chainStart..chainEnd]).CopyTo(r, chainStart);
            Mac(alg, Transport(prf, 0x2D22AC75, csb, rand, macLength), r[..^macLength]).CopyTo(r, r.Length - macLength);
            return r;
        }

        public static byte[] BE32(uint v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];
        public static byte[] BE64(ulong v) => [.. BE32((uint)(v >> 32)), .. BE32((uint)v)];
    }
}
