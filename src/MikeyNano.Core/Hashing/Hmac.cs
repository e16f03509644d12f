using System;
using MikeyNano.Bytes;
using MikeyNano.Errors;

namespace MikeyNano.Hashing
{
    /// <summary>
    /// HMAC (RFC 2104): H((K ^ opad) || H((K ^ ipad) || text)). The key is absorbed once at construction: for SHA-1 and
    /// SHA-256 the chaining values after the ipad and opad blocks are saved (RFC 2104 section 4), so a message costs no
    /// allocation and two compressions fewer. Any other <see cref="IHash"/> works too (the padded key blocks are kept and
    /// hashed per message). <see cref="Final"/> leaves the object keyed and ready for the next message.
    /// Keys longer than the block size are hashed first (RFC 2104 section 2). Constant-time in key and data contents.
    /// </summary>
    internal sealed class Hmac
    {
        private readonly IHash _hash;
        private readonly IChainingStateHash _stateHash; // null when the hash cannot save its state
        private readonly int _blockSize;
        private readonly byte[] _innerDigest;
        // Precomputed chaining values (state-capable hashes) or padded key blocks (any other hash).
        private readonly uint[] _innerState;
        private readonly uint[] _outerState;
        private readonly byte[] _ipadBlock;
        private readonly byte[] _opadBlock;

        public Hmac(IHash hash, byte[] key)
        {
            if (hash == null) throw new ArgumentNullException("hash");
            if (key == null) throw new InvalidKeyException("HMAC key is null");
            _hash = hash;
            _blockSize = hash.BlockSize;
            _innerDigest = new byte[hash.HashSize];
            _stateHash = hash as IChainingStateHash;

            byte[] k = new byte[_blockSize];
            if (key.Length > _blockSize)
            {
                hash.Reset();
                hash.Update(key, 0, key.Length);
                hash.Final(k, 0);
            }
            else
            {
                Array.Copy(key, 0, k, 0, key.Length);
            }
            byte[] pad = new byte[_blockSize];
            try
            {
                if (_stateHash != null)
                {
                    _innerState = new uint[_stateHash.StateWords];
                    _outerState = new uint[_stateHash.StateWords];
                    for (int i = 0; i < _blockSize; i++) pad[i] = (byte)(k[i] ^ 0x36);
                    hash.Reset();
                    hash.Update(pad, 0, _blockSize);
                    _stateHash.SaveState(_innerState);
                    for (int i = 0; i < _blockSize; i++) pad[i] = (byte)(k[i] ^ 0x5c);
                    hash.Reset();
                    hash.Update(pad, 0, _blockSize);
                    _stateHash.SaveState(_outerState);
                }
                else
                {
                    _ipadBlock = new byte[_blockSize];
                    _opadBlock = new byte[_blockSize];
                    for (int i = 0; i < _blockSize; i++)
                    {
                        _ipadBlock[i] = (byte)(k[i] ^ 0x36);
                        _opadBlock[i] = (byte)(k[i] ^ 0x5c);
                    }
                }
            }
            finally
            {
                Secrets.Wipe(k);
                Secrets.Wipe(pad);
                hash.Reset(); // its message schedule and buffer held the last padded key block
            }
            Reset();
        }

        /// <summary>Tag length in octets (the hash's digest length).</summary>
        public int MacSize { get { return _hash.HashSize; } }

        /// <summary>Discards any partial message and returns to the keyed state.</summary>
        public void Reset()
        {
            StartWith(_innerState, _ipadBlock);
        }

        public void Update(byte[] data, int offset, int count)
        {
            _hash.Update(data, offset, count);
        }

        /// <summary>Writes <see cref="MacSize"/> octets at <paramref name="offset"/> and resets to the keyed state.</summary>
        public void Final(byte[] output, int offset)
        {
            if (output == null || offset < 0 || offset > output.Length - MacSize)
                throw new InvalidEncodingException("HMAC output needs " + MacSize + " octets at offset " + offset);
            _hash.Final(_innerDigest, 0);
            StartWith(_outerState, _opadBlock);
            _hash.Update(_innerDigest, 0, _innerDigest.Length);
            _hash.Final(output, offset);
            Secrets.Wipe(_innerDigest);
            Reset();
        }

        /// <summary>Zeroizes the keyed states, including the copy the hash holds between messages; the object is
        /// unusable afterwards.</summary>
        public void Wipe()
        {
            Secrets.Wipe(_innerState);
            Secrets.Wipe(_outerState);
            Secrets.Wipe(_ipadBlock);
            Secrets.Wipe(_opadBlock);
            Secrets.Wipe(_innerDigest);
            _hash.Reset();                                                     // buffer and message schedule
            if (_stateHash != null) _stateHash.RestoreState(_innerState, 0);  // chaining value: now zeros
        }

        /// <summary>One-shot HMAC-SHA-1 (RFC 2202).</summary>
        public static byte[] Sha1(byte[] key, byte[] data)
        {
            return Compute(new global::MikeyNano.Hashing.Sha1(), key, data);
        }

        /// <summary>One-shot HMAC-SHA-256 (RFC 4231).</summary>
        public static byte[] Sha256(byte[] key, byte[] data)
        {
            return Compute(new global::MikeyNano.Hashing.Sha256(), key, data);
        }

        private static byte[] Compute(IHash hash, byte[] key, byte[] data)
        {
            Hmac mac = new Hmac(hash, key);
            try
            {
                mac.Update(data, 0, data.Length);
                byte[] r = new byte[mac.MacSize];
                mac.Final(r, 0);
                return r;
            }
            finally
            {
                mac.Wipe();
            }
        }

        private void StartWith(uint[] state, byte[] padBlock)
        {
            if (_stateHash != null)
            {
                _stateHash.RestoreState(state, _blockSize);
            }
            else
            {
                _hash.Reset();
                _hash.Update(padBlock, 0, _blockSize);
            }
        }
    }
}
