using System;
using System.Numerics;
using System.Security.Cryptography;
using MikeyNano.Bytes;

namespace MikeyNano.HostTests.Oracles
{
    /// <summary>Arithmetic mod q, the P-256 group order (ECDSA's n, ECCSI's q), on BigInteger, and x([k]G) from .NET: the
    /// oracle side of the nonce and key-recovery tests.</summary>
    internal static class P256Scalars
    {
        public static readonly BigInteger Q = Big(Hex.Decode("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"));

        public static BigInteger Big(byte[] b) => new BigInteger(b, isUnsigned: true, isBigEndian: true);

        /// <summary>The 32 octets at <paramref name="offset"/>, big-endian.</summary>
        public static BigInteger Big(byte[] b, int offset) => new BigInteger(b.AsSpan(offset, 32), isUnsigned: true, isBigEndian: true);

        public static BigInteger Mod(BigInteger a) => ((a % Q) + Q) % Q;

        public static BigInteger Inv(BigInteger a) => BigInteger.ModPow(Mod(a), Q - 2, Q);

        /// <summary>0 &lt;= v &lt; 2^256 as 32 octets, big-endian.</summary>
        public static byte[] Be(BigInteger v)
        {
            byte[] b = v.ToByteArray(isUnsigned: true, isBigEndian: true), r = new byte[32];
            Array.Copy(b, 0, r, 32 - b.Length, b.Length);
            return r;
        }

        /// <summary>x([k]G), 32 octets, from .NET: the public key of private key k.</summary>
        public static byte[] XOfMultiple(byte[] k)
        {
            using var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = k });
            return key.ExportParameters(false).Q.X!;
        }
    }
}
