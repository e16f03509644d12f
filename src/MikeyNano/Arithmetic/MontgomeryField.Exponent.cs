using System;
using MikeyNano.Bytes;

namespace MikeyNano.Arithmetic
{
    /// <summary>Exponentiation: fixed 4-bit windows with a constant-time table scan; inversion by Fermat; square roots
    /// for p = 3 mod 4.</summary>
    public sealed partial class MontgomeryField
    {
        /// <summary>r = a^e. Per exponent octet: 8 squarings and 2 multiplications by an entry of a 16-entry table read
        /// by scanning every entry under a mask, so time depends only on the exponent's length.</summary>
        public void Pow(uint[] r, uint[] a, byte[] exponentBigEndian)
        {
            if (exponentBigEndian == null) throw new ArgumentNullException("exponentBigEndian");
            int n = _n;
            uint[][] table = _table;
            Array.Copy(_one, table[0], n);
            Array.Copy(a, table[1], n);
            for (int k = 2; k < 16; k++) Mul(table[k], table[k - 1], table[1]);
            uint[] acc = _acc;
            uint[] sel = _sel;
            Array.Copy(_one, acc, n);
            for (int i = 0; i < exponentBigEndian.Length; i++)
            {
                int octet = exponentBigEndian[i];
                for (int half = 0; half < 2; half++)
                {
                    uint nibble = (uint)(half == 0 ? octet >> 4 : octet & 15);
                    Sqr(acc, acc);
                    Sqr(acc, acc);
                    Sqr(acc, acc);
                    Sqr(acc, acc);
                    SelectFromTable(sel, table, nibble);
                    Mul(acc, acc, sel);
                }
            }
            Array.Copy(acc, r, n);
            Secrets.Wipe(acc);
            Secrets.Wipe(sel);
            for (int k = 0; k < 16; k++) Secrets.Wipe(table[k]);
        }

        /// <summary>sel = table[index], reading every entry (no secret-dependent address).</summary>
        private void SelectFromTable(uint[] sel, uint[][] table, uint index)
        {
            int n = _n;
            for (int j = 0; j < n; j++) sel[j] = 0;
            for (uint k = 0; k < 16; k++)
            {
                uint mask = ConstantTime.IsZeroMask(k ^ index);
                uint[] e = table[k];
                for (int j = 0; j < n; j++) sel[j] |= e[j] & mask;
            }
        }

        public void Invert(uint[] r, uint[] a)
        {
            Pow(r, a, _pMinus2); // Fermat: a^(p-2) = a^-1 for a != 0; 0 stays 0
        }

        /// <summary>r = a^((p+1)/4), a square root of a when one exists (p = 3 mod 4 only; otherwise throws
        /// NotSupportedException). Returns whether r^2 == a; constant-time except for that result.</summary>
        public bool Sqrt(uint[] r, uint[] a)
        {
            if (_sqrtExp == null) throw new NotSupportedException("Sqrt needs p = 3 mod 4");
            uint[] saved = _tmp2;
            Array.Copy(a, saved, _n);
            Pow(r, a, _sqrtExp);
            uint[] check = _tmp;
            Sqr(check, r);
            return AreEqual(check, saved) != 0;
        }
    }
}
