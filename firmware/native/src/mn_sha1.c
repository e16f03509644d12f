/*
 * SHA-1 (FIPS 180-4 5.3.1, 6.1) with a 16-word rolling message schedule, and HMAC-SHA1 (RFC 2104) from precomputed
 * inner and outer chaining values, so that a packet costs only its own blocks plus one outer block. Constant-time:
 * only lengths steer branches.
 */
#include <string.h>
#include "mn_srtp_internal.h"

typedef struct
{
    uint32_t h[5];
    uint32_t w[16]; /* message schedule scratch, wiped with the context */
    uint8_t buf[64];
    size_t fill;   /* octets in buf */
    uint64_t total; /* octets absorbed, including the HMAC key block */
} sha1_ctx;

static inline uint32_t rol(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }

/* W_t for t >= 16 overwrites W_(t-16) in place (FIPS 180-4 6.1.3's alternative method). */
#define W(t) (w[(t) & 15] = rol(w[((t) + 13) & 15] ^ w[((t) + 8) & 15] ^ w[((t) + 2) & 15] ^ w[(t) & 15], 1))
/* One step with the five working variables renamed instead of moved: after five steps they are back in place. */
#define STEP(a, b, c, d, e, f, kt, wt)             \
    do {                                           \
        e += rol(a, 5) + (f) + (kt) + (wt);        \
        b = rol(b, 30);                            \
    } while (0)
#define F1(b, c, d) (d ^ (b & (c ^ d)))
#define F2(b, c, d) (b ^ c ^ d)
#define F3(b, c, d) ((b & c) | (d & (b | c)))
#define FIVE(F, kt, t, wt)                                   \
    do {                                                     \
        STEP(a, b, c, d, e, F(b, c, d), kt, wt(t));          \
        STEP(e, a, b, c, d, F(a, b, c), kt, wt((t) + 1));    \
        STEP(d, e, a, b, c, F(e, a, b), kt, wt((t) + 2));    \
        STEP(c, d, e, a, b, F(d, e, a), kt, wt((t) + 3));    \
        STEP(b, c, d, e, a, F(c, d, e), kt, wt((t) + 4));    \
    } while (0)
#define W0(t) w[t]
#define TWENTY(F, kt, t)             \
    do {                             \
        FIVE(F, kt, (t), W);         \
        FIVE(F, kt, (t) + 5, W);     \
        FIVE(F, kt, (t) + 10, W);    \
        FIVE(F, kt, (t) + 15, W);    \
    } while (0)

/* FIPS 180-4 6.1.2 on one 64-octet block; w is the caller's 16-word schedule scratch. */
static MN_NOINLINE void compress(uint32_t h[5], const uint8_t *block, uint32_t w[16])
{
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int t = 0; t < 16; t++) w[t] = mn_load_be32(block + 4 * t);
    /* unrolled: the schedule indices are constants (about 1.3 k instructions per block instead of 1.8 k) */
    FIVE(F1, 0x5A827999u, 0, W0);
    FIVE(F1, 0x5A827999u, 5, W0);
    FIVE(F1, 0x5A827999u, 10, W0);
    STEP(a, b, c, d, e, F1(b, c, d), 0x5A827999u, w[15]);
    STEP(e, a, b, c, d, F1(a, b, c), 0x5A827999u, W(16));
    STEP(d, e, a, b, c, F1(e, a, b), 0x5A827999u, W(17));
    STEP(c, d, e, a, b, F1(d, e, a), 0x5A827999u, W(18));
    STEP(b, c, d, e, a, F1(c, d, e), 0x5A827999u, W(19));
    TWENTY(F2, 0x6ED9EBA1u, 20);
    TWENTY(F3, 0x8F1BBCDCu, 40);
    TWENTY(F2, 0xCA62C1D6u, 60);
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

static void ctx_update(sha1_ctx *c, const uint8_t *p, size_t n)
{
    if (n == 0) return;
    c->total += n;
    if (c->fill > 0)
    {
        size_t take = 64 - c->fill < n ? 64 - c->fill : n;
        memcpy(c->buf + c->fill, p, take);
        c->fill += take;
        p += take;
        n -= take;
        if (c->fill < 64) return;
        compress(c->h, c->buf, c->w);
        c->fill = 0;
    }
    for (; n >= 64; n -= 64, p += 64) compress(c->h, p, c->w);
    memcpy(c->buf, p, n);
    c->fill = n;
}

/* FIPS 180-4 5.1.1 padding, then the digest as five big-endian words. */
static void ctx_final(sha1_ctx *c, uint8_t digest[20])
{
    uint64_t bits = c->total << 3;
    c->buf[c->fill++] = 0x80;
    if (c->fill > 56)
    {
        memset(c->buf + c->fill, 0, 64 - c->fill);
        compress(c->h, c->buf, c->w);
        c->fill = 0;
    }
    memset(c->buf + c->fill, 0, 56 - c->fill);
    mn_store_be32(c->buf + 56, (uint32_t)(bits >> 32));
    mn_store_be32(c->buf + 60, (uint32_t)bits);
    compress(c->h, c->buf, c->w);
    for (int i = 0; i < 5; i++) mn_store_be32(digest + 4 * i, c->h[i]);
    mn_wipe(c, sizeof *c);
}

static const uint32_t sha1_iv[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};

static void ctx_start(sha1_ctx *c, const uint32_t h[5], uint64_t total)
{
    memcpy(c->h, h, sizeof c->h);
    c->fill = 0;
    c->total = total;
}

void mn_sha1(const uint8_t *msg, size_t len, uint8_t digest[20])
{
    sha1_ctx c;
    ctx_start(&c, sha1_iv, 0);
    ctx_update(&c, msg, len);
    ctx_final(&c, digest);
}

size_t mn_hmac_sha1_key_size(void) { return sizeof(mn_hmac_sha1_key); }

void mn_hmac_sha1_init(mn_hmac_sha1_key *k, const uint8_t *key, size_t key_len)
{
    uint8_t kb[64], pad[64];
    uint32_t w[16];
    memset(kb, 0, sizeof kb);
    if (key_len > 64)
        mn_sha1(key, key_len, kb);
    else if (key_len > 0)
        memcpy(kb, key, key_len);
    for (int i = 0; i < 64; i++) pad[i] = (uint8_t)(kb[i] ^ 0x36);
    memcpy(k->inner, sha1_iv, sizeof k->inner);
    compress(k->inner, pad, w);
    for (int i = 0; i < 64; i++) pad[i] = (uint8_t)(kb[i] ^ 0x5C);
    memcpy(k->outer, sha1_iv, sizeof k->outer);
    compress(k->outer, pad, w);
    mn_wipe(kb, sizeof kb);
    mn_wipe(pad, sizeof pad);
    mn_wipe(w, sizeof w);
}

void mn_hmac_sha1(const mn_hmac_sha1_key *k, const uint8_t *m1, size_t len1, const uint8_t *m2, size_t len2,
                  uint8_t mac[20])
{
    sha1_ctx c;
    uint8_t inner[20];
    ctx_start(&c, k->inner, 64);
    ctx_update(&c, m1, len1);
    ctx_update(&c, m2, len2);
    ctx_final(&c, inner);
    ctx_start(&c, k->outer, 64);
    ctx_update(&c, inner, 20);
    ctx_final(&c, mac);
    mn_wipe(inner, sizeof inner);
}
