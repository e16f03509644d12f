using System;
using MikeyNano.Arithmetic;
using MikeyNano.Bytes;

namespace MikeyNano.Curves
{
    /// <summary>
    /// A P-256 working context: the field, the scalar field (mod n), scratch space, and the group operations on
    /// Jacobian points for a = -3 (formulas of the Explicit-Formulas Database: dbl-2004-hmv, add-2007-bl, madd-2007-bl,
    /// the additions with Z3 = 2 Z1 Z2 H). Coordinates of Jacobian points are field elements (Montgomery form); affine
    /// points (P256Point) hold plain integers. Constant-time unless a member says otherwise. Not thread-safe: use one context per thread (construction is
    /// cheap; the base-point table is shared and built once). Scalars are 32-octet big-endian integers and are reduced
    /// mod n before use. This file: point formulas. P256.Multiply.cs: scalar multiplication and the public API.
    /// </summary>
    internal sealed partial class P256
    {
        private readonly P256Field _f = new P256Field();
        private readonly MontgomeryField _n = SharedOrder().Clone();
        private readonly uint[] _t0 = new uint[8], _t1 = new uint[8], _t2 = new uint[8], _t3 = new uint[8],
                                _t4 = new uint[8], _t5 = new uint[8], _t6 = new uint[8], _t7 = new uint[8];
        private readonly JacobianPoint _dbl = new JacobianPoint(), _sum = new JacobianPoint();
        private readonly bool _useBaseTable;

        /// <summary>A context that uses G's shared precomputed table (built on first use, 57,344 octets).</summary>
        public P256() : this(true)
        {
        }

        /// <summary>A context whose [k]G and u1 G + u2 Q use G's shared precomputed table when baseTable is set;
        /// otherwise they use no table at all (a fixed-window ladder over G, and G's odd multiples built per
        /// context), for devices without the memory for it (docs/device.md).</summary>
        public P256(bool baseTable)
        {
            _useBaseTable = baseTable;
        }

        /// <summary>Whether this context uses G's shared table.</summary>
        internal bool UsesBaseTable { get { return _useBaseTable; } }

        private static MontgomeryField _sharedOrder;

        /// <summary>The prototype of Z/nZ that every context clones (its constants shared, read-only), built on first
        /// use: nanoCLR runs static initialisers eagerly at boot in metadata order, so one reading P256Constants could
        /// run before P256Constants' own and see null. Two threads may both build it; the instances are equal and
        /// immutable, so either may win.</summary>
        private static MontgomeryField SharedOrder()
        {
            MontgomeryField n = _sharedOrder;
            if (n == null) _sharedOrder = n = new MontgomeryField(P256Constants.OrderBytes);
            return n;
        }

        /// <summary>The coordinate field F_p (this context's instance).</summary>
        public P256Field Field { get { return _f; } }

        /// <summary>The scalar field Z/nZ as a Montgomery field (this context's instance).</summary>
        public MontgomeryField Scalars { get { return _n; } }

        /// <summary>The group order n, big-endian (a copy).</summary>
        public static byte[] Order { get { return (byte[])P256Constants.OrderBytes.Clone(); } }

        /// <summary>r = 2 a (dbl-2004-hmv for a = -3, 4M + 4S: with alpha = 3 (X - Z^2)(X + Z^2) and Y' = 2 Y,
        /// Z3 = Y' Z, X3 = alpha^2 - 2 X Y'^2, Y3 = alpha (X Y'^2 - X3) - Y'^4 / 2; one multiplication by 3 and one
        /// halving where dbl-2001-b multiplies by 3, 4 and 8). Infinity (Z = 0) maps to infinity. r may be a: a's
        /// coordinates are read before r's are written (Z by the multiplication that replaces it).</summary>
        public void Double(JacobianPoint r, JacobianPoint a)
        {
            P256Field f = _f;
            uint[] t1 = _t0, t2 = _t1, t3 = _t2, y2 = _t3;
            f.Sqr(t1, a.Z);
            f.Sub(t2, a.X, t1);
            f.Add(t1, a.X, t1);
            f.Mul(t2, t2, t1);
            f.MulSmall(t2, t2, 3);             // alpha = 3 (X - Z^2)(X + Z^2)
            f.Add(y2, a.Y, a.Y);               // Y' = 2 Y
            f.Mul(r.Z, y2, a.Z);               // Z3 = 2 Y Z (a.Z is not read again)
            f.Sqr(y2, y2);                     // 4 Y^2
            f.Mul(t3, y2, a.X);                // 4 X Y^2 (4 beta)
            f.Sqr(y2, y2);                     // 16 Y^4
            f.Halve(y2, y2);                   // 8 Y^4
            f.Sqr(r.X, t2);
            f.Add(t1, t3, t3);
            f.Sub(r.X, r.X, t1);               // X3 = alpha^2 - 8 beta
            f.Sub(t1, t3, r.X);
            f.Mul(t1, t1, t2);
            f.Sub(r.Y, t1, y2);                // Y3 = alpha (4 beta - X3) - 8 Y^4
        }

        /// <summary>r = a + b for any a, b (complete): the add-2007-bl sum, with infinity on either side and a == b
        /// (where the formula fails) handled by constant-time selection of b, a or 2a. r may alias a or b.</summary>
        public void Add(JacobianPoint r, JacobianPoint a, JacobianPoint b)
        {
            AddFormula(a, b);
            JacobianPoint sum = _sum;
            uint aInf = _f.IsZero(a.Z), bInf = _f.IsZero(b.Z);
            uint useDouble = _sameX & _sameY & ~aInf & ~bInf;
            Double(_dbl, a);
            Select(sum, _dbl, sum, useDouble);
            Select(sum, a, sum, bInf);
            Select(r, b, sum, aInf);
        }

        /// <summary>r = a + b where a = +-b cannot occur unless a or b is infinity (the caller proves it; see
        /// MultiplyInto): the add-2007-bl sum with infinity on either side selected in constant time, and no doubling.
        /// r may alias a or b.</summary>
        internal void AddDistinct(JacobianPoint r, JacobianPoint a, JacobianPoint b)
        {
            AddFormula(a, b);
            uint aInf = _f.IsZero(a.Z), bInf = _f.IsZero(b.Z);
            Select(_sum, a, _sum, bInf);
            Select(r, b, _sum, aInf);
        }

        /// <summary>Whether the last AddFormula / AddAffineFormula met equal x (H = 0) and equal y (r = 0), as masks.</summary>
        private uint _sameX, _sameY;

        /// <summary>_sum = the add-2007-bl sum of a and b (valid unless a or b is infinity or a = +-b); sets _sameX and
        /// _sameY. Reads a and b fully before writing _sum, so a or b may be _sum's alias target.</summary>
        private void AddFormula(JacobianPoint a, JacobianPoint b)
        {
            P256Field f = _f;
            uint[] z1z1 = _t0, z2z2 = _t1, u1 = _t2, u2 = _t3, s1 = _t4, s2 = _t5, h = _t6, rr = _t7;
            JacobianPoint sum = _sum;
            f.Sqr(z1z1, a.Z);
            f.Sqr(z2z2, b.Z);
            f.Mul(u1, a.X, z2z2);
            f.Mul(u2, b.X, z1z1);
            f.Mul(s1, a.Y, b.Z);
            f.Mul(s1, s1, z2z2);
            f.Mul(s2, b.Y, a.Z);
            f.Mul(s2, s2, z1z1);
            f.Sub(h, u2, u1);
            f.Sub(rr, s2, s1);
            _sameX = f.IsZero(h);
            _sameY = f.IsZero(rr);
            // Z3 = 2 Z1 Z2 H (add-2007-bl's ((Z1 + Z2)^2 - Z1Z1 - Z2Z2) H)
            f.Mul(sum.Z, a.Z, b.Z);
            f.Add(sum.Z, sum.Z, sum.Z);
            f.Mul(sum.Z, sum.Z, h);
            uint[] i = z1z1, j = z2z2;         // Z1Z1, Z2Z2 no longer needed
            f.Add(i, h, h);
            f.Sqr(i, i);                       // I = (2H)^2
            f.Mul(j, h, i);                    // J = H I
            f.Add(rr, rr, rr);                 // r = 2 (S2 - S1)
            f.Mul(u1, u1, i);                  // V = U1 I
            f.Sqr(sum.X, rr);
            f.Sub(sum.X, sum.X, j);
            f.Sub(sum.X, sum.X, u1);
            f.Sub(sum.X, sum.X, u1);           // X3 = r^2 - J - 2V
            f.Sub(u2, u1, sum.X);
            f.Mul(u2, rr, u2);
            f.Mul(s1, s1, j);
            f.Add(s1, s1, s1);
            f.Sub(sum.Y, u2, s1);              // Y3 = r (V - X3) - 2 S1 J
        }

        /// <summary>r = a + (x2, y2) for an affine point (madd-2007-bl with Z3 = 2 Z1 H and I = (2 H)^2: 8M + 3S, three
        /// additions fewer than 7M + 4S), a may be infinity (then r = the affine
        /// point, selected in constant time); addInfinity all-ones means "add nothing" (r = a). Not valid when a equals
        /// the affine point (doubling case): callers guarantee it cannot happen (see the scalar multiplications).</summary>
        internal void AddAffine(JacobianPoint r, JacobianPoint a, uint[] x2, uint[] y2, uint addInfinity)
        {
            AddAffineFormula(a, x2, y2);
            P256Field f = _f;
            JacobianPoint sum = _sum;
            uint[] t = _t7;
            uint aInf = f.IsZero(a.Z);
            // a infinite: r = (x2, y2, 1)
            f.Select(sum.X, x2, sum.X, aInf);
            f.Select(sum.Y, y2, sum.Y, aInf);
            f.SetOne(t);
            f.Select(sum.Z, t, sum.Z, aInf);
            Select(r, a, sum, addInfinity);
        }

        /// <summary>_sum = the madd-2007-bl sum of a and (x2, y2) (valid unless a is infinity or a = +-(x2, y2));
        /// sets _sameX and _sameY.</summary>
        private void AddAffineFormula(JacobianPoint a, uint[] x2, uint[] y2)
        {
            P256Field f = _f;
            uint[] z1z1 = _t0, u2 = _t1, s2 = _t2, h = _t3, hh = _t4, rr = _t5, v = _t6, t = _t7;
            JacobianPoint sum = _sum;
            f.Sqr(z1z1, a.Z);
            f.Mul(u2, x2, z1z1);
            f.Mul(s2, y2, a.Z);
            f.Mul(s2, s2, z1z1);
            f.Sub(h, u2, a.X);
            _sameX = f.IsZero(h);
            f.Mul(sum.Z, a.Z, h);
            f.Add(sum.Z, sum.Z, sum.Z);        // Z3 = 2 Z1 H (madd-2007-bl's (Z1 + H)^2 - Z1Z1 - HH)
            f.Add(hh, h, h);
            f.Sqr(hh, hh);                     // I = (2 H)^2
            f.Mul(t, h, hh);                   // J = H I
            f.Sub(rr, s2, a.Y);
            _sameY = f.IsZero(rr);
            f.Add(rr, rr, rr);                 // r = 2 (S2 - Y1)
            f.Mul(v, a.X, hh);                 // V = X1 I
            f.Sqr(sum.X, rr);
            f.Sub(sum.X, sum.X, t);
            f.Sub(sum.X, sum.X, v);
            f.Sub(sum.X, sum.X, v);            // X3 = r^2 - J - 2V
            f.Sub(v, v, sum.X);
            f.Mul(v, rr, v);
            f.Mul(t, a.Y, t);
            f.Add(t, t, t);
            f.Sub(sum.Y, v, t);                // Y3 = r (V - X3) - 2 Y1 J
        }

        /// <summary>r = mask all-ones ? a : b.</summary>
        internal void Select(JacobianPoint r, JacobianPoint a, JacobianPoint b, uint mask)
        {
            Natural.Select(r.X, a.X, b.X, mask, 8);
            Natural.Select(r.Y, a.Y, b.Y, mask, 8);
            Natural.Select(r.Z, a.Z, b.Z, mask, 8);
        }

        internal void SetInfinity(JacobianPoint r)
        {
            _f.SetOne(r.X);
            _f.SetOne(r.Y);
            _f.SetZero(r.Z);
        }

        internal void FromAffine(JacobianPoint r, P256Point p)
        {
            if (p.IsInfinity)
            {
                SetInfinity(r);
                return;
            }
            _f.FromNatural(r.X, p.XLimbs);
            _f.FromNatural(r.Y, p.YLimbs);
            _f.SetOne(r.Z);
        }

        /// <summary>The affine point of a (one inversion); infinity for Z = 0.</summary>
        public P256Point ToAffine(JacobianPoint a)
        {
            P256Field f = _f;
            if (f.IsZero(a.Z) != 0) return P256Point.Infinity;
            uint[] zi = _t0, zi2 = _t1, x = _t2, y = _t3;
            f.Invert(zi, a.Z);
            f.Sqr(zi2, zi);
            f.Mul(x, a.X, zi2);
            f.Mul(zi2, zi2, zi);
            f.Mul(y, a.Y, zi2);
            return P256Point.FromField(f, x, y);
        }

        /// <summary>The affine points of pts[start .. start + count - 1] (all finite, all PUBLIC: the inversion is
        /// variable-time) into dst from dstOffset as x || y (16 words each), with one inversion (Montgomery's trick: prefix products, one inversion, back-substitution).
        /// </summary>
        internal void ToAffineBatch(JacobianPoint[] pts, int start, int count, uint[] dst, int dstOffset, uint[] prefix)
        {
            P256Field f = _f;
            uint[] acc = _t0, inv = _t1, zi = _t2, zi2 = _t3, t = _t4;
            f.SetOne(acc);
            for (int i = 0; i < count; i++)
            {
                Array.Copy(acc, 0, prefix, 8 * i, 8);  // product of Z_0 .. Z_{i-1}
                f.Mul(acc, acc, pts[start + i].Z);
            }
            f.InvertVariableTime(inv, acc);        // (Z_0 ... Z_{count-1})^-1: public points only
            for (int i = count - 1; i >= 0; i--)
            {
                JacobianPoint p = pts[start + i];
                Array.Copy(prefix, 8 * i, t, 0, 8);
                f.Mul(zi, inv, t);                 // Z_i^-1
                f.Mul(inv, inv, p.Z);
                f.Sqr(zi2, zi);
                int at = dstOffset + 16 * i;
                f.Mul(t, p.X, zi2);
                Array.Copy(t, 0, dst, at, 8);
                f.Mul(zi2, zi2, zi);
                f.Mul(t, p.Y, zi2);
                Array.Copy(t, 0, dst, at + 8, 8);
            }
        }

        /// <summary>Copies an affine point into Jacobian form (Z = 1; infinity as Z = 0).</summary>
        public JacobianPoint ToJacobian(P256Point p)
        {
            JacobianPoint r = new JacobianPoint();
            FromAffine(r, p);
            return r;
        }

        /// <summary>Wipes every scratch array of the context: its own, its field's and its scalar field's, and the
        /// public path's. An owner calls it in a finally block around each operation, so that nothing an operation
        /// computed outlives it (docs/security.md).</summary>
        public void WipeAll()
        {
            Wipe();
            _f.Wipe();
            _n.Wipe();
            WipePublicScratch();
            if (!_useBaseTable) DropPublicScratch(); // a small device's long-lived contexts hold no idle scratch
        }

        /// <summary>Wipes the point scratch space (after operations on secrets).</summary>
        public void Wipe()
        {
            Secrets.Wipe(_t0); Secrets.Wipe(_t1); Secrets.Wipe(_t2); Secrets.Wipe(_t3);
            Secrets.Wipe(_t4); Secrets.Wipe(_t5); Secrets.Wipe(_t6); Secrets.Wipe(_t7);
            Secrets.Wipe(_dbl.X); Secrets.Wipe(_dbl.Y); Secrets.Wipe(_dbl.Z);
            Secrets.Wipe(_sum.X); Secrets.Wipe(_sum.Y); Secrets.Wipe(_sum.Z);
        }
    }
}
