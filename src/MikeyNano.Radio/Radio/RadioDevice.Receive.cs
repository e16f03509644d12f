using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Srtp;

namespace MikeyNano.Radio
{
    // Incoming: I_MESSAGEs on the MIKEY socket (RFC 6509, answered by SakkeResponder with its clock window and replay
    // cache), SRTP packets on the media socket (RFC 3711 3.3, decrypted to the audio sink).
    public sealed partial class RadioDevice
    {
        private RadioReception _reception;
        private byte[] _mediaDatagram;
        private byte[] _plain;

        private void ReceiveMikey(int waitMs)
        {
            string host;
            int port;
            int n = _io.MikeySocket.Receive(_datagram, waitMs, out host, out port);
            if (n < 0) return;
            string from = host + ":" + port;
            if (_responder == null)
            {
                Counters.MessagesRefused++;
                Log("I_MESSAGE from " + from + " ignored: no keys (state " + RadioStateNames.Of(_state) + ")");
                return;
            }
            if (_state == RadioState.Transmitting || _state == RadioState.Keying)
            {
                Counters.MessagesRefused++;
                Log("I_MESSAGE from " + from + " ignored: transmitting (half duplex)");
                return;
            }
            ReceivedCall call;
            try
            {
                if (n >= _datagram.Length) throw new MikeyException(MikeyErrorCode.Unspecified, "datagram of " + n + " octets or more: larger than this radio reads");
                byte[] message = new byte[n];
                System.Array.Copy(_datagram, message, n);
                call = _responder.Process(message, _io.Clock.NtpSeconds);
            }
            catch (MikeyException e)
            {
                Counters.MessagesRefused++;
                LastRefusal = e.ErrorCode;
                Log("I_MESSAGE from " + from + " refused: MIKEY error " + (int)e.ErrorCode + ": " + e.Message);
                return;
            }
            PersistReplayFloor();
            Accept(call, from);
        }

        /// <summary>The RFC 3830 error code of the last I_MESSAGE refused.</summary>
        public MikeyErrorCode LastRefusal { get; private set; }

        private void Accept(ReceivedCall call, string from)
        {
            string who = call.InitiatorUriOctets != null ? SafeUri(call) : NameOf(call.InitiatorIdentifier);
            RadioReception reception;
            try
            {
                reception = new RadioReception(call, who);
            }
            catch (MikeyNanoException e)
            {
                Counters.MessagesRefused++;
                Log("call from " + who + " accepted but not keyed: " + e.Message);
                return;
            }
            EndReception("replaced by a new call");
            _reception = reception;
            _reception.LastMediaMs = _io.Clock.MonotonicMilliseconds;
            Counters.CallsReceived++;
            Enter(RadioState.Receiving, "call from " + who + " (" + from + "): ECCSI signature verified, SSV decapsulated, "
                + reception.Streams + " SRTP stream(s) keyed");
        }

        // The 3GPP scheme carries UIDs only (TS 33.180 E.6; the URI travels in SIP): a UID that is a configured peer's
        // for this key period (F.2.1) is shown as its URI, any other by its first octets.
        private string NameOf(byte[] uid)
        {
            RadioPeer[] peers = _settings.Peers;
            ulong now = _io.Clock.NtpSeconds;
            for (int i = 0; peers != null && i < peers.Length; i++)
            {
                try
                {
                    byte[] id = IdentityScheme.Identifier(_keys.IdScheme, peers[i].Uri, peers[i].Kms != null ? peers[i].Kms : _keys.Kms, now);
                    if (SameOctets(id, uid)) return peers[i].Uri;
                }
                catch (MikeyNanoException)
                {
                }
            }
            return "UID " + Hex.Encode(uid, 0, uid.Length < 8 ? uid.Length : 8) + "..";
        }

        private static bool SameOctets(byte[] a, byte[] b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++) if (a[i] != b[i]) return false;
            return true;
        }

        private static string SafeUri(ReceivedCall call)
        {
            try
            {
                return call.InitiatorUri;
            }
            catch (InvalidEncodingException)
            {
                return "(URI not printable)";
            }
        }

        private void ReceiveMedia(int waitMs)
        {
            string host;
            int port;
            int n = _io.MediaSocket.Receive(_mediaDatagram, waitMs, out host, out port);
            if (n < 0) return;
            if (n < RtpPacket.FixedHeaderLength)
            {
                Counters.PacketsRefused++;
                return; // too short to name an SSRC
            }
            uint ssrc = RtpPacket.Ssrc(_mediaDatagram, 0);
            SrtpContext srtp = _reception == null ? null : _reception.ContextOf(ssrc);
            if (srtp == null)
            {
                // The initiator sends its I_MESSAGE just before the first frame: while this socket waited, it may have
                // arrived on the MIKEY socket. Answer it first, then look again.
                ReceiveMikey(0);
                srtp = _reception == null ? null : _reception.ContextOf(ssrc);
            }
            if (srtp == null)
            {
                Counters.PacketsRefused++;
                return; // no call keys this stream
            }
            if (_plain == null) _plain = new byte[_mediaDatagram.Length];
            try
            {
                int length = srtp.UnprotectRtp(_mediaDatagram, 0, n, _plain, 0);
                int header = RtpPacket.HeaderLength(_plain, 0, length);
                if (_io.AudioSink != null) _io.AudioSink.WriteFrame(_plain, header, length - header);
                _reception.Frames++;
                _reception.LastMediaMs = _io.Clock.MonotonicMilliseconds;
                Counters.FramesPlayed++;
            }
            catch (MikeyNanoException e)
            {
                Counters.PacketsRefused++;
                if (Counters.PacketsRefused <= 3 || (Counters.PacketsRefused & 255) == 0)
                    Log("SRTP packet from " + host + ":" + port + " refused: " + e.Message);
            }
        }

        private void EndSilentReception()
        {
            if (_reception == null) return;
            if (_io.Clock.MonotonicMilliseconds - _reception.LastMediaMs < _settings.HangTimeMs) return;
            EndReception("no media for " + _settings.HangTimeMs + " ms");
        }

        private void EndReception(string why)
        {
            if (_reception == null) return;
            RadioReception r = _reception;
            _reception = null;
            r.Wipe();
            Secrets.Wipe(_plain);
            if (_state == RadioState.Receiving)
                Enter(RadioState.Ready, "call from " + r.From + " ended (" + why + ") after " + r.Frames + " frame(s); call keys wiped");
        }
    }
}
