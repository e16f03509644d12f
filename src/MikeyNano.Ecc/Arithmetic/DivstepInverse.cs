using System;

namespace MikeyNano.Arithmetic
{
    /// <summary>
    /// Constant-time modular inversion for a fixed odd modulus by Bernstein and Yang's divsteps ("Fast constant-time
    /// gcd computation and modular inversion", 2019, sections 8 and 11). From f = m, g = a and delta = 1, a divstep is:
    /// if delta &gt; 0 and g is odd, (delta, f, g) becomes (1 - delta, g, (g - f) / 2); otherwise (1 + delta, f,
    /// (g + (g mod 2) f) / 2). After enough steps g = 0 and f = +-gcd = +-1, and tracking d, e with f = d a and
    /// g = e a (mod m) gives a^-1 = +-d. The steps run in batches of 30 on the low word only (the low 30 bits decide 30
    /// steps), collecting a 2x2 matrix that is then applied to the full f, g (signed, radix 2^30) and to d, e
    /// (mod m, divided by 2^30 exactly by adding a multiple of m first). The batch count is fixed by the modulus size
    /// (Theorem 11.2: ceil((49 bits + 80) / 17) steps suffice), every step and update runs the same instructions for
    /// every input, and no memory index depends on data: <see cref="Invert"/> is constant-time in a, and wipes its
    /// scratch; <see cref="InvertVariableTime"/> is not (public values only). Not thread-safe (owns scratch space).
    /// </summary>
    internal sealed class DivstepInverse
    {
        private const int Radix = 30;
        private const int Mask = 0x3FFFFFFF;

        private readonly int _words;      // 32-bit words of the modulus
        private readonly int _limbs;      // radix-2^30 limbs: the modulus and a sign
        private readonly int _batches;
        private readonly int[] _m;
        private readonly uint _mInverse;  // m^-1 mod 2^30
        private readonly int[] _f, _g, _d, _e, _matrix = new int[4];

        /// <summary>An inverter for the odd modulus m (little-endian 32-bit words; words &gt;= 1).</summary>
        public DivstepInverse(uint[] modulus, int words)
        {
            if (modulus == null || words < 1 || modulus.Length < words || (modulus[0] & 1) == 0)
                throw new ArgumentException("the modulus must be odd");
            _words = words;
            _limbs = 32 * words / Radix + 1;
            int bits = 32 * words;
            int steps = (49 * bits + 80 + 16) / 17; // ceil((49 d + 80) / 17) with d = bits: f^2 + 4 g^2 < 5 2^(2d)
            _batches = (steps + Radix - 1) / Radix;
            _m = new int[_limbs];
            ToLimbs(modulus, _m);
            uint x = 1, m0 = (uint)_m[0];
            for (int i = 0; i < 5; i++) x *= 2 - m0 * x; // Newton: doubles the correct low bits
            _mInverse = x & Mask;
            _f = new int[_limbs]; _g = new int[_limbs]; _d = new int[_limbs]; _e = new int[_limbs];
        }

        private DivstepInverse(DivstepInverse o)
        {
            _words = o._words; _limbs = o._limbs; _batches = o._batches; _m = o._m; _mInverse = o._mInverse;
            _f = new int[_limbs]; _g = new int[_limbs]; _d = new int[_limbs]; _e = new int[_limbs];
        }

        /// <summary>Another inverter for the same modulus with its own scratch space (for another thread).</summary>
        public DivstepInverse Clone()
        {
            return new DivstepInverse(this);
        }

        /// <summary>r = a^-1 mod m for a (little-endian 32-bit words) below m; 0 when a is 0. r may be a. The result is
        /// meaningful only when gcd(a, m) = 1 (m prime).</summary>
        public void Invert(uint[] r, uint[] a)
        {
            Run(r, a, false);
        }

        /// <summary>r = a^-1 mod m like <see cref="Invert"/>, in VARIABLE time, for public values only (a signature's
        /// s, the Z of public points): runs of zero bits of g are taken in one shift, the steps branch on delta and g,
        /// and the batches stop once g = 0 (later steps would leave f and d unchanged). About twice as fast.</summary>
        public void InvertVariableTime(uint[] r, uint[] a)
        {
            Run(r, a, true);
        }

        /// <summary>r = a^-1 for a field that stores x as x R mod m (Montgomery form): the divstep inverse of the stored
        /// a R is a^-1 R^-1, and one Montgomery multiplication by R^3 (rCubed, plain) gives a^-1 R. Constant-time unless
        /// variableTime (public values only). Counts one inversion (and the field counts its multiplication).</summary>
        internal void InvertMontgomery(IPrimeField field, uint[] rCubed, uint[] scratch, uint[] r, uint[] a, bool variableTime)
        {
            if (FieldOps.Enabled) FieldOps.Record(variableTime ? FieldOps.InvVariableTime : FieldOps.Inv);
            Run(scratch, a, variableTime);
            field.Mul(r, scratch, rCubed);
        }

        /// <summary>f = m, g = a, d = 0, e = 1, delta = 1; the batches; then a^-1 = +-d (f = +-1); scratch wiped.</summary>
        private void Run(uint[] r, uint[] a, bool variableTime)
        {
            int[] f = _f, g = _g, d = _d, e = _e;
            Array.Copy(_m, f, _limbs);
            ToLimbs(a, g);
            Array.Clear(d, 0, _limbs);
            Array.Clear(e, 0, _limbs);
            e[0] = 1;
            int delta = 1;
            int[] matrix = _matrix;
            for (int batch = 0; batch < _batches; batch++)
            {
                if (FieldOps.Enabled) FieldOps.Record(FieldOps.DivstepBatch);
                if (variableTime)
                {
                    if (IsZero(g)) break;
                    delta = DivstepsVariableTime(delta, (uint)f[0], (uint)g[0], matrix);
                }
                else
                {
                    delta = Divsteps(delta, (uint)f[0], (uint)g[0], matrix);
                }
                int u = matrix[0], v = matrix[1], q = matrix[2], s = matrix[3];
                UpdateFg(u, v, q, s);
                UpdateDe(u, v, q, s);
            }
            // f = +-1: a^-1 = d when f = 1, m - d (= -d mod m) when f = -1
            NegateModM(d, f[_limbs - 1] >> 31);
            FromLimbs(d, r);
            Array.Clear(f, 0, _limbs); Array.Clear(g, 0, _limbs);
            Array.Clear(d, 0, _limbs); Array.Clear(e, 0, _limbs);
            Array.Clear(matrix, 0, 4);
        }

        private bool IsZero(int[] x)
        {
            for (int i = 0; i < _limbs; i++) if (x[i] != 0) return false;
            return true;
        }

        /// <summary>The 30 divsteps of <see cref="Divsteps"/>, branching on the data (public inputs only).</summary>
        private static int DivstepsVariableTime(int delta, uint f, uint g, int[] matrix)
        {
            int u = 1, v = 0, q = 0, s = 1;
            int left = Radix;
            while (left > 0)
            {
                if ((g & 1) == 0)
                {
                    // a run of even steps: g /= 2^z, f's row scaled by 2^z, delta += z
                    int z = 0;
                    while (z < left && ((g >> z) & 1) == 0) z++;
                    g >>= z; u <<= z; v <<= z; delta += z; left -= z;
                    continue;
                }
                if (delta > 0)
                {
                    // (delta, f, g) <- (1 - delta, g, (g - f) / 2)
                    delta = -delta;
                    uint t = f; f = g; g = 0u - t;
                    int tu = u; u = q; q = -tu;
                    int tv = v; v = s; s = -tv;
                }
                g += f; q += u; s += v;              // g odd: (g + f) / 2 next
                delta++;
                g >>= 1; u <<= 1; v <<= 1;
                left--;
            }
            matrix[0] = u; matrix[1] = v; matrix[2] = q; matrix[3] = s;
            return delta;
        }

        /// <summary>30 divsteps on the low words of f and g (f odd), branch-free; the transition matrix [u v; q s]
        /// (scaled by 2^30: 2^30 (f', g') = (u f + v g, q f + s g)) goes to matrix. Returns the new delta.</summary>
        private static int Divsteps(int delta, uint f, uint g, int[] matrix)
        {
            int u = 1, v = 0, q = 0, s = 1;
            for (int i = 0; i < Radix; i++)
            {
                int odd = -(int)(g & 1);                  // all ones when g is odd
                int swap = ((-delta) >> 31) & odd;       // delta > 0 and g odd
                // swap case: (delta, f, g, u, v, q, s) <- (-delta, g, -f, q, s, -u, -v)
                delta = (delta ^ swap) - swap;
                uint sw = (uint)swap;
                uint t = (f ^ g) & sw; f ^= t; g ^= t; g = (g ^ sw) - sw;
                int tu = (u ^ q) & swap; u ^= tu; q ^= tu; q = (q ^ swap) - swap;
                int tv = (v ^ s) & swap; v ^= tv; s ^= tv; s = (s ^ swap) - swap;
                // g odd: g += f (the row of g gains the row of f); then g /= 2, which scales f's row by 2 instead
                g += f & (uint)odd;
                q += u & odd;
                s += v & odd;
                delta++;
                g >>= 1;
                u <<= 1;
                v <<= 1;
            }
            matrix[0] = u; matrix[1] = v; matrix[2] = q; matrix[3] = s;
            return delta;
        }

        /// <summary>(f, g) = (u f + v g, q f + s g) / 2^30, exact (the low 30 bits vanish by construction); signed limbs.
        /// |u| + |v| &lt;= 2^30, so each column stays below 2^62.</summary>
        private void UpdateFg(int u, int v, int q, int s)
        {
            int[] f = _f, g = _g;
            long cf = (long)u * f[0] + (long)v * g[0];
            long cg = (long)q * f[0] + (long)s * g[0];
            cf >>= Radix; cg >>= Radix;
            for (int i = 1; i < _limbs; i++)
            {
                cf += (long)u * f[i] + (long)v * g[i];
                cg += (long)q * f[i] + (long)s * g[i];
                f[i - 1] = (int)cf & Mask; cf >>= Radix;
                g[i - 1] = (int)cg & Mask; cg >>= Radix;
            }
            f[_limbs - 1] = (int)cf;
            g[_limbs - 1] = (int)cg;
        }

        /// <summary>(d, e) = (u d + v e, q d + s e) / 2^30 mod m, for d, e in [0, m): adds the multiple of m that clears
        /// the low 30 bits, divides exactly (the result lies in (-m, 2m)), then brings it back to [0, m).</summary>
        private void UpdateDe(int u, int v, int q, int s)
        {
            int[] d = _d, e = _e, m = _m;
            long cd = (long)u * d[0] + (long)v * e[0];
            long ce = (long)q * d[0] + (long)s * e[0];
            long md = (long)(((0u - (uint)cd) * _mInverse) & Mask);
            long me = (long)(((0u - (uint)ce) * _mInverse) & Mask);
            cd += md * m[0]; ce += me * m[0];
            cd >>= Radix; ce >>= Radix;
            for (int i = 1; i < _limbs; i++)
            {
                cd += (long)u * d[i] + (long)v * e[i] + md * m[i];
                ce += (long)q * d[i] + (long)s * e[i] + me * m[i];
                d[i - 1] = (int)cd & Mask; cd >>= Radix;
                e[i - 1] = (int)ce & Mask; ce >>= Radix;
            }
            d[_limbs - 1] = (int)cd;
            e[_limbs - 1] = (int)ce;
            Normalize(d);
            Normalize(e);
        }

        /// <summary>x in (-m, 2m) to [0, m): add m when negative, then subtract m unless that borrows.</summary>
        private void Normalize(int[] x)
        {
            int n = _limbs;
            AddMasked(x, x[n - 1] >> 31, 1);
            long b = 0;
            for (int i = 0; i < n - 1; i++) { b += x[i] - _m[i]; b >>= Radix; }
            long top = b + x[n - 1] - _m[n - 1];
            AddMasked(x, ~(int)(top >> 63), -1);
        }

        /// <summary>x += sign m under mask (sign +1 or -1), carrying in radix 2^30.</summary>
        private void AddMasked(int[] x, int mask, int sign)
        {
            int[] m = _m;
            int n = _limbs;
            long c = 0;
            for (int i = 0; i < n - 1; i++)
            {
                c += x[i] + sign * (m[i] & mask);
                x[i] = (int)c & Mask; c >>= Radix;
            }
            x[n - 1] = (int)(c + x[n - 1] + sign * (m[n - 1] & mask));
        }

        /// <summary>x = -x mod m when mask is all ones (x in [0, m)), else unchanged.</summary>
        private void NegateModM(int[] x, int mask)
        {
            int[] m = _m;
            int n = _limbs;
            int nonZero = 0;
            for (int i = 0; i < n; i++) nonZero |= x[i];
            int apply = mask & -(int)(((uint)nonZero | (uint)-nonZero) >> 31);
            long c = 0;
            for (int i = 0; i < n - 1; i++)
            {
                int mi = m[i] - x[i];
                c += (mi & apply) | (x[i] & ~apply);
                x[i] = (int)c & Mask; c >>= Radix;
            }
            int top = m[n - 1] - x[n - 1];
            x[n - 1] = (int)(c + ((top & apply) | (x[n - 1] & ~apply)));
        }

        private void ToLimbs(uint[] w, int[] limbs)
        {
            for (int i = 0; i < _limbs; i++)
            {
                int bit = Radix * i, word = bit >> 5, shift = bit & 31;
                ulong v = word < _words ? w[word] >> shift : 0;
                if (shift > 32 - Radix && word + 1 < _words) v |= (ulong)w[word + 1] << (32 - shift);
                limbs[i] = (int)(v & Mask);
            }
        }

        private void FromLimbs(int[] limbs, uint[] w)
        {
            for (int j = 0; j < _words; j++)
            {
                int bit = 32 * j, limb = bit / Radix, shift = bit % Radix;
                ulong v = (ulong)(uint)limbs[limb] >> shift;
                int have = Radix - shift;
                for (int k = limb + 1; have < 32 && k < _limbs; k++, have += Radix) v |= (ulong)(uint)limbs[k] << have;
                w[j] = (uint)v;
            }
        }
    }
}
