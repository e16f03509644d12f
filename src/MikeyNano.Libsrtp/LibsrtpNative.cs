using System;
using System.Runtime.InteropServices;

namespace MikeyNano.Libsrtp
{
    /// <summary>srtp_crypto_policy_t (libsrtp 2.x include/srtp.h): cipher type, key length, auth type, auth key
    /// length, tag length, security services; six 32-bit fields.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct SrtpCryptoPolicy
    {
        public uint CipherType;
        public int CipherKeyLength;
        public uint AuthType;
        public int AuthKeyLength;
        public int AuthTagLength;
        public int SecurityServices; // 0 none, 1 conf, 2 auth, 3 conf and auth
    }

    /// <summary>srtp_policy_t as libsrtp 2.3 - 2.5 lay it out (2.4 names the EKT pointer <c>ekt</c>, 2.5
    /// <c>deprecated_ekt</c>: same size and place). 128 octets on LP64.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct SrtpPolicyNative
    {
        public int SsrcType;       // srtp_ssrc_type_t: 1 specific, 2 any inbound, 3 any outbound
        public uint SsrcValue;
        public SrtpCryptoPolicy Rtp;
        public SrtpCryptoPolicy Rtcp;
        public IntPtr Key;         // master key || master salt (single key, no MKI)
        public IntPtr Keys;        // srtp_master_key_t** (keys with MKI), used when Key is null
        public nuint NumMasterKeys;
        public IntPtr DeprecatedEkt;
        public nuint WindowSize;
        public int AllowRepeatTx;
        public IntPtr EncXtnHdr;
        public int EncXtnHdrCount;
        public IntPtr Next;
    }

    /// <summary>srtp_master_key_t: key (master key || salt), MKI id, MKI size.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct SrtpMasterKeyNative
    {
        public IntPtr Key;
        public IntPtr MkiId;
        public uint MkiSize;
    }

    /// <summary>The libsrtp 2 entry points used (all return srtp_err_status_t, 0 = ok).</summary>
    public static unsafe class LibsrtpNative
    {
        public const string Library = "libsrtp2.so.1";

        [DllImport(Library)] public static extern int srtp_init();
        [DllImport(Library)] public static extern IntPtr srtp_get_version_string();
        [DllImport(Library)] public static extern int srtp_create(out IntPtr session, ref SrtpPolicyNative policy);
        [DllImport(Library)] public static extern int srtp_dealloc(IntPtr session);
        [DllImport(Library)] public static extern int srtp_set_stream_roc(IntPtr session, uint ssrc, uint roc);
        [DllImport(Library)] public static extern int srtp_get_stream_roc(IntPtr session, uint ssrc, out uint roc);
        [DllImport(Library)] public static extern int srtp_protect(IntPtr ctx, byte* rtp, ref int length);
        [DllImport(Library)] public static extern int srtp_unprotect(IntPtr ctx, byte* srtp, ref int length);
        [DllImport(Library)] public static extern int srtp_protect_rtcp(IntPtr ctx, byte* rtcp, ref int length);
        [DllImport(Library)] public static extern int srtp_unprotect_rtcp(IntPtr ctx, byte* srtcp, ref int length);
        [DllImport(Library)] public static extern int srtp_protect_mki(IntPtr ctx, byte* rtp, ref int length, uint useMki, uint mkiIndex);
        [DllImport(Library)] public static extern int srtp_unprotect_mki(IntPtr ctx, byte* srtp, ref int length, uint useMki);
        [DllImport(Library)] public static extern int srtp_protect_rtcp_mki(IntPtr ctx, byte* rtcp, ref int length, uint useMki, uint mkiIndex);
        [DllImport(Library)] public static extern int srtp_unprotect_rtcp_mki(IntPtr ctx, byte* srtcp, ref int length, uint useMki);

        [DllImport(Library)] public static extern void srtp_crypto_policy_set_rtp_default(ref SrtpCryptoPolicy p);
        [DllImport(Library)] public static extern void srtp_crypto_policy_set_aes_cm_128_hmac_sha1_32(ref SrtpCryptoPolicy p);
        [DllImport(Library)] public static extern void srtp_crypto_policy_set_aes_cm_192_hmac_sha1_80(ref SrtpCryptoPolicy p);
        [DllImport(Library)] public static extern void srtp_crypto_policy_set_aes_cm_192_hmac_sha1_32(ref SrtpCryptoPolicy p);
        [DllImport(Library)] public static extern void srtp_crypto_policy_set_aes_cm_256_hmac_sha1_80(ref SrtpCryptoPolicy p);
        [DllImport(Library)] public static extern void srtp_crypto_policy_set_aes_cm_256_hmac_sha1_32(ref SrtpCryptoPolicy p);
        [DllImport(Library)] public static extern void srtp_crypto_policy_set_aes_gcm_128_16_auth(ref SrtpCryptoPolicy p);
        [DllImport(Library)] public static extern void srtp_crypto_policy_set_aes_gcm_256_16_auth(ref SrtpCryptoPolicy p);
        [DllImport(Library)] public static extern void srtp_crypto_policy_set_null_cipher_hmac_sha1_80(ref SrtpCryptoPolicy p);
    }
}
