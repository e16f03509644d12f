using System;

namespace MikeyNano.Curves
{
    /// <summary>
    /// The odd multiples P, 3P, ..., (2^(w-1) - 1) P of a finite point in affine form (16 words each): the digits of a
    /// width-w NAF, for the variable-time double-scalar multiplication of signature verification. Affine entries make
    /// each addition a mixed one (8M + 3S instead of 12M + 4S). Built by one doubling, 2^(w-2) - 1 additions and one
    /// batched inversion; immutable afterwards (shareable between threads). Public points only: built and read in
    /// variable time.
    /// </summary>
    internal sealed class P256OddMultiples
    {
        private const int PointWords = 16;
        private readonly uint[] _xy; // [(d - 1) / 2][x(8) | y(8)]

        /// <summary>The NAF width w these multiples serve (digits up to 2^(w-1) - 1).</summary>
        internal readonly int Width;

        private readonly JacobianPoint[] _jacobian; // Fill's scratch (reusable tables only)
        private readonly uint[] _prefix;

        /// <summary>An empty, refillable table for width w (see <see cref="Fill"/>), with its own scratch.</summary>
        internal P256OddMultiples(int width)
        {
            Width = width;
            _xy = new uint[Count * PointWords];
            _jacobian = NewPoints(Count + 1);
            _prefix = new uint[Count * 8];
        }

        /// <summary>The table of p (finite) for width w; the construction scratch is not kept.</summary>
        internal P256OddMultiples(P256 ctx, JacobianPoint p, int width)
        {
            Width = width;
            _xy = new uint[Count * PointWords];
            Fill(ctx, p, NewPoints(Count + 1), new uint[Count * 8]);
        }

        private int Count { get { return 1 << (Width - 2); } }

        private static JacobianPoint[] NewPoints(int n)
        {
            JacobianPoint[] pts = new JacobianPoint[n];
            for (int i = 0; i < n; i++) pts[i] = new JacobianPoint();
            return pts;
        }

        /// <summary>Refills a reusable table with the odd multiples of the finite point p, allocating nothing.</summary>
        internal void Fill(P256 ctx, JacobianPoint p)
        {
            Fill(ctx, p, _jacobian, _prefix);
        }

        private void Fill(P256 ctx, JacobianPoint p, JacobianPoint[] pts, uint[] prefix)
        {
            int count = Count;
            JacobianPoint twice = pts[count];
            ctx.CopyPoint(pts[0], p);
            ctx.Double(twice, p);
            for (int i = 1; i < count; i++) ctx.AddPublic(pts[i], pts[i - 1], twice);
            ctx.ToAffineBatch(pts, 0, count, _xy, 0, prefix);
        }

        /// <summary>The affine d P for odd 1 &lt;= d &lt; 2^(w-1), copied into x and y.</summary>
        internal void Copy(int d, uint[] x, uint[] y)
        {
            int e = (d >> 1) * PointWords;
            Array.Copy(_xy, e, x, 0, 8);
            Array.Copy(_xy, e + 8, y, 0, 8);
        }

        /// <summary>Zeroizes a reusable table and its scratch (it holds the last point it was filled with).</summary>
        internal void Wipe()
        {
            Array.Clear(_xy, 0, _xy.Length);
            if (_jacobian != null)
                for (int i = 0; i < _jacobian.Length; i++)
                {
                    Array.Clear(_jacobian[i].X, 0, 8); Array.Clear(_jacobian[i].Y, 0, 8); Array.Clear(_jacobian[i].Z, 0, 8);
                }
            if (_prefix != null) Array.Clear(_prefix, 0, _prefix.Length);
        }

        /// <summary>Octets held (the memory figure to report).</summary>
        internal int MemoryBytes { get { return _xy.Length * 4; } }
    }
}
