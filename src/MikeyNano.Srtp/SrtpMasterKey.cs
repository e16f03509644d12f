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

        /// <summary>Fills <paramref name="output"/> with the session key for <paramref name="label"/> and
        /// <paramref name="r"/> (r = index DIV kdr), as many octets as it holds.</summary>
        public void Derive(byte label, ulong r, byte[] output)
        {
            INativeKernels n = NativeArithmetic.Kernels;
            // mn_srtp_kdf; a length the backend does not take (an authentication key over 64 octets) leaves the
            // managed PRF (the refused call zeroed output)
            if (n != null && n.SrtpKdf(output, _key, _salt, label, (uint)(r >> 32), (uint)r) == 0) return;
            if (_cipher == null) _cipher = new Aes(_key);
            SrtpKeyDerivation.Derive(_cipher, _salt, label, r, output, 0, output.Length, _scratch);
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
