using System;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// The commands of an authenticated request (docs/provisioning.md, "Commands"): each parses its whole body first,
    /// checks everything, and only then commits one new key-store image; any refusal leaves the store as it was.
    /// </summary>
    internal sealed class ProvisioningCommands
    {
        public const int TransportKeyLength = 32;
        private const int FirstUse = 0;
        private const int Rotate = 1;

        private readonly KeyStore _store;
        private readonly IClock _clock;
        private readonly IProvisioningDevice _device;

        public ProvisioningCommands(KeyStore store, IClock clock, IProvisioningDevice device)
        {
            _store = store;
            _clock = clock;
            _device = device;
        }

        /// <summary>The transport key a first-use install carries in clear (mode 0), or null for any other request.</summary>
        public static byte[] FirstTransportKey(int type, byte[] payload, int bodyLength)
        {
            if (type != ProvisioningCommand.InstallTransportKey || bodyLength != 1 + TransportKeyLength || payload[0] != FirstUse) return null;
            return Octets.Slice(payload, 1, TransportKeyLength);
        }

        // nonce (16) | protocol version (1) | max payload (2) | flags (1: bit 0 TrK, bit 1 certificate, bit 2 network) | key sets (1)
        // | self-test state (1) | board | firmware version | library version (each text8)
        public byte[] DeviceInfo(byte[] nonce)
        {
            PayloadWriter w = new PayloadWriter(1024);
            w.Octets(nonce);
            w.Octet(Frame.Version);
            w.UInt16(Frame.MaxPayload);
            w.Octet((_store.HasTransportKey ? 1 : 0) | (_store.Certificate != null ? 2 : 0) | (_store.Network != null ? 4 : 0));
            w.Octet(_store.KeySetCount);
            w.Octet(_device.SelfTestState);
            w.Text8(_device.Board, true);
            w.Text8(_device.FirmwareVersion, true);
            w.Text8(_device.LibraryVersion, true);
            return w.ToArray();
        }

        /// <summary>Runs an authenticated request whose body is <paramref name="payload"/>[0..bodyLength).</summary>
        public byte[] Execute(int type, byte[] payload, int bodyLength)
        {
            PayloadReader r = new PayloadReader(payload, 0, bodyLength, ProvisioningError.MalformedPayload);
            switch (type)
            {
                case ProvisioningCommand.InstallTransportKey: return InstallTransportKey(r);
                case ProvisioningCommand.InstallKmsCertificate: return InstallCertificate(r);
                case ProvisioningCommand.InstallKeySet: return new KeySetInstaller(_store).Install(r, _clock);
                case ProvisioningCommand.List: r.End(); return KeyStoreListing.Encode(_store);
                case ProvisioningCommand.Erase: return Erase(r);
                case ProvisioningCommand.InstallNetworkSettings: return InstallNetworkSettings(r);
                default: return RunSelfTest(r);
            }
        }

        // mode (1) | mode 0: TrK (32) in clear, first use only | mode 1: RFC 5649 wrap of the new TrK under the current
        private byte[] InstallTransportKey(PayloadReader r)
        {
            int mode = r.Octet();
            byte[] trk = null;
            byte[] current = _store.TransportKey();
            try
            {
                if (mode == FirstUse)
                {
                    trk = r.Octets(TransportKeyLength, "transport key");
                    r.End();
                    if (current != null)
                        throw new ProvisioningException(ProvisioningError.TransportKeyInstalled,
                            "a transport key is installed: send the new one wrapped under it (mode 1)");
                }
                else if (mode == Rotate)
                {
                    byte[] wrapped = r.Octets16("wrapped transport key");
                    r.End();
                    trk = KeySetInstaller.UnwrapUnder(current, wrapped, "the new transport key");
                    if (trk.Length != TransportKeyLength) throw Malformed("the new transport key is " + trk.Length + " octets, not 32");
                }
                else throw Malformed("transport key mode " + mode);
                Commit(_store.Image.WithTrk(_store.Wrap(trk)));
                return new byte[0];
            }
            finally
            {
                Secrets.Wipe(trk);
                Secrets.Wipe(current);
            }
        }

        // host NTP seconds (8, 0 = none) | certificate. A certificate with other keys or periods drops the key sets.
        private byte[] InstallCertificate(PayloadReader r)
        {
            ulong hostNtp = r.UInt64();
            KmsCertificate c = KmsCertificate.ReadFrom(r);
            r.End();
            KmsCertificateCheck.Validate(c, DeviceTime(_clock, hostNtp));
            KeyStoreImage image = _store.Image;
            StoredKeySet[] keep = c.SameKeysAs(image.Certificate) ? image.KeySets : null;
            Commit(image.WithCertificate(c, keep));
            return new byte[0];
        }

        // SSID (text8, 1..32 octets) | passphrase wrapped under TrK (octets16; empty: an open network) | peers (u8, at most
        // 4) | per peer: URI (text8) | host (text8, dotted IPv4) | MIKEY port (u16) | media port (u16). The passphrase
        // (8..64 octets, WPA2-Personal) is unwrapped, checked, wrapped again under the store's key and committed with
        // the rest; it replaces any earlier settings whole.
        private byte[] InstallNetworkSettings(PayloadReader r)
        {
            string ssid = r.Text8("SSID");
            byte[] wrapped = r.Octets16("wrapped passphrase");
            RadioPeer[] peers = NetworkSettings.ReadPeers(r);
            r.End();
            int ssidOctets = Utf8.Encode(ssid).Length;
            if (ssidOctets == 0 || ssidOctets > NetworkSettings.MaxSsidOctets)
                throw Malformed("SSID of " + ssidOctets + " octets: 1 to " + NetworkSettings.MaxSsidOctets);
            byte[] trk = null, passphrase = null;
            try
            {
                byte[] stored = null;
                if (wrapped.Length != 0)
                {
                    trk = _store.TransportKey();
                    passphrase = KeySetInstaller.UnwrapUnder(trk, wrapped, "the Wi-Fi passphrase");
                    if (passphrase.Length < NetworkSettings.MinPassphraseOctets || passphrase.Length > NetworkSettings.MaxPassphraseOctets)
                        throw Malformed("Wi-Fi passphrase of " + passphrase.Length + " octets: " + NetworkSettings.MinPassphraseOctets + " to "
                            + NetworkSettings.MaxPassphraseOctets);
                    Utf8.Decode(passphrase); // refuses what is not UTF-8 (InvalidEncodingException: malformed-payload)
                    for (int i = 0; i < passphrase.Length; i++)
                        if (passphrase[i] == 0) throw Malformed("Wi-Fi passphrase holds a zero octet");
                    stored = _store.Wrap(passphrase);
                }
                Commit(_store.Image.WithNetwork(new NetworkSettings(ssid, stored, peers)));
                return new byte[0];
            }
            finally
            {
                Secrets.Wipe(trk);
                Secrets.Wipe(passphrase);
            }
        }

        // scope (1): 1 key sets, 2 key sets and certificate, 3 everything including the transport key
        private byte[] Erase(PayloadReader r)
        {
            int scope = r.Octet();
            r.End();
            KeyStoreImage image = _store.Image;
            if (scope == ProvisioningCommand.EraseKeySets) image = image.WithKeySets(null);
            else if (scope == ProvisioningCommand.EraseKeySetsAndCertificate) image = image.WithCertificate(null, null);
            else if (scope == ProvisioningCommand.EraseAll) image = KeyStoreImage.Empty();
            else throw Malformed("erase scope " + scope);
            Commit(image);
            return new byte[0];
        }

        // result (1: 1 passed, 2 failed) | detail (text8)
        private byte[] RunSelfTest(PayloadReader r)
        {
            r.End();
            string detail;
            bool passed = _device.RunSelfTest(out detail);
            PayloadWriter w = new PayloadWriter(300);
            w.Octet(passed ? SelfTestState.Passed : SelfTestState.Failed);
            w.Text8(detail, true);
            return w.ToArray();
        }

        /// <summary>The device's NTP time, or the host's from an authenticated request when the device's clock is not
        /// set (a board before SNTP); clock-not-set when neither is known.</summary>
        internal static ulong DeviceTime(IClock clock, ulong hostNtp)
        {
            ulong now = clock.NtpSeconds;
            if (now == 0) now = hostNtp;
            if (now == 0) throw new ProvisioningException(ProvisioningError.ClockNotSet, "the device's clock is not set and the request gives no time");
            return now;
        }

        internal void Commit(KeyStoreImage image)
        {
            Commit(_store, image);
        }

        /// <summary>Commits, turning any storage failure into storage-failed (the old content stays in force).</summary>
        internal static void Commit(KeyStore store, KeyStoreImage image)
        {
            try
            {
                store.Commit(image);
            }
            catch (Exception e)
            {
                throw new ProvisioningException(ProvisioningError.StorageFailed, "key store write failed: " + e.Message);
            }
        }

        internal static ProvisioningException Malformed(string message)
        {
            return new ProvisioningException(ProvisioningError.MalformedPayload, message);
        }
    }
}
