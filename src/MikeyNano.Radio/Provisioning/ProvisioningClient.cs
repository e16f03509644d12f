using System;
using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Errors;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// The host side of the provisioning protocol (docs/provisioning.md), as device code so the host tool
    /// (<c>mikeynano provision</c>) and a device-to-device loader share it. One request at a time: it frames the
    /// request, MACs it under the transport key with the session nonce of the last device info (fetched first when
    /// there is none), waits for the response with the same sequence, checks the response's MAC, and throws
    /// <see cref="ProvisioningException"/> naming the check that failed, on the device (its status code and detail)
    /// or here (timeout, response-invalid). Keys given in clear are wrapped under the transport key before they leave.
    /// </summary>
    public sealed class ProvisioningClient
    {
        private const int WriteChunk = 256;
        private readonly ISerialLink _link;
        private readonly IClock _clock;
        private readonly FrameDecoder _decoder = new FrameDecoder();
        private readonly byte[] _rx = new byte[256];
        private byte[] _trk;
        private byte[] _nonce;
        private int _sequence;

        public ProvisioningClient(ISerialLink link) : this(link, new SystemTimeClock())
        {
        }

        public ProvisioningClient(ISerialLink link, IClock clock)
        {
            if (link == null || clock == null) throw new ArgumentNullException("link and clock are needed");
            _link = link;
            _clock = clock;
            ResponseTimeoutMs = 10000;
            KeyCheckTimeoutMs = 600000;
        }

        /// <summary>Called while a request is sent and while its response is awaited (null: no progress).</summary>
        public ProvisioningProgress Progress { get; set; }
        /// <summary>How long to wait for a response (device info, list, erase, certificate, transport key).</summary>
        public int ResponseTimeoutMs { get; set; }
        /// <summary>How long to wait when the device runs pairings: install key set and run self-test.</summary>
        public int KeyCheckTimeoutMs { get; set; }

        /// <summary>The device's current transport key (32 octets, copied), for every authenticated request.</summary>
        public void UseTransportKey(byte[] trk)
        {
            if (trk == null || trk.Length != ProvisioningCommands.TransportKeyLength)
                throw new InvalidKeyException("the transport key must be " + ProvisioningCommands.TransportKeyLength + " octets");
            Secrets.Wipe(_trk);
            _trk = (byte[])trk.Clone();
        }

        /// <summary>Asks the device what it is; starts a new session (a new nonce).</summary>
        public DeviceInfo GetDeviceInfo()
        {
            _nonce = null;
            _sequence = (_sequence + 1) & 0xFFFF;
            byte[] body = Exchange(ProvisioningCommand.DeviceInfo, _sequence, new byte[0], null, ResponseTimeoutMs);
            DeviceInfo info = DeviceInfo.Decode(new PayloadReader(body, 0, body.Length, ProvisioningError.ResponseInvalid));
            _nonce = info.Nonce;
            _sequence = 0;
            return info;
        }

        /// <summary>Installs <paramref name="newTrk"/>: in clear when no transport key is in use here (first use, trusted
        /// because of the physical link, docs/provisioning.md), else wrapped (RFC 5649) under the current one and MACed
        /// with it. Afterwards the new key is the one in use.</summary>
        public void InstallTransportKey(byte[] newTrk)
        {
            if (newTrk == null || newTrk.Length != ProvisioningCommands.TransportKeyLength)
                throw new InvalidKeyException("the transport key must be " + ProvisioningCommands.TransportKeyLength + " octets");
            PayloadWriter w = new PayloadWriter(64);
            try
            {
                if (_trk == null)
                {
                    w.Octet(0);
                    w.Octets(newTrk);
                    Authenticated(ProvisioningCommand.InstallTransportKey, w.ToArray(), newTrk, ResponseTimeoutMs);
                }
                else
                {
                    w.Octet(1);
                    w.Octets16(AesKeyWrap.WrapWithPadding(_trk, newTrk));
                    Authenticated(ProvisioningCommand.InstallTransportKey, w.ToArray(), _trk, ResponseTimeoutMs);
                }
            }
            finally
            {
                w.Wipe();
            }
            UseTransportKey(newTrk);
        }

        public void InstallKmsCertificate(KmsCertificate certificate)
        {
            PayloadWriter w = new PayloadWriter();
            w.UInt64(_clock.NtpSeconds);
            certificate.WriteTo(w);
            Authenticated(ProvisioningCommand.InstallKmsCertificate, w.ToArray(), _trk, ResponseTimeoutMs);
        }

        /// <summary>Installs a key set given in clear (our key files): the RSK and SSK are wrapped under the transport
        /// key here.</summary>
        public void InstallKeySet(string userUri, byte[] userId, ulong keyPeriodNo, byte[] rsk, byte[] ssk, byte[] pvt)
        {
            RequireTransportKey();
            InstallWrappedKeySet(userUri, userId, keyPeriodNo, AesKeyWrap.WrapWithPadding(_trk, rsk), AesKeyWrap.WrapWithPadding(_trk, ssk), pvt);
        }

        /// <summary>Installs a key set whose RSK and SSK are already wrapped under the transport key (a TS 33.180 Annex
        /// D EncKeyContentType value forwarded as it came from the KMS).</summary>
        public void InstallWrappedKeySet(string userUri, byte[] userId, ulong keyPeriodNo, byte[] wrappedRsk, byte[] wrappedSsk, byte[] pvt)
        {
            PayloadWriter w = new PayloadWriter();
            w.UInt64(_clock.NtpSeconds);
            w.Text8(userUri, false);
            w.Octets(userId);
            w.UInt64(keyPeriodNo);
            w.Octets16(wrappedRsk);
            w.Octets16(wrappedSsk);
            w.Octets(pvt);
            Authenticated(ProvisioningCommand.InstallKeySet, w.ToArray(), _trk, KeyCheckTimeoutMs);
        }

        /// <summary>Installs the radio's network settings: the Wi-Fi station's <paramref name="ssid"/> and
        /// <paramref name="passphrase"/> (UTF-8 octets, wrapped under the transport key here; null or empty: an open
        /// network) and the <paramref name="peers"/> push-to-talk calls (null: none). They replace earlier settings.</summary>
        public void InstallNetworkSettings(string ssid, byte[] passphrase, RadioPeer[] peers)
        {
            RequireTransportKey();
            PayloadWriter w = new PayloadWriter();
            w.Text8(ssid, false);
            w.Octets16(passphrase == null || passphrase.Length == 0 ? new byte[0] : AesKeyWrap.WrapWithPadding(_trk, passphrase));
            NetworkSettings.WritePeers(w, peers == null ? new RadioPeer[0] : peers);
            Authenticated(ProvisioningCommand.InstallNetworkSettings, w.ToArray(), _trk, ResponseTimeoutMs);
        }

        public KeyStoreListing List()
        {
            byte[] body = Authenticated(ProvisioningCommand.List, new byte[0], _trk, ResponseTimeoutMs);
            return KeyStoreListing.Decode(new PayloadReader(body, 0, body.Length, ProvisioningError.ResponseInvalid));
        }

        /// <summary>Erases by <paramref name="scope"/> (ProvisioningCommand.EraseKeySets, EraseKeySetsAndCertificate,
        /// EraseAll; after EraseAll the device is back to first use).</summary>
        public void Erase(int scope)
        {
            Authenticated(ProvisioningCommand.Erase, new byte[] { (byte)scope }, _trk, ResponseTimeoutMs);
            if (scope == ProvisioningCommand.EraseAll)
            {
                Secrets.Wipe(_trk);
                _trk = null;
            }
        }

        /// <summary>Runs the device's power-on self-test; true when it passed, else <paramref name="detail"/> says what failed.</summary>
        public bool RunSelfTest(out string detail)
        {
            byte[] body = Authenticated(ProvisioningCommand.RunSelfTest, new byte[0], _trk, KeyCheckTimeoutMs);
            PayloadReader r = new PayloadReader(body, 0, body.Length, ProvisioningError.ResponseInvalid);
            int result = r.Octet();
            detail = r.Text8("self-test detail");
            r.End();
            return result == SelfTestState.Passed;
        }

        /// <summary>Zeroizes the transport key held here.</summary>
        public void Wipe()
        {
            Secrets.Wipe(_trk);
            _trk = null;
        }

        private void RequireTransportKey()
        {
            if (_trk == null)
                throw new ProvisioningException(ProvisioningError.NoTransportKey, "no transport key in use here: UseTransportKey or InstallTransportKey first");
        }

        // A request refused no-session or mac-mismatch in a session started before it (the device restarted, or
        // another client asked for device info) is sent once more in a new session; a wrong key fails again.
        private byte[] Authenticated(int type, byte[] body, byte[] key, int timeoutMs)
        {
            if (key == null) RequireTransportKey();
            bool fresh = _nonce == null || _sequence >= 0xFFFF;
            if (fresh) GetDeviceInfo();
            try
            {
                return AuthenticatedOnce(type, body, key, timeoutMs);
            }
            catch (ProvisioningException e)
            {
                if (fresh || (e.Error != ProvisioningError.MacMismatch && e.Error != ProvisioningError.NoSession)) throw;
            }
            GetDeviceInfo();
            return AuthenticatedOnce(type, body, key, timeoutMs);
        }

        private byte[] AuthenticatedOnce(int type, byte[] body, byte[] key, int timeoutMs)
        {
            _sequence++;
            ProvisioningMac mac = new ProvisioningMac(key);
            try
            {
                return Exchange(type, _sequence, mac.Seal(ProvisioningMac.Request, _nonce, type, _sequence, body), mac, timeoutMs);
            }
            finally
            {
                mac.Wipe();
            }
        }

        private byte[] Exchange(int type, int sequence, byte[] payload, ProvisioningMac mac, int timeoutMs)
        {
            byte[] wire = new Frame(type, sequence, payload).Encode();
            string name = CommandName(type);
            for (int sent = 0; sent < wire.Length; sent += WriteChunk)
            {
                int count = wire.Length - sent < WriteChunk ? wire.Length - sent : WriteChunk;
                _link.Write(wire, sent, count);
                Report("sending " + name, sent + count, wire.Length);
            }
            return Check(type, sequence, Await(type, sequence, name, timeoutMs), mac);
        }

        private byte[] Await(int type, int sequence, string name, int timeoutMs)
        {
            int responseType = type | ProvisioningCommand.ResponseBit;
            long start = _clock.MonotonicMilliseconds;
            long nextReport = start + 1000;
            _decoder.Reset();
            while (true)
            {
                long now = _clock.MonotonicMilliseconds;
                if (now - start >= timeoutMs) throw TimedOut(name, timeoutMs);
                _decoder.Expire(now);
                long left = timeoutMs - (now - start);
                int n = _link.Read(_rx, 0, _rx.Length, left < 250 ? (int)left : 250);
                now = _clock.MonotonicMilliseconds;
                for (int i = 0; i < n; i++)
                {
                    int r = _decoder.Push(_rx[i], now);
                    if (r == FrameDecoder.NeedMore || _decoder.Type != responseType || _decoder.Sequence != sequence) continue;
                    if (r == FrameDecoder.FrameReady) return _decoder.Payload;
                    throw new ProvisioningException(ProvisioningError.ResponseInvalid, "the response to " + name + " was damaged (CRC-32)");
                }
                if (now >= nextReport)
                {
                    Report("waiting for the device (" + name + ")", (int)(now - start), timeoutMs);
                    nextReport = now + 1000;
                }
            }
        }

        // status (1) | flags (1) | body | [tag (32) when flags bit 0]
        private byte[] Check(int type, int sequence, byte[] payload, ProvisioningMac mac)
        {
            string name = CommandName(type);
            if (payload.Length < 2) throw Invalid("the response to " + name + " is too short");
            int status = payload[0];
            int end = payload.Length;
            if ((payload[1] & 1) != 0)
            {
                if (mac == null || !mac.Verify(ProvisioningMac.Response, _nonce, type | ProvisioningCommand.ResponseBit, sequence, payload))
                    throw Invalid("the response to " + name + " fails its HMAC-SHA-256 check");
                end -= ProvisioningMac.TagLength;
            }
            else if (mac != null && status == ProvisioningError.Ok)
            {
                throw Invalid("the success response to " + name + " is not authenticated");
            }
            if (status != ProvisioningError.Ok)
            {
                string detail = new PayloadReader(payload, 2, end - 2, ProvisioningError.ResponseInvalid).Text8("detail");
                throw new ProvisioningException(status, "the device refused " + name + ": " + detail);
            }
            Report(name + " done", 1, 1);
            return Octets.Slice(payload, 2, end - 2);
        }

        private static ProvisioningException TimedOut(string name, int timeoutMs)
        {
            return new ProvisioningException(ProvisioningError.Timeout, "no complete response to " + name + " within " + timeoutMs + " ms");
        }

        private static ProvisioningException Invalid(string message)
        {
            return new ProvisioningException(ProvisioningError.ResponseInvalid, message);
        }

        private void Report(string step, int done, int total)
        {
            ProvisioningProgress p = Progress;
            if (p != null) p(step, done, total);
        }

        private static string CommandName(int type)
        {
            return ProvisioningCommand.Name(type);
        }
    }
}
