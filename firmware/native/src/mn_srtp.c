/*
 * Whole SRTP packets (RFC 3711 3.3; RFC 7714 8): one call encrypts a payload and tags the packet, or checks the tag
 * and decrypts, with the session keys expanded once per stream (mn_srtp_keys); and the RFC 3711 4.3 key derivation
 * that makes those session keys from the master key (mn_srtp_kdf). The IV constructions follow the managed SrtpIv and
 * SrtpKeyDerivation; replay, ROC estimation and MKI stay in the managed context (they are per stream, not per octet).
 */
#include <string.h>
#include "mn_srtp_internal.h"

size_t mn_srtp_keys_size(void) { return sizeof(mn_srtp_keys); }

void mn_srtp_keys_wipe(mn_srtp_keys *k) { mn_wipe(k, sizeof *k); }

int mn_srtp_keys_init(mn_srtp_keys *k, int suite, const uint8_t *enc_key, size_t enc_len, const uint8_t *salt,
                      size_t salt_len, const uint8_t *auth_key, size_t auth_len)
{
    memset(k, 0, sizeof *k);
    size_t want_salt = suite == MN_SRTP_AES_CM_HMAC_SHA1 ? 14 : suite == MN_SRTP_AES_GCM ? 12 : 0;
    if (want_salt == 0 || salt_len != want_salt || mn_aes_expand(&k->aes, enc_key, enc_len) != MN_OK)
    {
        mn_wipe(k, sizeof *k);
        return MN_EENCODING;
    }
    k->suite = (uint32_t)suite;
    memcpy(k->salt, salt, salt_len);
    if (suite == MN_SRTP_AES_CM_HMAC_SHA1)
    {
        mn_hmac_sha1_init(&k->mac, auth_key, auth_len);
    }
    else
    {
        uint8_t h[16] = {0};
        mn_aes_encrypt_blocks(&k->aes, h, h, 1);
        mn_ghash_init(&k->ghash, h);
        mn_wipe(h, sizeof h);
    }
    return MN_OK;
}

/* RFC 3711 4.3.1 and 4.3.3 (and RFC 6188 for 192- and 256-bit master keys): x = (label || r) ^ master_salt over 112
 * bits, the session key is the AES-CM keystream under the master key from IV = x * 2^16. The IV is laid out as the
 * managed SrtpKeyDerivation does: the salt in octets 0..13 (a 12-octet AES-GCM salt padded on the right with zeros,
 * RFC 7714 11), the label at octet 7, r's 48 bits at octets 8..13, the 16-bit block counter at 14..15. Only lengths and
 * the public label and r steer branches; the AES is table-free. */
int mn_srtp_kdf(uint8_t *out, size_t out_len, const uint8_t *master_key, size_t key_len, const uint8_t *master_salt,
                size_t salt_len, unsigned label, uint64_t r)
{
    mn_aes_key master;
    uint8_t iv[16] = {0};
    if (out != NULL) memset(out, 0, out_len);
    if (out == NULL || master_key == NULL || master_salt == NULL || out_len == 0 || out_len > 64 ||
        (salt_len != 14 && salt_len != 12) || label > 255 || (r >> 48) != 0)
        return MN_EENCODING;
    if (mn_aes_expand(&master, master_key, key_len) != MN_OK) return MN_EENCODING; /* master is zeroed then */
    memcpy(iv, master_salt, salt_len);
    iv[7] ^= (uint8_t)label;
    for (int i = 0; i < 6; i++) iv[13 - i] ^= (uint8_t)(r >> (8 * i));
    mn_aes_ctr_xor(&master, iv, 16, out, out, out_len); /* out is zero: out = the keystream (scratch wiped inside) */
    mn_wipe(&master, sizeof master);
    mn_wipe(iv, sizeof iv);
    return MN_OK;
}

/* RFC 3711 4.1.1: IV = k_s * 2^16 ^ SSRC * 2^64 ^ index * 2^16, index = ROC * 2^16 + SEQ. */
static void cm_iv(uint8_t iv[16], const mn_srtp_keys *k, const uint8_t *header, uint32_t roc)
{
    memcpy(iv, k->salt, 14);
    iv[14] = 0;
    iv[15] = 0;
    for (int i = 0; i < 4; i++) iv[4 + i] ^= header[8 + i];
    iv[8] ^= (uint8_t)(roc >> 24);
    iv[9] ^= (uint8_t)(roc >> 16);
    iv[10] ^= (uint8_t)(roc >> 8);
    iv[11] ^= (uint8_t)roc;
    iv[12] ^= header[2];
    iv[13] ^= header[3];
}

/* RFC 7714 8.1: IV = (0x0000 || SSRC || ROC || SEQ) ^ k_s. */
static void gcm_iv(uint8_t iv[12], const mn_srtp_keys *k, const uint8_t *header, uint32_t roc)
{
    iv[0] = 0;
    iv[1] = 0;
    memcpy(iv + 2, header + 8, 4);
    mn_store_be32(iv + 6, roc);
    iv[10] = header[2];
    iv[11] = header[3];
    for (int i = 0; i < 12; i++) iv[i] ^= k->salt[i];
}

/* RFC 3711 4.2: HMAC-SHA1(k_a, authenticated portion || ROC). */
static void cm_tag(const mn_srtp_keys *k, const uint8_t *packet, size_t len, uint32_t roc, uint8_t mac[20])
{
    uint8_t roc4[4];
    mn_store_be32(roc4, roc);
    mn_hmac_sha1(&k->mac, packet, len, roc4, 4, mac);
}

static int check(const mn_srtp_keys *k, size_t header_len, size_t tag_len)
{
    if (header_len < 12) return MN_EENCODING;
    if (k->suite == MN_SRTP_AES_CM_HMAC_SHA1) return tag_len <= 20 ? MN_OK : MN_EENCODING;
    if (k->suite == MN_SRTP_AES_GCM) return tag_len >= 4 && tag_len <= 16 ? MN_OK : MN_EENCODING;
    return MN_EENCODING;
}

int mn_srtp_protect(const mn_srtp_keys *k, uint8_t *packet, size_t header_len, size_t payload_len, uint32_t roc,
                    uint8_t *tag, size_t tag_len)
{
    uint8_t iv[16], full[20];
    if (check(k, header_len, tag_len) != MN_OK)
    {
        if (tag_len > 0 && tag_len <= 20) memset(tag, 0, tag_len);
        return MN_EENCODING;
    }
    uint8_t *payload = packet + header_len;
    if (k->suite == MN_SRTP_AES_CM_HMAC_SHA1)
    {
        cm_iv(iv, k, packet, roc);
        mn_aes_ctr_xor(&k->aes, iv, 16, payload, payload, payload_len);
        if (tag_len > 0) cm_tag(k, packet, header_len + payload_len, roc, full);
    }
    else
    {
        gcm_iv(iv, k, packet, roc);
        mn_gcm_ctr(&k->aes, iv, payload, payload, payload_len, 0xFFFFFFFFu, 0xFFFFFFFFu);
        mn_gcm_tag(&k->aes, &k->ghash, iv, packet, header_len, payload, payload_len, full);
    }
    if (tag_len > 0) memcpy(tag, full, tag_len);
    mn_wipe(iv, sizeof iv);
    mn_wipe(full, sizeof full);
    return MN_OK;
}

int mn_srtp_unprotect(const mn_srtp_keys *k, uint8_t *packet, size_t header_len, size_t payload_len, uint32_t roc,
                      const uint8_t *tag, size_t tag_len)
{
    uint8_t iv[16], full[20];
    uint32_t ok;
    if (check(k, header_len, tag_len) != MN_OK) return MN_EENCODING;
    uint8_t *payload = packet + header_len;
    if (k->suite == MN_SRTP_AES_CM_HMAC_SHA1)
    {
        ok = 0xFFFFFFFFu;
        if (tag_len > 0)
        {
            cm_tag(k, packet, header_len + payload_len, roc, full);
            ok = mn_ct_is_zero(mn_ct_diff(full, tag, tag_len));
        }
        cm_iv(iv, k, packet, roc);
        mn_aes_ctr_xor_masked(&k->aes, iv, 16, payload, payload, payload_len, 0xFFFFFFFFu, ok);
    }
    else
    {
        gcm_iv(iv, k, packet, roc);
        mn_gcm_tag(&k->aes, &k->ghash, iv, packet, header_len, payload, payload_len, full);
        ok = mn_ct_is_zero(mn_ct_diff(full, tag, tag_len));
        mn_gcm_ctr(&k->aes, iv, payload, payload, payload_len, 0xFFFFFFFFu, ok);
    }
    mn_wipe(iv, sizeof iv);
    mn_wipe(full, sizeof full);
    return -(int)((uint32_t)-MN_EAUTH & ~ok); /* MN_OK or MN_EAUTH without a branch on the check */
}
