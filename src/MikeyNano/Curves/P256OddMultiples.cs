using System;

namespace MikeyNano.Curves
{
    /// <summary>
    /// The odd multiples P, 3P, ..., (2^(w-1) - 1) P of a finite point in affine form (16 words each): the digits of a
    /// width-w NAF, for the variable-time double-scalar multiplication of signature verification. Affine entries make
    /// each addition a mixed one (7M + 4S instead of 11M + 5S). Built by one doubling, 2^(w-2) - 1 additions and one
    /// batched inversion; immutable afterwards (shareable between threads). Public points only: built and read in
    /// variable time.
    /// </summary>
    internal sealed class P256OddMultiples
    {
        private const int PointWords = 16;
        private readonly uint[] _xy; // [(d - 1) / 2][x(8) | y(8)]

        /// <summary>The NAF width w these multiples serve (digits up to 2^(w-1) - 1).</summary>
        internal readonly int Width;

        internal P256OddMultiples(P256 ctx, JacobianPoint p, int width)
        {
            Width = width;
            int count = 1 << (width - 2);
            JacobianPoint[] pts = new JacobianPoint[count];
            pts[0] = new JacobianPoint();
            ctx.CopyPoint(pts[0], p);
            JacobianPoint twice = new JacobianPoint();
            ctx.Double(twice, p);
            for (int i = 1; i < count; i++)
            {
                pts[i] = new JacobianPoint();
                ctx.AddPublic(pts[i], pts[i - 1], twice);
            }
            _xy = new uint[count * PointWords];
            ctx.ToAffineBatch(pts, 0, count, _xy, 0);
        }

        /// <summary>The affine d P for odd 1 &lt;= d &lt; 2^(w-1), copied into x and y.</summary>
        internal void Copy(int d, uint[] x, uint[] y)
        {
            int e = (d >> 1) * PointWords;
            Array.Copy(_xy, e, x, 0, 8);
            Array.Copy(_xy, e + 8, y, 0, 8);
        }

        /// <summary>Octets held (the memory figure to report).</summary>
        internal int MemoryBytes { get { return _xy.Length * 4; } }
    }
}
