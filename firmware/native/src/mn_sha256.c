/*
 * SHA-256 compression (FIPS 180-4 6.2.2) for the managed Sha256 (issue 12: the interpreter's largest remaining share of
 * a MIKEY message). Small rather than fast, for the ESP32's flash/IRAM: eight rounds per loop pass with the working
 * variables renamed instead of moved, and a 16-word message schedule rewritten in place every 16 rounds (6.2.2 step 1
 * needs W_(t-16) only once, when W_t replaces it). Constant-time: only rotations by constants, additions and bitwise
 * logic; the round constants are indexed by the round number and the loops are steered by the block count only.
 */
#include "mn_srtp_internal.h"

/* FIPS 180-4 4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
static const uint32_t k256[64] = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u, 0x3956c25bu, 0x59f111f1u, 0x923f82a4u, 0xab1c5ed5u,
    0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u, 0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u,
    0xe49b69c1u, 0xefbe4786u, 0x0fc19dc6u, 0x240ca1ccu, 0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
    0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u, 0xc6e00bf3u, 0xd5a79147u, 0x06ca6351u, 0x14292967u,
    0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u, 0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u,
    0xa2bfe8a1u, 0xa81a664bu, 0xc24b8b70u, 0xc76c51a3u, 0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
    0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u, 0x391c0cb3u, 0x4ed8aa4au, 0x5b9cca4fu, 0x682e6ff3u,
    0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u, 0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u,
};

static inline uint32_t ror(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

/* FIPS 180-4 4.1.2 (4.2)-(4.7). Each sigma's rotations nested (ror(x, 2) ^ ror(x, 13) ^ ror(x, 22) as
 * ror(x ^ ror(x ^ ror(x, 9), 11), 2)): the same operations with one temporary live instead of three, which spares
 * spills on Xtensa and x86-32 (5 to 6% a block). Ch and Maj with one operation fewer than the definitions. */
#define BSIG0(x) ror((x) ^ ror((x) ^ ror(x, 9), 11), 2)
#define BSIG1(x) ror((x) ^ ror((x) ^ ror(x, 14), 5), 6)
#define SSIG0(x) (ror((x) ^ ror(x, 11), 7) ^ ((x) >> 3))
#define SSIG1(x) (ror((x) ^ ror(x, 2), 17) ^ ((x) >> 10))
#define CH(x, y, z) ((z) ^ ((x) & ((y) ^ (z))))
#define MAJ(x, y, z) (((x) & (y)) | ((z) & ((x) | (y))))

/* One round of 6.2.2 step 3: the new e lands in d and the new a in h, so the next round names them one place on. */
#define ROUND(a, b, c, d, e, f, g, h, i)                                      \
    do {                                                                      \
        h += BSIG1(e) + CH(e, f, g) + kt[i] + wt[i];                          \
        d += h;                                                               \
        h += BSIG0(a) + MAJ(a, b, c);                                         \
    } while (0)

/* W_(t+j) of 6.2.2 step 1 in place of W_(t+j-16), for t a multiple of 16 (constant indices: no index arithmetic). */
#define SCHEDULE(j) (w[j] += SSIG1(w[((j) + 14) & 15]) + w[((j) + 9) & 15] + SSIG0(w[((j) + 1) & 15]))

/* The working state of a compression, in the caller's frame so that it can be wiped once all blocks are done: the
 * 16-word schedule window and the working variables a..h (the chaining value's last addends). Kept in memory rather
 * than in locals, for the wipe: about 3% more instructions a block on Xtensa. */
typedef struct
{
    uint32_t w[16];
    uint32_t v[8];
} sha256_scratch;

/* FIPS 180-4 6.2.2 on one block. s is restrict so that gcc keeps the working variables in registers between the
 * stores to s->v instead of reloading them after every store to state's type. */
static MN_NOINLINE void compress(uint32_t state[8], const uint8_t *block, sha256_scratch *restrict s)
{
    uint32_t *w = s->w, *v = s->v;
    for (int t = 0; t < 8; t++) v[t] = state[t];
    for (int t = 0; t < 16; t++) w[t] = mn_load_be32(block + 4 * t);
    for (int t = 0; t < 64; t += 16)
    {
        if (t > 0) /* 6.2.2 step 1 for W_t..W_(t+15), each overwriting the W_(j-16) it no longer needs */
        {
            SCHEDULE(0); SCHEDULE(1); SCHEDULE(2); SCHEDULE(3); SCHEDULE(4); SCHEDULE(5); SCHEDULE(6); SCHEDULE(7);
            SCHEDULE(8); SCHEDULE(9); SCHEDULE(10); SCHEDULE(11); SCHEDULE(12); SCHEDULE(13); SCHEDULE(14); SCHEDULE(15);
        }
        for (int i = 0; i < 16; i += 8)
        {
            const uint32_t *kt = k256 + t + i, *wt = w + i;
            ROUND(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], 0);
            ROUND(v[7], v[0], v[1], v[2], v[3], v[4], v[5], v[6], 1);
            ROUND(v[6], v[7], v[0], v[1], v[2], v[3], v[4], v[5], 2);
            ROUND(v[5], v[6], v[7], v[0], v[1], v[2], v[3], v[4], 3);
            ROUND(v[4], v[5], v[6], v[7], v[0], v[1], v[2], v[3], 4);
            ROUND(v[3], v[4], v[5], v[6], v[7], v[0], v[1], v[2], 5);
            ROUND(v[2], v[3], v[4], v[5], v[6], v[7], v[0], v[1], 6);
            ROUND(v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[0], 7);
        }
    }
    for (int t = 0; t < 8; t++) state[t] += v[t];
}

/* mn_wipe by words: a quarter of its stores on the 96 octets, about 7% of a one-block call on Xtensa. */
static void wipe_words(volatile uint32_t *p, size_t n)
{
    while (n-- > 0) *p++ = 0;
}

int mn_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks)
{
    if (state == NULL) return MN_EBUFFER;
    if (data == NULL && blocks > 0)
    {
        mn_wipe(state, 8 * sizeof(uint32_t));
        return MN_EBUFFER;
    }
    sha256_scratch s;
    for (; blocks > 0; blocks--, data += 64) compress(state, data, &s);
    wipe_words(s.w, 16);
    wipe_words(s.v, 8);
    return MN_OK;
}
