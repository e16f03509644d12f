/* CTest: SHA-1 (FIPS 180-4 examples: "abc", the 448-bit message, a million 'a') and HMAC-SHA1 (RFC 2202, all seven
 * cases, with the message split in two parts at every position for case 7). */
#include "test_srtp_util.h"

static void sha1(const char *what, const char *msg, const char *want)
{
    uint8_t d[20];
    mn_sha1((const uint8_t *)msg, strlen(msg), d);
    expect_hex(what, want, d, 20);
}

static void hmac(const char *what, const uint8_t *key, size_t kl, const char *msg, size_t ml, const char *want)
{
    mn_hmac_sha1_key k;
    uint8_t mac[20];
    mn_hmac_sha1_init(&k, key, kl);
    mn_hmac_sha1(&k, (const uint8_t *)msg, ml, NULL, 0, mac);
    expect_hex(what, want, mac, 20);
    for (size_t split = 0; split <= ml; split++)
    {
        mn_hmac_sha1(&k, (const uint8_t *)msg, split, (const uint8_t *)msg + split, ml - split, mac);
        expect_hex(what, want, mac, 20);
        if (failures) return;
    }
}

int main(void)
{
    static uint8_t million[1000000];
    uint8_t d[20], key[80], data[50];
    sha1("abc", "abc", "a9993e364706816aba3e25717850c26c9cd0d89d");
    sha1("448-bit", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    sha1("empty", "", "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    memset(million, 'a', sizeof million);
    mn_sha1(million, sizeof million, d);
    expect_hex("million a", "34aa973cd4c4daa4f61eeb2bdbad27316534016f", d, 20);

    memset(key, 0x0b, 20);
    hmac("2202 case 1", key, 20, "Hi There", 8, "b617318655057264e28bc0b6fb378c8ef146be00");
    hmac("2202 case 2", (const uint8_t *)"Jefe", 4, "what do ya want for nothing?", 28, "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    memset(key, 0xaa, 20);
    memset(data, 0xdd, 50);
    hmac("2202 case 3", key, 20, (const char *)data, 50, "125d7342b9ac11cd91a39af48aa17b4f63f175d3");
    for (int i = 0; i < 25; i++) key[i] = (uint8_t)(i + 1);
    memset(data, 0xcd, 50);
    hmac("2202 case 4", key, 25, (const char *)data, 50, "4c9007f4026250c6bc8414f9bf50c86c2d7235da");
    memset(key, 0x0c, 20);
    hmac("2202 case 5", key, 20, "Test With Truncation", 20, "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04");
    memset(key, 0xaa, 80);
    const char *m6 = "Test Using Larger Than Block-Size Key - Hash Key First";
    hmac("2202 case 6", key, 80, m6, strlen(m6), "aa4ae5e15272d00e95705637ce8a3b55ed402112");
    const char *m7 = "Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data";
    hmac("2202 case 7", key, 80, m7, strlen(m7), "e8e99d0f45237d786d6bbaa7965c7808bbff1a91");
    return finish("test_sha1");
}
