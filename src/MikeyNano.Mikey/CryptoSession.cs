using MikeyNano.Bytes;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey
{
    /// <summary>
    /// One crypto session of a crypto session bundle, keyed: what the radio's SRTP layer needs to build a context
    /// (RFC 3830 section 4.1.3: master key = PRF(TGK, TEK label), master salt = PRF(TGK, salt label)), plus the map
    /// information that names the stream (SSRC and ROC for an SRTP-ID map; key IDs for a 3GPP GENERIC-ID map) and the
    /// security policy the initiator asked for (null when the message carries none: the RFC 3830 defaults apply).
    /// </summary>
    public sealed class CryptoSession
    {
        internal CryptoSession(int csId, uint ssrc, uint roc, SecurityPolicyPayload policy, uint[] keyIds, byte[] masterKey, byte[] masterSalt)
        {
            CsId = csId;
            Ssrc = ssrc;
            Roc = roc;
            Policy = policy;
            KeyIds = keyIds;
            MasterKey = masterKey;
            MasterSalt = masterSalt;
        }

        /// <summary>The cs_id of the PRF label: the 1-based index in an SRTP-ID map, the CS ID of a GENERIC-ID entry.</summary>
        public int CsId { get; private set; }
        public uint Ssrc { get; private set; }
        public uint Roc { get; private set; }
        /// <summary>The SP payload the session refers to, or null.</summary>
        public SecurityPolicyPayload Policy { get; private set; }
        /// <summary>The key IDs of a GENERIC-ID SPI (GMK-ID, GUK-ID; CSK-ID), or null.</summary>
        public uint[] KeyIds { get; private set; }
        /// <summary>SRTP master key (secret: <see cref="Wipe"/> when the call ends).</summary>
        public byte[] MasterKey { get; private set; }
        /// <summary>SRTP master salt.</summary>
        public byte[] MasterSalt { get; private set; }

        // The SSRCs SrtpContextFactory made a context for (no generics on the device: a grown array).
        private uint[] _contextSsrcs;
        private int _contexts;

        /// <summary>Records that a context for <paramref name="ssrc"/> is made from this session; false when one was
        /// made before (SrtpContextFactory then refuses: the two would share the master key and start SRTCP index and
        /// replay window from the same point, so both would encrypt with the same keystream).</summary>
        internal bool ClaimContext(uint ssrc)
        {
            for (int i = 0; i < _contexts; i++)
                if (_contextSsrcs[i] == ssrc) return false;
            if (_contextSsrcs == null || _contexts == _contextSsrcs.Length)
            {
                uint[] grown = new uint[_contexts == 0 ? 2 : 2 * _contexts];
                if (_contexts > 0) System.Array.Copy(_contextSsrcs, grown, _contexts);
                _contextSsrcs = grown;
            }
            _contextSsrcs[_contexts++] = ssrc;
            return true;
        }

        public void Wipe()
        {
            Secrets.Wipe(MasterKey);
            Secrets.Wipe(MasterSalt);
        }
    }
}
