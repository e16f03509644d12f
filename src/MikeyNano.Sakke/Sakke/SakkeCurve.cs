using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Sakke
{
    /// <summary>
    /// Point arithmetic on the SAKKE curve E: y^2 = x^3 - 3x over F_p (RFC 6508 section 2.1; a = -3, b = 0) in
    /// Jacobian coordinates, so that no operation but <see cref="ToAffine"/> inverts. Formulas: doubling
    /// dbl-2001-b (a = -3, 3M + 5S), mixed addition madd-2007-bl (7M + 4S), addition add-2007-bl (11M + 5S), from the
    /// Explicit-Formulas Database. The constant-time operations do not treat the exceptional cases (an operand at
    /// infinity, equal operands); their callers arrange that these cannot occur except with negligible probability.
    /// An instance owns its scratch space: use one instance per thread.
    /// </summary>
    internal sealed class SakkeCurve
    {
        private readonly IPrimeField _f;
        private readonly uint[] _t1, _t2, _t3, _t4, _t5, _t6, _t7;

        public SakkeCurve(IPrimeField field)
        {
            _f = field;
            _t1 = field.Create(); _t2 = field.Create(); _t3 = field.Create(); _t4 = field.Create();
            _t5 = field.Create(); _t6 = field.Create(); _t7 = field.Create();
        }

        public IPrimeField Field { get { return _f; } }

        /// <summary>Zeroizes the scratch space (the last operation's intermediates).</summary>
        public void Wipe()
        {
            Secrets.Wipe(_t1); Secrets.Wipe(_t2); Secrets.Wipe(_t3); Secrets.Wipe(_t4);
            Secrets.Wipe(_t5); Secrets.Wipe(_t6); Secrets.Wipe(_t7);
        }

        /// <summary>True when y^2 = x^3 - 3x (coordinates already known to be below p).</summary>
        public bool IsOnCurve(uint[] x, uint[] y)
        {
            _f.Sqr(_t1, x);
            _f.SetSmall(_t2, 3);
            _f.Sub(_t1, _t1, _t2);
            _f.Mul(_t1, _t1, x);      // x^3 - 3x
            _f.Sqr(_t2, y);
            return _f.AreEqual(_t1, _t2) != 0;
        }

        public void SetAffine(SakkeJacobianPoint r, SakkePoint a)
        {
            _f.Copy(r.X, a.X);
            _f.Copy(r.Y, a.Y);
            _f.SetOne(r.Z);
        }

        public void Copy(SakkeJacobianPoint r, SakkeJacobianPoint a)
        {
            _f.Copy(r.X, a.X);
            _f.Copy(r.Y, a.Y);
            _f.Copy(r.Z, a.Z);
        }

        public bool IsInfinity(SakkeJacobianPoint a)
        {
            return _f.IsZero(a.Z) != 0;
        }

        /// <summary>r = [2]a (dbl-2001-b with a = -3). r may be a. Infinity maps to infinity (Z stays 0).</summary>
        public void Double(SakkeJacobianPoint r, SakkeJacobianPoint a)
        {
            IPrimeField f = _f;
            f.Sqr(_t1, a.Z);                 // delta
            f.Sqr(_t2, a.Y);                 // gamma
            f.Mul(_t3, a.X, _t2);            // beta
            f.Sub(_t4, a.X, _t1);
            f.Add(_t5, a.X, _t1);
            f.Mul(_t4, _t4, _t5);
            f.Add(_t5, _t4, _t4);
            f.Add(_t4, _t5, _t4);            // alpha = 3(X - delta)(X + delta)
            f.Add(_t5, a.Y, a.Z);
            f.Sqr(_t5, _t5);
            f.Sub(_t5, _t5, _t2);
            f.Sub(r.Z, _t5, _t1);            // Z3 = (Y + Z)^2 - gamma - delta
            f.Add(_t3, _t3, _t3);
            f.Add(_t3, _t3, _t3);            // 4 beta
            f.Sqr(_t5, _t4);
            f.Sub(_t5, _t5, _t3);
            f.Sub(r.X, _t5, _t3);            // X3 = alpha^2 - 8 beta
            f.Sub(_t3, _t3, r.X);
            f.Mul(_t3, _t3, _t4);            // alpha (4 beta - X3)
            f.Sqr(_t2, _t2);
            f.Add(_t2, _t2, _t2);
            f.Add(_t2, _t2, _t2);
            f.Add(_t2, _t2, _t2);            // 8 gamma^2
            f.Sub(r.Y, _t3, _t2);
        }

        /// <summary>r = a + b with b affine (madd-2007-bl). r may be a. Requires a != +-b and a not at infinity.</summary>
        public void AddMixed(SakkeJacobianPoint r, SakkeJacobianPoint a, SakkePoint b)
        {
            IPrimeField f = _f;
            f.Sqr(_t1, a.Z);                 // Z1Z1
            f.Mul(_t2, b.X, _t1);            // U2
            f.Mul(_t3, a.Z, _t1);
            f.Mul(_t3, _t3, b.Y);            // S2
            f.Sub(_t2, _t2, a.X);            // H
            f.Sqr(_t4, _t2);                 // HH
            f.Add(_t5, _t4, _t4);
            f.Add(_t5, _t5, _t5);            // I = 4 HH
            f.Mul(_t6, _t2, _t5);            // J = H I
            f.Sub(_t3, _t3, a.Y);
            f.Add(_t3, _t3, _t3);            // rr = 2 (S2 - Y1)
            f.Mul(_t5, a.X, _t5);            // V = X1 I
            f.Add(_t7, a.Z, _t2);
            f.Sqr(_t7, _t7);
            f.Sub(_t7, _t7, _t1);
            f.Sub(r.Z, _t7, _t4);            // Z3 = (Z1 + H)^2 - Z1Z1 - HH
            f.Mul(_t7, a.Y, _t6);
            f.Add(_t7, _t7, _t7);            // 2 Y1 J
            f.Sqr(_t1, _t3);
            f.Sub(_t1, _t1, _t6);
            f.Sub(_t1, _t1, _t5);
            f.Sub(r.X, _t1, _t5);            // X3 = rr^2 - J - 2V
            f.Sub(_t5, _t5, r.X);
            f.Mul(_t5, _t5, _t3);
            f.Sub(r.Y, _t5, _t7);            // Y3 = rr (V - X3) - 2 Y1 J
        }

        /// <summary>r = a + b, both Jacobian (add-2007-bl). r may alias either. Requires a != +-b, neither at infinity.</summary>
        public void Add(SakkeJacobianPoint r, SakkeJacobianPoint a, SakkeJacobianPoint b)
        {
            IPrimeField f = _f;
            f.Sqr(_t1, a.Z);                 // Z1Z1
            f.Sqr(_t2, b.Z);                 // Z2Z2
            f.Mul(_t3, a.X, _t2);            // U1
            f.Mul(_t4, b.X, _t1);            // U2
            f.Mul(_t5, a.Y, b.Z);
            f.Mul(_t5, _t5, _t2);            // S1
            f.Mul(_t6, b.Y, a.Z);
            f.Mul(_t6, _t6, _t1);            // S2
            f.Sub(_t4, _t4, _t3);            // H
            f.Sub(_t6, _t6, _t5);
            f.Add(_t6, _t6, _t6);            // rr = 2 (S2 - S1)
            f.Add(_t7, a.Z, b.Z);
            f.Sqr(_t7, _t7);
            f.Sub(_t7, _t7, _t1);
            f.Sub(_t7, _t7, _t2);
            f.Mul(r.Z, _t7, _t4);            // Z3 = ((Z1 + Z2)^2 - Z1Z1 - Z2Z2) H
            f.Add(_t1, _t4, _t4);
            f.Sqr(_t1, _t1);                 // I = (2H)^2
            f.Mul(_t2, _t4, _t1);            // J = H I
            f.Mul(_t3, _t3, _t1);            // V = U1 I
            f.Sqr(_t1, _t6);
            f.Sub(_t1, _t1, _t2);
            f.Sub(_t1, _t1, _t3);
            f.Sub(r.X, _t1, _t3);            // X3 = rr^2 - J - 2V
            f.Sub(_t3, _t3, r.X);
            f.Mul(_t3, _t3, _t6);
            f.Mul(_t5, _t5, _t2);
            f.Add(_t5, _t5, _t5);
            f.Sub(r.Y, _t3, _t5);            // Y3 = rr (V - X3) - 2 S1 J
        }

        /// <summary>r = a + b for public points, handling every case (either at infinity, a = b, a = -b). Variable time.</summary>
        public void AddMixedPublic(SakkeJacobianPoint r, SakkeJacobianPoint a, SakkePoint b)
        {
            if (IsInfinity(a))
            {
                SetAffine(r, b);
                return;
            }
            IPrimeField f = _f;
            f.Sqr(_t1, a.Z);
            f.Mul(_t2, b.X, _t1);            // U2
            if (f.AreEqual(_t2, a.X) != 0)
            {
                f.Mul(_t3, a.Z, _t1);
                f.Mul(_t3, _t3, b.Y);        // S2
                if (f.AreEqual(_t3, a.Y) != 0) Double(r, a);
                else f.SetZero(r.Z);         // a = -b
                return;
            }
            AddMixed(r, a, b);
        }

        /// <summary>r = -a when mask is all ones, r = a when it is zero (constant-time).</summary>
        public void ConditionalNegate(SakkeJacobianPoint a, uint mask)
        {
            _f.Neg(_t1, a.Y);
            _f.Select(a.Y, _t1, a.Y, mask);
        }

        /// <summary>Affine coordinates of a finite point (one inversion). Throws InvalidPointException at infinity.</summary>
        public void ToAffine(SakkePoint r, SakkeJacobianPoint a)
        {
            if (IsInfinity(a)) throw new InvalidPointException("SAKKE: the point at infinity has no affine coordinates");
            IPrimeField f = _f;
            f.Invert(_t1, a.Z);
            f.Sqr(_t2, _t1);
            f.Mul(r.X, a.X, _t2);
            f.Mul(_t2, _t2, _t1);
            f.Mul(r.Y, a.Y, _t2);
        }

        /// <summary>True when the Jacobian point a equals the affine point b (X = x Z^2, Y = y Z^3; no inversion).
        /// Constant-time in the coordinates.</summary>
        public bool EqualsAffine(SakkeJacobianPoint a, SakkePoint b)
        {
            IPrimeField f = _f;
            f.Sqr(_t1, a.Z);
            f.Mul(_t2, b.X, _t1);
            f.Mul(_t1, _t1, a.Z);
            f.Mul(_t3, b.Y, _t1);
            uint eq = f.AreEqual(_t2, a.X) & f.AreEqual(_t3, a.Y) & ~f.IsZero(a.Z);
            return eq != 0;
        }

        /// <summary>Converts many Jacobian points to affine with one inversion (Montgomery's trick). None may be at infinity.</summary>
        public void BatchToAffine(SakkeJacobianPoint[] points, SakkePoint[] result, int count)
        {
            IPrimeField f = _f;
            uint[][] prefix = new uint[count][];
            for (int i = 0; i < count; i++)
            {
                if (IsInfinity(points[i])) throw new InvalidPointException("SAKKE: table point at infinity");
                prefix[i] = f.Create();
                if (i == 0) f.Copy(prefix[0], points[0].Z);
                else f.Mul(prefix[i], prefix[i - 1], points[i].Z);
            }
            f.Invert(_t1, prefix[count - 1]);   // 1 / (Z0 ... Zn-1)
            for (int i = count - 1; i >= 0; i--)
            {
                if (i > 0) f.Mul(_t2, _t1, prefix[i - 1]); // 1 / Zi
                else f.Copy(_t2, _t1);
                if (i > 0) f.Mul(_t1, _t1, points[i].Z);
                f.Sqr(_t3, _t2);
                f.Mul(result[i].X, points[i].X, _t3);
                f.Mul(_t3, _t3, _t2);
                f.Mul(result[i].Y, points[i].Y, _t3);
            }
        }

        /// <summary>Reads 0x04 || x || y (RFC 6508 section 4; L = 128), checking the prefix, the length, x, y &lt; p and
        /// that the point lies on E. Throws InvalidPointException (or InvalidEncodingException for a bad length).</summary>
        public SakkePoint Decode(byte[] src, int offset, int length)
        {
            int l = _f.ByteLength;
            if (src == null || length != 1 + 2 * l || offset < 0 || offset + length > src.Length)
                throw new InvalidEncodingException("SAKKE: a point is 0x04 || x || y, " + (1 + 2 * l) + " octets");
            if (src[offset] != 0x04) throw new InvalidPointException("SAKKE: point prefix must be 0x04 (uncompressed)");
            SakkePoint p = new SakkePoint(_f);
            try
            {
                _f.FromBytes(src, offset + 1, l, p.X);
                _f.FromBytes(src, offset + 1 + l, l, p.Y);
            }
            catch (InvalidEncodingException)
            {
                throw new InvalidPointException("SAKKE: point coordinate not below p");
            }
            if (!IsOnCurve(p.X, p.Y)) throw new InvalidPointException("SAKKE: point is not on the curve y^2 = x^3 - 3x");
            return p;
        }

        public SakkePoint Decode(byte[] encoded)
        {
            if (encoded == null) throw new InvalidEncodingException("SAKKE: point is null");
            return Decode(encoded, 0, encoded.Length);
        }

        /// <summary>0x04 || x || y.</summary>
        public byte[] Encode(SakkePoint p)
        {
            int l = _f.ByteLength;
            byte[] r = new byte[1 + 2 * l];
            r[0] = 0x04;
            _f.ToBytes(p.X, r, 1);
            _f.ToBytes(p.Y, r, 1 + l);
            return r;
        }
    }
}
