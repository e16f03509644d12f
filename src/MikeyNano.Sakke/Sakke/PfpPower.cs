using MikeyNano.Arithmetic;
using MikeyNano.Bytes;

namespace MikeyNano.Sakke
{
    /// <summary>
    /// Exponentiation in PF_p (RFC 6508 section 2.1): an element is represented by one integer t = x2/x1 for the class
    /// of x1 + i x2 in F_p^2*/F_p*; t^r means the representation of (1 + i t)^r. Used for g^r in encapsulation
    /// (section 6.2.1 step 4). Fixed 4-bit windows over all 1024 bits of r with a lookup that reads all 16 entries:
    /// the time does not depend on the secret r. Cost: 1020 F_p^2 squarings (2M) + 255 products (3M) + one
    /// inversion, ~4,100 F_p operations. Not thread-safe (owns scratch space).
    /// </summary>
    internal sealed class PfpPower
    {
        private const int Window = 4;
        private readonly IPrimeField _f;
        private readonly uint[][] _re;
        private readonly uint[][] _im;
        private readonly uint[] _x0, _x1, _s0, _s1, _a, _b, _c;

        public PfpPower(IPrimeField field)
        {
            _f = field;
            _re = new uint[16][];
            _im = new uint[16][];
            for (int i = 0; i < 16; i++) { _re[i] = field.Create(); _im[i] = field.Create(); }
            _x0 = field.Create(); _x1 = field.Create(); _s0 = field.Create(); _s1 = field.Create();
            _a = field.Create(); _b = field.Create(); _c = field.Create();
        }

        /// <summary>result = representation of (1 + i t)^e, e big-endian (any length; all its bits are processed).</summary>
        public void Power(uint[] result, uint[] t, byte[] e)
        {
            IPrimeField f = _f;
            f.SetOne(_re[0]);
            f.SetZero(_im[0]);
            for (int k = 1; k < 16; k++)
            {
                // (x0 + i x1)(1 + i t) = (x0 - t x1) + i (x1 + t x0)
                f.Mul(_a, t, _im[k - 1]);
                f.Mul(_b, t, _re[k - 1]);
                f.Sub(_re[k], _re[k - 1], _a);
                f.Add(_im[k], _im[k - 1], _b);
            }
            bool first = true;
            for (int i = 0; i < e.Length; i++)
            {
                for (int half = 1; half >= 0; half--)
                {
                    int nibble = (e[i] >> (4 * half)) & 0x0F;
                    if (first)
                    {
                        Select(_x0, _x1, nibble);
                        first = false;
                        continue;
                    }
                    for (int s = 0; s < Window; s++)
                    {
                        f.Add(_a, _x0, _x1);
                        f.Sub(_b, _x0, _x1);
                        f.Mul(_x1, _x0, _x1);
                        f.Add(_x1, _x1, _x1);
                        f.Mul(_x0, _a, _b);
                    }
                    Select(_s0, _s1, nibble);
                    f.Mul(_a, _x0, _s0);
                    f.Mul(_b, _x1, _s1);
                    f.Add(_c, _x0, _x1);
                    f.Add(_x1, _s0, _s1);
                    f.Mul(_x1, _x1, _c);
                    f.Sub(_x1, _x1, _a);
                    f.Sub(_x1, _x1, _b);
                    f.Sub(_x0, _a, _b);
                }
            }
            f.Invert(_a, _x0);
            f.Mul(result, _x1, _a);
            Wipe();
        }

        /// <summary>Zeroizes the window table and the accumulators (they hold g^r and r's digits).</summary>
        public void Wipe()
        {
            for (int k = 0; k < 16; k++) { Secrets.Wipe(_re[k]); Secrets.Wipe(_im[k]); }
            Secrets.Wipe(_x0); Secrets.Wipe(_x1); Secrets.Wipe(_s0); Secrets.Wipe(_s1);
            Secrets.Wipe(_a); Secrets.Wipe(_b); Secrets.Wipe(_c);
        }

        private void Select(uint[] re, uint[] im, int index)
        {
            for (int k = 0; k < 16; k++)
            {
                uint m = ScalarBits.EqualMask(k, index);
                _f.Select(re, _re[k], re, m);
                _f.Select(im, _im[k], im, m);
            }
        }
    }
}
