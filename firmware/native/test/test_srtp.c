/* CTest: SRTP packets (the key derivation's vectors are in test_srtp_kdf.c). Protect/unprotect round trips for both
 * suites with header lengths 12..24 and payloads 0..200, tampering
 * with any octet of header, payload or tag (MN_EAUTH, packet unchanged), and argument checks. */
#include "test_srtp_util.h"

static void round_trips(int suite, size_t enc_len, size_t salt_len, size_t tag_len)
{
    uint8_t enc[32], salt[14], auth[20], packet[256], orig[256], tag[20];
    mn_srtp_keys k;
    rnd_bytes(enc, sizeof enc);
    rnd_bytes(salt, sizeof salt);
    rnd_bytes(auth, sizeof auth);
    expect_int("keys", MN_OK, mn_srtp_keys_init(&k, suite, enc, enc_len, salt, salt_len, auth, 20));
    for (size_t header = 12; header <= 24; header += 4)
        for (size_t payload = 0; payload <= 200; payload += 1 + payload / 3)
        {
            uint32_t roc = rnd();
            rnd_bytes(packet, header + payload);
            memcpy(orig, packet, header + payload);
            expect_int("protect", MN_OK, mn_srtp_protect(&k, packet, header, payload, roc, tag, tag_len));
            if (memcmp(packet, orig, header) != 0) { puts("FAIL header changed"); failures++; }
            if (payload >= 4 && memcmp(packet + header, orig + header, payload) == 0) { puts("FAIL not encrypted"); failures++; }
            uint8_t sent[256];
            memcpy(sent, packet, header + payload);
            /* a flipped bit anywhere (header, payload, tag) or another ROC: refused, packet unchanged */
            size_t where = rnd() % (header + payload + tag_len);
            uint8_t bad_tag[20];
            memcpy(bad_tag, tag, tag_len);
            if (where < header + payload) packet[where] ^= 0x20; else bad_tag[where - header - payload] ^= 0x20;
            if (tag_len > 0)
            {
                uint8_t before[256];
                memcpy(before, packet, header + payload);
                expect_int("tampered", MN_EAUTH, mn_srtp_unprotect(&k, packet, header, payload, roc, bad_tag, tag_len));
                if (memcmp(before, packet, header + payload) != 0) { puts("FAIL rejected packet changed"); failures++; }
                memcpy(packet, sent, header + payload);
                expect_int("other ROC", MN_EAUTH, mn_srtp_unprotect(&k, packet, header, payload, roc + 1, tag, tag_len));
            }
            memcpy(packet, sent, header + payload);
            expect_int("unprotect", MN_OK, mn_srtp_unprotect(&k, packet, header, payload, roc, tag, tag_len));
            if (memcmp(packet, orig, header + payload) != 0) { puts("FAIL round trip"); failures++; }
            if (failures) return;
        }
    mn_srtp_keys_wipe(&k);
}

static void argument_checks(void)
{
    uint8_t key[16] = {0}, salt[14] = {0}, packet[64] = {0}, tag[20];
    mn_srtp_keys k;
    expect_int("CM salt 12", MN_EENCODING, mn_srtp_keys_init(&k, MN_SRTP_AES_CM_HMAC_SHA1, key, 16, salt, 12, key, 16));
    expect_int("GCM salt 14", MN_EENCODING, mn_srtp_keys_init(&k, MN_SRTP_AES_GCM, key, 16, salt, 14, NULL, 0));
    expect_int("suite 7", MN_EENCODING, mn_srtp_keys_init(&k, 7, key, 16, salt, 14, key, 16));
    expect_int("key 15", MN_EENCODING, mn_srtp_keys_init(&k, MN_SRTP_AES_GCM, key, 15, salt, 12, NULL, 0));
    expect_int("GCM", MN_OK, mn_srtp_keys_init(&k, MN_SRTP_AES_GCM, key, 16, salt, 12, NULL, 0));
    expect_int("header 11", MN_EENCODING, mn_srtp_protect(&k, packet, 11, 10, 0, tag, 16));
    expect_int("GCM tag 17", MN_EENCODING, mn_srtp_protect(&k, packet, 12, 10, 0, tag, 17));
    expect_int("CM", MN_OK, mn_srtp_keys_init(&k, MN_SRTP_AES_CM_HMAC_SHA1, key, 16, salt, 14, key, 16));
    expect_int("CM tag 21", MN_EENCODING, mn_srtp_protect(&k, packet, 12, 10, 0, tag, 21));
}

int main(void)
{
    round_trips(MN_SRTP_AES_CM_HMAC_SHA1, 16, 14, 10);
    round_trips(MN_SRTP_AES_CM_HMAC_SHA1, 16, 14, 4);
    round_trips(MN_SRTP_AES_CM_HMAC_SHA1, 32, 14, 10);
    round_trips(MN_SRTP_AES_CM_HMAC_SHA1, 16, 14, 0);
    round_trips(MN_SRTP_AES_GCM, 16, 12, 16);
    round_trips(MN_SRTP_AES_GCM, 32, 12, 16);
    round_trips(MN_SRTP_AES_GCM, 24, 12, 8);
    argument_checks();
    return finish("test_srtp");
}
