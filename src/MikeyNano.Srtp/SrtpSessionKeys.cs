using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Hashing;
using MikeyNano.Native;

namespace MikeyNano.Srtp
{
    /// <summary>
    /// The session keys of one stream direction (SRTP or SRTCP) for one key derivation index r (RFC 3711 4.3):
    /// the keyed AES (for AES-CM or AES-GCM), the session salt, and the keyed HMAC-SHA1. Derived at set-up and
    /// again only when r = index DIV kdr changes; packets themselves allocate nothing.
    /// </summary>
    internal sealed class SrtpSessionKeys
    {
        private readonly SrtpPolicy _policy;
        private readonly bool _rtcp;
        private readonly byte[] _encKey;
        private readonly byte[] _authKey;
        private readonly byte[] _scratch;

        public SrtpSessionKeys(SrtpPolicy policy, bool rtcp)
        {
            _policy = policy;
            _rtcp = rtcp;
            _encKey = new byte[policy.EncryptionKeyLength];
            _authKey = new byte[policy.AuthKeyLength > 0 ? policy.AuthKeyLength : 1];
            Salt = new byte[policy.SaltKeyLength];
            _scratch = new byte[16];
            R = ulong.MaxValue;
        }

        /// <summary>The key derivation index these keys belong to (ulong.MaxValue before the first derivation).</summary>
        public ulong R { get; private set; }
        public Aes Cipher { get; private set; }
        public AesGcm Gcm { get; private set; }
        public Hmac Mac { get; private set; }
        /// <summary>The same keys expanded for the native backend's packet path (mn_srtp_keys), or null: no backend,
        /// or a policy it does not take (the NULL cipher, no authentication on AES-CM).</summary>
        public uint[] Native { get; private set; }
        /// <summary>The session salt k_s: 14 octets (AES-CM) or 12 (AES-GCM).</summary>
        public byte[] Salt { get; private set; }

        /// <summary>Derives the keys for <paramref name="r"/> from the master key (already keyed into
        /// <paramref name="masterCipher"/>) and master salt.</summary>
        public void Derive(IBlockCipher masterCipher, byte[] masterSalt, ulong r)
        {
            WipeKeys();
            byte encLabel = _rtcp ? SrtpKeyDerivation.LabelRtcpEncryption : SrtpKeyDerivation.LabelRtpEncryption;
            byte authLabel = _rtcp ? SrtpKeyDerivation.LabelRtcpAuthentication : SrtpKeyDerivation.LabelRtpAuthentication;
            byte saltLabel = _rtcp ? SrtpKeyDerivation.LabelRtcpSalt : SrtpKeyDerivation.LabelRtpSalt;
            SrtpKeyDerivation.Derive(masterCipher, masterSalt, saltLabel, r, Salt, 0, Salt.Length, _scratch);
            bool encrypt = _policy.EncryptionAlgorithm != SrtpPolicy.EncryptionNull;
            bool hmac = !_policy.IsAead && _policy.AuthAlgorithm == SrtpPolicy.AuthHmacSha1;
            if (encrypt)
            {
                SrtpKeyDerivation.Derive(masterCipher, masterSalt, encLabel, r, _encKey, 0, _encKey.Length, _scratch);
                Cipher = new Aes(_encKey);
                if (_policy.IsAead) Gcm = new AesGcm(Cipher);
            }
            if (hmac)
            {
                SrtpKeyDerivation.Derive(masterCipher, masterSalt, authLabel, r, _authKey, 0, _authKey.Length, _scratch);
                Mac = new Hmac(new Sha1(), _authKey);
            }
            INativeKernels n = NativeArithmetic.Kernels;
            if (n != null && encrypt && (_policy.IsAead || hmac)) ExpandNative(n);
            Secrets.Wipe(_encKey);
            Secrets.Wipe(_authKey);
            R = r;
        }

        // mn_srtp_keys_init: suite 1 AES-CM with HMAC-SHA1, 2 AES-GCM (mn_srtp.h)
        private void ExpandNative(INativeKernels n)
        {
            uint[] keys = new uint[n.SrtpKeysWords()];
            int status = n.SrtpKeysInit(keys, _policy.IsAead ? 2 : 1, _encKey, Salt, _policy.IsAead ? new byte[0] : _authKey);
            if (status == 0) Native = keys;
            else Secrets.Wipe(keys); // a length the backend does not take: the managed path serves this policy
        }

        /// <summary>Zeroizes every session key (the context is closed or re-keyed), then drops them: the cipher's
        /// round keys, GCM's hash key H (its table of multiples), the HMAC states, the native expansion and the salt.</summary>
        public void WipeKeys()
        {
            Secrets.Wipe(Native);
            Native = null;
            if (Cipher != null) Cipher.Wipe();
            if (Gcm != null) Gcm.Wipe();
            if (Mac != null) Mac.Wipe();
            Cipher = null;
            Gcm = null;
            Mac = null;
            Secrets.Wipe(Salt);
            WipeScratch();
            R = ulong.MaxValue;
        }

        /// <summary>Zeroizes the per-packet scratch of the keyed objects (the keys stay).</summary>
        public void WipeScratch()
        {
            if (Cipher != null) Cipher.WipeScratch();
            if (Gcm != null) Gcm.WipeScratch();
            Secrets.Wipe(_scratch);
        }
    }
}
