using System.Net.NetworkInformation;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>Stores the Wi-Fi station settings the key store holds in the firmware's first wireless configuration
    /// (System.Net's Wireless80211Configuration), set to connect at boot. The profile has none: Wi-Fi is per radio,
    /// provisioned with its keys.</summary>
    internal static class WifiStation
    {
        /// <summary>Returns false when the firmware has no wireless configuration to hold them.</summary>
        internal static bool Configure(string ssid, string password)
        {
            Wireless80211Configuration[] configs = Wireless80211Configuration.GetAllWireless80211Configurations();
            if (configs == null || configs.Length == 0) return false;
            Wireless80211Configuration wifi = configs[0];
            wifi.Ssid = ssid;
            wifi.Password = password;
            wifi.Options = Wireless80211Configuration.ConfigurationOptions.AutoConnect | Wireless80211Configuration.ConfigurationOptions.Enable;
            wifi.SaveConfiguration();
            return true;
        }
    }
}
