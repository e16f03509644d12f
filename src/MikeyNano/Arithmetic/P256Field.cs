using System;
using MikeyNano.Errors;

namespace MikeyNano.Arithmetic
{
    /// <summary>
    /// F_p for the NIST P-256 prime p = 2^256 - 2^224 + 2^192 + 2^96 - 1 (FIPS 186-4 D.1.2.3), elements held as plain
    /// integers (not Montgomery form), fully reduced. Multiplication and squaring are unrolled 8 x 32-bit schoolbook
    /// products followed by the Solinas reduction of FIPS 186-4 D.2.3, with no loops and no scratch arrays. Every
    /// member is constant-time except as noted (FromBytes's accept/reject, Sqrt's verdict). Not thread-safe (Pow and
    /// Sqrt use scratch space owned by the instance).
    /// </summary>
    public sealed partial class P256Field : IPrimeField
    {
        private static readonly uint[] P = { 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0, 0, 0, 1, 0xFFFFFFFF };
        private static readonly uint[] TwoTo256ModP = { 1, 0, 0, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFE, 0 };
        private static readonly byte[] PMinus2 = ExponentOf(0xFFFFFFFD);     // p - 2
        private static readonly byte[] SqrtExponent = SqrtExp();             // (p + 1) / 4
        private static readonly int[] InvertSchedule = FixedExponentPow.Schedule(PMinus2);
        private static readonly int[] SqrtSchedule = FixedExponentPow.Schedule(SqrtExponent);

        private readonly uint[][] _table = WindowedPow.NewTable(8);
        private readonly uint[] _acc = new uint[8], _sel = new uint[8], _tmp = new uint[8], _tmp2 = new uint[8];
        private readonly DivstepInverse _inverse = SharedInverse.Clone();
        private static readonly DivstepInverse SharedInverse = new DivstepInverse(P, 8);

        public int Limbs { get { return 8; } }
        public int ByteLength { get { return 32; } }

        public byte[] ModulusBytes
        {
            get
            {
                byte[] b = new byte[32];
                Natural.ToBigEndian(P, 8, b, 0, 32);
                return b;
            }
        }

        public uint[] Create() { return new uint[8]; }

        /// <summary>Zeroizes the scratch space (after operations on secrets).</summary>
        public void Wipe()
        {
            Array.Clear(_acc, 0, 8); Array.Clear(_sel, 0, 8); Array.Clear(_tmp, 0, 8); Array.Clear(_tmp2, 0, 8);
            WindowedPow.WipeTable(_table);
        }
        public void SetZero(uint[] r) { Array.Clear(r, 0, 8); }
        public void SetOne(uint[] r) { Array.Clear(r, 0, 8); r[0] = 1; }
        public void Copy(uint[] r, uint[] a) { Array.Copy(a, r, 8); }
        public void SetSmall(uint[] r, uint k) { Array.Clear(r, 0, 8); r[0] = k; }

        public void FromBytes(byte[] src, int offset, int length, uint[] r)
        {
            if (length > 32) throw new InvalidEncodingException("field element is " + length + " octets, at most 32 allowed");
            uint[] x = _tmp;
            Natural.FromBigEndian(src, offset, length, x, 8);
            if (Natural.LessThan(x, P, 8) == 0) throw new InvalidEncodingException("field element is not below p");
            Array.Copy(x, r, 8);
        }

        public void FromBytesReduce(byte[] src, int offset, int length, uint[] r)
        {
            if (src == null || offset < 0 || length < 0 || offset > src.Length - length)
                throw new InvalidEncodingException("integer range is outside the buffer");
            // Horner in base 2^256: acc = acc * (2^256 mod p) + block, each block (< 2^256 < 2p) reduced by one subtraction.
            int first = length % 32;
            if (first == 0 && length > 0) first = 32;
            uint[] x = _tmp, acc = _acc;
            Array.Clear(acc, 0, 8);
            int pos = offset, take = first;
            while (pos < offset + length)
            {
                Natural.FromBigEndian(src, pos, take, x, 8);
                Natural.SubMasked(x, P, 0u - (Natural.LessThan(x, P, 8) ^ 1u), 8);
                Mul(acc, acc, TwoTo256ModP);
                Add(acc, acc, x);
                pos += take;
                take = 32;
            }
            Array.Copy(acc, r, 8);
        }

        public void ToBytes(uint[] a, byte[] dst, int offset)
        {
            Natural.ToBigEndian(a, 8, dst, offset, 32);
        }

        public void Add(uint[] r, uint[] a, uint[] b)
        {
            AddCore(r, a, b);
        }

        public void Sub(uint[] r, uint[] a, uint[] b)
        {
            SubCore(r, a, b);
        }

        public void Neg(uint[] r, uint[] a)
        {
            uint mask = ~Natural.IsZero(a, 8);
            long c = 0;
            for (int i = 0; i < 8; i++)
            {
                c += (long)P[i] - a[i];
                r[i] = (uint)c & mask;
                c >>= 32;
            }
        }

        /// <summary>r = a^-1 by divsteps (0 stays 0); constant-time. Counts one inversion.</summary>
        public void Invert(uint[] r, uint[] a)
        {
            if (FieldOps.Enabled) FieldOps.Inversions++;
            _inverse.Invert(r, a);
        }

        /// <summary>As <see cref="Invert"/> in VARIABLE time, for public values only (the Z of public points).</summary>
        public void InvertVariableTime(uint[] r, uint[] a)
        {
            if (FieldOps.Enabled) FieldOps.Inversions++;
            _inverse.InvertVariableTime(r, a);
        }

        /// <summary>r = a^(p-2) by sliding windows (Fermat; 0 stays 0): the reference for <see cref="Invert"/>.</summary>
        public void InvertByFermat(uint[] r, uint[] a)
        {
            FixedExponentPow.Run(this, _table, _acc, r, a, InvertSchedule);
        }

        public bool Sqrt(uint[] r, uint[] a)
        {
            uint[] saved = _tmp2;
            Array.Copy(a, saved, 8);
            FixedExponentPow.Run(this, _table, _acc, r, a, SqrtSchedule);
            Sqr(_tmp, r);
            return AreEqual(_tmp, saved) != 0;
        }

        public void Pow(uint[] r, uint[] a, byte[] exponentBigEndian)
        {
            WindowedPow.Run(this, _table, _acc, _sel, r, a, exponentBigEndian);
        }

        public uint IsZero(uint[] a) { return Natural.IsZero(a, 8); }
        public uint AreEqual(uint[] a, uint[] b) { return Natural.AreEqual(a, b, 8); }
        public void Select(uint[] r, uint[] a, uint[] b, uint mask) { Natural.Select(r, a, b, mask, 8); }

        private static byte[] ExponentOf(uint lowLimb)
        {
            uint[] e = { lowLimb, 0xFFFFFFFF, 0xFFFFFFFF, 0, 0, 0, 1, 0xFFFFFFFF };
            byte[] b = new byte[32];
            Natural.ToBigEndian(e, 8, b, 0, 32);
            return b;
        }

        private static byte[] SqrtExp()
        {
            // (p + 1) / 4 = 2^254 - 2^222 + 2^190 + 2^94
            uint[] e = { 0, 0, 0x40000000, 0, 0, 0x40000000, 0xC0000000, 0x3FFFFFFF };
            byte[] b = new byte[32];
            Natural.ToBigEndian(e, 8, b, 0, 32);
            return b;
        }

        /// <summary>r = the 8 limbs r0..r7 (below 2^256) minus p if they are at least p; by mask.</summary>
        private static void FinalSubtract(uint[] r, uint r0, uint r1, uint r2, uint r3, uint r4, uint r5, uint r6, uint r7)
        {
            long c = (long)r0 - 0xFFFFFFFF; uint d0 = (uint)c; c >>= 32;
            c += (long)r1 - 0xFFFFFFFF; uint d1 = (uint)c; c >>= 32;
            c += (long)r2 - 0xFFFFFFFF; uint d2 = (uint)c; c >>= 32;
            c += r3; uint d3 = (uint)c; c >>= 32;
            c += r4; uint d4 = (uint)c; c >>= 32;
            c += r5; uint d5 = (uint)c; c >>= 32;
            c += (long)r6 - 1; uint d6 = (uint)c; c >>= 32;
            c += (long)r7 - 0xFFFFFFFF; uint d7 = (uint)c; c >>= 32;
            uint keep = (uint)c; // all ones when r < p (borrow), else 0
            r[0] = (r0 & keep) | (d0 & ~keep);
            r[1] = (r1 & keep) | (d1 & ~keep);
            r[2] = (r2 & keep) | (d2 & ~keep);
            r[3] = (r3 & keep) | (d3 & ~keep);
            r[4] = (r4 & keep) | (d4 & ~keep);
            r[5] = (r5 & keep) | (d5 & ~keep);
            r[6] = (r6 & keep) | (d6 & ~keep);
            r[7] = (r7 & keep) | (d7 & ~keep);
        }
    }
}
