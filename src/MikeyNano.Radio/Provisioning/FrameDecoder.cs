using System;

namespace MikeyNano.Radio.Provisioning
{
    /// <summary>
    /// Finds frames in a byte stream, one octet at a time, with bounded memory (<see cref="Frame.MaxFrame"/> octets)
    /// and bounded work per octet. It hunts for the magic, checks the header as soon as it is complete (version,
    /// length bound) and on a bad header drops the first octet and looks for the next magic among the octets it holds
    /// (resynchronisation after garbage). A frame that stops for longer than <see cref="InterOctetTimeoutMs"/> between
    /// two octets, or takes longer than <see cref="WholeFrameTimeoutMs"/> in all, is dropped (docs/provisioning.md,
    /// "Timeouts"). A complete frame whose CRC fails is dropped whole.
    /// </summary>
    internal sealed class FrameDecoder
    {
        public const int InterOctetTimeoutMs = 1000;
        public const int WholeFrameTimeoutMs = 5000;

        public const int NeedMore = 0;
        public const int FrameReady = 1;
        public const int CrcFailed = 2;
        public const int Truncated = 3;

        private readonly byte[] _buf = new byte[Frame.MaxFrame];
        private int _have;
        private long _startMs;
        private long _lastMs;

        /// <summary>After <see cref="FrameReady"/>, <see cref="CrcFailed"/> or <see cref="Truncated"/>: the frame's
        /// header fields (the payload only after FrameReady).</summary>
        public int Type { get; private set; }
        public int Sequence { get; private set; }
        public byte[] Payload { get; private set; }

        /// <summary>Octets of an unfinished frame held now.</summary>
        public int Pending { get { return _have; } }

        /// <summary>Drops an unfinished frame whose time ran out at <paramref name="nowMs"/>: <see cref="Truncated"/>
        /// when its header was complete (so it can be answered), else <see cref="NeedMore"/>.</summary>
        public int Expire(long nowMs)
        {
            if (_have == 0) return NeedMore;
            if (nowMs - _lastMs <= InterOctetTimeoutMs && nowMs - _startMs <= WholeFrameTimeoutMs) return NeedMore;
            bool answerable = _have >= Frame.HeaderLength;
            if (answerable) TakeHeader();
            Reset();
            return answerable ? Truncated : NeedMore;
        }

        /// <summary>Adds one octet received at <paramref name="nowMs"/> (call <see cref="Expire"/> first).</summary>
        public int Push(byte octet, long nowMs)
        {
            if (_have == 0) _startMs = nowMs;
            _lastMs = nowMs;
            _buf[_have++] = octet;
            if (_have <= Frame.HeaderLength)
            {
                DropUntilPlausible();
                return NeedMore;
            }
            if (_have < Frame.HeaderLength + PayloadLength() + Frame.CrcLength) return NeedMore;
            int length = PayloadLength();
            TakeHeader();
            uint crc = FrameCrc32.Compute(_buf, 0, Frame.HeaderLength + length);
            int at = Frame.HeaderLength + length;
            uint sent = ((uint)_buf[at] << 24) | ((uint)_buf[at + 1] << 16) | ((uint)_buf[at + 2] << 8) | _buf[at + 3];
            if (crc != sent)
            {
                Reset();
                return CrcFailed;
            }
            byte[] payload = new byte[length];
            Array.Copy(_buf, Frame.HeaderLength, payload, 0, length);
            Payload = payload;
            Reset();
            return FrameReady;
        }

        /// <summary>Forgets any unfinished frame.</summary>
        public void Reset()
        {
            Array.Clear(_buf, 0, _have);
            _have = 0;
        }

        private int PayloadLength()
        {
            return (_buf[6] << 8) | _buf[7];
        }

        private void TakeHeader()
        {
            Type = _buf[3];
            Sequence = (_buf[4] << 8) | _buf[5];
            Payload = null;
        }

        // While the octets held cannot start a frame, drop the first and rescan from the next magic octet.
        private void DropUntilPlausible()
        {
            while (_have > 0 && !PlausibleStart())
            {
                int next = 1;
                while (next < _have && _buf[next] != Frame.Magic0) next++;
                Array.Copy(_buf, next, _buf, 0, _have - next);
                Array.Clear(_buf, _have - next, next);
                _have -= next;
            }
        }

        private bool PlausibleStart()
        {
            if (_buf[0] != Frame.Magic0) return false;
            if (_have >= 2 && _buf[1] != Frame.Magic1) return false;
            if (_have >= 3 && _buf[2] != Frame.Version) return false;
            if (_have >= Frame.HeaderLength && PayloadLength() > Frame.MaxPayload) return false;
            return true;
        }
    }
}
