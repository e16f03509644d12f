using MikeyNano.Bytes;
using MikeyNano.Ciphers;
using MikeyNano.Hashing;
using MikeyNano.Native;

namespace MikeyNano.Srtp
{
    /// <summary>
    /// The session keys of one stream direction (SRTP or SRTCP) for one key derivation index r (RFC 3711 4.3):
    /// the session salt, and the keys for the native packet path (RTP with the backend) or the managed one (the keyed
    /// AES for AES-CM or AES-GCM and the keyed HMAC-SHA1). Derived at set-up and again only when r = index DIV kdr
    /// changes; packets themselves allocate nothing, except that the managed keyed objects are made on their first use
    /// (with the native backend the RTP packets never use them, and SRTCP's first packet makes them).
    /// </summary>
    internal sealed class SrtpSessionKeys
    {
        private readonly SrtpPolicy _policy;
        private readonly bool _rtcp;
        private readonly byte[] _encKey;
        private readonly byte[] _authKey;
        private bool _pending;           // _encKey/_authKey hold keys the managed objects have not been made from
        private Aes _cipher;
        private AesGcm _gcm;
        private Hmac _mac;

        public SrtpSessionKeys(SrtpPolicy policy, bool rtcp)
        {
            _policy = policy;
            _rtcp = rtcp;
            _encKey = new byte[policy.EncryptionKeyLength];
            _authKey = new byte[policy.AuthKeyLength > 0 ? policy.AuthKeyLength : 1];
            Salt = new byte[policy.SaltKeyLength];
            R = ulong.MaxValue;
        }

        /// <summary>The key derivation index these keys belong to (ulong.MaxValue before the first derivation).</summary>
        public ulong R { get; private set; }
        public Aes Cipher { get { MakeManaged(); return _cipher; } }
        public AesGcm Gcm { get { MakeManaged(); return _gcm; } }
        public Hmac Mac { get { MakeManaged(); return _mac; } }
        /// <summary>The keys expanded for the native backend's RTP packet path (mn_srtp_keys), or null: SRTCP, no
        /// backend, or a policy it does not take (the NULL cipher, no authentication on AES-CM).</summary>
        public uint[] Native { get; private set; }
        /// <summary>The session salt k_s: 14 octets (AES-CM) or 12 (AES-GCM).</summary>
        public byte[] Salt { get; private set; }

        /// <summary>Derives the keys for <paramref name="r"/> from <paramref name="master"/> (RFC 3711 4.3.1).</summary>
        public void Derive(SrtpMasterKey master, ulong r)
        {
            WipeKeys();
            byte encLabel = _rtcp ? SrtpKeyDerivation.LabelRtcpEncryption : SrtpKeyDerivation.LabelRtpEncryption;
            byte authLabel = _rtcp ? SrtpKeyDerivation.LabelRtcpAuthentication : SrtpKeyDerivation.LabelRtpAuthentication;
            byte saltLabel = _rtcp ? SrtpKeyDerivation.LabelRtcpSalt : SrtpKeyDerivation.LabelRtpSalt;
            master.Derive(saltLabel, r, Salt);
            if (Encrypts) master.Derive(encLabel, r, _encKey);
            if (Hmacs) master.Derive(authLabel, r, _authKey);
            _pending = true;
            INativeKernels n = NativeArithmetic.Kernels;
            if (n != null && !_rtcp && Encrypts && (_policy.IsAead || Hmacs)) ExpandNative(n);
            // Without the backend the managed path serves every packet: key it now, so packets allocate nothing. With
            // it, RTP goes native (or keys the managed objects on the first packet the native path does not take) and
            // SRTCP keys them on its first packet, seconds into the call: set-up does not pay for them.
            if (n == null) MakeManaged();
            R = r;
        }

        private bool Encrypts { get { return _policy.EncryptionAlgorithm != SrtpPolicy.EncryptionNull; } }
        private bool Hmacs { get { return !_policy.IsAead && _policy.AuthAlgorithm == SrtpPolicy.AuthHmacSha1; } }

        // the managed keyed objects from the derived keys, which are then wiped (the objects hold them expanded)
        private void MakeManaged()
        {
            if (!_pending) return;
            if (Encrypts)
            {
                _cipher = new Aes(_encKey);
                if (_policy.IsAead) _gcm = new AesGcm(_cipher);
            }
            if (Hmacs) _mac = new Hmac(new Sha1(), _authKey);
            Secrets.Wipe(_encKey);
            Secrets.Wipe(_authKey);
            _pending = false;
        }

        // mn_srtp_keys_init: suite 1 AES-CM with HMAC-SHA1, 2 AES-GCM (mn_srtp.h)
        private void ExpandNative(INativeKernels n)
        {
            uint[] keys = new uint[n.SrtpKeysWords()];
            int status = n.SrtpKeysInit(keys, _policy.IsAead ? 2 : 1, _encKey, Salt, _policy.IsAead ? new byte[0] : _authKey);
            if (status == 0) Native = keys;
            else Secrets.Wipe(keys); // a length the backend does not take: the managed path serves this policy
        }

        /// <summary>Zeroizes every session key (the context is closed or re-keyed), then drops them: the derived keys
        /// not yet made into objects, the cipher's round keys, GCM's hash key H (its table of multiples), the HMAC
        /// states, the native expansion and the salt.</summary>
        public void WipeKeys()
        {
            Secrets.Wipe(Native);
            Native = null;
            Secrets.Wipe(_encKey);
            Secrets.Wipe(_authKey);
            _pending = false;
            if (_cipher != null) _cipher.Wipe();
            if (_gcm != null) _gcm.Wipe();
            if (_mac != null) _mac.Wipe();
            _cipher = null;
            _gcm = null;
            _mac = null;
            Secrets.Wipe(Salt);
            WipeScratch();
            R = ulong.MaxValue;
        }

        /// <summary>Zeroizes the per-packet scratch of the keyed objects (the keys stay).</summary>
        public void WipeScratch()
        {
            if (_cipher != null) _cipher.WipeScratch();
            if (_gcm != null) _gcm.WipeScratch();
        }
    }
}
