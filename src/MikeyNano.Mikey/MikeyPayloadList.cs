using System;
using MikeyNano.Mikey.Payloads;

namespace MikeyNano.Mikey
{
    /// <summary>A growable array of payloads in message order (no generic collections on the device).</summary>
    internal sealed class MikeyPayloadList
    {
        private MikeyPayload[] _items = new MikeyPayload[8];
        private int _count;

        public int Count { get { return _count; } }

        public MikeyPayload Get(int index)
        {
            if (index < 0 || index >= _count) throw new ArgumentOutOfRangeException("index");
            return _items[index];
        }

        public void Add(MikeyPayload payload)
        {
            Insert(_count, payload);
        }

        public void Insert(int index, MikeyPayload payload)
        {
            if (payload == null) throw new ArgumentNullException("payload");
            if (index < 0 || index > _count) throw new ArgumentOutOfRangeException("index");
            if (_count == _items.Length)
            {
                MikeyPayload[] bigger = new MikeyPayload[_items.Length * 2];
                Array.Copy(_items, 0, bigger, 0, _count);
                _items = bigger;
            }
            if (index < _count) Array.Copy(_items, index, _items, index + 1, _count - index);
            _items[index] = payload;
            _count++;
        }

        public void RemoveAt(int index)
        {
            if (index < 0 || index >= _count) throw new ArgumentOutOfRangeException("index");
            if (index < _count - 1) Array.Copy(_items, index + 1, _items, index, _count - index - 1);
            _items[--_count] = null;
        }

        /// <summary>Index of the first payload of <paramref name="type"/> at or after <paramref name="start"/>, or -1.</summary>
        public int IndexOf(int type, int start)
        {
            for (int i = start < 0 ? 0 : start; i < _count; i++) if (_items[i].PayloadType == type) return i;
            return -1;
        }
    }
}
