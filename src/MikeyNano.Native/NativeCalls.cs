using System.Runtime.CompilerServices;

namespace MikeyNano.Native
{
    /// <summary>
    /// The firmware's native backend (firmware/native, C), reached through nanoFramework interop: each method is an
    /// InternalCall that the interop glue (firmware/interop, generated from this assembly by the metadata processor)
    /// implements by checking the array lengths and calling the C function named in its comment (mikeynano_native.h
    /// documents what each computes). Firmware built without the glue throws NotSupportedException on every call; the
    /// host's .NET throws SecurityException. MikeyNano.Core's NativeArithmetic calls <see cref="Version"/> once to find
    /// out which, and the others only when it answered.
    ///
    /// This type is the interop contract: the metadata processor's native checksum covers exactly its method names and
    /// signatures, in this order, and the firmware refuses an assembly whose checksum differs from the one its glue was
    /// generated for. Change it only together with firmware/interop (tests/MikeyNano.HostTests/Native/InteropChecksumTests).
    /// Every method returns the C function's status (0 = MN_OK, negative = MN_E*); a length that does not match what
    /// the C function takes is MN_EBUFFER (-4), never a read or write past an array. Byte strings are big-endian;
    /// tables and key states are uint[] of native 32-bit words, valid only on the device that built them.
    /// </summary>
    internal static class NativeCalls
    {
        /// <summary>mn_native_version(): MN_NATIVE_VERSION of the firmware's backend.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Version();

        // ---- P-256 (mn_p256.h): points X || Y (64 octets), scalars 32 octets reduced mod n ----

        /// <summary>mn_p256_mul_base: result = [k]G, constant-time in k.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int P256MulBase(byte[] result, byte[] k);

        /// <summary>mn_p256_mul: result = [k]P, constant-time in k; P validated.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int P256Mul(byte[] result, byte[] p, byte[] k);

        /// <summary>mn_p256_mul_add_public: result = [u1]G + [u2]Q, variable time (public inputs).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int P256MulAddPublic(byte[] result, byte[] u1, byte[] u2, byte[] q);

        /// <summary>mn_p256_mul_add3_public: result = [u1]G + [u2]Q2 + [u3]Q3, variable time (public inputs: ECCSI
        /// verification's J, RFC 6507 5.2.2 step 5).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int P256MulAdd3Public(byte[] result, byte[] u1, byte[] u2, byte[] q2, byte[] u3, byte[] q3);

        // ---- SAKKE parameter set 1 (mn_sakke.h): elements and scalars 128 octets, points x || y 256 octets ----

        /// <summary>mn_sakke_mul: result = [k]Q, constant-time in k.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SakkeMul(byte[] result, byte[] q, byte[] k);

        /// <summary>mn_sakke_comb_words: the uint words of a comb table.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SakkeCombWords();

        /// <summary>mn_sakke_comb_build_public: the comb of the public point B into table.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SakkeCombBuild(uint[] table, byte[] b);

        /// <summary>mn_sakke_comb_mul2: result = [k1]B1 + [k2]B2 over two combs, constant-time in both scalars.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SakkeCombMul2(byte[] result, uint[] table1, byte[] k1, uint[] table2, byte[] k2);

        /// <summary>mn_sakke_comb_mul_rb: result = [r b mod q]B1 + [r]B2 over two combs, r b mod q computed natively
        /// (the sender's R, RFC 6508 6.2.1 step 3); constant-time in r, b public.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SakkeCombMulRb(byte[] result, uint[] table1, uint[] table2, byte[] r, byte[] b);

        /// <summary>mn_sakke_pair: w = &lt;R, Q&gt; (RFC 6508 3.2) as the 128-octet PF_p representative.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SakkePair(byte[] w, byte[] r, byte[] q);

        /// <summary>mn_sakke_pf_pow: result = g^r in PF_p[q] (the sender's g^r, RFC 6508 6.2.1 step 4), 128-octet
        /// representatives in and out, constant-time in r.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SakkePfPow(byte[] result, byte[] g, byte[] r);

        /// <summary>mn_sakke_rsk_table_words: the uint words of an RSK line table.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SakkeRskTableWords();

        /// <summary>mn_sakke_rsk_table_build: the Miller-loop lines of the secret RSK into table.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SakkeRskTableBuild(uint[] table, byte[] rsk);

        /// <summary>mn_sakke_rsk_pair: w = &lt;R, RSK&gt; over the RSK's line table.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SakkeRskPair(byte[] w, uint[] table, byte[] r);

        /// <summary>mn_sakke_check: 0 when [r]Qb == R (RFC 6508 6.2.2 step 4), constant-time in r.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SakkeCheck(byte[] qb, byte[] r, byte[] rPoint);

        /// <summary>mn_sakke_check_comb: the same with Qb's comb.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SakkeCheckComb(uint[] table, byte[] r, byte[] rPoint);

        // ---- SRTP packets (mn_srtp.h) ----

        /// <summary>mn_srtp_keys_size in uint words: the expanded session keys of one stream direction.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SrtpKeysWords();

        /// <summary>mn_srtp_keys_init: expands derived session keys (suite 1 AES-CM/HMAC-SHA1, 2 AES-GCM).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SrtpKeysInit(uint[] keys, int suite, byte[] encKey, byte[] salt, byte[] authKey);

        /// <summary>mn_srtp_kdf: output = the RFC 3711 4.3 AES-CM PRF under the master key for label and r = rHigh 2^32
        /// + rLow (r = index DIV kdr, below 2^48), output.Length octets (1 to 64). r comes in two words: the metadata
        /// processor's marshalling of a 64-bit argument does not compile for 64-bit hosts (the POSIX nanoCLR).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SrtpKdf(byte[] output, byte[] masterKey, byte[] masterSalt, int label, uint rHigh, uint rLow);

        /// <summary>mn_srtp_protect on packet[offset..]: header, payload encrypted in place, tag at tagOffset.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SrtpProtect(uint[] keys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc, int tagOffset, int tagLength);

        /// <summary>mn_srtp_unprotect: the tag checked in constant time, then the payload decrypted in place.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SrtpUnprotect(uint[] keys, byte[] packet, int offset, int headerLength, int payloadLength, uint roc, int tagOffset, int tagLength);

        // ---- hashing (mn_hash.h) ----

        /// <summary>mn_sha256_blocks: SHA-256 compression (FIPS 180-4 6.2.2) of <paramref name="blocks"/> 64-octet
        /// blocks at data[offset..] into the 8-word chaining value; padding is the caller's.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Sha256Blocks(uint[] state, byte[] data, int offset, int blocks);

        // ---- ECCSI signing (mn_p256.h) ----

        /// <summary>mn_eccsi_sign_s: s = (HE + r SSK)^-1 j mod q (RFC 6507 5.2.1 step 4), constant-time in j and SSK;
        /// MN_ECCSI_ERETRY (-17) when this j cannot sign.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int EccsiSignS(byte[] s, byte[] j, byte[] he, byte[] r, byte[] ssk);
    }
}
