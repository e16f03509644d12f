using MikeyNano.Errors;

namespace MikeyNano.Srtp
{
    /// <summary>
    /// The replay list of RFC 3711 3.3.2 as a sliding window of <see cref="Size"/> (128) packet indices: the
    /// highest accepted index and a bitmap of which of the 127 before it were accepted. <see cref="Check"/> runs
    /// before authentication and does not change state; <see cref="Accept"/> runs only after the packet
    /// authenticated (so a forged packet cannot move the window).
    /// </summary>
    internal sealed class ReplayWindow
    {
        public const int Size = 128;

        private bool _empty = true;
        private ulong _highest;
        private ulong _bitsLow;   // bit k: index (_highest - k) accepted, k = 0..63
        private ulong _bitsHigh;  // bit k: index (_highest - 64 - k) accepted

        /// <summary>The highest index accepted so far (meaningless while nothing was accepted).</summary>
        public ulong Highest { get { return _highest; } }

        public bool IsEmpty { get { return _empty; } }

        /// <summary>Throws <see cref="SrtpException"/> (Replayed or TooOld) unless <paramref name="index"/> may be accepted.</summary>
        public void Check(ulong index)
        {
            if (_empty || index > _highest) return;
            ulong delta = _highest - index;
            if (delta >= Size)
                throw new SrtpException(SrtpError.TooOld, "packet index " + index + " is older than the replay window (highest " + _highest + ")");
            if (IsSet((int)delta))
                throw new SrtpException(SrtpError.Replayed, "packet index " + index + " was already received");
        }

        /// <summary>Records <paramref name="index"/> as received (after <see cref="Check"/> and authentication).</summary>
        public void Accept(ulong index)
        {
            if (_empty)
            {
                _empty = false;
                _highest = index;
                _bitsLow = 1;
                _bitsHigh = 0;
                return;
            }
            if (index > _highest)
            {
                ulong shift = index - _highest;
                ShiftLeft(shift);
                _highest = index;
                _bitsLow |= 1;
                return;
            }
            int delta = (int)(_highest - index);
            if (delta < 64) _bitsLow |= 1UL << delta;
            else _bitsHigh |= 1UL << (delta - 64);
        }

        private bool IsSet(int delta)
        {
            if (delta < 64) return ((_bitsLow >> delta) & 1) != 0;
            return ((_bitsHigh >> (delta - 64)) & 1) != 0;
        }

        private void ShiftLeft(ulong shift)
        {
            if (shift >= Size)
            {
                _bitsLow = 0;
                _bitsHigh = 0;
            }
            else if (shift >= 64)
            {
                _bitsHigh = shift == 64 ? _bitsLow : _bitsLow << (int)(shift - 64);
                _bitsLow = 0;
            }
            else
            {
                int s = (int)shift;
                _bitsHigh = (_bitsHigh << s) | (_bitsLow >> (64 - s));
                _bitsLow <<= s;
            }
        }
    }
}
