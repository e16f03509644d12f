using MikeyNano.Arithmetic;
using MikeyNano.Bytes;

namespace MikeyNano.Sakke
{
    /// <summary>
    /// [k]Q for a variable point Q and a secret scalar k in [1, q-1], the plain path without precomputed tables:
    /// signed fixed windows of 4 bits with odd digits (so no digit is zero and the accumulator never meets infinity),
    /// an 8-entry table of the odd multiples Q, 3Q, ..., 15Q, and a table lookup that reads every entry. The number
    /// of doublings, additions and the memory touched do not depend on k. Cost: about 1020 doublings + 255 additions
    /// (~12,100 F_p multiplications and squarings) plus one inversion for the affine result. Four bits, not five:
    /// 5% more work for half the table (8 Jacobian points of 1024-bit coordinates fewer, about 4.5 KB in nanoCLR) on
    /// the path meant for small devices.
    /// </summary>
    internal sealed class SakkeScalarMultiplier
    {
        private const int W = 4;
        private const int Entries = 1 << (W - 1);
        private readonly SakkeCurve _curve;
        private readonly IPrimeField _f;
        private readonly uint[] _q;
        private readonly int _qBits;
        private readonly SakkeJacobianPoint[] _table;
        private readonly SakkeJacobianPoint _pick;

        public SakkeScalarMultiplier(SakkeCurve curve)
        {
            _curve = curve;
            _f = curve.Field;
            byte[] q = SakkeParameterSet1.QBytes;
            _q = ScalarBits.FromBigEndian(q, 0, q.Length, _f.Limbs);
            _qBits = ScalarBits.BitLength(_q);
            _table = new SakkeJacobianPoint[Entries];
            for (int i = 0; i < Entries; i++) _table[i] = new SakkeJacobianPoint(_f);
            _pick = new SakkeJacobianPoint(_f);
        }

        /// <summary>r = [k]Q with k big-endian (canonical, below q, at most <see cref="IPrimeField.ByteLength"/> octets).</summary>
        public void Multiply(SakkeJacobianPoint r, SakkePoint point, byte[] k)
        {
            uint[] kk = ScalarBits.FromBigEndian(k, 0, k.Length, _q.Length);
            uint negate = ScalarBits.MakeOdd(kk, _q);
            SakkeCurve c = _curve;

            // _table[i] = (2i + 1) Q
            c.SetAffine(_table[0], point);
            c.Double(_pick, _table[0]);
            for (int i = 1; i < Entries; i++) c.Add(_table[i], _table[i - 1], _pick);

            int m = (_qBits + W - 1) / W;
            // top digit: 2 (k >> ((m-1)W + 1)) + 1, positive and at most 2^W - 1
            int top = (int)(2 * TopBits(kk, (m - 1) * W + 1) + 1);
            Select(r, (top - 1) >> 1);
            for (int i = m - 2; i >= 0; i--)
            {
                for (int j = 0; j < W; j++) c.Double(r, r);
                uint u = 0;
                for (int j = 0; j < W; j++) u |= ScalarBits.Bit(kk, i * W + 1 + j) << j;
                uint positive = u >> (W - 1);                   // digit 2u + 1 - 2^W is positive iff u >= 2^(W-1)
                int index = (int)(u ^ ((uint)(Entries - 1) + positive));
                Select(_pick, index);
                c.ConditionalNegate(_pick, positive - 1u);
                c.Add(r, r, _pick);
            }
            c.ConditionalNegate(r, negate);
            Secrets.Wipe(kk);
            Wipe();
        }

        /// <summary>Zeroizes the table of multiples and the selected entry (they reveal k's digits).</summary>
        public void Wipe()
        {
            for (int i = 0; i < Entries; i++) _table[i].Wipe();
            _pick.Wipe();
        }

        private static uint TopBits(uint[] k, int from)
        {
            uint v = 0;
            for (int j = 0; j < W; j++) v |= ScalarBits.Bit(k, from + j) << j;
            return v;
        }

        private void Select(SakkeJacobianPoint r, int index)
        {
            for (int i = 0; i < Entries; i++)
            {
                uint m = ScalarBits.EqualMask(i, index);
                _f.Select(r.X, _table[i].X, r.X, m);
                _f.Select(r.Y, _table[i].Y, r.Y, m);
                _f.Select(r.Z, _table[i].Z, r.Z, m);
            }
        }
    }
}
