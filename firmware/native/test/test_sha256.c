/*
 * CTest: mn_sha256_blocks (FIPS 180-4 6.2.2) with the padding of 5.1.1 done here: the FIPS 180-4 / NIST examples
 * ("abc", the two-block 448-bit message, the empty message, a million 'a'), the argument checks, and multi-block calls
 * against one call per block and against other splits. `test_sha256 oracle N` instead prints N random messages (every
 * length 0..299 first, so every padding case, then random lengths) with their digests, one "message digest" hex pair a
 * line, for test/sha256_hashlib.py to check against Python's hashlib (an independent implementation).
 */
#include <stdlib.h>
#include "test_srtp_util.h"

static const uint32_t iv[8] = {0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
                               0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u}; /* FIPS 180-4 5.3.3 */

/* FIPS 180-4 5.1.1: msg || 0x80 || zeros || the bit length as 64 bits big-endian, to whole blocks in out; returns the
 * block count. */
static size_t pad(uint8_t *out, const uint8_t *msg, size_t len)
{
    size_t total = (len + 9 + 63) / 64 * 64;
    uint64_t bits = (uint64_t)len * 8;
    memmove(out, msg, len);
    out[len] = 0x80;
    memset(out + len + 1, 0, total - len - 1);
    for (int i = 0; i < 8; i++) out[total - 1 - i] = (uint8_t)(bits >> (8 * i));
    return total / 64;
}

static void digest_of(const uint32_t h[8], uint8_t d[32])
{
    for (int i = 0; i < 8; i++)
    {
        d[4 * i] = (uint8_t)(h[i] >> 24);
        d[4 * i + 1] = (uint8_t)(h[i] >> 16);
        d[4 * i + 2] = (uint8_t)(h[i] >> 8);
        d[4 * i + 3] = (uint8_t)h[i];
    }
}

/* SHA-256 of msg[0..len) through buf (room for len + 72 octets): all blocks in one call. */
static void sha256(uint8_t *buf, const uint8_t *msg, size_t len, uint8_t d[32])
{
    uint32_t h[8];
    memcpy(h, iv, sizeof h);
    size_t blocks = pad(buf, msg, len);
    expect_int("blocks result", MN_OK, mn_sha256_blocks(h, buf, blocks));
    digest_of(h, d);
}

static void vector(const char *what, const char *msg, const char *want)
{
    uint8_t buf[128], d[32];
    sha256(buf, (const uint8_t *)msg, strlen(msg), d);
    expect_hex(what, want, d, 32);
}

static void hex_line(const uint8_t *p, size_t n, char end)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) { putchar(digits[p[i] >> 4]); putchar(digits[p[i] & 15]); }
    putchar(end);
}

static int oracle(long count)
{
    static uint8_t msg[300], buf[300 + 72];
    uint8_t d[32];
    for (long i = 0; i < count; i++)
    {
        size_t len = i < 300 ? (size_t)i : rnd() % 300;
        rnd_bytes(msg, len);
        sha256(buf, msg, len, d);
        hex_line(msg, len, ' ');
        hex_line(d, 32, '\n');
    }
    return failures ? 1 : 0;
}

/* The same chaining value from one call over all blocks, one call per block, and calls over every split in two. */
static void splits(void)
{
    enum { N = 9 };
    static uint8_t data[64 * N];
    uint32_t start[8], once[8], each[8], two[8];
    rnd_bytes(data, sizeof data);
    for (int i = 0; i < 8; i++) start[i] = rnd(); /* any chaining value, not only the IV */
    memcpy(once, start, sizeof once);
    expect_int("one call", MN_OK, mn_sha256_blocks(once, data, N));
    memcpy(each, start, sizeof each);
    for (int b = 0; b < N; b++) mn_sha256_blocks(each, data + 64 * b, 1);
    expect_int("one call per block", 0, memcmp(once, each, sizeof once));
    for (int split = 0; split <= N; split++)
    {
        memcpy(two, start, sizeof two);
        mn_sha256_blocks(two, data, (size_t)split);
        mn_sha256_blocks(two, data + 64 * split, (size_t)(N - split));
        expect_int("two calls", 0, memcmp(once, two, sizeof once));
    }
    memcpy(two, start, sizeof two);
    expect_int("no block", MN_OK, mn_sha256_blocks(two, NULL, 0));
    expect_int("no block leaves the state", 0, memcmp(start, two, sizeof two));
}

static void argument_checks(void)
{
    uint8_t block[64] = {0};
    uint32_t h[8];
    expect_int("state NULL", MN_EBUFFER, mn_sha256_blocks(NULL, block, 1));
    expect_int("state NULL, no block", MN_EBUFFER, mn_sha256_blocks(NULL, NULL, 0));
    memcpy(h, iv, sizeof h);
    expect_int("data NULL", MN_EBUFFER, mn_sha256_blocks(h, NULL, 1));
    for (int i = 0; i < 8; i++) expect_int("data NULL zeroes the state", 0, (long)h[i]);
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "oracle") == 0) return oracle(atol(argv[2]));
    static uint8_t million[1000000 + 72];
    uint8_t d[32];
    vector("abc", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    vector("448-bit", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
           "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    vector("empty", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    memset(million, 'a', 1000000);
    sha256(million, million, 1000000, d);
    expect_hex("million a", "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", d, 32);
    splits();
    argument_checks();
    return finish("test_sha256");
}
