using System;

namespace MikeyNano.Tests.Radio
{
    /// <summary>Octets in flight in one direction of a test link.</summary>
    public sealed class ByteQueue
    {
        private byte[] _buf = new byte[4096];
        private int _start;
        private int _end;

        public int Count { get { return _end - _start; } }

        public void Add(byte[] data, int offset, int count)
        {
            if (_end + count > _buf.Length)
            {
                byte[] bigger = new byte[(_end - _start + count) * 2];
                Array.Copy(_buf, _start, bigger, 0, _end - _start);
                _end -= _start;
                _start = 0;
                _buf = bigger;
            }
            Array.Copy(data, offset, _buf, _end, count);
            _end += count;
        }

        public int Take(byte[] buffer, int offset, int count)
        {
            int n = count < Count ? count : Count;
            Array.Copy(_buf, _start, buffer, offset, n);
            _start += n;
            if (_start == _end) _start = _end = 0;
            return n;
        }

        public byte[] TakeAll()
        {
            byte[] r = new byte[Count];
            Take(r, 0, r.Length);
            return r;
        }
    }
}
