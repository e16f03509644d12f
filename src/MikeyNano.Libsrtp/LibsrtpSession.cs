using System;
using System.Runtime.InteropServices;

namespace MikeyNano.Libsrtp
{
    /// <summary>The crypto suites both libsrtp and MikeyNano run.</summary>
    public enum LibsrtpProfile
    {
        AesCm128HmacSha1_80, AesCm128HmacSha1_32, AesCm192HmacSha1_80, AesCm192HmacSha1_32,
        AesCm256HmacSha1_80, AesCm256HmacSha1_32, AeadAes128Gcm, AeadAes256Gcm, NullCipherHmacSha1_80,
    }

    /// <summary>A libsrtp error status (srtp_err_status_t) with the call that returned it.</summary>
    public sealed class LibsrtpException : Exception
    {
        public LibsrtpException(string call, int status) : base(call + " returned srtp_err_status " + status + " (" + Name(status) + ")")
        {
            Status = status;
        }

        public int Status { get; }

        public static string Name(int status) => status switch
        {
            0 => "ok", 1 => "fail", 2 => "bad_param", 3 => "alloc_fail", 5 => "init_fail", 7 => "auth_fail",
            8 => "cipher_fail", 9 => "replay_fail", 10 => "replay_old", 11 => "algo_fail", 25 => "key_not_found",
            _ => "status " + status,
        };
    }

    /// <summary>
    /// One libsrtp session holding one stream (a specific SSRC), for one direction. Buffers passed to the protect
    /// calls need room for the trailer (tag, MKI, SRTCP index): <see cref="TrailerRoom"/> octets past the packet.
    /// </summary>
    public sealed unsafe class LibsrtpSession : IDisposable
    {
        public const int TrailerRoom = 64;
        private static readonly object InitLock = new object();
        private static bool _initialized;
        private IntPtr _session;
        private readonly bool _mki;

        /// <param name="masterKey">the master key (16, 24 or 32 octets).</param>
        /// <param name="masterSalt">the master salt (14, or 12 for GCM).</param>
        /// <param name="mki">null, or the MKI to put on (and expect in) every packet.</param>
        public LibsrtpSession(LibsrtpProfile profile, byte[] masterKey, byte[] masterSalt, uint ssrc, uint roc = 0,
                              byte[] mki = null, int windowSize = 128)
        {
            EnsureInitialized();
            var policy = new SrtpPolicyNative { SsrcType = 1, SsrcValue = ssrc, WindowSize = (nuint)windowSize };
            SetPolicy(profile, ref policy.Rtp);
            SetPolicy(profile, ref policy.Rtcp);
            byte[] keySalt = new byte[masterKey.Length + masterSalt.Length];
            masterKey.CopyTo(keySalt, 0);
            masterSalt.CopyTo(keySalt, masterKey.Length);
            byte[] mkiBytes = mki ?? new byte[1];
            fixed (byte* k = keySalt)
            fixed (byte* m = mkiBytes)
            {
                var masterKeyStruct = new SrtpMasterKeyNative { Key = (IntPtr)k, MkiId = (IntPtr)m, MkiSize = (uint)(mki?.Length ?? 0) };
                SrtpMasterKeyNative* keyPtr = &masterKeyStruct;
                if (mki == null)
                {
                    policy.Key = (IntPtr)k;
                }
                else
                {
                    policy.Keys = (IntPtr)(&keyPtr);
                    policy.NumMasterKeys = 1;
                    _mki = true;
                }
                Check("srtp_create", LibsrtpNative.srtp_create(out _session, ref policy));
            }
            if (roc != 0) Check("srtp_set_stream_roc", LibsrtpNative.srtp_set_stream_roc(_session, ssrc, roc));
        }

        public static string Version
        {
            get { EnsureInitialized(); return Marshal.PtrToStringAnsi(LibsrtpNative.srtp_get_version_string()); }
        }

        /// <summary>Whether libsrtp can be loaded here (Debian libsrtp2-1 installed).</summary>
        public static bool IsAvailable
        {
            get
            {
                try { EnsureInitialized(); return true; }
                catch (DllNotFoundException) { return false; }
            }
        }

        /// <summary>Protects the RTP packet in buffer[offset, offset + length) in place; returns the SRTP length.</summary>
        public int Protect(byte[] buffer, int offset, int length) => Run(buffer, offset, length, 0);
        public int Unprotect(byte[] buffer, int offset, int length) => Run(buffer, offset, length, 1);
        public int ProtectRtcp(byte[] buffer, int offset, int length) => Run(buffer, offset, length, 2);
        public int UnprotectRtcp(byte[] buffer, int offset, int length) => Run(buffer, offset, length, 3);

        /// <summary>As the four calls above, returning libsrtp's status instead of throwing (for rejection tests
        /// and the benchmark's inner loop).</summary>
        public int TryRun(int op, byte[] buffer, int offset, ref int length)
        {
            if (op == 0 || op == 2)
            {
                if (buffer.Length - offset - length < TrailerRoom)
                    throw new ArgumentException("buffer needs " + TrailerRoom + " octets of room after the packet");
            }
            fixed (byte* b = buffer)
            {
                byte* p = b + offset;
                return op switch
                {
                    0 => _mki ? LibsrtpNative.srtp_protect_mki(_session, p, ref length, 1, 0) : LibsrtpNative.srtp_protect(_session, p, ref length),
                    1 => _mki ? LibsrtpNative.srtp_unprotect_mki(_session, p, ref length, 1) : LibsrtpNative.srtp_unprotect(_session, p, ref length),
                    2 => _mki ? LibsrtpNative.srtp_protect_rtcp_mki(_session, p, ref length, 1, 0) : LibsrtpNative.srtp_protect_rtcp(_session, p, ref length),
                    _ => _mki ? LibsrtpNative.srtp_unprotect_rtcp_mki(_session, p, ref length, 1) : LibsrtpNative.srtp_unprotect_rtcp(_session, p, ref length),
                };
            }
        }

        private int Run(byte[] buffer, int offset, int length, int op)
        {
            int len = length;
            Check(op switch { 0 => "srtp_protect", 1 => "srtp_unprotect", 2 => "srtp_protect_rtcp", _ => "srtp_unprotect_rtcp" },
                  TryRun(op, buffer, offset, ref len));
            return len;
        }

        public uint Roc(uint ssrc)
        {
            Check("srtp_get_stream_roc", LibsrtpNative.srtp_get_stream_roc(_session, ssrc, out uint roc));
            return roc;
        }

        public void Dispose()
        {
            if (_session != IntPtr.Zero) LibsrtpNative.srtp_dealloc(_session);
            _session = IntPtr.Zero;
        }

        private static void SetPolicy(LibsrtpProfile profile, ref SrtpCryptoPolicy p)
        {
            switch (profile)
            {
                case LibsrtpProfile.AesCm128HmacSha1_80: LibsrtpNative.srtp_crypto_policy_set_rtp_default(ref p); break;
                case LibsrtpProfile.AesCm128HmacSha1_32: LibsrtpNative.srtp_crypto_policy_set_aes_cm_128_hmac_sha1_32(ref p); break;
                case LibsrtpProfile.AesCm192HmacSha1_80: LibsrtpNative.srtp_crypto_policy_set_aes_cm_192_hmac_sha1_80(ref p); break;
                case LibsrtpProfile.AesCm192HmacSha1_32: LibsrtpNative.srtp_crypto_policy_set_aes_cm_192_hmac_sha1_32(ref p); break;
                case LibsrtpProfile.AesCm256HmacSha1_80: LibsrtpNative.srtp_crypto_policy_set_aes_cm_256_hmac_sha1_80(ref p); break;
                case LibsrtpProfile.AesCm256HmacSha1_32: LibsrtpNative.srtp_crypto_policy_set_aes_cm_256_hmac_sha1_32(ref p); break;
                case LibsrtpProfile.AeadAes128Gcm: LibsrtpNative.srtp_crypto_policy_set_aes_gcm_128_16_auth(ref p); break;
                case LibsrtpProfile.AeadAes256Gcm: LibsrtpNative.srtp_crypto_policy_set_aes_gcm_256_16_auth(ref p); break;
                case LibsrtpProfile.NullCipherHmacSha1_80: LibsrtpNative.srtp_crypto_policy_set_null_cipher_hmac_sha1_80(ref p); break;
                default: throw new ArgumentOutOfRangeException(nameof(profile));
            }
        }

        private static void EnsureInitialized()
        {
            lock (InitLock)
            {
                if (_initialized) return;
                Check("srtp_init", LibsrtpNative.srtp_init());
                _initialized = true;
            }
        }

        private static void Check(string call, int status)
        {
            if (status != 0) throw new LibsrtpException(call, status);
        }
    }
}
