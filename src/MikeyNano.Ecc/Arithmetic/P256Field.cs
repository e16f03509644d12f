using System;
using MikeyNano.Errors;

namespace MikeyNano.Arithmetic
{
    /// <summary>
    /// F_p for the NIST P-256 prime p = 2^256 - 2^224 + 2^192 + 2^96 - 1 (FIPS 186-4 D.1.2.3), elements held in
    /// Montgomery form (a R mod p, R = 2^256), fully reduced; FromBytes/ToBytes and FromNatural/ToNatural convert.
    /// Multiplication and squaring are unrolled 8 x 32-bit products followed by a Montgomery reduction that uses p's
    /// shape (p = -1 mod 2^32: the quotient digit is the low word itself, and q p is four shifted additions), with no
    /// loops and no scratch arrays. Additive operations, MulSmall, Halve, IsZero and AreEqual are the same in either
    /// form. Every member is constant-time except as noted (FromBytes's accept/reject, Sqrt's verdict,
    /// InvertVariableTime). Not thread-safe (scratch space owned by the instance).
    /// </summary>
    internal sealed partial class P256Field : IPrimeField
    {
        private static readonly uint[] P = { 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0, 0, 0, 1, 0xFFFFFFFF };
        private static readonly uint[] One = { 1, 0, 0, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFE, 0 }; // R mod p
        private static readonly uint[] PlainOne = { 1, 0, 0, 0, 0, 0, 0, 0 };
        // R^2 and R^3 mod p (R = 2^256), plain: into Montgomery form, and Invert's correction (a wrong one fails
        // the host oracle tests of conversion, multiplication and inversion)
        private static readonly uint[] RSquared = { 3, 0, 0xFFFFFFFF, 0xFFFFFFFB, 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 4 };
        private static readonly uint[] RCubed = { 0xA, 0xFFFFFFFD, 0xFFFFFFF7, 0xFFFFFFED, 0xFFFFFFFC, 5, 1, 0x18 };

        // Derived constants, built on first use: static initialisers hold literals only (nanoCLR runs them eagerly at
        // boot). Two threads may both build one; the results are equal and never modified, so either may win.
        private static DivstepInverse _sharedInverse;
        private static int[] _invertSchedule, _sqrtSchedule;

        private readonly uint[][] _table = WindowedPow.NewTable(8);
        private readonly uint[] _acc = new uint[8], _sel = new uint[8], _tmp = new uint[8], _tmp2 = new uint[8];
        private readonly DivstepInverse _inverse = SharedInverse().Clone();

        /// <summary>The prototype inverter for p that every instance clones.</summary>
        private static DivstepInverse SharedInverse()
        {
            DivstepInverse d = _sharedInverse;
            if (d == null) _sharedInverse = d = new DivstepInverse(P, 8);
            return d;
        }

        /// <summary>The sliding-window schedule of p - 2 (Fermat inversion).</summary>
        private static int[] InvertSchedule()
        {
            int[] s = _invertSchedule;
            if (s == null) _invertSchedule = s = FixedExponentPow.Schedule(ExponentOf(0xFFFFFFFD));
            return s;
        }

        /// <summary>The sliding-window schedule of (p + 1) / 4 (square roots, p = 3 mod 4).</summary>
        private static int[] SqrtSchedule()
        {
            int[] s = _sqrtSchedule;
            if (s == null) _sqrtSchedule = s = FixedExponentPow.Schedule(SqrtExp());
            return s;
        }

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
        public void SetOne(uint[] r) { Array.Copy(One, r, 8); }
        public void Copy(uint[] r, uint[] a) { Array.Copy(a, r, 8); }
        public void SetSmall(uint[] r, uint k) { Array.Clear(r, 0, 8); r[0] = k; Mul(r, r, RSquared); }

        /// <summary>r = the plain integer a (8 limbs, a &lt; p) in Montgomery form. r may be a.</summary>
        public void FromNatural(uint[] r, uint[] a) { Mul(r, a, RSquared); }

        /// <summary>r = the plain integer (8 limbs, &lt; p) that a represents. r may be a.</summary>
        public void ToNatural(uint[] r, uint[] a) { Mul(r, a, PlainOne); }

        public void FromBytes(byte[] src, int offset, int length, uint[] r)
        {
            if (length > 32) throw new InvalidEncodingException("field element is " + length + " octets, at most 32 allowed");
            uint[] x = _tmp;
            Natural.FromBigEndian(src, offset, length, x, 8);
            if (Natural.LessThan(x, P, 8) == 0) throw new InvalidEncodingException("field element is not below p");
            Mul(r, x, RSquared);
        }

        public void FromBytesReduce(byte[] src, int offset, int length, uint[] r)
        {
            if (src == null || offset < 0 || length < 0 || offset > src.Length - length)
                throw new InvalidEncodingException("integer range is outside the buffer");
            // Horner in base 2^256: acc = acc 2^256 + block mod p, each block (< 2^256 < 2p) reduced by one subtraction;
            // in Montgomery form acc R 2^256 = Mul(acc R, R^2) and block R = Mul(block, R^2).
            int first = length & 31; // length >= 0; a mask, not rem, which nanoCLR runs unsigned on a uint-tagged int
            if (first == 0 && length > 0) first = 32;
            uint[] x = _tmp, acc = _acc;
            Array.Clear(acc, 0, 8);
            int pos = offset, take = first;
            while (pos < offset + length)
            {
                Natural.FromBigEndian(src, pos, take, x, 8);
                Natural.SubMasked(x, P, 0u - (Natural.LessThan(x, P, 8) ^ 1u), 8);
                Mul(acc, acc, RSquared);
                Mul(x, x, RSquared);
                Add(acc, acc, x);
                pos += take;
                take = 32;
            }
            Array.Copy(acc, r, 8);
        }

        public void ToBytes(uint[] a, byte[] dst, int offset)
        {
            Mul(_tmp, a, PlainOne);
            Natural.ToBigEndian(_tmp, 8, dst, offset, 32);
        }

        public void Add(uint[] r, uint[] a, uint[] b)
        {
            if (FieldOps.Enabled) FieldOps.Record(FieldOps.Add);
            AddCore(r, a, b);
        }

        public void Sub(uint[] r, uint[] a, uint[] b)
        {
            if (FieldOps.Enabled) FieldOps.Record(FieldOps.Sub);
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

        /// <summary>r = a^-1 by divsteps (0 stays 0); constant-time. The divstep inverse of the stored a R is
        /// a^-1 R^-1; a Montgomery multiplication by R^3 gives a^-1 R. Counts one inversion and one multiplication.</summary>
        public void Invert(uint[] r, uint[] a)
        {
            _inverse.InvertMontgomery(this, RCubed, _tmp, r, a, false);
        }

        /// <summary>As <see cref="Invert"/> in VARIABLE time, for public values only (the Z of public points).</summary>
        public void InvertVariableTime(uint[] r, uint[] a)
        {
            _inverse.InvertMontgomery(this, RCubed, _tmp, r, a, true);
        }

        /// <summary>r = a^(p-2) by sliding windows (Fermat; 0 stays 0): the reference for <see cref="Invert"/>.</summary>
        public void InvertByFermat(uint[] r, uint[] a)
        {
            FixedExponentPow.Run(this, _table, _acc, r, a, InvertSchedule());
        }

        public bool Sqrt(uint[] r, uint[] a)
        {
            uint[] saved = _tmp2;
            Array.Copy(a, saved, 8);
            FixedExponentPow.Run(this, _table, _acc, r, a, SqrtSchedule());
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

        /// <summary>r = r0..r7 + top 2^256 (a value below 2p, top 0 or 1) minus p unless that borrows; by mask.
        /// The borrow chain starts from a signed 0 and grows only by c += ...: nanoCLR gives a sum the data type of its
        /// first operand and shifts a value it tags unsigned logically, so a chain that started as (long)r0 (conv.u8)
        /// lost its sign (docs/subset-gate.md, checked by the gate).</summary>
        private static void FinalSubtractWithTop(uint[] r, uint top, uint r0, uint r1, uint r2, uint r3, uint r4, uint r5, uint r6, uint r7)
        {
            long c = 0;
            c += (long)r0 - 0xFFFFFFFF; uint d0 = (uint)c; c >>= 32;
            c += (long)r1 - 0xFFFFFFFF; uint d1 = (uint)c; c >>= 32;
            c += (long)r2 - 0xFFFFFFFF; uint d2 = (uint)c; c >>= 32;
            c += r3; uint d3 = (uint)c; c >>= 32;
            c += r4; uint d4 = (uint)c; c >>= 32;
            c += r5; uint d5 = (uint)c; c >>= 32;
            c += (long)r6 - 1; uint d6 = (uint)c; c >>= 32;
            c += (long)r7 - 0xFFFFFFFF; uint d7 = (uint)c; c >>= 32;
            uint keep = (uint)(c + top); // all ones when r < p (borrow) and no top bit: keep r
            r[7] = (r7 & keep) | (d7 & ~keep);
            r[0] = (r0 & keep) | (d0 & ~keep);
            r[1] = (r1 & keep) | (d1 & ~keep);
            r[2] = (r2 & keep) | (d2 & ~keep);
            r[3] = (r3 & keep) | (d3 & ~keep);
            r[4] = (r4 & keep) | (d4 & ~keep);
            r[5] = (r5 & keep) | (d5 & ~keep);
            r[6] = (r6 & keep) | (d6 & ~keep);
        }
    }
}
