/*
 * CTest, constant-time check in the style of ctgrind: every secret (keys, salts, H, plaintext, the packet's payload,
 * tags) is marked undefined for valgrind's memcheck, which then reports any branch or memory index that depends on it
 * ("conditional jump depends on uninitialised value", "use of uninitialised value" in an address). The host tests run
 * this program under valgrind with --error-exitcode, so such a dependence fails the build; run natively it only
 * exercises the code. Results are marked defined again before the test looks at them (a verdict is public).
 */
#include "test_srtp_util.h"

#include "ct_marks.h"

/* Random octets that memcheck then treats as secret. */
static void secret(uint8_t *p, size_t n)
{
    rnd_bytes(p, n);
    SECRET(p, n);
}

int main(void)
{
    uint8_t key[32], salt[14], auth[20], data[200], out[200], tag[20], h[16], y[16] = {0}, counter[16];
    mn_aes_key aes;
    mn_hmac_sha1_key mac;
    mn_ghash_key gh;
    mn_gcm_key gcm;
    mn_srtp_keys sk;
    secret(key, sizeof key);
    secret(salt, sizeof salt);
    secret(auth, sizeof auth);
    secret(data, sizeof data);
    secret(h, sizeof h);
    secret(counter, sizeof counter);

    for (size_t kl = 16; kl <= 32; kl += 8)
    {
        mn_aes_expand(&aes, key, kl);
        mn_aes_encrypt_blocks(&aes, data, out, 5);
        mn_aes_ctr_xor(&aes, counter, 16, data, out, 173);
        mn_aes_ctr_xor(&aes, counter, 4, data, out, 33);
    }
    mn_sha1(data, 150, out);
    mn_hmac_sha1_init(&mac, auth, 20);
    mn_hmac_sha1_init(&mac, data, 100);
    mn_hmac_sha1(&mac, data, 130, data + 130, 4, out);
    mn_ghash_init(&gh, h);
    mn_ghash_update(&gh, y, data, 77);
    mn_ghash_lengths(&gh, y, 12, 65);

    mn_gcm_init(&gcm, key, 16);
    mn_gcm_seal(&gcm, salt, data, 12, data + 12, out, 100, tag, 16);
    int r = mn_gcm_open(&gcm, salt, data, 12, out, out, 100, tag, 16);
    PUBLIC(&r, sizeof r);
    expect_int("gcm open", MN_OK, r);
    tag[3] ^= 1;
    r = mn_gcm_open(&gcm, salt, data, 12, data + 12, out, 100, tag, 16);
    PUBLIC(&r, sizeof r);
    expect_int("gcm open, bad tag", MN_EAUTH, r);

    /* the key derivation (RFC 3711 4.3): master key and master salt secret; label, r and the lengths public */
    for (size_t kl = 16; kl <= 32; kl += 8)
    {
        r = mn_srtp_kdf(out, 64, key, kl, salt, 14, 1, 0x0123456789ABull);
        PUBLIC(&r, sizeof r);
        expect_int("kdf", MN_OK, r);
    }
    r = mn_srtp_kdf(out, 30, key, 32, salt, 12, 0xFF, 0xFFFFFFFFFFFFull);
    PUBLIC(&r, sizeof r);
    expect_int("kdf, GCM salt", MN_OK, r);

    /* packets: the header (SEQ, SSRC) and the ROC are public; key, salt and payload secret */
    for (int suite = MN_SRTP_AES_CM_HMAC_SHA1; suite <= MN_SRTP_AES_GCM; suite++)
    {
        uint8_t packet[172];
        rnd_bytes(packet, 12);
        memcpy(packet + 12, data, 160);
        mn_srtp_keys_init(&sk, suite, key, 16, salt, suite == MN_SRTP_AES_GCM ? 12 : 14, auth, 20);
        size_t tl = suite == MN_SRTP_AES_GCM ? 16 : 10;
        mn_srtp_protect(&sk, packet, 12, 160, 7, tag, tl);
        r = mn_srtp_unprotect(&sk, packet, 12, 160, 7, tag, tl);
        PUBLIC(&r, sizeof r);
        expect_int("unprotect", MN_OK, r);
        mn_srtp_protect(&sk, packet, 12, 160, 7, tag, tl);
        tag[0] ^= 0x80;
        r = mn_srtp_unprotect(&sk, packet, 12, 160, 7, tag, tl);
        PUBLIC(&r, sizeof r);
        expect_int("unprotect, bad tag", MN_EAUTH, r);
        mn_srtp_keys_wipe(&sk);
    }
    return finish("test_srtp_ct");
}
