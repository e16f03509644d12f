using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Srtp;

namespace MikeyNano.Radio
{
    // Push-to-talk: key a MIKEY-SAKKE call to every configured peer, then stream SRTP frames while the key is held.
    public sealed partial class RadioDevice
    {
        private RadioCallLeg[] _legs;

        /// <summary>The legs of the call being transmitted (null otherwise); tests check they are wiped after it.</summary>
        internal RadioCallLeg[] Legs { get { return _legs; } }
        private bool _pttWasPressed;
        private uint _rtpTimestamp;
        private int _framesThisCall;
        private byte[] _frame;
        private byte[] _packet;

        private void FollowPushToTalk()
        {
            if (_io.PushToTalk == null) return;
            bool pressed = _io.PushToTalk.IsPressed;
            bool pressedNow = pressed && !_pttWasPressed;
            _pttWasPressed = pressed;
            if (!pressed)
            {
                if (_state == RadioState.Transmitting) EndTransmission("push-to-talk released");
                return;
            }
            if (!pressedNow) return;
            if (_state == RadioState.Ready) KeyCall();
            else Log("push-to-talk ignored in state " + RadioStateNames.Of(_state));
        }

        private void KeyCall()
        {
            RadioPeer[] peers = _settings.Peers;
            if (peers == null || peers.Length == 0)
            {
                Log("push-to-talk: no peer or group configured");
                return;
            }
            Enter(RadioState.Keying, "keying a call to " + peers.Length + " peer(s)");
            ulong now = _io.Clock.NtpSeconds;
            RadioCallLeg[] legs = new RadioCallLeg[peers.Length];
            int keyed = 0;
            SakkeInitiator initiator = new SakkeInitiator(_keys, _io.Random);
            for (int i = 0; i < peers.Length; i++)
            {
                try
                {
                    legs[keyed] = KeyLeg(initiator, peers[i], now);
                    keyed++;
                }
                catch (MikeyNanoException e)
                {
                    Counters.CallsFailed++;
                    Log("call to " + peers[i].Uri + " not keyed: " + e.Message);
                }
            }
            if (keyed == 0)
            {
                Enter(RadioState.Ready, "no call keyed");
                return;
            }
            _legs = new RadioCallLeg[keyed];
            System.Array.Copy(legs, _legs, keyed);
            _rtpTimestamp = RandomUInt32(); // RFC 3550 5.1: the initial timestamp is random
            _framesThisCall = 0;
            if (_frame == null) _frame = new byte[_settings.MaxDatagram];
            Enter(RadioState.Transmitting, "streaming SRTP to " + keyed + " peer(s), " + PolicyLabel(_settings.Policy));
        }

        // RFC 6509 I_MESSAGE with the 3GPP UID scheme (TS 33.180 E.6) and one SRTP-ID crypto session whose SSRC is ours.
        private RadioCallLeg KeyLeg(SakkeInitiator initiator, RadioPeer peer, ulong now)
        {
            uint ssrc = RandomUInt32();
            CallOffer offer = new CallOffer(peer.Uri, peer.Kms != null ? peer.Kms : _keys.Kms);
            offer.IdScheme = _keys.IdScheme;
            offer.SrtpSessions = new SrtpCsEntry[] { new SrtpCsEntry(0, ssrc, 0) };
            offer.Policies = new SecurityPolicyPayload[] { SrtpContextFactory.PayloadOf(0, _settings.Policy) };
            OutgoingCall call = initiator.CreateIMessage(offer, now);
            SrtpContext srtp = null;
            try
            {
                srtp = SrtpContextFactory.Create(call.Sessions[0]);
                _io.MikeySocket.Send(call.Message, 0, call.Message.Length, peer.Host, peer.MikeyPort);
            }
            catch (MikeyNanoException)
            {
                call.Wipe();
                if (srtp != null) srtp.Wipe();
                throw;
            }
            Counters.CallsSent++;
            Log("I_MESSAGE of " + call.Message.Length + " octets sent to " + peer.Uri + " at " + peer.Host + ":" + peer.MikeyPort
                + ", SSRC " + ssrc);
            return new RadioCallLeg(peer, call, srtp);
        }

        private void SendFrame()
        {
            int n = _io.AudioSource == null ? 0 : _io.AudioSource.ReadFrame(_frame);
            if (n <= 0)
            {
                EndTransmission("the audio source has no more frames");
                return;
            }
            for (int i = 0; i < _legs.Length; i++)
            {
                SrtpContext srtp = _legs[i].Srtp;
                int need = RtpPacket.FixedHeaderLength + n + srtp.RtpOverhead;
                if (_packet == null || _packet.Length < need) _packet = new byte[need];
                try
                {
                    int length = srtp.ProtectNextFrame(_settings.PayloadType, _framesThisCall == 0, _rtpTimestamp, _frame, 0, n, _packet, 0);
                    _io.MediaSocket.Send(_packet, 0, length, _legs[i].Peer.Host, _legs[i].Peer.MediaPort);
                    Counters.FramesSent++;
                }
                catch (SrtpException e)
                {
                    Log("frame not sent to " + _legs[i].Peer.Uri + ": " + e.Message);
                }
            }
            _framesThisCall++;
            _rtpTimestamp += (uint)_settings.SamplesPerFrame;
        }

        private void EndTransmission(string why)
        {
            if (_legs == null) return;
            for (int i = 0; i < _legs.Length; i++) _legs[i].Wipe();
            _legs = null;
            Secrets.Wipe(_frame);
            Secrets.Wipe(_packet);
            Enter(RadioState.Ready, why + " after " + _framesThisCall + " frame(s); call keys wiped");
        }

        private uint RandomUInt32()
        {
            byte[] b = new byte[4];
            _io.Random.Fill(b, 0, 4);
            return BigEndian.ReadUInt32(b, 0);
        }

        private static string PolicyLabel(SrtpPolicy p)
        {
            return p.IsAead ? "AEAD_AES_" + p.EncryptionKeyLength * 8 + "_GCM" : "AES_CM_" + p.EncryptionKeyLength * 8 + "_HMAC_SHA1_" + p.AuthTagLength * 8;
        }
    }
}
