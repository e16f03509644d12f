using System;
using MikeyNano.Bytes;

namespace MikeyNano.Arithmetic
{
    /// <summary>
    /// F_p^2 = F_p[i]/(i^2 + 1) over an <see cref="IPrimeField"/> (p = 3 mod 4, so -1 is not a square), as SAKKE's
    /// pairing values need (RFC 6508 section 2.1). An element is a pair (re, im) of base-field elements meaning
    /// re + im i. Every operation writes into caller-supplied arrays, allocates nothing, and the outputs may alias any
    /// input. Constant-time (the base field's operations are). Not thread-safe (owns scratch space).
    /// </summary>
    internal sealed class Fp2
    {
        private readonly IPrimeField _f;
        private readonly uint[] _t0, _t1, _t2, _t3;
        private readonly uint[] _accRe, _accIm, _selRe, _selIm, _prodRe, _prodIm;

        public Fp2(IPrimeField f)
        {
            if (f == null) throw new ArgumentNullException("f");
            _f = f;
            _t0 = f.Create(); _t1 = f.Create(); _t2 = f.Create(); _t3 = f.Create();
            _accRe = f.Create(); _accIm = f.Create(); _selRe = f.Create(); _selIm = f.Create();
            _prodRe = f.Create(); _prodIm = f.Create();
        }

        public IPrimeField Field { get { return _f; } }

        /// <summary>r = a b with three base multiplications (Karatsuba): re = a0 b0 - a1 b1,
        /// im = (a0 + a1)(b0 + b1) - a0 b0 - a1 b1.</summary>
        public void Mul(uint[] rRe, uint[] rIm, uint[] aRe, uint[] aIm, uint[] bRe, uint[] bIm)
        {
            IPrimeField f = _f;
            f.Mul(_t0, aRe, bRe);
            f.Mul(_t1, aIm, bIm);
            f.Add(_t2, aRe, aIm);
            f.Add(_t3, bRe, bIm);
            f.Mul(_t2, _t2, _t3);
            f.Sub(_t2, _t2, _t0);
            f.Sub(rIm, _t2, _t1);
            f.Sub(rRe, _t0, _t1);
        }

        /// <summary>r = a^2 with two base multiplications: re = (a0 + a1)(a0 - a1), im = 2 a0 a1.</summary>
        public void Sqr(uint[] rRe, uint[] rIm, uint[] aRe, uint[] aIm)
        {
            IPrimeField f = _f;
            f.Add(_t0, aRe, aIm);
            f.Sub(_t1, aRe, aIm);
            f.Mul(_t2, aRe, aIm);
            f.Mul(rRe, _t0, _t1);
            f.Add(rIm, _t2, _t2);
        }

        /// <summary>r = a k for a base-field element k (two base multiplications).</summary>
        public void MulBase(uint[] rRe, uint[] rIm, uint[] aRe, uint[] aIm, uint[] k)
        {
            _f.Mul(rRe, aRe, k);
            _f.Mul(rIm, aIm, k);
        }

        public void Add(uint[] rRe, uint[] rIm, uint[] aRe, uint[] aIm, uint[] bRe, uint[] bIm)
        {
            _f.Add(rRe, aRe, bRe);
            _f.Add(rIm, aIm, bIm);
        }

        public void Sub(uint[] rRe, uint[] rIm, uint[] aRe, uint[] aIm, uint[] bRe, uint[] bIm)
        {
            _f.Sub(rRe, aRe, bRe);
            _f.Sub(rIm, aIm, bIm);
        }

        public void Neg(uint[] rRe, uint[] rIm, uint[] aRe, uint[] aIm)
        {
            _f.Neg(rRe, aRe);
            _f.Neg(rIm, aIm);
        }

        /// <summary>r = conjugate of a = re - im i (also the Frobenius a^p, since p = 3 mod 4).</summary>
        public void Conj(uint[] rRe, uint[] rIm, uint[] aRe, uint[] aIm)
        {
            _f.Copy(rRe, aRe);
            _f.Neg(rIm, aIm);
        }

        /// <summary>r = a^-1 = conj(a) / (re^2 + im^2); r = 0 when a = 0.</summary>
        public void Invert(uint[] rRe, uint[] rIm, uint[] aRe, uint[] aIm)
        {
            IPrimeField f = _f;
            f.Sqr(_t0, aRe);
            f.Sqr(_t1, aIm);
            f.Add(_t0, _t0, _t1);
            f.Invert(_t0, _t0);
            f.Mul(rRe, aRe, _t0);
            f.Mul(_t1, aIm, _t0);
            f.Neg(rIm, _t1);
        }

        /// <summary>r = a^e for a big-endian exponent: square-and-always-multiply, selecting by mask, so time depends
        /// only on the exponent's length (2 + 3 base multiplications per bit).</summary>
        public void Pow(uint[] rRe, uint[] rIm, uint[] aRe, uint[] aIm, byte[] exponentBigEndian)
        {
            if (exponentBigEndian == null) throw new ArgumentNullException("exponentBigEndian");
            IPrimeField f = _f;
            uint[] baseRe = _selRe, baseIm = _selIm; // keep a copy: r may alias a
            f.Copy(baseRe, aRe);
            f.Copy(baseIm, aIm);
            f.SetOne(_accRe);
            f.SetZero(_accIm);
            for (int i = 0; i < exponentBigEndian.Length; i++)
            {
                int octet = exponentBigEndian[i];
                for (int bit = 7; bit >= 0; bit--)
                {
                    Sqr(_accRe, _accIm, _accRe, _accIm);
                    Mul(_prodRe, _prodIm, _accRe, _accIm, baseRe, baseIm);
                    uint mask = 0u - (uint)((octet >> bit) & 1);
                    f.Select(_accRe, _prodRe, _accRe, mask);
                    f.Select(_accIm, _prodIm, _accIm, mask);
                }
            }
            f.Copy(rRe, _accRe);
            f.Copy(rIm, _accIm);
            Secrets.Wipe(_accRe); Secrets.Wipe(_accIm); Secrets.Wipe(baseRe); Secrets.Wipe(baseIm);
            Secrets.Wipe(_prodRe); Secrets.Wipe(_prodIm);
        }

        public void Copy(uint[] rRe, uint[] rIm, uint[] aRe, uint[] aIm)
        {
            _f.Copy(rRe, aRe);
            _f.Copy(rIm, aIm);
        }

        public void SetOne(uint[] rRe, uint[] rIm)
        {
            _f.SetOne(rRe);
            _f.SetZero(rIm);
        }

        public void SetZero(uint[] rRe, uint[] rIm)
        {
            _f.SetZero(rRe);
            _f.SetZero(rIm);
        }

        /// <summary>0xFFFFFFFF if a == 1 else 0.</summary>
        public uint IsOne(uint[] aRe, uint[] aIm)
        {
            _f.SetOne(_t0);
            return _f.AreEqual(aRe, _t0) & _f.IsZero(aIm);
        }

        /// <summary>0xFFFFFFFF if a == b else 0.</summary>
        public uint AreEqual(uint[] aRe, uint[] aIm, uint[] bRe, uint[] bIm)
        {
            return _f.AreEqual(aRe, bRe) & _f.AreEqual(aIm, bIm);
        }

        /// <summary>r = mask == 0xFFFFFFFF ? a : b.</summary>
        public void Select(uint[] rRe, uint[] rIm, uint[] aRe, uint[] aIm, uint[] bRe, uint[] bIm, uint mask)
        {
            _f.Select(rRe, aRe, bRe, mask);
            _f.Select(rIm, aIm, bIm, mask);
        }
    }
}
