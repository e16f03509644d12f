using MikeyNano.Arithmetic;
using MikeyNano.Bytes;

namespace MikeyNano.Sakke
{
    /// <summary>
    /// The Tate-Lichtenbaum pairing of RFC 6508 section 3.2, exactly as specified there: Miller's loop over the bits of
    /// q - 1 (most significant bit excluded) with the distortion map psi(x, y) = (-x, i y), lines
    /// T = 3(Cx^2 - 1)(Qx + Cx) - 2 Cy^2 + i 2 Cy Qy (tangent) and
    /// T = (Qx + Rx) Cy - (Qx + Cx) Ry + i (Cx - Rx) Qy (chord), v = v^2 T and v = v T, then v = v^((p+1)/q) = v^4
    /// and the PF_p representation x2/x1 of v = x1 + i x2. Nothing else: the textbook final exponent (p^2-1)/q gives a
    /// different (though bilinear) value and g would not equal &lt;P,P&gt;.
    /// <para>
    /// Speed without changing the value: C is kept in Jacobian coordinates and every line is scaled by a power of Z,
    /// an F_p factor that the PF_p representation (a quotient by F_p*) removes, so the loop never inverts; F_p^2
    /// products use Karatsuba (3 multiplications), squares (a+b)(a-b) and 2ab. Cost: about 17 multiplications and
    /// squarings per doubling step and 18 per addition step, ~26,600 in all, plus one inversion (~1,300).
    /// </para>
    /// Inputs must be points of order q on E (callers validate); the arithmetic is constant-time in the coordinates.
    /// Not thread-safe (owns its scratch space).
    /// </summary>
    internal sealed class TatePairing
    {
        private readonly IPrimeField _f;
        private readonly uint[] _qm1;
        private readonly int _bits;
        private readonly uint[] _v0, _v1, _t1, _t2, _a, _b, _c;
        private readonly uint[] _x, _y, _z, _z3, _z2, _yy, _m, _s, _h, _r;

        public TatePairing(IPrimeField field)
        {
            _f = field;
            byte[] q = SakkeParameterSet1.QBytes;
            _qm1 = ScalarBits.FromBigEndian(q, 0, q.Length, field.Limbs);
            _qm1[0] -= 1; // q is odd: no borrow
            _bits = ScalarBits.BitLength(_qm1);
            _v0 = field.Create(); _v1 = field.Create(); _t1 = field.Create(); _t2 = field.Create();
            _a = field.Create(); _b = field.Create(); _c = field.Create();
            _x = field.Create(); _y = field.Create(); _z = field.Create(); _z3 = field.Create(); _z2 = field.Create();
            _yy = field.Create(); _m = field.Create(); _s = field.Create(); _h = field.Create(); _r = field.Create();
        }

        /// <summary>The point half of a Miller doubling step, shared with <see cref="RskPairingTable"/>: given
        /// M = 3 (X - Z^2)(X + Z^2), yy = Y^2 and z3 = 2 Y Z, sets (X, Y, Z) = [2](X, Y, Z) in Jacobian coordinates:
        /// S = 4 X Y^2, X3 = M^2 - 2 S, Y3 = M (S - X3) - 8 Y^4, Z3 = z3. s and t are scratch; yy is overwritten.</summary>
        internal static void DoublePoint(IPrimeField f, uint[] x, uint[] y, uint[] z, uint[] yy, uint[] m, uint[] z3, uint[] s, uint[] t)
        {
            f.Mul(s, x, yy);
            f.Add(s, s, s);
            f.Add(s, s, s);
            f.Sqr(t, m);
            f.Sub(t, t, s);
            f.Sub(x, t, s);
            f.Sub(t, s, x);
            f.Mul(t, t, m);
            f.Sqr(yy, yy);
            f.Add(yy, yy, yy);
            f.Add(yy, yy, yy);
            f.Add(yy, yy, yy);
            f.Sub(y, t, yy);
            f.Copy(z, z3);
        }

        /// <summary>The point half of a Miller addition step, shared with <see cref="RskPairingTable"/>: given
        /// H and r of the mixed addition of an affine point to (X, Y, Z) (Z already updated to Z H), sets
        /// X3 = r^2 - H^3 - 2 X H^2, Y3 = r (X H^2 - X3) - Y H^3. s, t and u are scratch.</summary>
        internal static void AddPoint(IPrimeField f, uint[] x, uint[] y, uint[] h, uint[] r, uint[] s, uint[] t, uint[] u)
        {
            f.Sqr(t, h);                // HH
            f.Mul(u, t, h);             // HHH
            f.Mul(s, x, t);             // V
            f.Sqr(t, r);
            f.Sub(t, t, u);
            f.Sub(t, t, s);
            f.Sub(x, t, s);
            f.Sub(s, s, x);
            f.Mul(s, s, r);
            f.Mul(u, u, y);
            f.Sub(y, s, u);
        }

        /// <summary>Number of Miller steps: bits of q - 1 below the most significant one.</summary>
        internal int DoublingSteps { get { return _bits - 1; } }

        /// <summary>Whether bit i of q - 1 is set (the addition steps).</summary>
        internal bool AdditionAt(int i) { return ScalarBits.Bit(_qm1, i) != 0; }

        /// <summary>result = &lt;R, Q&gt; as its PF_p representation (an F_p element in the field's internal form).</summary>
        public void Compute(uint[] result, SakkePoint rPoint, SakkePoint qPoint)
        {
            IPrimeField f = _f;
            f.SetOne(_v0);
            f.SetZero(_v1);
            f.Copy(_x, rPoint.X);
            f.Copy(_y, rPoint.Y);
            f.SetOne(_z);
            for (int i = _bits - 2; i >= 0; i--)
            {
                // a) tangent at C, scaled by Z^6: t1 = M (Qx Z^2 + X) - 2 Y^2, t2 = 2 Y Z^3 Qy, M = 3 (X - Z^2)(X + Z^2)
                SquareV();
                f.Sqr(_z2, _z);
                f.Sqr(_yy, _y);
                f.Sub(_a, _x, _z2);
                f.Add(_b, _x, _z2);
                f.Mul(_m, _a, _b);
                f.Add(_a, _m, _m);
                f.Add(_m, _a, _m);
                f.Mul(_t1, qPoint.X, _z2);
                f.Add(_t1, _t1, _x);
                f.Mul(_t1, _t1, _m);
                f.Add(_a, _yy, _yy);
                f.Sub(_t1, _t1, _a);
                f.Mul(_z3, _y, _z);
                f.Add(_z3, _z3, _z3);              // Z3 = 2 Y Z
                f.Mul(_t2, _z3, _z2);
                f.Mul(_t2, _t2, qPoint.Y);
                MultiplyV(_t1, _t2);
                // b) C = [2]C: S = 4 X Y^2, X3 = M^2 - 2S, Y3 = M (S - X3) - 8 Y^4
                DoublePoint(f, _x, _y, _z, _yy, _m, _z3, _s, _a);
                if (ScalarBits.Bit(_qm1, i) != 0)
                {
                    // c) chord through C and R, scaled by Z^3: t1 = (Qx + Rx) Y - (Qx Z^2 + X) Ry Z, t2 = -Z H Qy
                    f.Sqr(_z2, _z);
                    f.Mul(_h, rPoint.X, _z2);
                    f.Sub(_h, _h, _x);                 // H = Rx Z^2 - X
                    f.Mul(_c, rPoint.Y, _z);           // Ry Z
                    f.Mul(_r, _c, _z2);
                    f.Sub(_r, _r, _y);                 // r = Ry Z^3 - Y
                    f.Mul(_t1, qPoint.X, _z2);
                    f.Add(_t1, _t1, _x);
                    f.Mul(_t1, _t1, _c);
                    f.Add(_a, qPoint.X, rPoint.X);
                    f.Mul(_a, _a, _y);
                    f.Sub(_t1, _a, _t1);
                    f.Mul(_z, _z, _h);                 // Z3 = Z H
                    f.Mul(_t2, _z, qPoint.Y);
                    f.Neg(_t2, _t2);
                    MultiplyV(_t1, _t2);
                    // C = C + R: X3 = r^2 - H^3 - 2 X H^2, Y3 = r (X H^2 - X3) - Y H^3
                    AddPoint(f, _x, _y, _h, _r, _s, _a, _b);
                }
            }
            Finish(result);
            Wipe();
        }

        /// <summary>Starts a loop driven from outside (the precomputed-line path).</summary>
        internal void Begin()
        {
            _f.SetOne(_v0);
            _f.SetZero(_v1);
        }

        /// <summary>v = v^2 (F_p^2 square: (a+b)(a-b) + 2ab i).</summary>
        internal void SquareV()
        {
            IPrimeField f = _f;
            f.Add(_a, _v0, _v1);
            f.Sub(_b, _v0, _v1);
            f.Mul(_v1, _v0, _v1);
            f.Add(_v1, _v1, _v1);
            f.Mul(_v0, _a, _b);
        }

        /// <summary>v = v (t1 + i t2), Karatsuba: 3 multiplications.</summary>
        internal void MultiplyV(uint[] t1, uint[] t2)
        {
            IPrimeField f = _f;
            f.Mul(_a, _v0, t1);
            f.Mul(_b, _v1, t2);
            f.Add(_c, _v0, _v1);
            f.Add(_v1, t1, t2);
            f.Mul(_v1, _v1, _c);
            f.Sub(_v1, _v1, _a);
            f.Sub(_v1, _v1, _b);
            f.Sub(_v0, _a, _b);
        }

        /// <summary>v = v (a Qx + b + i Qy): a precomputed line evaluated at psi(Q).</summary>
        internal void MultiplyByLine(uint[] a, uint[] b, SakkePoint q)
        {
            _f.Mul(_t1, a, q.X);
            _f.Add(_t1, _t1, b);
            MultiplyV(_t1, q.Y);
        }

        /// <summary>RFC 6508 3.2 steps 4-5: v = v^((p+1)/q) = v^4, result = x2/x1.</summary>
        internal void Finish(uint[] result)
        {
            SquareV();
            SquareV();
            _f.Invert(_t1, _v0);
            _f.Mul(result, _v1, _t1);
        }

        /// <summary>Zeroizes the scratch (the running value v, the point C, the lines); allocates nothing.</summary>
        internal void Wipe()
        {
            Secrets.Wipe(_v0); Secrets.Wipe(_v1); Secrets.Wipe(_t1); Secrets.Wipe(_t2);
            Secrets.Wipe(_a); Secrets.Wipe(_b); Secrets.Wipe(_c);
            Secrets.Wipe(_x); Secrets.Wipe(_y); Secrets.Wipe(_z); Secrets.Wipe(_z3); Secrets.Wipe(_z2);
            Secrets.Wipe(_yy); Secrets.Wipe(_m); Secrets.Wipe(_s); Secrets.Wipe(_h); Secrets.Wipe(_r);
        }
    }
}
