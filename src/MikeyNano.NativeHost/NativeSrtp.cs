using System;
using System.Runtime.InteropServices;

namespace MikeyNano.NativeHost
{
    /// <summary>
    /// The SRTP packet path of the native backend (firmware/native/include/mn_srtp.h): AES, counter mode, SHA-1,
    /// HMAC-SHA1, GHASH, AES-GCM and whole SRTP packets. Keyed states are opaque byte arrays of the size the library
    /// reports (they hold keys: wipe them with <see cref="NativeBackend.Wipe"/> when done). Every wrapper checks its
    /// ranges before it calls, so a wrong offset throws instead of reaching C.
    /// </summary>
    public static unsafe partial class NativeBackend
    {
        /// <summary>MN_EAUTH: a tag did not verify; nothing was decrypted.</summary>
        public const int ErrorAuthentication = -16;

        /// <summary>MN_SRTP_AES_CM_HMAC_SHA1 and MN_SRTP_AES_GCM.</summary>
        public const int SrtpAesCmHmacSha1 = 1;
        public const int SrtpAesGcm = 2;

        [DllImport(Library)] private static extern nuint mn_aes_key_size();
        [DllImport(Library)] private static extern int mn_aes_expand(byte* k, byte* key, nuint keyLen);
        [DllImport(Library)] private static extern void mn_aes_encrypt_blocks(byte* k, byte* input, byte* output, nuint blocks);
        [DllImport(Library)] private static extern void mn_aes_ctr_xor(byte* k, byte* counter16, uint counterBytes, byte* input, byte* output, nuint len);
        [DllImport(Library)] private static extern void mn_sha1(byte* msg, nuint len, byte* digest);
        [DllImport(Library)] private static extern nuint mn_hmac_sha1_key_size();
        [DllImport(Library)] private static extern void mn_hmac_sha1_init(byte* k, byte* key, nuint keyLen);
        [DllImport(Library)] private static extern void mn_hmac_sha1(byte* k, byte* m1, nuint len1, byte* m2, nuint len2, byte* mac);
        [DllImport(Library)] private static extern nuint mn_ghash_key_size();
        [DllImport(Library)] private static extern void mn_ghash_init(byte* g, byte* h);
        [DllImport(Library)] private static extern void mn_ghash_update(byte* g, byte* y, byte* data, nuint len);
        [DllImport(Library)] private static extern void mn_ghash_lengths(byte* g, byte* y, ulong aadLen, ulong dataLen);
        [DllImport(Library)] private static extern nuint mn_gcm_key_size();
        [DllImport(Library)] private static extern int mn_gcm_init(byte* g, byte* key, nuint keyLen);
        [DllImport(Library)] private static extern int mn_gcm_seal(byte* g, byte* iv, byte* aad, nuint aadLen, byte* input, byte* output, nuint len, byte* tag, nuint tagLen);
        [DllImport(Library)] private static extern int mn_gcm_open(byte* g, byte* iv, byte* aad, nuint aadLen, byte* input, byte* output, nuint len, byte* tag, nuint tagLen);
        [DllImport(Library)] private static extern nuint mn_srtp_keys_size();
        [DllImport(Library)] private static extern int mn_srtp_keys_init(byte* k, int suite, byte* encKey, nuint encLen, byte* salt, nuint saltLen, byte* authKey, nuint authLen);
        [DllImport(Library)] private static extern int mn_srtp_protect(byte* k, byte* packet, nuint headerLen, nuint payloadLen, uint roc, byte* tag, nuint tagLen);
        [DllImport(Library)] private static extern int mn_srtp_unprotect(byte* k, byte* packet, nuint headerLen, nuint payloadLen, uint roc, byte* tag, nuint tagLen);

        private static void Range(byte[] buffer, int offset, int count, string name)
        {
            if (buffer == null) throw new ArgumentNullException(name);
            if ((uint)offset > (uint)buffer.Length || (uint)count > (uint)(buffer.Length - offset))
                throw new ArgumentOutOfRangeException(name, name + "[" + offset + ".." + offset + "+" + count + ") outside " + buffer.Length + " octets");
        }

        private static void State(byte[] state, nuint size, string name)
        {
            if (state == null || (nuint)state.Length < size) throw new ArgumentException(name + " is not a keyed state of " + size + " octets", name);
        }

        /// <summary>An empty array stands for "no octets" (C gets a valid pointer either way).</summary>
        private static readonly byte[] None = new byte[1];

        private static byte[] Or(byte[] b) => b == null || b.Length == 0 ? None : b;

        // ---- AES ----

        public static int AesKeySize => (int)mn_aes_key_size();

        /// <summary>mn_aes_expand: the expanded key of a 16-, 24- or 32-octet key.</summary>
        public static byte[] AesExpand(byte[] key)
        {
            Range(key, 0, key?.Length ?? 0, nameof(key));
            byte[] k = new byte[AesKeySize];
            fixed (byte* pk = k) fixed (byte* pkey = Or(key)) Check(mn_aes_expand(pk, pkey, (nuint)key.Length), "mn_aes_expand");
            return k;
        }

        public static void AesEncryptBlocks(byte[] aesKey, byte[] input, int inOffset, byte[] output, int outOffset, int blocks)
        {
            State(aesKey, mn_aes_key_size(), nameof(aesKey));
            if (blocks < 0) throw new ArgumentOutOfRangeException(nameof(blocks));
            Range(input, inOffset, 16 * blocks, nameof(input));
            Range(output, outOffset, 16 * blocks, nameof(output));
            if (blocks == 0) return;
            fixed (byte* k = aesKey) fixed (byte* i = input) fixed (byte* o = output)
                mn_aes_encrypt_blocks(k, i + inOffset, o + outOffset, (nuint)blocks);
        }

        /// <summary>mn_aes_ctr_xor: counter mode with the last <paramref name="counterBytes"/> octets of the counter
        /// counting (16 for RFC 3711 AES-CM, 4 for GCM).</summary>
        public static void AesCtrXor(byte[] aesKey, byte[] counter16, int counterBytes, byte[] input, int inOffset, byte[] output, int outOffset, int count)
        {
            State(aesKey, mn_aes_key_size(), nameof(aesKey));
            Range(counter16, 0, 16, nameof(counter16));
            if (counterBytes < 1 || counterBytes > 16) throw new ArgumentOutOfRangeException(nameof(counterBytes));
            Range(input, inOffset, count, nameof(input));
            Range(output, outOffset, count, nameof(output));
            if (count == 0) return;
            fixed (byte* k = aesKey) fixed (byte* c = counter16) fixed (byte* i = input) fixed (byte* o = output)
                mn_aes_ctr_xor(k, c, (uint)counterBytes, i + inOffset, o + outOffset, (nuint)count);
        }

        // ---- SHA-1 and HMAC-SHA1 ----

        public static byte[] Sha1(byte[] data, int offset, int count)
        {
            Range(data, offset, count, nameof(data));
            byte[] d = new byte[20];
            fixed (byte* p = Or(data)) fixed (byte* pd = d) mn_sha1(p + (count == 0 ? 0 : offset), (nuint)count, pd);
            return d;
        }

        public static int HmacSha1KeySize => (int)mn_hmac_sha1_key_size();

        public static byte[] HmacSha1Init(byte[] key)
        {
            if (key == null) throw new ArgumentNullException(nameof(key));
            byte[] k = new byte[HmacSha1KeySize];
            fixed (byte* pk = k) fixed (byte* pkey = Or(key)) mn_hmac_sha1_init(pk, pkey, (nuint)key.Length);
            return k;
        }

        /// <summary>mn_hmac_sha1 of m1[o1..o1+l1) || m2[o2..o2+l2) into mac[macOffset..+20).</summary>
        public static void HmacSha1(byte[] hmacKey, byte[] m1, int o1, int l1, byte[] m2, int o2, int l2, byte[] mac, int macOffset)
        {
            State(hmacKey, mn_hmac_sha1_key_size(), nameof(hmacKey));
            m1 ??= None; m2 ??= None;
            Range(m1, o1, l1, nameof(m1));
            Range(m2, o2, l2, nameof(m2));
            Range(mac, macOffset, 20, nameof(mac));
            fixed (byte* k = hmacKey) fixed (byte* a = Or(m1)) fixed (byte* b = Or(m2)) fixed (byte* m = mac)
                mn_hmac_sha1(k, a + (l1 == 0 ? 0 : o1), (nuint)l1, b + (l2 == 0 ? 0 : o2), (nuint)l2, m + macOffset);
        }

        // ---- GHASH and AES-GCM ----

        public static int GHashKeySize => (int)mn_ghash_key_size();

        public static byte[] GHashInit(byte[] h16)
        {
            Range(h16, 0, 16, nameof(h16));
            byte[] g = new byte[GHashKeySize];
            fixed (byte* pg = g) fixed (byte* ph = h16) mn_ghash_init(pg, ph);
            return g;
        }

        public static void GHashUpdate(byte[] ghashKey, byte[] y16, byte[] data, int offset, int count)
        {
            State(ghashKey, mn_ghash_key_size(), nameof(ghashKey));
            Range(y16, 0, 16, nameof(y16));
            data ??= None;
            Range(data, offset, count, nameof(data));
            fixed (byte* g = ghashKey) fixed (byte* y = y16) fixed (byte* d = Or(data))
                mn_ghash_update(g, y, d + (count == 0 ? 0 : offset), (nuint)count);
        }

        public static void GHashLengths(byte[] ghashKey, byte[] y16, long aadOctets, long dataOctets)
        {
            State(ghashKey, mn_ghash_key_size(), nameof(ghashKey));
            Range(y16, 0, 16, nameof(y16));
            if (aadOctets < 0 || dataOctets < 0) throw new ArgumentOutOfRangeException(nameof(aadOctets));
            fixed (byte* g = ghashKey) fixed (byte* y = y16) mn_ghash_lengths(g, y, (ulong)aadOctets, (ulong)dataOctets);
        }

        public static int GcmKeySize => (int)mn_gcm_key_size();

        public static byte[] GcmInit(byte[] key)
        {
            if (key == null) throw new ArgumentNullException(nameof(key));
            byte[] g = new byte[GcmKeySize];
            fixed (byte* pg = g) fixed (byte* pk = Or(key)) Check(mn_gcm_init(pg, pk, (nuint)key.Length), "mn_gcm_init");
            return g;
        }

        /// <summary>mn_gcm_seal (96-bit IV); returns the status (MN_OK or MN_EENCODING).</summary>
        public static int GcmSeal(byte[] gcmKey, byte[] iv12, byte[] aad, int aadOffset, int aadLength, byte[] input, int inOffset,
                                  byte[] output, int outOffset, int length, byte[] tag, int tagOffset, int tagLength)
            => Gcm(true, gcmKey, iv12, aad, aadOffset, aadLength, input, inOffset, output, outOffset, length, tag, tagOffset, tagLength);

        /// <summary>mn_gcm_open; returns MN_OK, MN_EAUTH (output zeroed) or MN_EENCODING.</summary>
        public static int GcmOpen(byte[] gcmKey, byte[] iv12, byte[] aad, int aadOffset, int aadLength, byte[] input, int inOffset,
                                  byte[] output, int outOffset, int length, byte[] tag, int tagOffset, int tagLength)
            => Gcm(false, gcmKey, iv12, aad, aadOffset, aadLength, input, inOffset, output, outOffset, length, tag, tagOffset, tagLength);

        private static int Gcm(bool seal, byte[] gcmKey, byte[] iv12, byte[] aad, int aadOffset, int aadLength, byte[] input, int inOffset,
                               byte[] output, int outOffset, int length, byte[] tag, int tagOffset, int tagLength)
        {
            State(gcmKey, mn_gcm_key_size(), nameof(gcmKey));
            Range(iv12, 0, 12, nameof(iv12));
            aad ??= None; input ??= None; output ??= None;
            Range(aad, aadOffset, aadLength, nameof(aad));
            Range(input, inOffset, length, nameof(input));
            Range(output, outOffset, length, nameof(output));
            Range(tag, tagOffset, Math.Min(Math.Max(tagLength, 0), 16), nameof(tag));
            fixed (byte* g = gcmKey) fixed (byte* iv = iv12) fixed (byte* a = Or(aad)) fixed (byte* i = Or(input)) fixed (byte* o = Or(output)) fixed (byte* t = tag)
            {
                byte* ap = a + (aadLength == 0 ? 0 : aadOffset), ip = i + (length == 0 ? 0 : inOffset), op = o + (length == 0 ? 0 : outOffset);
                return seal ? mn_gcm_seal(g, iv, ap, (nuint)aadLength, ip, op, (nuint)length, t + tagOffset, (nuint)tagLength)
                            : mn_gcm_open(g, iv, ap, (nuint)aadLength, ip, op, (nuint)length, t + tagOffset, (nuint)tagLength);
            }
        }

        // ---- SRTP packets ----

        public static int SrtpKeysSize => (int)mn_srtp_keys_size();

        /// <summary>mn_srtp_keys_init from the session keys the RFC 3711 4.3 KDF derived (<paramref name="authKey"/> may
        /// be null for GCM).</summary>
        public static byte[] SrtpKeysInit(int suite, byte[] encKey, byte[] salt, byte[] authKey)
        {
            if (encKey == null) throw new ArgumentNullException(nameof(encKey));
            if (salt == null) throw new ArgumentNullException(nameof(salt));
            byte[] k = new byte[SrtpKeysSize];
            fixed (byte* pk = k) fixed (byte* e = Or(encKey)) fixed (byte* s = Or(salt)) fixed (byte* a = Or(authKey))
                Check(mn_srtp_keys_init(pk, suite, e, (nuint)encKey.Length, s, (nuint)salt.Length, a, (nuint)(authKey?.Length ?? 0)), "mn_srtp_keys_init");
            return k;
        }

        /// <summary>mn_srtp_protect on packet[offset..offset + headerLength + payloadLength) in place, the tag to
        /// tag[tagOffset..+tagLength). Returns the status.</summary>
        public static int SrtpProtect(byte[] srtpKeys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc,
                                      byte[] tag, int tagOffset, int tagLength)
            => Srtp(true, srtpKeys, packet, offset, headerLength, payloadLength, roc, tag, tagOffset, tagLength);

        /// <summary>mn_srtp_unprotect: MN_OK (payload decrypted in place) or MN_EAUTH (packet unchanged).</summary>
        public static int SrtpUnprotect(byte[] srtpKeys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc,
                                        byte[] tag, int tagOffset, int tagLength)
            => Srtp(false, srtpKeys, packet, offset, headerLength, payloadLength, roc, tag, tagOffset, tagLength);

        private static int Srtp(bool protect, byte[] srtpKeys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc,
                                byte[] tag, int tagOffset, int tagLength)
        {
            State(srtpKeys, mn_srtp_keys_size(), nameof(srtpKeys));
            if (headerLength < 0 || payloadLength < 0) throw new ArgumentOutOfRangeException(nameof(headerLength));
            Range(packet, offset, headerLength + payloadLength, nameof(packet));
            tag ??= None;
            Range(tag, tagOffset, Math.Min(Math.Max(tagLength, 0), 20), nameof(tag));
            fixed (byte* k = srtpKeys) fixed (byte* p = packet) fixed (byte* t = Or(tag))
            {
                return protect ? mn_srtp_protect(k, p + offset, (nuint)headerLength, (nuint)payloadLength, roc, t + tagOffset, (nuint)tagLength)
                               : mn_srtp_unprotect(k, p + offset, (nuint)headerLength, (nuint)payloadLength, roc, t + tagOffset, (nuint)tagLength);
            }
        }
    }
}
