using System;
using System.IO;
using System.Security.Cryptography;
using MikeyNano.Radio;

namespace MikeyNano.HostPlatform.Radio
{
    /// <summary>
    /// The emulated radio's device key: what an ESP32 keeps in an eFuse key block or behind flash encryption
    /// (docs/provisioning.md, "Key store"), here 32 random octets in the file device.key of the emulated flash folder,
    /// made at the first start (owner read/write only where the file system has modes). The key store wraps its secrets
    /// under keys derived from it, so copying the records without this file yields nothing.
    /// </summary>
    public static class EmulatedDeviceKey
    {
        public const string FileName = "device.key";

        public static byte[] LoadOrCreate(string flashFolder)
        {
            Directory.CreateDirectory(flashFolder);
            string path = Path.Combine(flashFolder, FileName);
            if (File.Exists(path))
            {
                byte[] key = File.ReadAllBytes(path);
                if (key.Length != KeyStore.DeviceKeyLength)
                    throw new InvalidDataException($"{path}: a device key is {KeyStore.DeviceKeyLength} octets, the file has {key.Length}");
                return key;
            }
            byte[] fresh = RandomNumberGenerator.GetBytes(KeyStore.DeviceKeyLength);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!System.OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var f = new FileStream(path, options)) f.Write(fresh);
            return fresh;
        }
    }
}
