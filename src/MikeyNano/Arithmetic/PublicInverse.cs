namespace MikeyNano.Arithmetic
{
    /// <summary>Modular inversion by the binary extended Euclidean algorithm (HAC 14.61, specialised to an odd
    /// modulus): VARIABLE-TIME, for public values only (e.g. the s of a signature being verified). Several times
    /// cheaper than Fermat's a^(m-2).</summary>
    public static class PublicInverse
    {
        /// <summary>r = a^-1 mod m for n-limb plain integers (least-significant limb first), m odd, 0 &lt; a &lt; m and
        /// gcd(a, m) = 1 (m prime). r may be a. Returns false (r unchanged) when a is 0 or not invertible.</summary>
        public static bool Invert(uint[] r, uint[] a, uint[] m, int n)
        {
            uint[] u = new uint[n], v = new uint[n], x1 = new uint[n], x2 = new uint[n];
            System.Array.Copy(a, u, n);
            System.Array.Copy(m, v, n);
            x1[0] = 1;
            if (Natural.IsZero(u, n) != 0) return false;
            while (!IsOne(u, n) && !IsOne(v, n))
            {
                if (Natural.IsZero(u, n) != 0 || Natural.IsZero(v, n) != 0) return false; // gcd > 1
                while ((u[0] & 1) == 0) { ShiftRight(u, 0, n); Halve(x1, m, n); }
                while ((v[0] & 1) == 0) { ShiftRight(v, 0, n); Halve(x2, m, n); }
                if (Natural.LessThan(u, v, n) == 0)
                {
                    Natural.Sub(u, u, v, n);
                    if (Natural.Sub(x1, x1, x2, n) != 0) Natural.Add(x1, x1, m, n);
                }
                else
                {
                    Natural.Sub(v, v, u, n);
                    if (Natural.Sub(x2, x2, x1, n) != 0) Natural.Add(x2, x2, m, n);
                }
            }
            System.Array.Copy(IsOne(u, n) ? x1 : x2, r, n);
            return true;
        }

        private static bool IsOne(uint[] a, int n)
        {
            if (a[0] != 1) return false;
            for (int i = 1; i < n; i++) if (a[i] != 0) return false;
            return true;
        }

        /// <summary>x = x / 2 mod m (x &lt; m, m odd): x even: shift; odd: (x + m) / 2 with the carry shifted in.</summary>
        private static void Halve(uint[] x, uint[] m, int n)
        {
            uint carry = 0;
            if ((x[0] & 1) != 0) carry = Natural.Add(x, x, m, n);
            ShiftRight(x, carry, n);
        }

        private static void ShiftRight(uint[] x, uint topBit, int n)
        {
            for (int i = 0; i < n - 1; i++) x[i] = (x[i] >> 1) | (x[i + 1] << 31);
            x[n - 1] = (x[n - 1] >> 1) | (topBit << 31);
        }
    }
}
