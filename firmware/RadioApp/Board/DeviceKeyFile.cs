using MikeyNano.Entropy;
using MikeyNano.Radio;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>
    /// The key store's 32-octet device key (docs/provisioning.md, "Where the device key comes from") as the stock
    /// application keeps it: a record of the internal flash drawn from the RNG at first boot. The listed APIs offer no
    /// key the chip keeps (an eFuse key block with the HMAC peripheral, an encrypted NVS partition), so this is the
    /// fallback the document names: without flash encryption the key lies beside what it wraps, and the wrap only keeps
    /// keys from a casual look at a flash dump. An integrator with flash encryption replaces this class with one that
    /// derives the key from the chip (firmware/BUILD.md, "Device key"). A record of another length (a power cut while the
    /// first boot wrote it, before anything was sealed under it) is drawn again.
    /// </summary>
    internal static class DeviceKeyFile
    {
        /// <summary>The record name: file I:\mikeynano-device-key on the internal flash.</summary>
        internal const string RecordName = "device-key";

        internal static byte[] LoadOrCreate(IKeyStorage storage, IRandomSource rng, IConsole console)
        {
            byte[] key = storage.Read(RecordName);
            if (key != null && key.Length == KeyStore.DeviceKeyLength)
            {
                console.WriteLine("device key: from the internal flash (not protected by the chip: firmware/BUILD.md)");
                return key;
            }
            key = new byte[KeyStore.DeviceKeyLength];
            rng.Fill(key, 0, key.Length);
            storage.Write(RecordName, key, 0, key.Length);
            console.WriteLine("device key: drawn at first boot and written to the internal flash (not protected by the chip: firmware/BUILD.md)");
            return key;
        }
    }
}
