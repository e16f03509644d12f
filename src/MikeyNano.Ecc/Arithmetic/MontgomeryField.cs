using System;
using MikeyNano.Errors;

namespace MikeyNano.Arithmetic
{
    /// <summary>
    /// F_p for any odd modulus p &gt; 2, elements in Montgomery form (x R mod p with R = 2^(32 Limbs)), always fully
    /// reduced. Used for the 1024-bit SAKKE prime and for group orders (P-256 n, SAKKE q). Constant-time: every member
    /// runs the same instructions and touches the same memory whatever the element values, except that
    /// <see cref="FromBytes"/> throws on out-of-range input and <see cref="Sqrt"/> returns whether a root exists.
    /// Not thread-safe (owns scratch space); <see cref="Clone"/> gives another instance sharing the constants.
    /// This file: layout, constants, encoding, additive operations. Multiplication: MontgomeryField.Multiply.cs;
    /// exponentiation: MontgomeryField.Exponent.cs.
    /// </summary>
    internal sealed partial class MontgomeryField : IPrimeField
    {
        private readonly int _n;            // limbs
        private readonly int _byteLength;
        private readonly uint[] _p;         // modulus, n limbs
        private readonly uint _n0;          // -p^-1 mod 2^32
        private readonly uint[] _r2;        // R^2 mod p (plain integer)
        private readonly uint[] _one;       // R mod p (Montgomery form of 1)
        private readonly uint[] _rawOne;    // the integer 1 (n limbs), to leave Montgomery form
        private readonly uint[] _r3;        // R^3 mod p (plain integer): Invert's correction
        private readonly DivstepInverse _inverse;
        private readonly byte[] _pMinus2;   // exponent for Invert
        private int[] _invertSchedule, _sqrtSchedule; // FixedExponentPow schedules of p - 2 and (p + 1) / 4, made on first use
        private readonly byte[] _sqrtExp;   // (p+1)/4 when p = 3 mod 4, else null

        // scratch (one set per instance)
        private readonly uint[] _t;         // n + 2 limbs: Montgomery product accumulator
        private readonly uint[] _w;         // 2n + 1 limbs: square before reduction
        private readonly uint[] _tmp;       // n limbs: conversions
        private readonly uint[] _tmp2;      // n limbs: Sqrt check
        private uint[][] _table;            // 16 x n: Pow window table, allocated by the first Pow or Sqrt
        private readonly uint[] _acc;       // n limbs: Pow accumulator
        private readonly uint[] _sel;       // n limbs: Pow selected table entry

        /// <summary>A field for the odd modulus given big-endian (leading zero octets allowed).</summary>
        public MontgomeryField(byte[] oddModulusBigEndian)
        {
            if (oddModulusBigEndian == null) throw new ArgumentNullException("oddModulusBigEndian");
            int start = 0;
            while (start < oddModulusBigEndian.Length && oddModulusBigEndian[start] == 0) start++;
            int len = oddModulusBigEndian.Length - start;
            if (len == 0 || (oddModulusBigEndian[oddModulusBigEndian.Length - 1] & 1) == 0 || (len == 1 && oddModulusBigEndian[start] < 3))
                throw new ArgumentException("the modulus must be odd and greater than 2");
            _byteLength = len;
            _n = (len + 3) / 4;
            _p = new uint[_n];
            Natural.FromBigEndian(oddModulusBigEndian, start, len, _p, _n);

            // -p^-1 mod 2^32 by Newton iteration: x = x (2 - p x) doubles the correct low bits each step.
            uint p0 = _p[0], x = 1;
            for (int i = 0; i < 5; i++) x *= 2 - p0 * x;
            _n0 = 0 - x;

            // R mod p and R^2 mod p by doubling 1 modulo p (2 * 32n doublings; construction only).
            _one = new uint[_n];
            _r2 = new uint[_n];
            uint[] v = new uint[_n];
            v[0] = 1;
            if (_n == 1 && _p[0] == 1) v[0] = 0;
            for (int i = 0; i < 64 * _n; i++)
            {
                if (i == 32 * _n) Array.Copy(v, _one, _n);
                uint carry = Natural.Add(v, v, v, _n);
                uint lt = Natural.LessThan(v, _p, _n);
                uint mask = 0u - (carry | (lt ^ 1u));
                Natural.SubMasked(v, _p, mask, _n);
            }
            Array.Copy(v, _r2, _n);
            _rawOne = new uint[_n];
            _rawOne[0] = 1;

            _t = new uint[_n + 2];
            _w = new uint[2 * _n + 1];
            _tmp = new uint[_n];
            _tmp2 = new uint[_n];
            _acc = new uint[_n];
            _sel = new uint[_n];

            // p - 2 and (p + 1) / 4 as big-endian exponents.
            uint[] e = new uint[_n];
            uint[] small = new uint[_n];
            small[0] = 2;
            Natural.Sub(e, _p, small, _n);
            _pMinus2 = new byte[_byteLength];
            Natural.ToBigEndian(e, _n, _pMinus2, 0, _byteLength);
            if ((_p[0] & 3) == 3)
            {
                small[0] = 1;
                uint c = Natural.Add(e, _p, small, _n);
                for (int i = 0; i < _n; i++)
                {
                    uint hi = i + 1 < _n ? e[i + 1] : c;
                    e[i] = (e[i] >> 2) | (hi << 30);
                }
                _sqrtExp = new byte[_byteLength];
                Natural.ToBigEndian(e, _n, _sqrtExp, 0, _byteLength);
            }
            _inverse = new DivstepInverse(_p, _n);
            _r3 = new uint[_n];
            MontMul(_r3, _r2, _r2);      // R^2 R^2 / R = R^3
            Wipe();                      // scratch is all zero between calls (docs/security.md)
        }

        private MontgomeryField(MontgomeryField o)
        {
            _n = o._n; _byteLength = o._byteLength; _p = o._p; _n0 = o._n0; _r2 = o._r2; _one = o._one;
            _rawOne = o._rawOne; _pMinus2 = o._pMinus2; _sqrtExp = o._sqrtExp;
            _r3 = o._r3; _inverse = o._inverse.Clone();
            _t = new uint[_n + 2];
            _w = new uint[2 * _n + 1];
            _tmp = new uint[_n];
            _tmp2 = new uint[_n];
            _acc = new uint[_n];
            _sel = new uint[_n];
        }

        /// <summary>Another instance over the same modulus with its own scratch (for another thread); cheap.</summary>
        public MontgomeryField Clone()
        {
            return new MontgomeryField(this);
        }

        public int Limbs { get { return _n; } }
        public int ByteLength { get { return _byteLength; } }

        public byte[] ModulusBytes
        {
            get
            {
                byte[] b = new byte[_byteLength];
                Natural.ToBigEndian(_p, _n, b, 0, _byteLength);
                return b;
            }
        }

        /// <summary>Whether p = 3 mod 4 (so <see cref="Sqrt"/> is available).</summary>
        public bool SupportsSqrt { get { return _sqrtExp != null; } }

        /// <summary>Zeroizes the scratch space (after operations on secrets, before the instance is reused or
        /// dropped).</summary>
        public void Wipe()
        {
            Array.Clear(_t, 0, _t.Length); Array.Clear(_w, 0, _w.Length);
            Array.Clear(_tmp, 0, _n); Array.Clear(_tmp2, 0, _n);
            Array.Clear(_acc, 0, _n); Array.Clear(_sel, 0, _n);
            if (_table != null) WindowedPow.WipeTable(_table);
        }

        /// <summary>The window table of Pow, Sqrt and InvertByFermat (16 x n limbs: 2 KB for 1024 bits), allocated on
        /// first use so that an instance that only multiplies and reduces (SAKKE's integers mod q, a P-256 context's
        /// scalars) never holds one.</summary>
        /// <summary>The schedules of Sqrt and InvertByFermat (about 1.6 KB each for 1024 bits), made on first use: the
        /// library inverts by divsteps and decodes no compressed point of this field, so they are rarely needed.</summary>
        private int[] InvertSchedule()
        {
            if (_invertSchedule == null) _invertSchedule = FixedExponentPow.Schedule(_pMinus2);
            return _invertSchedule;
        }

        private int[] SqrtSchedule()
        {
            if (_sqrtSchedule == null) _sqrtSchedule = FixedExponentPow.Schedule(_sqrtExp);
            return _sqrtSchedule;
        }

        private uint[][] PowTable()
        {
            if (_table == null) _table = WindowedPow.NewTable(_n);
            return _table;
        }

        public uint[] Create()
        {
            return new uint[_n];
        }

        public void SetZero(uint[] r)
        {
            for (int i = 0; i < _n; i++) r[i] = 0;
        }

        public void SetOne(uint[] r)
        {
            Array.Copy(_one, r, _n);
        }

        public void Copy(uint[] r, uint[] a)
        {
            Array.Copy(a, r, _n);
        }

        public void SetSmall(uint[] r, uint k)
        {
            uint[] x = _tmp;
            for (int i = 1; i < _n; i++) x[i] = 0;
            x[0] = k;
            Mul(r, x, _r2); // k < R, R^2 < p: the product reduces to k R mod p
        }

        public void FromBytes(byte[] src, int offset, int length, uint[] r)
        {
            if (length > _byteLength)
                throw new InvalidEncodingException("field element is " + length + " octets, at most " + _byteLength + " allowed");
            uint[] x = _tmp;
            Natural.FromBigEndian(src, offset, length, x, _n);
            if (Natural.LessThan(x, _p, _n) == 0)
                throw new InvalidEncodingException("field element is not below the modulus");
            Mul(r, x, _r2);
        }

        public void FromBytesReduce(byte[] src, int offset, int length, uint[] r)
        {
            if (src == null || offset < 0 || length < 0 || offset > src.Length - length)
                throw new InvalidEncodingException("integer range is outside the buffer");
            // Horner in base R: value = sum block_k R^k. Mont(v R + block) = Mont(v) * R^2 + block * R^2 (each
            // Montgomery product reduces any block < R because R^2 mod p < p).
            int blockBytes = 4 * _n;
            int first = (int)((uint)length % (uint)blockBytes); // length >= 0; rem.un: nanoCLR's rem is unsigned on a uint-tagged int
            if (first == 0 && length > 0) first = blockBytes;
            uint[] x = _tmp;
            uint[] acc = _acc;
            SetZero(acc);
            int pos = offset;
            int take = first;
            while (pos < offset + length)
            {
                Natural.FromBigEndian(src, pos, take, x, _n);
                if (pos > offset) Mul(acc, acc, _r2); // the first block has nothing before it to shift (public lengths only)
                Mul(x, x, _r2);
                Add(acc, acc, x);
                pos += take;
                take = blockBytes;
            }
            Array.Copy(acc, r, _n);
        }

        /// <summary>
        /// The integer src[offset .. offset + length) (big-endian, at most 4 <see cref="Limbs"/> octets) mod p, written
        /// as <see cref="ByteLength"/> big-endian octets at dst[dstOffset..]: the plain residue, never in Montgomery form.
        /// By binary long division: with K = 32 Limbs - bitlength(p), the value is below 2^(K+1) p, and one masked
        /// subtraction of p 2^k for k = K .. 0 leaves it below p (SAKKE's q: K = 2, three subtractions, where
        /// <see cref="FromBytesReduce"/> then <see cref="ToBytes"/> cost three Montgomery products). Constant-time in the
        /// value; its scratch is wiped.
        /// </summary>
        public void ReduceToBytes(byte[] src, int offset, int length, byte[] dst, int dstOffset)
        {
            if (length > 4 * _n) throw new InvalidEncodingException("integer is " + length + " octets, at most " + (4 * _n) + " allowed");
            uint[] x = _tmp, shifted = _tmp2, diff = _sel;
            Natural.FromBigEndian(src, offset, length, x, _n);
            int k = 32 * _n - BitLength(_p);
            ShiftLeft(shifted, _p, k); // p 2^K < 2^(32 Limbs): fits
            for (; k >= 0; k--)
            {
                uint borrow = Natural.Sub(diff, x, shifted, _n);
                Natural.Select(x, x, diff, 0u - borrow, _n); // keep x when x < p 2^k (borrow), else x - p 2^k
                ShiftRightOne(shifted);
            }
            Natural.ToBigEndian(x, _n, dst, dstOffset, _byteLength);
            Array.Clear(x, 0, _n); Array.Clear(shifted, 0, _n); Array.Clear(diff, 0, _n);
        }

        private static int BitLength(uint[] a)
        {
            for (int i = a.Length - 1; i >= 0; i--)
                for (int b = 31; b >= 0; b--)
                    if (((a[i] >> b) & 1) != 0) return 32 * i + b + 1;
            return 0;
        }

        // r = a 2^k over n limbs (public k, 0 <= k; bits shifted past the top are dropped).
        private void ShiftLeft(uint[] r, uint[] a, int k)
        {
            int words = k >> 5, bits = k & 31;
            for (int i = _n - 1; i >= 0; i--)
            {
                int j = i - words;
                uint hi = j >= 0 ? a[j] : 0u;
                uint lo = j - 1 >= 0 ? a[j - 1] : 0u;
                r[i] = bits == 0 ? hi : (hi << bits) | (lo >> (32 - bits));
            }
        }

        private void ShiftRightOne(uint[] a)
        {
            for (int i = 0; i < _n - 1; i++) a[i] = (a[i] >> 1) | (a[i + 1] << 31);
            a[_n - 1] >>= 1;
        }

        public void ToBytes(uint[] a, byte[] dst, int offset)
        {
            uint[] x = _tmp;
            MontMul(x, a, _rawOne);
            Natural.ToBigEndian(x, _n, dst, offset, _byteLength);
        }

        /// <summary>Writes the canonical integer value of a (leaving Montgomery form) into natural (n limbs).</summary>
        public void ToNatural(uint[] a, uint[] natural)
        {
            MontMul(natural, a, _rawOne);
        }

        /// <summary>r = the element whose integer value is natural (n limbs, any value below R; reduced mod p).</summary>
        public void FromNatural(uint[] natural, uint[] r)
        {
            Mul(r, natural, _r2);
        }

        public void Add(uint[] r, uint[] a, uint[] b)
        {
            if (FieldOps.Enabled) FieldOps.Record(FieldOps.Add);
            uint carry = Natural.Add(r, a, b, _n);
            uint lt = Natural.LessThan(r, _p, _n);
            Natural.SubMasked(r, _p, 0u - (carry | (lt ^ 1u)), _n);
        }

        public void Sub(uint[] r, uint[] a, uint[] b)
        {
            if (FieldOps.Enabled) FieldOps.Record(FieldOps.Sub);
            uint borrow = Natural.Sub(r, a, b, _n);
            Natural.AddMasked(r, _p, 0u - borrow, _n);
        }

        public void Neg(uint[] r, uint[] a)
        {
            // p - a, masked to 0 when a = 0
            uint mask = ~Natural.IsZero(a, _n);
            long c = 0;
            uint[] p = _p;
            for (int i = 0; i < _n; i++)
            {
                c += (long)p[i] - a[i];
                r[i] = (uint)c & mask;
                c >>= 32;
            }
        }

        public uint IsZero(uint[] a)
        {
            return Natural.IsZero(a, _n);
        }

        public uint AreEqual(uint[] a, uint[] b)
        {
            return Natural.AreEqual(a, b, _n);
        }

        public void Select(uint[] r, uint[] a, uint[] b, uint mask)
        {
            Natural.Select(r, a, b, mask, _n);
        }
    }
}
