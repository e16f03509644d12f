/*
 * AES-GCM (SP 800-38D 7.1, 7.2) with 96-bit IVs, the form RFC 7714 uses: J0 = IV || 0^31 || 1, GCTR from inc32(J0),
 * tag = MSB_t(E(K, J0) ^ GHASH(A || 0* || C || 0* || [len(A)]_64 || [len(C)]_64)). Open checks the tag before it
 * releases anything and selects "decrypt" or "zero" with masks, so the check steers no branch.
 */
#include <string.h>
#include "mn_srtp_internal.h"

size_t mn_gcm_key_size(void) { return sizeof(mn_gcm_key); }

int mn_gcm_init(mn_gcm_key *g, const uint8_t *key, size_t key_len)
{
    uint8_t h[16] = {0};
    memset(g, 0, sizeof *g);
    if (mn_aes_expand(&g->aes, key, key_len) != MN_OK) return MN_EENCODING;
    mn_aes_encrypt_blocks(&g->aes, h, h, 1);
    mn_ghash_init(&g->ghash, h);
    mn_wipe(h, sizeof h);
    return MN_OK;
}

static void j0(uint8_t block[16], const uint8_t iv[12], uint8_t last)
{
    memcpy(block, iv, 12);
    block[12] = 0;
    block[13] = 0;
    block[14] = 0;
    block[15] = last;
}

void mn_gcm_tag(const mn_aes_key *aes, const mn_ghash_key *gh, const uint8_t iv[12], const uint8_t *aad,
                size_t aad_len, const uint8_t *ct, size_t len, uint8_t tag[16])
{
    uint8_t y[16] = {0}, ek[16];
    mn_ghash_update(gh, y, aad, aad_len);
    mn_ghash_update(gh, y, ct, len);
    mn_ghash_lengths(gh, y, aad_len, len);
    j0(ek, iv, 1);
    mn_aes_encrypt_blocks(aes, ek, ek, 1);
    for (int i = 0; i < 16; i++) tag[i] = (uint8_t)(ek[i] ^ y[i]);
    mn_wipe(y, sizeof y);
    mn_wipe(ek, sizeof ek);
}

void mn_gcm_ctr(const mn_aes_key *aes, const uint8_t iv[12], const uint8_t *in, uint8_t *out, size_t len,
                uint32_t keep, uint32_t use)
{
    uint8_t counter[16];
    j0(counter, iv, 2); /* inc32(J0) */
    mn_aes_ctr_xor_masked(aes, counter, 4, in, out, len, keep, use);
    mn_wipe(counter, sizeof counter);
}

int mn_gcm_seal(const mn_gcm_key *g, const uint8_t iv[12], const uint8_t *aad, size_t aad_len, const uint8_t *in,
                uint8_t *out, size_t len, uint8_t *tag, size_t tag_len)
{
    uint8_t full[16];
    if (tag_len < 4 || tag_len > 16)
    {
        if (len > 0) memset(out, 0, len);
        if (tag_len > 0 && tag_len <= 16) memset(tag, 0, tag_len);
        return MN_EENCODING;
    }
    mn_gcm_ctr(&g->aes, iv, in, out, len, 0xFFFFFFFFu, 0xFFFFFFFFu);
    mn_gcm_tag(&g->aes, &g->ghash, iv, aad, aad_len, out, len, full);
    memcpy(tag, full, tag_len);
    mn_wipe(full, sizeof full);
    return MN_OK;
}

int mn_gcm_open(const mn_gcm_key *g, const uint8_t iv[12], const uint8_t *aad, size_t aad_len, const uint8_t *in,
                uint8_t *out, size_t len, const uint8_t *tag, size_t tag_len)
{
    uint8_t full[16];
    if (tag_len < 4 || tag_len > 16)
    {
        if (len > 0) memset(out, 0, len);
        return MN_EENCODING;
    }
    mn_gcm_tag(&g->aes, &g->ghash, iv, aad, aad_len, in, len, full);
    uint32_t ok = mn_ct_is_zero(mn_ct_diff(full, tag, tag_len));
    mn_gcm_ctr(&g->aes, iv, in, out, len, ok, ok); /* plaintext when ok, zeros otherwise */
    mn_wipe(full, sizeof full);
    return -(int)((uint32_t)-MN_EAUTH & ~ok);
}
