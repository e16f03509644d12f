using System.IO;
using MikeyNano.Radio;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>
    /// Key-store records as files on nanoFramework's internal flash file system (drive I:), through
    /// System.IO.FileSystem, a package OUTSIDE ../shared/nanoframework-api (firmware/Shims/System.IO.FileSystem says why
    /// it is used and which version). File.WriteAllBytes truncates then writes, so a power cut leaves a prefix: the
    /// key store above (src/MikeyNano.Radio/KeyStore) is what makes updates power-safe.
    /// </summary>
    internal sealed class FlashKeyStorage : IKeyStorage
    {
        /// <summary>Record names become files I:\mikeynano-NAME.</summary>
        internal const string Prefix = "I:\\mikeynano-";

        public byte[] Read(string name)
        {
            string path = Prefix + name;
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        public void Write(string name, byte[] data, int offset, int count)
        {
            byte[] record = new byte[count];
            for (int i = 0; i < count; i++) record[i] = data[offset + i];
            File.WriteAllBytes(Prefix + name, record);
        }

        public void Delete(string name)
        {
            string path = Prefix + name;
            if (File.Exists(path)) File.Delete(path);
        }
    }
}
