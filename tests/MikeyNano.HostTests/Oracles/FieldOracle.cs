using System;
using System.Collections.Generic;
using System.Numerics;
using MikeyNano.Arithmetic;

namespace MikeyNano.HostTests.Oracles
{
    /// <summary>Moduli under test and BigInteger conversions for the field oracles.</summary>
    internal static class FieldOracle
    {
        public const string SakkeP =
            "997ABB1F0A563FDA65C61198DAD0657A416C0CE19CB48261BE9AE358B3E01A2E" +
            "F40AAB27E2FC0F1B228730D531A59CB0E791B39FF7C88A19356D27F4A666A6D0" +
            "E26C6487326B4CD4512AC5CD65681CE1B6AFF4A831852A82A7CF3C521C3C09AA" +
            "9F94D6AF56971F1FFCE3E82389857DB080C5DF10AC7ACE87666D807AFEA85FEB"; // RFC 6509 Appendix A, via ../shared/vectors
        public const string P256P = "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF"; // FIPS 186-4 D.1.2.3
        public const string P256N = "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"; // FIPS 186-4 D.1.2.3

        public static BigInteger Parse(string hex) => BigInteger.Parse("0" + hex, System.Globalization.NumberStyles.HexNumber);

        public static byte[] ToBytes(BigInteger v, int length)
        {
            byte[] b = v.ToByteArray(isUnsigned: true, isBigEndian: true);
            if (b.Length > length) throw new ArgumentException("too long");
            byte[] r = new byte[length];
            Array.Copy(b, 0, r, length - b.Length, b.Length);
            return r;
        }

        public static BigInteger FromBytes(byte[] b) => new BigInteger(b, isUnsigned: true, isBigEndian: true);

        public static uint[] Element(IPrimeField f, BigInteger v)
        {
            uint[] r = f.Create();
            f.FromBytes(ToBytes(v, f.ByteLength), 0, f.ByteLength, r);
            return r;
        }

        public static BigInteger Value(IPrimeField f, uint[] a)
        {
            byte[] b = new byte[f.ByteLength];
            f.ToBytes(a, b, 0);
            return FromBytes(b);
        }

        public static BigInteger Mod(BigInteger a, BigInteger p) { var r = a % p; return r.Sign < 0 ? r + p : r; }

        public static BigInteger Random(Random rng, BigInteger below)
        {
            int len = below.GetByteCount(isUnsigned: true) + 8;
            byte[] b = new byte[len];
            rng.NextBytes(b);
            return FromBytes(b) % below;
        }

        /// <summary>Edge values: 0, 1, 2, p-1, p-2, (p-1)/2, 2^(32k) +- 1 mod p for every limb boundary, and R mod p.</summary>
        public static List<BigInteger> Edges(BigInteger p, int limbs)
        {
            var list = new List<BigInteger> { 0, 1, 2, 3, p - 1, p - 2, (p - 1) / 2, (p + 1) / 2 };
            for (int k = 1; k <= limbs; k++)
            {
                BigInteger w = BigInteger.One << (32 * k);
                list.Add(Mod(w, p)); list.Add(Mod(w - 1, p)); list.Add(Mod(w + 1, p));
                list.Add(Mod(w - (BigInteger.One << (32 * k - 1)), p));
            }
            list.Add(Mod((BigInteger.One << (32 * limbs)) - p, p));
            return list;
        }
    }
}
