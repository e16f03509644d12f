/*
 * The SRTP packet path (issue 12, Deliver 2): AES-128/192/256 (FIPS 197), AES counter mode (RFC 3711 4.1.1,
 * SP 800-38A), SHA-1 and HMAC-SHA1 (FIPS 180-4, RFC 2104), GHASH and AES-GCM (SP 800-38D), and whole-packet SRTP
 * protect/unprotect for AES_CM_128_HMAC_SHA1_80/_32 (RFC 3711, and AES-192/256-CM of RFC 6188) and AEAD_AES_128/256_GCM
 * (RFC 7714), so that one interop call does one packet.
 *
 * Every function here is constant-time in keys, salts, IVs and data (bitsliced AES without tables, GHASH by integer
 * multiplications of spread-out bits, tag comparison by OR-accumulation): only lengths and the suite may steer branches.
 *
 * Keyed state lives in caller-supplied structs (no heap, no globals). The structs are plain data: a host calling through
 * P/Invoke or a nanoFramework interop may hold them as opaque buffers of mn_*_size() octets (aligned to 4). Wipe them
 * with mn_wipe (or mn_srtp_keys_wipe) when done: they hold round keys, hash states and the GHASH key, i.e. the keys.
 */
#ifndef MN_SRTP_H
#define MN_SRTP_H

#include <stddef.h>
#include <stdint.h>

/** A tag did not verify (HMAC-SHA1 or GCM): nothing was decrypted. */
#define MN_EAUTH (-16)

/* ---- AES (FIPS 197) ---------------------------------------------------------------------------------------------- */

/** Expanded AES key: for each of rounds + 1 round keys, its 8 bit planes (both 16-bit lanes filled, see mn_aes.c). */
typedef struct
{
    uint32_t rk[8 * 15];
    uint32_t rounds; /* 10, 12 or 14 */
} mn_aes_key;

MN_API size_t mn_aes_key_size(void);

/** Expands a 16-, 24- or 32-octet key (FIPS 197 5.2); any other length: MN_EENCODING and a zeroed k. */
MN_API int mn_aes_expand(mn_aes_key *k, const uint8_t *key, size_t key_len);

/** Encrypts `blocks` consecutive 16-octet blocks (ECB; two per bitsliced pass). out may equal in. */
MN_API void mn_aes_encrypt_blocks(const mn_aes_key *k, const uint8_t *in, uint8_t *out, size_t blocks);

/**
 * Counter mode: out = in XOR keystream, keystream block j = E(k, counter + j) where the counter's last counter_bytes
 * octets (16 for RFC 3711 AES-CM, 4 for GCM's inc32) are a big-endian integer that wraps on its own. len may be any
 * length (the last keystream block is truncated); out may equal in. counter16 is not modified.
 */
MN_API void mn_aes_ctr_xor(const mn_aes_key *k, const uint8_t counter16[16], unsigned counter_bytes,
                           const uint8_t *in, uint8_t *out, size_t len);

/* ---- SHA-1 and HMAC-SHA1 (FIPS 180-4, RFC 2104) ------------------------------------------------------------------ */

/** SHA-1 of msg[0..len). */
MN_API void mn_sha1(const uint8_t *msg, size_t len, uint8_t digest[20]);

/** HMAC-SHA1 keyed state: the SHA-1 chaining values after the (K ^ ipad) and (K ^ opad) blocks (RFC 2104 4). */
typedef struct
{
    uint32_t inner[5];
    uint32_t outer[5];
} mn_hmac_sha1_key;

MN_API size_t mn_hmac_sha1_key_size(void);

/** Absorbs the key (any length; keys over 64 octets are hashed first, RFC 2104 2). */
MN_API void mn_hmac_sha1_init(mn_hmac_sha1_key *k, const uint8_t *key, size_t key_len);

/** HMAC-SHA1 of m1[0..len1) || m2[0..len2) (SRTP: the authenticated portion, then the ROC), 20 octets. */
MN_API void mn_hmac_sha1(const mn_hmac_sha1_key *k, const uint8_t *m1, size_t len1, const uint8_t *m2, size_t len2,
                         uint8_t mac[20]);

/* ---- GHASH and AES-GCM (SP 800-38D) ------------------------------------------------------------------------------ */

/** GHASH key: H's four big-endian words spread into the nine Karatsuba operands, each split into its four bit classes. */
typedef struct
{
    uint32_t hk[36];
} mn_ghash_key;

MN_API size_t mn_ghash_key_size(void);

/** Keys GHASH with the hash subkey H (16 octets, normally E(K, 0^128)). */
MN_API void mn_ghash_init(mn_ghash_key *g, const uint8_t h[16]);

/**
 * y = GHASH update of y (16 octets, big-endian as in SP 800-38D) with data[0..len), the last partial block padded with
 * zeros (as GCM pads A and C). mn_ghash_lengths absorbs the block [len(A)]_64 || [len(C)]_64 (octet counts given).
 */
MN_API void mn_ghash_update(const mn_ghash_key *g, uint8_t y[16], const uint8_t *data, size_t len);
MN_API void mn_ghash_lengths(const mn_ghash_key *g, uint8_t y[16], uint64_t aad_len, uint64_t data_len);

/** AES-GCM key: the AES key and the GHASH key for H = E(K, 0^128). */
typedef struct
{
    mn_aes_key aes;
    mn_ghash_key ghash;
} mn_gcm_key;

MN_API size_t mn_gcm_key_size(void);

/** MN_OK, or MN_EENCODING (key not 16, 24 or 32 octets) with a zeroed g. */
MN_API int mn_gcm_init(mn_gcm_key *g, const uint8_t *key, size_t key_len);

/**
 * GCM-AE (SP 800-38D 7.1) with a 96-bit IV: out = GCTR(inc32(J0), in), tag = MSB_tag_len(E(K, J0) ^ S). tag_len 4..16
 * (else MN_EENCODING, outputs zeroed). out may equal in.
 */
MN_API int mn_gcm_seal(const mn_gcm_key *g, const uint8_t iv[12], const uint8_t *aad, size_t aad_len,
                       const uint8_t *in, uint8_t *out, size_t len, uint8_t *tag, size_t tag_len);

/**
 * GCM-AD (SP 800-38D 7.2): checks the tag over aad and the ciphertext in constant time first; on a mismatch returns
 * MN_EAUTH with out[0..len) zeroed (nothing decrypted is released), else decrypts. out may equal in.
 */
MN_API int mn_gcm_open(const mn_gcm_key *g, const uint8_t iv[12], const uint8_t *aad, size_t aad_len,
                       const uint8_t *in, uint8_t *out, size_t len, const uint8_t *tag, size_t tag_len);

/* ---- SRTP packets (RFC 3711 3.3, 4.1.1, 4.2.1; RFC 7714 8) -------------------------------------------------------- */

/** AES-CM encryption with HMAC-SHA1 authentication (RFC 3711 4.1.1, 4.2.1; AES-192/256 per RFC 6188). */
#define MN_SRTP_AES_CM_HMAC_SHA1 1
/** AEAD_AES_128_GCM / AEAD_AES_256_GCM (RFC 7714). */
#define MN_SRTP_AES_GCM 2

/** The session keys of one SRTP stream direction for one key derivation index (RFC 3711 4.3), expanded. */
typedef struct
{
    uint32_t suite;      /* MN_SRTP_AES_CM_HMAC_SHA1 or MN_SRTP_AES_GCM */
    mn_aes_key aes;      /* k_e */
    mn_hmac_sha1_key mac; /* k_a (AES-CM suite) */
    mn_ghash_key ghash;  /* H = E(k_e, 0^128) (GCM suite) */
    uint8_t salt[16];    /* k_s: 14 octets (AES-CM) or 12 (GCM), zero padded */
} mn_srtp_keys;

MN_API size_t mn_srtp_keys_size(void);

/**
 * The SRTP key derivation function with the AES-CM PRF (RFC 3711 4.3.1 and 4.3.3; RFC 6188 for 192- and 256-bit
 * master keys): out[0..out_len) = the AES-CM keystream under master_key with IV = x * 2^16, where x = key_id XOR
 * master_salt, key_id = label (8 bits) || r (48 bits) right-aligned in 112 bits. master_key 16, 24 or 32 octets;
 * master_salt 14 octets, or 12 (an AES-GCM master salt, RFC 7714 11: padded on the right with zeros to 112 bits);
 * label 0..255; r = index DIV kdr, below 2^48; out_len 1..64. MN_OK; MN_EENCODING (a length or value out of range)
 * with out zeroed when out is not NULL. Constant-time in the master key and salt (the AES is table-free); the key
 * schedule and keystream scratch are wiped on return.
 */
MN_API int mn_srtp_kdf(uint8_t *out, size_t out_len, const uint8_t *master_key, size_t key_len,
                       const uint8_t *master_salt, size_t salt_len, unsigned label, uint64_t r);

/**
 * Expands session keys already derived by the RFC 3711 4.3 KDF (the managed context derives them; it runs once per
 * stream). AES-CM suite: enc_key 16/24/32 octets, salt 14, auth_key any length (20 in RFC 3711). GCM suite: enc_key
 * 16/32 (24 accepted), salt 12, auth_key ignored (may be NULL). Wrong lengths or suite: MN_EENCODING and a zeroed k.
 */
MN_API int mn_srtp_keys_init(mn_srtp_keys *k, int suite, const uint8_t *enc_key, size_t enc_len,
                             const uint8_t *salt, size_t salt_len, const uint8_t *auth_key, size_t auth_len);

/** Zeroes the session keys. */
MN_API void mn_srtp_keys_wipe(mn_srtp_keys *k);

/**
 * Protects one RTP packet in place: packet[0..header_len) is the RTP header (header_len >= 12: the fixed header with
 * the sequence number at octets 2..3 and the SSRC at 8..11, then CSRCs and extension, all authenticated, never
 * encrypted), packet[header_len..header_len + payload_len) the payload, encrypted in place. roc is the stream's
 * rollover counter for this packet, so the index is roc * 2^16 + SEQ (RFC 3711 3.3.1).
 *   AES-CM: payload XOR AES-CM keystream (IV = k_s * 2^16 ^ SSRC * 2^64 ^ index * 2^16), then tag = the first tag_len
 *           (0..20) octets of HMAC-SHA1(k_a, header || encrypted payload || ROC).
 *   GCM:    IV = (0x0000 || SSRC || ROC || SEQ) ^ k_s, AAD = the header, tag_len 4..16 (16 in RFC 7714).
 * The tag goes to tag (which may point into the packet buffer past an MKI). MN_OK, or MN_EENCODING (header shorter
 * than 12 octets, tag_len out of range) with the tag zeroed and the packet unchanged.
 */
MN_API int mn_srtp_protect(const mn_srtp_keys *k, uint8_t *packet, size_t header_len, size_t payload_len, uint32_t roc,
                           uint8_t *tag, size_t tag_len);

/**
 * Verifies and decrypts one SRTP packet in place (the inverse of mn_srtp_protect with the same arguments, tag read from
 * tag). The tag is checked in constant time before anything is decrypted: MN_EAUTH leaves the packet unchanged.
 */
MN_API int mn_srtp_unprotect(const mn_srtp_keys *k, uint8_t *packet, size_t header_len, size_t payload_len, uint32_t roc,
                             const uint8_t *tag, size_t tag_len);

#endif
