using MikeyNano.Mikey;
using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Srtp;

namespace MikeyNano.Radio
{
    /// <summary>An accepted incoming call: the ReceivedCall (SSV and session keys) and one SRTP context per crypto
    /// session with an SSRC (SRTP-ID map, RFC 3830 6.1.1), found by the SSRC of each packet. Secret until
    /// <see cref="Wipe"/>.</summary>
    internal sealed class RadioReception
    {
        private readonly SrtpContext[] _contexts;

        internal RadioReception(ReceivedCall call, string from)
        {
            Call = call;
            From = from;
            CryptoSession[] sessions = call.Sessions;
            _contexts = new SrtpContext[sessions.Length];
            try
            {
                for (int i = 0; i < sessions.Length; i++)
                    if (sessions[i].Ssrc != 0) _contexts[i] = SrtpContextFactory.Create(sessions[i]);
            }
            catch (MikeyNano.Errors.MikeyNanoException)
            {
                Wipe();
                throw;
            }
        }

        internal ReceivedCall Call { get; private set; }
        /// <summary>Who called: the initiator's URI when the message names it, else where it came from.</summary>
        internal string From { get; private set; }
        internal long LastMediaMs { get; set; }
        internal int Frames { get; set; }
        internal int Streams
        {
            get
            {
                int n = 0;
                for (int i = 0; i < _contexts.Length; i++) if (_contexts[i] != null) n++;
                return n;
            }
        }

        /// <summary>The context of the stream with this SSRC, or null.</summary>
        internal SrtpContext ContextOf(uint ssrc)
        {
            for (int i = 0; i < _contexts.Length; i++)
                if (_contexts[i] != null && _contexts[i].Ssrc == ssrc) return _contexts[i];
            return null;
        }

        /// <summary>Zeroes the SSV, the master keys and salts and every context's session keys.</summary>
        internal void Wipe()
        {
            Call.Wipe();
            for (int i = 0; i < _contexts.Length; i++)
                if (_contexts[i] != null) _contexts[i].Wipe();
        }
    }
}
