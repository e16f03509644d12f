namespace MikeyNano.Srtp
{
    /// <summary>
    /// The 48-bit SRTP packet index i = 2^16 * ROC + SEQ and its estimation from a 16-bit sequence number
    /// (RFC 3711 3.3.1 and Appendix A). State: the rollover counter ROC and s_l, the highest SEQ seen. The
    /// estimate is taken before authentication; <see cref="Update"/> commits it only afterwards.
    /// </summary>
    internal sealed class RocEstimator
    {
        private uint _roc;
        private int _highestSeq;
        private bool _started;

        /// <param name="initialRoc">the ROC that MIKEY delivered for this SSRC (RFC 3830 6.1: the CS map's ROC).</param>
        public RocEstimator(uint initialRoc)
        {
            _roc = initialRoc;
        }

        public uint Roc { get { return _roc; } }

        /// <summary>s_l: the highest sequence number seen (or -1 before the first packet).</summary>
        public int HighestSequence { get { return _started ? _highestSeq : -1; } }

        /// <summary>Replaces ROC and s_l (for a key refresh or a late-joining receiver told both).</summary>
        public void Set(uint roc, int highestSeq)
        {
            _roc = roc;
            _highestSeq = highestSeq & 0xFFFF;
            _started = true;
        }

        /// <summary>The index the packet with <paramref name="seq"/> most probably has (RFC 3711 Appendix A). The
        /// first packet seen takes the initial ROC. With ROC 0, a packet from "before" s_l estimates ROC - 1 = 2^32 - 1
        /// (32-bit arithmetic): its tag then fails, as such a packet cannot belong to this key's stream.</summary>
        public ulong Estimate(int seq)
        {
            uint v = _roc;
            if (_started)
            {
                if (_highestSeq < 32768)
                {
                    if (seq - _highestSeq > 32768) v = _roc - 1;
                }
                else
                {
                    if (_highestSeq - 32768 > seq) v = _roc + 1;
                }
            }
            return ((ulong)v << 16) | (uint)seq;
        }

        /// <summary>Commits an authenticated packet's index: a packet newer than s_l moves s_l (and ROC on a wrap).</summary>
        public void Update(ulong index)
        {
            uint v = (uint)(index >> 16);
            int seq = (int)(index & 0xFFFF);
            if (!_started)
            {
                _roc = v;
                _highestSeq = seq;
                _started = true;
                return;
            }
            if (v == _roc)
            {
                if (seq > _highestSeq) _highestSeq = seq;
            }
            else if (v == _roc + 1)
            {
                _roc = v;
                _highestSeq = seq;
            }
        }
    }
}
