/* CTest: the SRTP key derivation mn_srtp_kdf (RFC 3711 4.3.1/4.3.3 AES-CM PRF; RFC 6188 for AES-192/256 master keys;
 * RFC 7714 11's 12-octet GCM master salt). Published vectors with r = 0, vectors with r != 0 and 12-octet salts from an
 * independent AES, truncation at every output length, and the refusals (MN_EENCODING with the output zeroed). */
#include <stdint.h>
#include "test_srtp_util.h"

/* Runs the KDF into a buffer full of 0xA5 and checks the octets against want_hex and that nothing past them changed. */
static void expect_kdf(const char *what, const char *key_hex, const char *salt_hex, unsigned label, uint64_t r,
                       const char *want_hex)
{
    uint8_t key[32], salt[14], out[65];
    size_t kl = unhex(key, key_hex), sl = unhex(salt, salt_hex), n = strlen(want_hex) / 2;
    memset(out, 0xA5, sizeof out);
    expect_int(what, MN_OK, mn_srtp_kdf(out, n, key, kl, salt, sl, label, r));
    expect_hex(what, want_hex, out, n);
    for (size_t i = n; i < sizeof out; i++)
        if (out[i] != 0xA5) { printf("FAIL %s: octet %zu past the output written\n", what, i); failures++; break; }
}

#define B3_KEY "E1F97A0D3E018BE0D64FA32C06DE4139"
#define B3_SALT "0EC675AD498AFEEBB6960B3AABE6"
#define AES256_KEY "f0f04914b513f2763a1b1fa130f10e2998f6f6e43e4309d1e622a0e332b9f1b6"
#define AES256_SALT "3b04803de51ee7c96423ab5b78d2"
#define AES192_KEY "73edc66c4fa15776fb57f9505c17136550ffda71f3e8e5f1"
#define AES192_SALT "c8522f3acd4ce86d5add78edbb11"

/* Published, kdr = 0 (r = 0). Source: /work/shared/vectors/rfc3711-rfc6188-srtp.txt (RFC 3711 Appendix B.3; RFC 6188
 * 7.2 and 7.4; the SRTCP labels 3..5 there are a third-party vector recomputed by two implementations). */
static void published(void)
{
    expect_kdf("B.3 cipher key", B3_KEY, B3_SALT, 0, 0, "C61E7A93744F39EE10734AFE3FF7A087");
    expect_kdf("B.3 cipher salt", B3_KEY, B3_SALT, 2, 0, "30CBBC08863D8C85D49DB34A9AE1");
    /* B.3 lists 94 octets of the auth key; the KDF gives at most 64 (SRTP's longest session key) */
    expect_kdf("B.3 auth key", B3_KEY, B3_SALT, 1, 0,
               "CEBE321F6FF7716B6FD4AB49AF256A156D38BAA48F0A0ACF3C34E2359E6CDBCE"
               "E049646C43D9327AD175578EF72270986371C10C9A369AC2F94A8C5FBCDDDC25");
    expect_kdf("B.3 SRTCP cipher key", B3_KEY, B3_SALT, 3, 0, "4c1aa45a81f73d61c800bbb00fbb1eaa");
    expect_kdf("B.3 SRTCP auth key", B3_KEY, B3_SALT, 4, 0, "8d54534feb49ae8e7993a6bd0b844fc323a93dfd");
    expect_kdf("B.3 SRTCP salt", B3_KEY, B3_SALT, 5, 0, "9581c7ad87b3e530bf3e4454a8b3");
    expect_kdf("RFC 6188 7.2 cipher key", AES256_KEY, AES256_SALT, 0, 0,
               "5ba1064e30ec51613cad926c5a28ef731ec7fb397f70a960653caf06554cd8c4");
    expect_kdf("RFC 6188 7.2 cipher salt", AES256_KEY, AES256_SALT, 2, 0, "fa31791685ca444a9e07c6c64e93");
    expect_kdf("RFC 6188 7.2 auth key", AES256_KEY, AES256_SALT, 1, 0, "fd9c32d39ed5fbb5a9dc96b30818454d1313dc05");
    expect_kdf("RFC 6188 7.4 cipher key", AES192_KEY, AES192_SALT, 0, 0, "31874736a8f1143870c26e4857d8a5b2c4a354407faadabb");
    expect_kdf("RFC 6188 7.4 cipher salt", AES192_KEY, AES192_SALT, 2, 0, "2372b82d639b6d8503a47adc0a6c");
    expect_kdf("RFC 6188 7.4 auth key", AES192_KEY, AES192_SALT, 1, 0, "355b10973cd95b9eacf4061c7e1a7151e7cfbfcb");
}

/* r != 0 (kdr > 0), 12-octet salts and labels past 5: no published vectors exist; these were computed outside the repo
 * by AES-ECB of the IV blocks (x * 2^16 + j, x = (label || r) ^ salt) with pyca/cryptography and again with the openssl
 * CLI (`openssl enc -aes-N-ecb -nopad`), which agreed with each other and reproduce the published vectors above. */
#define LONG_256 "E8F307FC0DE8100EDE95DD09530D4C68FF97891FEF18BABCEEC1D235E828831E" \
                 "18F47A9373825E37DC07A47F7044FDD5103D27666872B9B5A93682B724FAC9EE"
static void rekeying(void)
{
    expect_kdf("r = 1", B3_KEY, B3_SALT, 0, 1, "53870B4B8E2AF0C6F0CC8B1544C34138");
    expect_kdf("r = 2^48 - 1", B3_KEY, B3_SALT, 1, 0xFFFFFFFFFFFFull, "69B8BB17A9C4BE6E0474E8BD0C4432FF21490474");
    expect_kdf("AES-256, r = 0x0123456789AB", AES256_KEY, AES256_SALT, 2, 0x0123456789ABull, "1C52314D2F8F0484BBCB26FECE5C");
    expect_kdf("AES-192, 12-octet salt, r = 2^32", AES192_KEY, "c8522f3acd4ce86d5add78ed", 0, 0x000100000000ull,
               "91CFD7D53A61AEEF338DA41470C129B5900CAC0985D686E4");
    expect_kdf("AES-128, 12-octet salt, label 5, one octet", B3_KEY, "0EC675AD498AFEEBB6960B3A", 5, 0xBEEF, "07");
    expect_kdf("AES-256, label 255, r = 2^47, 64 octets", AES256_KEY, AES256_SALT, 255, 0x800000000000ull, LONG_256);
    /* every shorter output is the same keystream truncated */
    char prefix[129];
    for (size_t n = 1; n < 64; n++)
    {
        memcpy(prefix, LONG_256, 2 * n);
        prefix[2 * n] = 0;
        expect_kdf("AES-256, label 255, truncated", AES256_KEY, AES256_SALT, 255, 0x800000000000ull, prefix);
    }
}

/* One refused call: MN_EENCODING and out[0..out_len) zeroed (out_len 0 writes nothing). */
static void expect_refused(const char *what, size_t out_len, size_t key_len, size_t salt_len, unsigned label, uint64_t r)
{
    uint8_t out[80], key[33] = {1, 2, 3}, salt[16] = {4, 5, 6};
    memset(out, 0xA5, sizeof out);
    expect_int(what, MN_EENCODING, mn_srtp_kdf(out, out_len, key, key_len, salt, salt_len, label, r));
    for (size_t i = 0; i < sizeof out; i++)
        if (out[i] != (i < out_len ? 0 : 0xA5)) { printf("FAIL %s: octet %zu is %02x\n", what, i, out[i]); failures++; break; }
}

static void refusals(void)
{
    static const size_t bad_keys[] = {0, 1, 15, 17, 23, 25, 31, 33};
    static const size_t bad_salts[] = {0, 11, 13, 15, 16};
    for (size_t i = 0; i < sizeof bad_keys / sizeof bad_keys[0]; i++) expect_refused("key length", 16, bad_keys[i], 14, 0, 0);
    for (size_t i = 0; i < sizeof bad_salts / sizeof bad_salts[0]; i++) expect_refused("salt length", 16, 16, bad_salts[i], 0, 0);
    expect_refused("label 256", 16, 16, 14, 256, 0);
    expect_refused("label 2^32 - 1", 16, 24, 12, 0xFFFFFFFFu, 0);
    expect_refused("r = 2^48", 16, 32, 14, 0, 0x1000000000000ull);
    expect_refused("r = 2^64 - 1", 16, 16, 14, 0, UINT64_MAX);
    expect_refused("out_len 0", 0, 16, 14, 0, 0);
    expect_refused("out_len 65", 65, 16, 14, 0, 0);
    expect_refused("out_len 80", 80, 32, 12, 0, 0);
    uint8_t out[16], key[16] = {0}, salt[14] = {0};
    expect_int("NULL out", MN_EENCODING, mn_srtp_kdf(NULL, 16, key, 16, salt, 14, 0, 0));
    memset(out, 0xA5, sizeof out);
    expect_int("NULL key", MN_EENCODING, mn_srtp_kdf(out, 16, NULL, 16, salt, 14, 0, 0));
    expect_int("NULL key: out zeroed", 0, out[0] | out[15]);
    memset(out, 0xA5, sizeof out);
    expect_int("NULL salt", MN_EENCODING, mn_srtp_kdf(out, 16, key, 16, NULL, 14, 0, 0));
    expect_int("NULL salt: out zeroed", 0, out[0] | out[15]);
    /* the edges that are allowed */
    expect_int("label 255, r = 2^48 - 1", MN_OK, mn_srtp_kdf(out, 16, key, 16, salt, 14, 255, 0xFFFFFFFFFFFFull));
}

int main(void)
{
    published();
    rekeying();
    refusals();
    return finish("test_srtp_kdf");
}
