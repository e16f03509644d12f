namespace MikeyNano.Hashing
{
    /// <summary>A hash whose chaining value can be saved and restored at a block boundary. <see cref="Hmac"/> uses it
    /// to absorb the padded key once (RFC 2104 section 4, "precomputed" inner and outer states) so each message costs
    /// two compressions fewer and no allocation.</summary>
    internal interface IChainingStateHash : IHash
    {
        /// <summary>32-bit words in the chaining value (5 for SHA-1, 8 for SHA-256).</summary>
        int StateWords { get; }

        /// <summary>Copies the chaining value into <paramref name="state"/>. Only valid right after whole blocks were absorbed.</summary>
        void SaveState(uint[] state);

        /// <summary>Sets the chaining value and the count of octets already absorbed (a multiple of the block size).</summary>
        void RestoreState(uint[] state, long absorbedOctets);
    }
}
