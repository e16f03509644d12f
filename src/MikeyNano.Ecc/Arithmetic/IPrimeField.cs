namespace MikeyNano.Arithmetic
{
    /// <summary>
    /// Arithmetic in a prime field F_p: the seam a native (C) backend can implement later. Elements are <c>uint[]</c>
    /// of <see cref="Limbs"/> 32-bit words, least-significant limb first, held in the field's internal form (Montgomery
    /// form for <see cref="MontgomeryField"/>) and always fully reduced (canonical), so equal values have equal limbs.
    /// Every operation writes into a caller-supplied <c>r</c>, allocates nothing, and <c>r</c> may alias any input.
    /// Constant-time unless the member's comment says otherwise. Implementations own scratch space: an instance is not
    /// safe for use by two threads at once (make one instance per thread).
    /// </summary>
    internal interface IPrimeField
    {
        /// <summary>32-bit words per element.</summary>
        int Limbs { get; }

        /// <summary>Octets of the big-endian encoding (32 for P-256, 128 for the SAKKE prime).</summary>
        int ByteLength { get; }

        /// <summary>A big-endian copy of p (ByteLength octets).</summary>
        byte[] ModulusBytes { get; }

        /// <summary>A new zero element.</summary>
        uint[] Create();

        void SetZero(uint[] r);
        void SetOne(uint[] r);
        void Copy(uint[] r, uint[] a);

        /// <summary>r = k (k &lt; 2^32, reduced mod p).</summary>
        void SetSmall(uint[] r, uint k);

        /// <summary>r = the big-endian integer src[offset..offset+length) (length &lt;= ByteLength); throws
        /// InvalidEncodingException unless it is below p. Time does not depend on the value (only on whether it is
        /// accepted).</summary>
        void FromBytes(byte[] src, int offset, int length, uint[] r);

        /// <summary>r = the big-endian integer of any length, reduced mod p. Time depends only on the length.</summary>
        void FromBytesReduce(byte[] src, int offset, int length, uint[] r);

        /// <summary>Writes a as ByteLength octets, big-endian, canonical (&lt; p).</summary>
        void ToBytes(uint[] a, byte[] dst, int offset);

        void Add(uint[] r, uint[] a, uint[] b);
        void Sub(uint[] r, uint[] a, uint[] b);
        void Neg(uint[] r, uint[] a);
        void Mul(uint[] r, uint[] a, uint[] b);
        void Sqr(uint[] r, uint[] a);

        /// <summary>r = a^-1 (= a^(p-2)), constant-time (divsteps in both fields); r = 0 when a = 0.</summary>
        void Invert(uint[] r, uint[] a);

        /// <summary>For p = 3 mod 4 only: r = a^((p+1)/4); returns whether r^2 == a (variable-time in the result only).</summary>
        bool Sqrt(uint[] r, uint[] a);

        /// <summary>r = a^e for a big-endian exponent; constant-time in the exponent's bits for a fixed exponent length.</summary>
        void Pow(uint[] r, uint[] a, byte[] exponentBigEndian);

        /// <summary>0xFFFFFFFF if a == 0 else 0.</summary>
        uint IsZero(uint[] a);

        /// <summary>0xFFFFFFFF if a == b else 0.</summary>
        uint AreEqual(uint[] a, uint[] b);

        /// <summary>r = mask == 0xFFFFFFFF ? a : b (mask is all-ones or zero).</summary>
        void Select(uint[] r, uint[] a, uint[] b, uint mask);

        /// <summary>Zeroizes the scratch space (every operation leaves its last intermediates there): owners call it when
        /// an operation on secrets ends, on every path.</summary>
        void Wipe();
    }
}
