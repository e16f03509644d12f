using MikeyNano.Bytes;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>Command codes of the provisioning protocol (docs/provisioning.md, "Commands"): the type octet of a
    /// request; its response carries the same code with <see cref="ResponseBit"/> set.</summary>
    public static class ProvisioningCommand
    {
        public const int DeviceInfo = 0x01;
        public const int InstallTransportKey = 0x02;
        public const int InstallKmsCertificate = 0x03;
        public const int InstallKeySet = 0x04;
        public const int List = 0x05;
        public const int Erase = 0x06;
        public const int RunSelfTest = 0x07;
        public const int InstallNetworkSettings = 0x08;

        /// <summary>Set in the type octet of every response.</summary>
        public const int ResponseBit = 0x80;

        /// <summary>Erase scope octets: what an Erase request removes.</summary>
        public const int EraseKeySets = 1;
        public const int EraseKeySetsAndCertificate = 2;
        public const int EraseAll = 3;

        private static readonly string[] Names = new string[]
        {
            "device-info", "install-transport-key", "install-kms-certificate", "install-key-set", "list", "erase", "run-self-test",
            "install-network-settings"
        };

        /// <summary>The command's name as docs/provisioning.md writes it, or "command 0xNN" for an unknown one.</summary>
        public static string Name(int type)
        {
            return IsKnown(type) ? Names[type - DeviceInfo] : "command 0x" + Hex.Encode(new byte[] { (byte)type });
        }

        internal static bool IsKnown(int type)
        {
            return type >= DeviceInfo && type <= InstallNetworkSettings;
        }
    }
}
