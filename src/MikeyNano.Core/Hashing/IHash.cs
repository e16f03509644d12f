namespace MikeyNano.Hashing
{
    /// <summary>An incremental hash function (Merkle-Damgard: SHA-1, SHA-256). <see cref="Final"/> writes the digest
    /// and resets the object, so one instance can hash many messages without allocating.</summary>
    internal interface IHash
    {
        /// <summary>Digest length in octets.</summary>
        int HashSize { get; }

        /// <summary>Compression-function block length in octets (64 for SHA-1 and SHA-256); HMAC pads keys to it.</summary>
        int BlockSize { get; }

        void Reset();

        void Update(byte[] data, int offset, int count);

        /// <summary>Writes <see cref="HashSize"/> octets at <paramref name="offset"/>, then resets.</summary>
        void Final(byte[] output, int offset);
    }
}
