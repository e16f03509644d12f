using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Native;

namespace MikeyNano.Srtp
{
    /// <summary>
    /// The master key and master salt of one context, and the key derivation function over them (RFC 3711 4.3,
    /// <see cref="SrtpKeyDerivation"/>). With the native backend the KDF runs in one native call per session key
    /// (mn_srtp_kdf: the AES-CM PRF in C), so the master key is never expanded in managed code; without it, or when
    /// the backend refuses a length, the managed AES-CM PRF serves, its cipher keyed on first use.
    /// </summary>
    internal sealed class SrtpMasterKey
    {
        private readonly byte[] _key;
        private readonly byte[] _salt;
        private readonly byte[] _scratch = new byte[16];
        private Aes _cipher;   // the managed PRF's keyed AES, made only when the native KDF does not serve

        /// <summary>Copies <paramref name="key"/> and <paramref name="salt"/> (the caller keeps and wipes its own).</summary>
        public SrtpMasterKey(byte[] key, byte[] salt)
        {
            _key = Octets.Slice(key, 0, key.Length);
            _salt = Octets.Slice(salt, 0, salt.Length);
        }

        /// <summary>Writes the <paramref name="length"/>-octet session key for <paramref name="label"/> and
        /// <paramref name="r"/> (r = index DIV kdr) into output[offset..].</summary>
        public void Derive(byte label, ulong r, byte[] output, int offset, int length)
        {
            INativeKernels n = NativeArithmetic.Kernels;
            if (n != null && length > 0)
            {
                // mn_srtp_kdf writes a whole array: derive into one of the exact length, then move it
                byte[] k = offset == 0 && length == output.Length ? output : new byte[length];
                int status = n.SrtpKdf(k, _key, _salt, label, (uint)(r >> 32), (uint)r);
                if (k != output)
                {
                    if (status == 0) System.Array.Copy(k, 0, output, offset, length);
                    Secrets.Wipe(k);
                }
                if (status == 0) return;
                // a length the backend does not take (an authentication key over 64 octets): the managed PRF
            }
            if (_cipher == null) _cipher = new Aes(_key);
            SrtpKeyDerivation.Derive(_cipher, _salt, label, r, output, offset, length, _scratch);
            _cipher.WipeScratch();
        }

        /// <summary>Zeroizes the master key and salt and the managed PRF's cipher; no key can be derived afterwards.</summary>
        public void Wipe()
        {
            Secrets.Wipe(_key);
            Secrets.Wipe(_salt);
            Secrets.Wipe(_scratch);
            if (_cipher != null) _cipher.Wipe();
            _cipher = null;
        }
    }
}
