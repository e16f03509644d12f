using System;
using System.IO;
using MikeyNano.Radio;

namespace MikeyNano.HostPlatform.Radio
{
    /// <summary>The radio's non-volatile storage as one file per record in a directory (the emulated radio's flash).
    /// Record names are letters, digits, '.', '-' and '_' only, so a name can never leave the directory.</summary>
    public sealed class DirectoryKeyStorage : IKeyStorage
    {
        private readonly string _directory;

        public DirectoryKeyStorage(string directory)
        {
            Directory.CreateDirectory(directory);
            _directory = directory;
        }

        public byte[] Read(string name)
        {
            string path = PathOf(name);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        public void Write(string name, byte[] data, int offset, int count)
        {
            using var f = new FileStream(PathOf(name), FileMode.Create, FileAccess.Write, FileShare.None);
            f.Write(data, offset, count);
            f.Flush(true); // to the disk before the key store's next (commit) write
        }

        public void Delete(string name) => File.Delete(PathOf(name));

        private string PathOf(string name)
        {
            if (string.IsNullOrEmpty(name) || name.Length > 64) throw new ArgumentException("record name must be 1 to 64 characters", nameof(name));
            foreach (char c in name)
                if (!(char.IsAsciiLetterOrDigit(c) || c == '.' || c == '-' || c == '_') || name.StartsWith('.'))
                    throw new ArgumentException($"record name '{name}': letters, digits, '.', '-', '_' only, not starting with '.'", nameof(name));
            return Path.Combine(_directory, name);
        }
    }
}
