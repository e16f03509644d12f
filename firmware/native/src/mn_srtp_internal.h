/* Internal helpers shared by the SRTP packet path's sources (not part of the interface). */
#ifndef MN_SRTP_INTERNAL_H
#define MN_SRTP_INTERNAL_H

#include "mikeynano_native.h"

/* Keeps a large static function (SHA-1's compression) out of line, for code size on the ESP32. */
#if defined(__GNUC__)
#define MN_NOINLINE __attribute__((noinline))
#else
#define MN_NOINLINE
#endif

static inline uint32_t mn_load_be32(const uint8_t *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static inline void mn_store_be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

/** Bitsliced AES S-box (FIPS 197 5.1.1) on the eight planes s[0..8) (mn_aes_sbox.c). */
void mn_aes_sbox_planes(uint32_t s[8]);

/**
 * Counter mode whose output is (in & keep) ^ (keystream & use) octet by octet, keep and use all-ones or zero masks
 * (their low octet is used): the verify-then-decrypt paths pick "decrypt", "leave unchanged" or "zero" without a
 * branch on the tag check (mn_aes.c).
 */
void mn_aes_ctr_xor_masked(const mn_aes_key *k, const uint8_t counter16[16], unsigned counter_bytes, const uint8_t *in,
                           uint8_t *out, size_t len, uint32_t keep, uint32_t use);

/** All-ones when d == 0, else zero (no branch). */
static inline uint32_t mn_ct_is_zero(uint32_t d)
{
    return ((d | (0u - d)) >> 31) - 1u;
}

/** Zero when a[0..n) == b[0..n), else non-zero; time depends on n only. */
static inline uint32_t mn_ct_diff(const uint8_t *a, const uint8_t *b, size_t n)
{
    uint32_t d = 0;
    for (size_t i = 0; i < n; i++) d |= (uint32_t)(a[i] ^ b[i]);
    return d;
}

/** GCM's tag E(K, J0) ^ GHASH(A || C || lengths) for a 96-bit IV (mn_gcm.c). */
void mn_gcm_tag(const mn_aes_key *aes, const mn_ghash_key *gh, const uint8_t iv[12], const uint8_t *aad,
                size_t aad_len, const uint8_t *ct, size_t len, uint8_t tag[16]);

/** GCTR from inc32(IV || 0^31 || 1), output masked as in mn_aes_ctr_xor_masked (mn_gcm.c). */
void mn_gcm_ctr(const mn_aes_key *aes, const uint8_t iv[12], const uint8_t *in, uint8_t *out, size_t len,
                uint32_t keep, uint32_t use);

#endif
