using MikeyNano.Mikey.SakkeMode;
using MikeyNano.Srtp;

namespace MikeyNano.Radio
{
    /// <summary>One peer of an outgoing call: the I_MESSAGE sent to it (with the SSV and session keys it carries) and
    /// the SRTP context that protects the frames sent to it. Secret until <see cref="Wipe"/>.</summary>
    internal sealed class RadioCallLeg
    {
        internal RadioCallLeg(RadioPeer peer, OutgoingCall call, SrtpContext srtp)
        {
            Peer = peer;
            Call = call;
            Srtp = srtp;
        }

        internal RadioPeer Peer { get; private set; }
        internal OutgoingCall Call { get; private set; }
        internal SrtpContext Srtp { get; private set; }

        /// <summary>Zeroes the SSV, the master keys and salts and the SRTP session keys.</summary>
        internal void Wipe()
        {
            Call.Wipe();
            if (Srtp != null) Srtp.Wipe();
        }
    }
}
