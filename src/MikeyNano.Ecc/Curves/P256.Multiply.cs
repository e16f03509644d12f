using System.Threading;
using MikeyNano.Arithmetic;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Curves
{
    /// <summary>Scalar multiplication and the affine API of the P-256 context.</summary>
    internal sealed partial class P256
    {
        private static readonly object BaseTableLock = new object();
        private static P256PrecomputedPoint _baseTable;

        /// <summary>G's precomputed table (57,344 octets), built on first use (never at boot: nanoCLR runs static
        /// initialisers eagerly at start-up) under a lock, so that concurrent first users build it once, and shared.
        /// A failed build (out of memory) throws and leaves nothing behind; the next use tries again.</summary>
        public static P256PrecomputedPoint BaseTable
        {
            get
            {
                P256PrecomputedPoint table = _baseTable;
                if (table != null) return table;
                Monitor.Enter(BaseTableLock);
                try
                {
                    if (_baseTable == null) _baseTable = new P256PrecomputedPoint(P256Point.Generator);
                    return _baseTable;
                }
                finally
                {
                    Monitor.Exit(BaseTableLock);
                }
            }
        }

        /// <summary>The scalar (big-endian, any length) reduced mod n, as 8 limbs of a plain integer.</summary>
        internal uint[] ReduceScalar(byte[] scalar)
        {
            if (scalar == null) throw new InvalidKeyException("scalar is missing");
            uint[] m = new uint[8];
            _n.FromBytesReduce(scalar, 0, scalar.Length, m);
            uint[] k = new uint[8];
            _n.ToNatural(m, k);
            Secrets.Wipe(m);
            return k;
        }

        /// <summary>k G for a big-endian scalar (reduced mod n); constant-time in k. Infinity when k = 0 mod n. With
        /// G's table: 52 mixed additions; without (a context built with baseTable false): the fixed-window ladder of
        /// <see cref="Multiply"/> over G, 256 doublings and 64 additions, in about 2 KB of scratch.</summary>
        public P256Point MultiplyBase(byte[] scalar)
        {
            P256Point viaNative = MultiplyNative(null, scalar);
            if (viaNative != null) return viaNative;
            if (_useBaseTable) return BaseTable.Multiply(this, scalar);
            return Multiply(P256Point.Generator, scalar);
        }

        /// <summary>k P for a big-endian scalar (reduced mod n); constant-time in k (fixed 4-bit windows, every table
        /// entry read under a mask, complete additions). Infinity when k = 0 mod n or P is infinity.</summary>
        public P256Point Multiply(P256Point p, byte[] scalar)
        {
            if (p == null) throw new InvalidPointException("point is missing");
            P256Point viaNative = MultiplyNative(p, scalar);
            if (viaNative != null) return viaNative;
            uint[] k = ReduceScalar(scalar);
            JacobianPoint r = new JacobianPoint();
            try
            {
                MultiplyInto(ToJacobian(p), k, r, true);
                return ToAffine(r);
            }
            finally
            {
                Secrets.Wipe(k);
                Secrets.Wipe(r.X); Secrets.Wipe(r.Y); Secrets.Wipe(r.Z);
                Wipe();
            }
        }

        /// <summary>u1 G + u2 Q (scalars reduced mod n), for signature verification: variable-time (only for public
        /// inputs).</summary>
        public P256Point MultiplyAddPublic(byte[] u1, byte[] u2, P256Point q)
        {
            P256Point viaNative = MultiplyAddPublicNative(u1, u2, q);
            if (viaNative != null) return viaNative;
            return ToAffine(MultiplyAddPublicJacobian(u1, u2, q));
        }

        internal JacobianPoint MultiplyAddPublicJacobian(byte[] u1, byte[] u2, P256Point q)
        {
            if (q == null) throw new InvalidPointException("point is missing");
            EnsurePublicScratch();
            ReducePublicScalar(u1, _k1);
            ReducePublicScalar(u2, _k2);
            return MultiplyAddPublicJacobian(_k1, _k2, q);
        }

        /// <summary>u1 G + u2 Q for scalars already reduced mod n as 8-limb plain integers (u2 is cleared when Q is
        /// infinity).</summary>
        internal JacobianPoint MultiplyAddPublicJacobian(uint[] u1, uint[] u2, P256Point q)
        {
            if (q == null) throw new InvalidPointException("point is missing");
            if (q.IsInfinity)
            {
                // u2 Q = infinity: u1 G alone (no odd multiples of infinity)
                for (int i = 0; i < 8; i++) u2[i] = 0;
                return MultiplyAddPublicJacobian(u1, u2, GeneratorOddMultiples());
            }
            EnsurePublicScratch();
            FromAffine(_acc, q);
            _oneShot.Fill(this, _acc);
            return MultiplyAddPublicJacobian(u1, u2, _oneShot);
        }

        /// <summary>u1 G + u2 Q for reduced 8-limb scalars below n and Q's comb: two signed radix-32 sums of 52 mixed
        /// additions each (zero digits skipped), no doublings; variable-time (public inputs only).</summary>
        internal JacobianPoint MultiplyAddPublicJacobian(uint[] u1, uint[] u2, P256PrecomputedPoint q)
        {
            EnsurePublicScratch();
            JacobianPoint r = new JacobianPoint();
            BaseTable.MultiplyInto(this, u1, r, false);
            q.MultiplyInto(this, u2, _acc, false);
            AddPublic(r, r, _acc);
            return r;
        }

        /// <summary>u1 G + u2 Q for reduced 8-limb scalars and Q's prepared odd multiples.</summary>
        internal JacobianPoint MultiplyAddPublicJacobian(uint[] u1, uint[] u2, P256OddMultiples q)
        {
            JacobianPoint r = new JacobianPoint();
            MultiplyAddPublicInto(u1, u2, q, r);
            return r;
        }

        /// <summary>a + b (complete: any points, including infinity and a == b).</summary>
        public P256Point Add(P256Point a, P256Point b)
        {
            JacobianPoint r = new JacobianPoint();
            Add(r, ToJacobian(a), ToJacobian(b));
            return ToAffine(r);
        }

        /// <summary>-a = (x, p - y).</summary>
        public P256Point Negate(P256Point a)
        {
            if (a.IsInfinity) return a;
            uint[] y = new uint[8];
            _f.Neg(y, a.YLimbs);
            return new P256Point(a.XLimbs, y);
        }

        /// <summary>r = k P for k (8 limbs) &lt; n with fixed 4-bit windows from the top: 4 doublings then one addition
        /// of table[digit] per window. Constant-time when constantTime (the table is scanned under masks); otherwise the
        /// entry is indexed directly and zero digits skip the addition. The additions never meet the doubling case
        /// (so they skip the complete addition's doubling): before the addition of digit d the running sum is 16 j P
        /// with 16 j + d &lt;= k &lt; n, and 16 j P = +-d P would need 16 j -+ d = 0 mod n, impossible for 0 &lt; d &lt; 16
        /// unless j = 0, where the sum is infinity (selected); P has order n (cofactor 1) or is infinity. In the table,
        /// (d - 1) P + P with 2 &lt;= d - 1 &lt; 15 likewise.</summary>
        private void MultiplyInto(JacobianPoint p, uint[] k, JacobianPoint r, bool constantTime)
        {
            JacobianPoint[] table = new JacobianPoint[16];
            table[0] = new JacobianPoint();
            SetInfinity(table[0]);
            table[1] = p;
            for (int d = 2; d < 16; d++)
            {
                table[d] = new JacobianPoint();
                if ((d & 1) == 0) Double(table[d], table[d >> 1]);
                else AddDistinct(table[d], table[d - 1], p);
            }
            JacobianPoint sel = new JacobianPoint();
            SetInfinity(r);
            for (int i = 63; i >= 0; i--)
            {
                Double(r, r);
                Double(r, r);
                Double(r, r);
                Double(r, r);
                uint digit = (k[i >> 3] >> ((i & 7) << 2)) & 15u;
                if (constantTime)
                {
                    SetInfinity(sel);
                    for (uint d = 1; d < 16; d++)
                    {
                        uint mask = ConstantTime.IsZeroMask(d ^ digit);
                        JacobianPoint e = table[d];
                        for (int j = 0; j < 8; j++)
                        {
                            sel.X[j] = (sel.X[j] & ~mask) | (e.X[j] & mask);
                            sel.Y[j] = (sel.Y[j] & ~mask) | (e.Y[j] & mask);
                            sel.Z[j] = (sel.Z[j] & ~mask) | (e.Z[j] & mask);
                        }
                    }
                    AddDistinct(r, r, sel);
                }
                else if (digit != 0)
                {
                    AddDistinct(r, r, table[digit]);
                }
            }
            for (int d = 0; d < 16; d++)
            {
                Secrets.Wipe(table[d].X); Secrets.Wipe(table[d].Y); Secrets.Wipe(table[d].Z);
            }
            Secrets.Wipe(sel.X); Secrets.Wipe(sel.Y); Secrets.Wipe(sel.Z);
        }
    }
}
