namespace MikeyNano.Radio.Provisioning
{
    /// <summary>The device-info response (docs/provisioning.md): what the radio is and the state of its key store.</summary>
    public sealed class DeviceInfo
    {
        internal DeviceInfo(byte[] nonce, int protocolVersion, int maxPayload, int flags, int keySetCount, int selfTestState,
                            string board, string firmwareVersion, string libraryVersion)
        {
            Nonce = nonce;
            ProtocolVersion = protocolVersion;
            MaxPayload = maxPayload;
            HasTransportKey = (flags & 1) != 0;
            HasCertificate = (flags & 2) != 0;
            HasNetworkSettings = (flags & 4) != 0;
            KeySetCount = keySetCount;
            SelfTestState = selfTestState;
            Board = board;
            FirmwareVersion = firmwareVersion;
            LibraryVersion = libraryVersion;
        }

        /// <summary>The session nonce every authenticated request of this session is MACed with.</summary>
        internal byte[] Nonce { get; private set; }
        public int ProtocolVersion { get; private set; }
        public int MaxPayload { get; private set; }
        public bool HasTransportKey { get; private set; }
        public bool HasCertificate { get; private set; }
        /// <summary>Whether network settings (Wi-Fi station, peers) are installed.</summary>
        public bool HasNetworkSettings { get; private set; }
        public int KeySetCount { get; private set; }
        /// <summary>One of <see cref="Provisioning.SelfTestState"/>'s values.</summary>
        public int SelfTestState { get; private set; }
        public string Board { get; private set; }
        public string FirmwareVersion { get; private set; }
        public string LibraryVersion { get; private set; }

        internal static DeviceInfo Decode(PayloadReader r)
        {
            byte[] nonce = r.Octets(ProvisioningMac.NonceLength, "nonce");
            int version = r.Octet();
            int max = r.UInt16();
            int flags = r.Octet();
            int sets = r.Octet();
            int selfTest = r.Octet();
            string board = r.Text8("board");
            string firmware = r.Text8("firmware version");
            string library = r.Text8("library version");
            r.End();
            return new DeviceInfo(nonce, version, max, flags, sets, selfTest, board, firmware, library);
        }
    }
}
