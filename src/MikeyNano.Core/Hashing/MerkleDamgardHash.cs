using System;
using MikeyNano.Errors;

namespace MikeyNano.Hashing
{
    /// <summary>
    /// The buffering and padding shared by SHA-1 and SHA-256 (FIPS 180-4 section 5.1.1: append 0x80, zeros, and the
    /// message length in bits as a 64-bit big-endian integer). Subclasses supply the compression function and the
    /// chaining value. Nothing is allocated after construction. Running time depends only on message lengths.
    /// </summary>
    internal abstract class MerkleDamgardHash : IChainingStateHash
    {
        private const int Block = 64;
        private readonly byte[] _buffer = new byte[Block];
        private int _buffered;
        private long _length; // octets absorbed so far

        public abstract int HashSize { get; }

        public int BlockSize { get { return Block; } }

        public abstract int StateWords { get; }

        public void Reset()
        {
            Array.Clear(_buffer, 0, Block);
            _buffered = 0;
            _length = 0;
            InitState();
        }

        public void Update(byte[] data, int offset, int count)
        {
            if (data == null) throw new InvalidEncodingException("hash input is null");
            if (offset < 0 || count < 0 || offset > data.Length - count)
                throw new InvalidEncodingException("hash input range " + offset + "+" + count + " outside a " + data.Length + "-octet buffer");
            _length += (uint)count; // count >= 0: widened as unsigned, the same in nanoCLR whatever the caller's tag
            if (_buffered > 0)
            {
                int take = Block - _buffered;
                if (take > count) take = count;
                Array.Copy(data, offset, _buffer, _buffered, take);
                _buffered += take;
                offset += take;
                count -= take;
                if (_buffered < Block) return;
                Compress(_buffer, 0);
                _buffered = 0;
            }
            int blocks = count / Block;
            if (blocks > 0)
            {
                CompressBlocks(data, offset, blocks);
                offset += blocks * Block;
                count -= blocks * Block;
            }
            if (count > 0)
            {
                Array.Copy(data, offset, _buffer, 0, count);
                _buffered = count;
            }
        }

        public void Final(byte[] output, int offset)
        {
            if (output == null || offset < 0 || offset > output.Length - HashSize)
                throw new InvalidEncodingException("digest output needs " + HashSize + " octets at offset " + offset);
            long bits = _length << 3;
            _buffer[_buffered++] = 0x80;
            if (_buffered > Block - 8)
            {
                Array.Clear(_buffer, _buffered, Block - _buffered);
                Compress(_buffer, 0);
                _buffered = 0;
            }
            Array.Clear(_buffer, _buffered, Block - 8 - _buffered);
            for (int i = 0; i < 8; i++) _buffer[Block - 1 - i] = (byte)(bits >> (8 * i));
            Compress(_buffer, 0);
            WriteDigest(output, offset);
            Reset();
        }

        public void SaveState(uint[] state)
        {
            CopyStateTo(state);
        }

        public void RestoreState(uint[] state, long absorbedOctets)
        {
            CopyStateFrom(state);
            _buffered = 0;
            _length = absorbedOctets;
        }

        /// <summary>Sets the chaining value to the algorithm's initial hash value.</summary>
        protected abstract void InitState();

        /// <summary>Absorbs the 64-octet block at <paramref name="offset"/>.</summary>
        protected abstract void Compress(byte[] block, int offset);

        /// <summary>Absorbs <paramref name="blocks"/> consecutive blocks (a subclass with a native kernel takes them in
        /// one call).</summary>
        protected virtual void CompressBlocks(byte[] data, int offset, int blocks)
        {
            for (int i = 0; i < blocks; i++, offset += Block) Compress(data, offset);
        }

        protected abstract void WriteDigest(byte[] output, int offset);

        protected abstract void CopyStateTo(uint[] state);

        protected abstract void CopyStateFrom(uint[] state);
    }
}
