using System;

namespace MikeyNano.Arithmetic
{
    /// <summary>Exponentiation (fixed 4-bit windows), inversion by Fermat, square roots for p = 3 mod 4.</summary>
    public sealed partial class MontgomeryField
    {
        /// <summary>r = a^e, constant-time in the exponent's bits for a fixed length (see <see cref="WindowedPow"/>).</summary>
        public void Pow(uint[] r, uint[] a, byte[] exponentBigEndian)
        {
            WindowedPow.Run(this, _table, _acc, _sel, r, a, exponentBigEndian);
        }

        public void Invert(uint[] r, uint[] a)
        {
            // Fermat: a^(p-2) = a^-1 for a != 0; 0 stays 0. The exponent is public: sliding windows.
            FixedExponentPow.Run(this, _table, _acc, r, a, _invertSchedule);
        }

        /// <summary>r = a^((p+1)/4), a square root of a when one exists (p = 3 mod 4 only; otherwise throws
        /// NotSupportedException). Returns whether r^2 == a; constant-time except for that result.</summary>
        public bool Sqrt(uint[] r, uint[] a)
        {
            if (_sqrtExp == null) throw new NotSupportedException("Sqrt needs p = 3 mod 4");
            uint[] saved = _tmp2;
            Array.Copy(a, saved, _n);
            FixedExponentPow.Run(this, _table, _acc, r, a, _sqrtSchedule);
            uint[] check = _tmp;
            Sqr(check, r);
            return AreEqual(check, saved) != 0;
        }
    }
}
