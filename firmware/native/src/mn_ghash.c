/*
 * GHASH (SP 800-38D 6.4) without tables: the GF(2^128) product is a carry-less product reduced by
 * x^128 + x^7 + x^2 + x + 1, and the carry-less product is made of ordinary integer multiplications (the constant-time
 * idea BearSSL's documentation describes: read for the idea only). A 32 x 32 carry-less product splits each operand
 * into four classes of bits (positions 0, 1, 2, 3 mod 4: every fourth bit, the others zero); an integer product of two
 * such parts has at most 8 terms per bit column, so its column sums fit in the 4-bit gaps and never carry into another
 * column of the class, and the low bit of each column of the class is the XOR of its terms. Sixteen 32 x 32 -> 64
 * products (MULL/MULUH on the ESP32, fixed latency) give the 64-bit carry-less product; Karatsuba twice makes
 * 128 x 128 from nine of them. No branch and no memory index depends on H or the data.
 *
 * Bit order: a block is a 128-bit big-endian integer whose most significant bit is the coefficient of x^0 (GCM's
 * reflected order), so integer bit 127 - k holds x^k. The integer carry-less product then holds x^k at bit 254 - k; one
 * left shift puts it at 255 - k, the high 128 bits are the result's low-degree half and the low 128 bits L (x^(128+m)
 * at bit 127 - m) fold back as x^m (1 + x + x^2 + x^7): in this order a multiplication by x^j is a right shift by j.
 * The bits a right shift by j drops are degrees 128 and up again: they land, in the same order, in the top bits of
 * Z = (L << 127) ^ (L << 126) ^ (L << 121), which folds once more without overflow. So the result is
 * H ^ D ^ (D >> 1) ^ (D >> 2) ^ (D >> 7) with D = L ^ Z.
 */
#include <string.h>
#include "mn_srtp_internal.h"

static const uint32_t class_mask[4] = {0x11111111u, 0x22222222u, 0x44444444u, 0x88888888u};

/* Splits the nine Karatsuba operands of a 128-bit value x (x[0] least significant word) into their bit classes. */
static void spread(uint32_t out[36], const uint32_t x[4])
{
    uint32_t op[9];
    op[0] = x[0]; op[1] = x[1]; op[2] = x[0] ^ x[1];
    op[3] = x[2]; op[4] = x[3]; op[5] = x[2] ^ x[3];
    op[6] = x[0] ^ x[2]; op[7] = x[1] ^ x[3]; op[8] = op[6] ^ op[7];
    for (int i = 0; i < 9; i++)
        for (int c = 0; c < 4; c++) out[4 * i + c] = op[i] & class_mask[c];
}

/* Carry-less 32 x 32 -> 64 product of two spread operands: class c of the result gathers a_i b_j with i + j = c mod 4. */
static inline uint64_t clmul32(const uint32_t *a, const uint32_t *b)
{
    uint64_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
    uint64_t z0 = (a0 * b[0]) ^ (a1 * b[3]) ^ (a2 * b[2]) ^ (a3 * b[1]);
    uint64_t z1 = (a0 * b[1]) ^ (a1 * b[0]) ^ (a2 * b[3]) ^ (a3 * b[2]);
    uint64_t z2 = (a0 * b[2]) ^ (a1 * b[1]) ^ (a2 * b[0]) ^ (a3 * b[3]);
    uint64_t z3 = (a0 * b[3]) ^ (a1 * b[2]) ^ (a2 * b[1]) ^ (a3 * b[0]);
    return (z0 & 0x1111111111111111ull) | (z1 & 0x2222222222222222ull) | (z2 & 0x4444444444444444ull) |
           (z3 & 0x8888888888888888ull);
}

/* Carry-less 64 x 64 -> 128 (Karatsuba) from the three spread operands lo, hi, lo ^ hi; r[0] the low 64 bits. */
static inline void clmul64(uint64_t r[2], const uint32_t *a, const uint32_t *b)
{
    uint64_t lo = clmul32(a, b), hi = clmul32(a + 4, b + 4), mid = clmul32(a + 8, b + 8) ^ lo ^ hi;
    r[0] = lo ^ (mid << 32);
    r[1] = hi ^ (mid >> 32);
}

/* Per-call scratch, wiped once per mn_ghash_update rather than per block. */
typedef struct
{
    uint32_t ys[36];
    uint64_t p0[2], p1[2], p2[2];
    uint32_t r[8];
} gscratch;

/* y = y * H in GF(2^128), y as four words y[0] least significant. */
static void gmul(uint32_t y[4], const mn_ghash_key *g, gscratch *sc)
{
    uint32_t *ys = sc->ys, *r = sc->r;
    uint64_t *p0 = sc->p0, *p1 = sc->p1, *p2 = sc->p2;
    spread(ys, y);
    clmul64(p0, ys, g->hk);            /* low halves */
    clmul64(p2, ys + 12, g->hk + 12);  /* high halves */
    clmul64(p1, ys + 24, g->hk + 24);  /* (lo ^ hi) halves */
    p1[0] ^= p0[0] ^ p2[0];
    p1[1] ^= p0[1] ^ p2[1];
    /* 256-bit product P = p2 << 128 ^ p1 << 64 ^ p0, as eight words */
    uint64_t w0 = p0[0], w1 = p0[1] ^ p1[0], w2 = p2[0] ^ p1[1], w3 = p2[1];
    r[0] = (uint32_t)w0; r[1] = (uint32_t)(w0 >> 32);
    r[2] = (uint32_t)w1; r[3] = (uint32_t)(w1 >> 32);
    r[4] = (uint32_t)w2; r[5] = (uint32_t)(w2 >> 32);
    r[6] = (uint32_t)w3; r[7] = (uint32_t)(w3 >> 32);
    /* P << 1 (bit 255 of P is zero: the product has degree at most 254) */
    for (int i = 7; i > 0; i--) r[i] = (r[i] << 1) | (r[i - 1] >> 31);
    r[0] <<= 1;
    /* D = L ^ Z, Z only in L's top word */
    uint32_t d0 = r[0], d1 = r[1], d2 = r[2], d3 = r[3] ^ (r[0] << 31) ^ (r[0] << 30) ^ (r[0] << 25);
    /* result = H ^ D ^ D >> 1 ^ D >> 2 ^ D >> 7 (128-bit shifts) */
    y[3] = r[7] ^ d3 ^ (d3 >> 1) ^ (d3 >> 2) ^ (d3 >> 7);
    y[2] = r[6] ^ d2 ^ ((d2 >> 1) | (d3 << 31)) ^ ((d2 >> 2) | (d3 << 30)) ^ ((d2 >> 7) | (d3 << 25));
    y[1] = r[5] ^ d1 ^ ((d1 >> 1) | (d2 << 31)) ^ ((d1 >> 2) | (d2 << 30)) ^ ((d1 >> 7) | (d2 << 25));
    y[0] = r[4] ^ d0 ^ ((d0 >> 1) | (d1 << 31)) ^ ((d0 >> 2) | (d1 << 30)) ^ ((d0 >> 7) | (d1 << 25));
}

size_t mn_ghash_key_size(void) { return sizeof(mn_ghash_key); }

void mn_ghash_init(mn_ghash_key *g, const uint8_t h[16])
{
    uint32_t x[4];
    for (int i = 0; i < 4; i++) x[i] = mn_load_be32(h + 12 - 4 * i);
    spread(g->hk, x);
    mn_wipe(x, sizeof x);
}

/* Absorbs one 16-octet block: y = (y ^ block) * H. */
static void absorb(const mn_ghash_key *g, uint32_t y[4], const uint8_t block[16], gscratch *sc)
{
    for (int i = 0; i < 4; i++) y[i] ^= mn_load_be32(block + 12 - 4 * i);
    gmul(y, g, sc);
}

static void load_y(uint32_t y[4], const uint8_t b[16])
{
    for (int i = 0; i < 4; i++) y[i] = mn_load_be32(b + 12 - 4 * i);
}

static void store_y(uint8_t b[16], const uint32_t y[4])
{
    for (int i = 0; i < 4; i++) mn_store_be32(b + 12 - 4 * i, y[i]);
}

void mn_ghash_update(const mn_ghash_key *g, uint8_t yb[16], const uint8_t *data, size_t len)
{
    uint32_t y[4];
    uint8_t pad[16];
    gscratch sc;
    if (len == 0) return;
    load_y(y, yb);
    for (; len >= 16; len -= 16, data += 16) absorb(g, y, data, &sc);
    if (len > 0)
    {
        memset(pad, 0, sizeof pad);
        memcpy(pad, data, len);
        absorb(g, y, pad, &sc);
        mn_wipe(pad, sizeof pad);
    }
    store_y(yb, y);
    mn_wipe(y, sizeof y);
    mn_wipe(&sc, sizeof sc);
}

void mn_ghash_lengths(const mn_ghash_key *g, uint8_t yb[16], uint64_t aad_len, uint64_t data_len)
{
    uint8_t block[16];
    uint64_t a = aad_len << 3, c = data_len << 3;
    mn_store_be32(block, (uint32_t)(a >> 32));
    mn_store_be32(block + 4, (uint32_t)a);
    mn_store_be32(block + 8, (uint32_t)(c >> 32));
    mn_store_be32(block + 12, (uint32_t)c);
    mn_ghash_update(g, yb, block, 16);
}
