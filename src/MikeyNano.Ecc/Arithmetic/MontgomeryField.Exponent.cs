using System;

namespace MikeyNano.Arithmetic
{
    /// <summary>Exponentiation (fixed 4-bit windows), inversion by divsteps, square roots for p = 3 mod 4.</summary>
    internal sealed partial class MontgomeryField
    {
        /// <summary>r = a^e, constant-time in the exponent's bits for a fixed length (see <see cref="WindowedPow"/>).</summary>
        public void Pow(uint[] r, uint[] a, byte[] exponentBigEndian)
        {
            WindowedPow.Run(this, PowTable(), _acc, _sel, r, a, exponentBigEndian);
        }

        /// <summary>r = a^-1 (0 stays 0); constant-time. The divstep inverse of the stored integer a R is a^-1 R^-1;
        /// one Montgomery multiplication by R^3 brings it to a^-1 R. Counts one inversion and one multiplication.</summary>
        public void Invert(uint[] r, uint[] a)
        {
            _inverse.InvertMontgomery(this, _r3, _tmp, r, a, false);
        }

        /// <summary>As <see cref="Invert"/> in VARIABLE time, for public values only (e.g. the s of a signature being
        /// verified). Counts one inversion and one multiplication.</summary>
        public void InvertVariableTime(uint[] r, uint[] a)
        {
            _inverse.InvertMontgomery(this, _r3, _tmp, r, a, true);
        }

        /// <summary>r = a^(p-2) by sliding windows (Fermat): a^-1 as 1 + 251 squarings and 42 multiplications for a
        /// 256-bit p; the reference for <see cref="Invert"/>, and the inversion a cost model without divsteps counts.</summary>
        public void InvertByFermat(uint[] r, uint[] a)
        {
            FixedExponentPow.Run(this, PowTable(), _acc, r, a, InvertSchedule());
        }

        /// <summary>r = a^((p+1)/4), a square root of a when one exists (p = 3 mod 4 only; otherwise throws
        /// NotSupportedException). Returns whether r^2 == a; constant-time except for that result.</summary>
        public bool Sqrt(uint[] r, uint[] a)
        {
            if (_sqrtExp == null) throw new NotSupportedException("Sqrt needs p = 3 mod 4");
            uint[] saved = _tmp2;
            Array.Copy(a, saved, _n);
            FixedExponentPow.Run(this, PowTable(), _acc, r, a, SqrtSchedule());
            uint[] check = _tmp;
            Sqr(check, r);
            return AreEqual(check, saved) != 0;
        }
    }
}
