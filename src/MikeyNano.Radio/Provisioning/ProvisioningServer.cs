using System;
using MikeyNano.Bytes;
using MikeyNano.Entropy;
using MikeyNano.Errors;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// The device side of the provisioning protocol (docs/provisioning.md) on the provisioning UART: reads frames from
    /// <see cref="ISerialLink"/>, authenticates each request, runs it and answers. <see cref="Poll"/> does bounded
    /// work: it reads at most one buffer of octets and answers at most one frame; garbage is skipped (the decoder
    /// resynchronises on the next magic), a damaged frame is answered crc-mismatch, a frame that stops is answered
    /// truncated once its header was complete. Device info starts a session: a fresh 16-octet nonce from the RNG and
    /// an empty sequence history; every other request must carry a valid HMAC-SHA-256 under the transport key over the
    /// nonce and the frame (<see cref="ProvisioningMac"/>) and a sequence number above the last one accepted.
    /// Nothing is stored unless the request authenticated and every check passed (<see cref="ProvisioningCommands"/>).
    /// </summary>
    public sealed class ProvisioningServer
    {
        private const int MacPresent = 0x01;
        private readonly ISerialLink _link;
        private readonly IClock _clock;
        private readonly IRandomSource _rng;
        private readonly ProvisioningCommands _commands;
        private readonly KeyStore _store;
        private readonly FrameDecoder _decoder = new FrameDecoder();
        private readonly byte[] _rx = new byte[256];
        private int _rxAt;
        private int _rxEnd;
        private byte[] _nonce;
        private int _lastSequence = -1;

        public ProvisioningServer(ISerialLink link, KeyStore store, IClock clock, IRandomSource rng, IProvisioningDevice device)
        {
            if (link == null || store == null || clock == null || rng == null || device == null)
                throw new ArgumentNullException("link, store, clock, rng and device are all needed");
            _link = link;
            _clock = clock;
            _rng = rng;
            _store = store;
            _commands = new ProvisioningCommands(store, clock, device);
        }

        /// <summary>The outcome of the last frame answered, e.g. "install-key-set: ok" (for the console).</summary>
        public string LastEvent { get; private set; }

        /// <summary>Reads what arrives within <paramref name="waitMs"/> and answers at most one frame; true when it
        /// answered one.</summary>
        public bool Poll(int waitMs)
        {
            if (_decoder.Expire(_clock.MonotonicMilliseconds) == FrameDecoder.Truncated) return AnswerIncomplete();
            if (_rxAt == _rxEnd)
            {
                _rxAt = 0;
                _rxEnd = _link.Read(_rx, 0, _rx.Length, waitMs);
                if (_rxEnd <= 0)
                {
                    _rxEnd = 0;
                    return _decoder.Expire(_clock.MonotonicMilliseconds) == FrameDecoder.Truncated && AnswerIncomplete();
                }
            }
            long now = _clock.MonotonicMilliseconds;
            while (_rxAt < _rxEnd)
            {
                int r = _decoder.Push(_rx[_rxAt++], now);
                if (r == FrameDecoder.FrameReady) return Answer(_decoder.Type, _decoder.Sequence, _decoder.Payload);
                if (r == FrameDecoder.CrcFailed)
                    return Refuse(_decoder.Type, _decoder.Sequence, ProvisioningError.CrcMismatch, "frame CRC-32 does not match", null);
            }
            return false;
        }

        private bool AnswerIncomplete()
        {
            return Refuse(_decoder.Type, _decoder.Sequence, ProvisioningError.Truncated, "frame incomplete when its time ran out ("
                + FrameDecoder.InterOctetTimeoutMs + " ms between octets, " + FrameDecoder.WholeFrameTimeoutMs + " ms per frame)", null);
        }

        private bool Answer(int type, int sequence, byte[] payload)
        {
            if ((type & ProvisioningCommand.ResponseBit) != 0) return false; // a response (an echo): never answered
            ProvisioningMac mac = null;
            try
            {
                if (!ProvisioningCommand.IsKnown(type))
                    throw new ProvisioningException(ProvisioningError.UnknownCommand, "command " + type);
                if (type == ProvisioningCommand.DeviceInfo)
                {
                    if (payload.Length != 0) throw ProvisioningCommands.Malformed("device info takes no payload");
                    NewSession();
                    return Respond(type, sequence, ProvisioningError.Ok, _commands.DeviceInfo(_nonce), null);
                }
                mac = Authenticate(type, sequence, payload);
                byte[] body = _commands.Execute(type, payload, payload.Length - ProvisioningMac.TagLength);
                return Respond(type, sequence, ProvisioningError.Ok, body, mac);
            }
            catch (ProvisioningException e)
            {
                return Refuse(type, sequence, e.Error, e.Message, mac);
            }
            catch (MikeyNanoException e)
            {
                return Refuse(type, sequence, ProvisioningError.MalformedPayload, e.Message, mac);
            }
            finally
            {
                if (mac != null) mac.Wipe();
            }
        }

        private void NewSession()
        {
            _nonce = new byte[ProvisioningMac.NonceLength];
            _rng.Fill(_nonce, 0, _nonce.Length);
            _lastSequence = -1;
        }

        // Verifies the request's MAC, then its sequence; returns the MAC keyed as the response must be.
        private ProvisioningMac Authenticate(int type, int sequence, byte[] payload)
        {
            if (_nonce == null)
                throw new ProvisioningException(ProvisioningError.NoSession, "no session nonce yet: ask for device info first");
            if (payload.Length < ProvisioningMac.TagLength)
                throw new ProvisioningException(ProvisioningError.MacMismatch, "request carries no HMAC-SHA-256 tag");
            byte[] key = null;
            try
            {
                key = _store.TransportKey();
                if (key == null)
                {
                    key = ProvisioningCommands.FirstTransportKey(type, payload, payload.Length - ProvisioningMac.TagLength);
                    if (key == null)
                        throw new ProvisioningException(ProvisioningError.NoTransportKey, "no transport key installed: install one first");
                }
                ProvisioningMac mac = new ProvisioningMac(key);
                if (!mac.Verify(ProvisioningMac.Request, _nonce, type, sequence, payload))
                {
                    mac.Wipe();
                    throw new ProvisioningException(ProvisioningError.MacMismatch, "request HMAC-SHA-256 does not verify (wrong transport key, "
                        + "altered frame or another session)");
                }
                if (sequence <= _lastSequence)
                {
                    mac.Wipe();
                    throw new ProvisioningException(ProvisioningError.Replay, "sequence " + sequence + " is not above " + _lastSequence
                        + ", the last accepted in this session");
                }
                _lastSequence = sequence;
                return mac;
            }
            finally
            {
                Secrets.Wipe(key);
            }
        }

        private bool Refuse(int type, int sequence, int error, string detail, ProvisioningMac mac)
        {
            PayloadWriter w = new PayloadWriter(256);
            w.Text8(detail, true);
            return Respond(type, sequence, error, w.ToArray(), mac);
        }

        // Response payload: status (1) | flags (1; bit 0: a tag follows) | body | [tag].
        private bool Respond(int type, int sequence, int status, byte[] body, ProvisioningMac mac)
        {
            int responseType = (type | ProvisioningCommand.ResponseBit) & 0xFF;
            byte[] head = new byte[body.Length + 2];
            head[0] = (byte)status;
            head[1] = (byte)(mac == null ? 0 : MacPresent);
            Array.Copy(body, 0, head, 2, body.Length);
            byte[] payload = mac == null ? head : mac.Seal(ProvisioningMac.Response, _nonce, responseType, sequence, head);
            byte[] wire = new Frame(responseType, sequence, payload).Encode();
            _link.Write(wire, 0, wire.Length);
            LastEvent = ProvisioningCommand.Name(type) + " (sequence " + sequence + "): " + ProvisioningError.Name(status);
            return true;
        }
    }
}
