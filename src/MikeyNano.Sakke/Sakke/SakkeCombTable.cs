using MikeyNano.Arithmetic;
using MikeyNano.Bytes;

namespace MikeyNano.Sakke
{
    /// <summary>
    /// A fixed-base comb for [k]B with B fixed for a key period (P, Z_T, or [b]P + Z_T of the radio's own identifier),
    /// built once. Signed-digit comb (the "regular" comb): an odd k below 2^(w*d) is rewritten with digits +-1,
    /// k = sum (2 k'_(i+1) - 1) 2^i, so every comb column is +-T[j] with
    /// T[j] = 2^((w-1)d) B + sum_(t &lt; w-1) (+-1) 2^(td) B and never zero; an even k is replaced by q - k and the result
    /// negated. Each multiplication is d - 1 doublings and d mixed additions, with a lookup that reads every entry, so
    /// its time does not depend on k. With w = 8 (the default): d = 128, ~2,430 F_p multiplications and squarings,
    /// 128 affine points = 32 KiB of coordinates. Not thread-safe (it owns its scratch space).
    /// </summary>
    internal sealed class SakkeCombTable
    {
        private readonly SakkeCurve _curve;
        private readonly IPrimeField _f;
        private readonly int _w, _d;
        private readonly SakkePoint[] _table;
        private readonly uint[] _q;
        private readonly SakkePoint _pick;
        private readonly uint[] _negY;

        /// <summary>Builds the table for <paramref name="basePoint"/> with <paramref name="teeth"/> teeth (2..10).</summary>
        public SakkeCombTable(SakkeCurve curve, SakkePoint basePoint, int teeth)
        {
            if (teeth < 2 || teeth > 10) throw new System.ArgumentException("comb teeth must be 2..10");
            _curve = curve;
            _f = curve.Field;
            byte[] q = SakkeParameterSet1.QBytes;
            _q = ScalarBits.FromBigEndian(q, 0, q.Length, _f.Limbs);
            _w = teeth;
            _d = (ScalarBits.BitLength(_q) + teeth - 1) / teeth;
            int entries = 1 << (teeth - 1);
            _pick = new SakkePoint(_f);
            _negY = _f.Create();

            // B_t = [2^(t d)] B, affine
            SakkeJacobianPoint[] spokes = new SakkeJacobianPoint[_w];
            SakkeJacobianPoint acc = new SakkeJacobianPoint(_f);
            curve.SetAffine(acc, basePoint);
            for (int t = 0; t < _w; t++)
            {
                if (t > 0) for (int i = 0; i < _d; i++) curve.Double(acc, acc);
                spokes[t] = new SakkeJacobianPoint(_f);
                curve.Copy(spokes[t], acc);
            }
            SakkePoint[] b = new SakkePoint[_w];
            for (int t = 0; t < _w; t++) b[t] = new SakkePoint(_f);
            curve.BatchToAffine(spokes, b, _w);

            SakkePoint neg = new SakkePoint(_f);
            SakkeJacobianPoint[] sums = new SakkeJacobianPoint[entries];
            for (int j = 0; j < entries; j++)
            {
                sums[j] = new SakkeJacobianPoint(_f);
                curve.SetAffine(sums[j], b[_w - 1]);
                for (int t = 0; t < _w - 1; t++)
                {
                    _f.Copy(neg.X, b[t].X);
                    if (((j >> t) & 1) != 0) _f.Copy(neg.Y, b[t].Y);
                    else _f.Neg(neg.Y, b[t].Y);
                    curve.AddMixedPublic(sums[j], sums[j], neg);
                }
            }
            _table = new SakkePoint[entries];
            for (int j = 0; j < entries; j++) _table[j] = new SakkePoint(_f);
            curve.BatchToAffine(sums, _table, entries);
        }

        /// <summary>Zeroizes the scratch (the last column read: it reveals bits of the last scalar).</summary>
        public void Wipe()
        {
            _pick.Wipe();
            Secrets.Wipe(_negY);
        }

        public int Teeth { get { return _w; } }
        public int Spacing { get { return _d; } }

        /// <summary>Octets of field-element storage held by the table (2 coordinates per entry).</summary>
        public int MemoryBytes { get { return _table.Length * 2 * _f.Limbs * 4; } }

        /// <summary>r = [k]B with k big-endian, 0 &lt; k &lt; q.</summary>
        public void Multiply(SakkeJacobianPoint r, byte[] k)
        {
            uint[] kk = Prepare(k);
            uint negate = ScalarBits.MakeOdd(kk, _q);
            SetVirtualTopBit(kk);
            for (int c = _d - 1; c >= 0; c--)
            {
                if (c != _d - 1) _curve.Double(r, r);
                AddColumn(r, kk, c, c == _d - 1);
            }
            _curve.ConditionalNegate(r, negate);
            Secrets.Wipe(kk);
        }

        /// <summary>r = [k1]B1 + [k2]B2 with two tables of the same shape, sharing one chain of doublings
        /// (Shamir's trick on combs): d - 1 doublings and 2d mixed additions.</summary>
        public static void MultiplyTwo(SakkeJacobianPoint r, SakkeCombTable t1, byte[] k1, SakkeCombTable t2, byte[] k2)
        {
            if (t1._w != t2._w || t1._d != t2._d) throw new System.ArgumentException("combs of different shapes");
            uint[] a = t1.Prepare(k1);
            uint[] b = t2.Prepare(k2);
            uint negA = ScalarBits.MakeOdd(a, t1._q);
            uint negB = ScalarBits.MakeOdd(b, t2._q);
            t1.SetVirtualTopBit(a);
            t2.SetVirtualTopBit(b);
            // [k1]B1 + [k2]B2 = s1 [k1']B1 + s2 [k2']B2 where s = -1 when k was made odd: fold the sign into the
            // per-column sign so that one accumulator suffices.
            for (int c = t1._d - 1; c >= 0; c--)
            {
                if (c != t1._d - 1) t1._curve.Double(r, r);
                t1.AddColumnSigned(r, a, c, c == t1._d - 1, negA);
                t2.AddColumnSigned(r, b, c, false, negB);
            }
            Secrets.Wipe(a);
            Secrets.Wipe(b);
        }

        private uint[] Prepare(byte[] k)
        {
            return ScalarBits.FromBigEndian(k, 0, k.Length, _q.Length + 1);
        }

        private void SetVirtualTopBit(uint[] kk)
        {
            int l = _w * _d;
            kk[l >> 5] |= 1u << (l & 31);
        }

        private void AddColumn(SakkeJacobianPoint r, uint[] kk, int c, bool first)
        {
            AddColumnSigned(r, kk, c, first, 0);
        }

        /// <summary>Adds (or, when first, sets) the column value s T[j], negated once more when <paramref name="flip"/> is all ones.</summary>
        private void AddColumnSigned(SakkeJacobianPoint r, uint[] kk, int c, bool first, uint flip)
        {
            uint top = ScalarBits.Bit(kk, (_w - 1) * _d + c + 1);
            int j = 0;
            for (int t = 0; t < _w - 1; t++)
                j |= (int)((1u ^ ScalarBits.Bit(kk, t * _d + c + 1) ^ top) << t);
            for (int i = 0; i < _table.Length; i++)
            {
                uint m = ScalarBits.EqualMask(i, j);
                _f.Select(_pick.X, _table[i].X, _pick.X, m);
                _f.Select(_pick.Y, _table[i].Y, _pick.Y, m);
            }
            uint negative = (top - 1u) ^ flip;   // column digit is -1 when top = 0
            if (first)
            {
                _curve.SetAffine(r, _pick);
                _curve.ConditionalNegate(r, negative);
            }
            else
            {
                _f.Neg(_negY, _pick.Y);
                _f.Select(_pick.Y, _negY, _pick.Y, negative);
                _curve.AddMixed(r, r, _pick);
            }
        }
    }
}
