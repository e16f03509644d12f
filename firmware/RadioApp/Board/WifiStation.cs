using System.Net.NetworkInformation;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>
    /// Applies the key store's Wi-Fi settings (NetworkSettings, installed over the provisioning link) to the firmware's
    /// first wireless configuration (System.Net's Wireless80211Configuration), set to connect at boot. The profile has
    /// none: Wi-Fi is per radio, provisioned with its keys. nanoFramework's native network stack reads the stored
    /// configuration, so the passphrase is saved in the firmware's configuration block as well, outside the key store's
    /// wrap (firmware/BUILD.md says so); it is saved only when it differs, not at every boot.
    /// </summary>
    internal static class WifiStation
    {
        internal const int Configured = 0;
        internal const int Unchanged = 1;
        internal const int NoWirelessConfiguration = 2;

        /// <summary>Stores <paramref name="ssid"/> and <paramref name="passphrase"/> (null or empty: an open network)
        /// when they differ from the firmware's; returns Configured, Unchanged or NoWirelessConfiguration.</summary>
        internal static int Apply(string ssid, string passphrase)
        {
            Wireless80211Configuration[] configs = Wireless80211Configuration.GetAllWireless80211Configurations();
            if (configs == null || configs.Length == 0) return NoWirelessConfiguration;
            Wireless80211Configuration wifi = configs[0];
            string password = passphrase == null ? "" : passphrase;
            Wireless80211Configuration.ConfigurationOptions options = Wireless80211Configuration.ConfigurationOptions.AutoConnect
                | Wireless80211Configuration.ConfigurationOptions.Enable;
            if (Same(wifi.Ssid, ssid) && Same(wifi.Password, password) && wifi.Options == options) return Unchanged;
            wifi.Ssid = ssid;
            wifi.Password = password;
            wifi.Options = options;
            wifi.SaveConfiguration();
            return Configured;
        }

        // Null tested by branches before any string comparison: nanoCLR's String.op_Equality dereferences a null that
        // the interpreter typed as a string (docs/device.md, "Runtime differences").
        private static bool Same(string a, string b)
        {
            if (a == null)
            {
                if (b == null) return true;
                return false;
            }
            if (b == null) return false;
            return a == b;
        }
    }
}
