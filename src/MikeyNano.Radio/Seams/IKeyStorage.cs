namespace MikeyNano.Radio
{
    /// <summary>
    /// Non-volatile storage for the key store: named records that survive a reset (files on nanoFramework's internal
    /// flash file system on a board, files in a directory on the host, memory with injected power cuts in tests).
    /// The key store (KeyStore/) makes its updates power-safe on top of this: a write here may be cut at any octet.
    /// </summary>
    public interface IKeyStorage
    {
        /// <summary>The whole record, or null when there is none.</summary>
        byte[] Read(string name);

        /// <summary>Replaces the record's content with count octets of data from offset. A power cut may leave the
        /// record with any prefix of the new content, the old content, or a mix: callers must not trust it blindly.</summary>
        void Write(string name, byte[] data, int offset, int count);

        /// <summary>Removes the record; no effect when there is none.</summary>
        void Delete(string name);
    }
}
