/*
 * P-256's field mod p and scalar field mod n (FIPS 186-4 D.1.2.3), Montgomery form with R = 2^256, 32-bit limbs and
 * 32x32->64 products only. Constant-time: no branch or index depends on a limb value (carries through mn_word.h, so
 * that holds on Xtensa too).
 *
 * Mod p we use Montgomery rather than Solinas because p = 2^256 - 2^224 + 2^192 + 2^96 - 1 makes Montgomery reduction
 * nearly free: -p^-1 = 1 mod 2^32, so each of the 8 reduction rounds takes m = t[i] and adds m p, whose limbs are
 * (2^32-1, 2^32-1, 2^32-1, 0, 0, 0, 1, 2^32-1): the three low limbs turn t[i] into 0 and carry m, leaving
 * t[i+3] += m, t[i+6] += m, t[i+7] += m (2^32 - 1), a carry chain without multiplications, and no signed
 * intermediate (Solinas' folding of the NIST formula needs signed carries and a final correction of several p).
 * Mod n the reduction is the generic word-by-word one (n0 = -n^-1 mod 2^32).
 */
#include <string.h>
#include "mn_p256_internal.h"

const uint32_t mn_p256_p[8] = { 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0, 0, 0, 1, 0xFFFFFFFF };
const uint32_t mn_p256_n[8] = { 0xFC632551, 0xF3B9CAC2, 0xA7179E84, 0xBCE6FAAD,
                                0xFFFFFFFF, 0xFFFFFFFF, 0, 0xFFFFFFFF };
const uint32_t mn_fp_one[8] = { 1, 0, 0, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFE, 0 };
static const uint32_t fp_r2[8] = { 3, 0, 0xFFFFFFFF, 0xFFFFFFFB, 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 4 };
static const uint32_t fn_r2[8] = { 0xBE79EEA2, 0x83244C95, 0x49BD6FA6, 0x4699799C,
                                   0x2B6BEC59, 0x2845B239, 0xF3D95620, 0x66E12D94 };
static const uint32_t fn_one[8] = { 0x039CDAAF, 0x0C46353D, 0x58E8617B, 0x43190552, 0, 0, 0xFFFFFFFF, 0 };
static const uint32_t plain_one[8] = { 1, 0, 0, 0, 0, 0, 0, 0 };
#define FN_N0 0xEE00BC4Fu /* -n^-1 mod 2^32 */

/* Word-wise wipe of a scratch array the compiler cannot elide (the per-operation temporaries hold secrets). */
static void wipe_words(uint32_t *p, int n)
{
    volatile uint32_t *v = p;
    while (n-- > 0) *v++ = 0;
}

uint32_t mn_p256_lt(const uint32_t a[8], const uint32_t m[8])
{
    uint32_t borrow = 0, d;
    for (int i = 0; i < 8; i++) borrow = mn_sbb(&d, a[i], m[i], borrow);
    return borrow;
}

uint32_t mn_p256_is_zero(const uint32_t a[8])
{
    uint32_t x = 0;
    for (int i = 0; i < 8; i++) x |= a[i];
    return ((x | (0u - x)) >> 31) - 1u;
}

void mn_p256_cmov(uint32_t r[8], const uint32_t a[8], uint32_t mask)
{
    for (int i = 0; i < 8; i++) r[i] ^= (r[i] ^ a[i]) & mask;
}

void mn_p256_from_bytes(uint32_t r[8], const uint8_t b[32])
{
    for (int i = 0; i < 8; i++) {
        const uint8_t *q = b + 28 - 4 * i;
        r[i] = (uint32_t)q[0] << 24 | (uint32_t)q[1] << 16 | (uint32_t)q[2] << 8 | q[3];
    }
}

void mn_p256_to_bytes(uint8_t b[32], const uint32_t a[8])
{
    for (int i = 0; i < 8; i++) {
        uint8_t *q = b + 28 - 4 * i;
        q[0] = (uint8_t)(a[i] >> 24); q[1] = (uint8_t)(a[i] >> 16); q[2] = (uint8_t)(a[i] >> 8); q[3] = (uint8_t)a[i];
    }
}

/* r = (hi 2^256 + t) - m if that is non-negative, else t; for hi 2^256 + t < 2m. */
static void sub_if_ge(uint32_t r[8], const uint32_t t[8], uint32_t hi, const uint32_t m[8])
{
    uint32_t s[8], borrow = 0;
    for (int i = 0; i < 8; i++) borrow = mn_sbb(&s[i], t[i], m[i], borrow);
    uint32_t keep = 0u - (borrow & (hi ^ 1u)); /* t < m and no 2^256: keep t */
    for (int i = 0; i < 8; i++) r[i] = (t[i] & keep) | (s[i] & ~keep);
    wipe_words(s, 8);
}

/* t[16] = a b (schoolbook). */
static void mul_wide(uint32_t t[16], const uint32_t a[8], const uint32_t b[8])
{
    for (int i = 0; i < 8; i++) t[i] = 0;
    for (int i = 0; i < 8; i++) {
        uint32_t c = 0, ai = a[i];
        for (int j = 0; j < 8; j++) c = mn_mac(&t[i + j], ai, b[j], t[i + j], c);
        t[i + 8] = c;
    }
}

/* t[16] = a^2: the 28 cross products once, doubled, plus the 8 squares. */
static void sqr_wide(uint32_t t[16], const uint32_t a[8])
{
    for (int i = 0; i < 16; i++) t[i] = 0;
    for (int i = 0; i < 7; i++) {
        uint32_t c = 0, ai = a[i];
        for (int j = i + 1; j < 8; j++) c = mn_mac(&t[i + j], ai, a[j], t[i + j], c);
        t[i + 8] = c;
    }
    uint32_t top = 0;
    for (int i = 0; i < 16; i++) {
        uint32_t v = t[i];
        t[i] = (v << 1) | top;
        top = v >> 31;
    }
    uint32_t c = 0;
    for (int i = 0; i < 8; i++) {
        uint32_t lo, hi = mn_mac(&lo, a[i], a[i], 0, 0);
        c = mn_adc(&t[2 * i], t[2 * i], lo, c);
        c = mn_adc(&t[2 * i + 1], t[2 * i + 1], hi, c);
    }
}

/* r = t 2^-256 mod p for t < p 2^256 (see the file comment for the shape of a round). */
static void fp_reduce(uint32_t r[8], uint32_t t[16])
{
    uint32_t hi = 0;
    for (int i = 0; i < 8; i++) {
        uint32_t m = t[i], c;
        c = mn_adc(&t[i + 3], t[i + 3], m, 0);
        c = mn_adc(&t[i + 4], t[i + 4], 0, c);
        c = mn_adc(&t[i + 5], t[i + 5], 0, c);
        c = mn_adc(&t[i + 6], t[i + 6], m, c);
        c = mn_mac(&t[i + 7], m, 0xFFFFFFFFu, t[i + 7], c);   /* + m (2^32 - 1) */
        hi = mn_adc(&t[i + 8], t[i + 8], c, hi);
    }
    sub_if_ge(r, t + 8, hi, mn_p256_p);
}

void mn_fp_mul(mn_fe r, const mn_fe a, const mn_fe b)
{
    uint32_t t[16];
    mul_wide(t, a, b);
    fp_reduce(r, t);
    wipe_words(t, 16);
}

void mn_fp_sqr(mn_fe r, const mn_fe a)
{
    uint32_t t[16];
    sqr_wide(t, a);
    fp_reduce(r, t);
    wipe_words(t, 16);
}

void mn_fp_add(mn_fe r, const mn_fe a, const mn_fe b)
{
    uint32_t t[8], c = 0;
    for (int i = 0; i < 8; i++) c = mn_adc(&t[i], a[i], b[i], c);
    sub_if_ge(r, t, c, mn_p256_p);
    wipe_words(t, 8);
}

void mn_fp_sub(mn_fe r, const mn_fe a, const mn_fe b)
{
    uint32_t borrow = 0, c = 0;
    uint32_t t[8];
    for (int i = 0; i < 8; i++) borrow = mn_sbb(&t[i], a[i], b[i], borrow);
    uint32_t mask = 0u - borrow; /* add p back when a < b */
    for (int i = 0; i < 8; i++) c = mn_adc(&r[i], t[i], mn_p256_p[i] & mask, c);
    wipe_words(t, 8);
}

void mn_fp_to_mont(mn_fe r, const mn_fe a) { mn_fp_mul(r, a, fp_r2); }
void mn_fp_from_mont(mn_fe r, const mn_fe a) { mn_fp_mul(r, a, plain_one); }

static void fp_sqr_n(mn_fe r, const mn_fe a, int n)
{
    mn_fp_sqr(r, a);
    while (--n > 0) mn_fp_sqr(r, r);
}

/* r = a^(p-2). p - 2 = 2^256 - 2^224 + 2^192 + 2^96 - 3: from the top, 32 ones, 31 zeros, a one, 96 zeros, 94 ones, 0, 1.
 * x_k = a^(2^k - 1) built as x2, x3, x6, x12, x15, x30, x32, then shifted in (255 squarings, 12 multiplications). */
void mn_fp_inv(mn_fe r, const mn_fe a)
{
    mn_fe x2, x3, x6, x15, x30, x32, t;
    mn_fp_sqr(t, a);            mn_fp_mul(x2, t, a);
    mn_fp_sqr(t, x2);           mn_fp_mul(x3, t, a);
    fp_sqr_n(t, x3, 3);         mn_fp_mul(x6, t, x3);
    fp_sqr_n(t, x6, 6);         mn_fp_mul(t, t, x6);      /* x12 */
    fp_sqr_n(t, t, 3);          mn_fp_mul(x15, t, x3);
    fp_sqr_n(t, x15, 15);       mn_fp_mul(x30, t, x15);
    fp_sqr_n(t, x30, 2);        mn_fp_mul(x32, t, x2);
    fp_sqr_n(t, x32, 32);       mn_fp_mul(t, t, a);       /* 32 ones, 31 zeros, 1 */
    fp_sqr_n(t, t, 96);                                   /* 96 zeros */
    fp_sqr_n(t, t, 32);         mn_fp_mul(t, t, x32);
    fp_sqr_n(t, t, 32);         mn_fp_mul(t, t, x32);
    fp_sqr_n(t, t, 30);         mn_fp_mul(t, t, x30);     /* 94 ones */
    fp_sqr_n(t, t, 2);          mn_fp_mul(r, t, a);       /* 0, 1 */
    wipe_words(x2, 8); wipe_words(x3, 8); wipe_words(x6, 8); wipe_words(x15, 8);
    wipe_words(x30, 8); wipe_words(x32, 8); wipe_words(t, 8);
}

/* Montgomery multiplication mod n, word by word (CIOS): r = a b 2^-256 mod n. */
void mn_fn_mul(mn_fe r, const mn_fe a, const mn_fe b)
{
    uint32_t t[10];
    for (int i = 0; i < 10; i++) t[i] = 0;
    for (int i = 0; i < 8; i++) {
        uint32_t c = 0, bi = b[i], low;
        for (int j = 0; j < 8; j++) c = mn_mac(&t[j], a[j], bi, t[j], c);
        t[9] = mn_adc(&t[8], t[8], c, 0);
        uint32_t m = t[0] * FN_N0;
        c = mn_mac(&low, m, mn_p256_n[0], t[0], 0);     /* low is 0 by the choice of m */
        for (int j = 1; j < 8; j++) c = mn_mac(&t[j - 1], m, mn_p256_n[j], t[j], c);
        t[8] = t[9] + mn_adc(&t[7], t[8], c, 0);
    }
    sub_if_ge(r, t, t[8], mn_p256_n);
    wipe_words(t, 10);
}

void mn_fn_to_mont(mn_fe r, const mn_fe a) { mn_fn_mul(r, a, fn_r2); }
void mn_fn_from_mont(mn_fe r, const mn_fe a) { mn_fn_mul(r, a, plain_one); }

/* r = a^(n-2) mod n (Montgomery form in and out): 4-bit fixed windows over the public exponent, so the table index
 * depends only on n; 252 squarings and 63 multiplications (plus 14 for the table). */
void mn_fn_inv(mn_fe r, const mn_fe a)
{
    static const uint32_t e[8] = { 0xFC63254F, 0xF3B9CAC2, 0xA7179E84, 0xBCE6FAAD,
                                   0xFFFFFFFF, 0xFFFFFFFF, 0, 0xFFFFFFFF }; /* n - 2 */
    mn_fe tab[16], acc;
    for (int i = 0; i < 8; i++) tab[0][i] = fn_one[i];
    for (int i = 0; i < 8; i++) tab[1][i] = a[i];
    for (int d = 2; d < 16; d++) mn_fn_mul(tab[d], tab[d - 1], a);
    for (int i = 0; i < 8; i++) acc[i] = tab[e[7] >> 28][i];
    for (int w = 62; w >= 0; w--) {
        for (int s = 0; s < 4; s++) mn_fn_mul(acc, acc, acc);
        mn_fn_mul(acc, acc, tab[(e[w >> 3] >> ((w & 7) * 4)) & 15]);
    }
    for (int i = 0; i < 8; i++) r[i] = acc[i];
    wipe_words(&tab[0][0], 16 * 8);
    wipe_words(acc, 8);
}

/* x = x / 2 mod n (n odd): add n when x is odd, then shift in the carry. Variable time (public values). */
static void halve_mod_n_public(uint32_t x[8])
{
    uint32_t carry = 0;
    if (x[0] & 1) {
        for (int i = 0; i < 8; i++) carry = mn_adc(&x[i], x[i], mn_p256_n[i], carry);
    }
    for (int i = 0; i < 7; i++) x[i] = x[i] >> 1 | x[i + 1] << 31;
    x[7] = x[7] >> 1 | carry << 31;
}

/* x = x - y; returns the borrow. */
static uint32_t sub_limbs(uint32_t x[8], const uint32_t y[8])
{
    uint32_t borrow = 0;
    for (int i = 0; i < 8; i++) borrow = mn_sbb(&x[i], x[i], y[i], borrow);
    return borrow;
}

/* x = x - y mod n for x, y < n. */
static void sub_mod_n(uint32_t x[8], const uint32_t y[8])
{
    uint32_t mask = 0u - sub_limbs(x, y), c = 0;
    for (int i = 0; i < 8; i++) c = mn_adc(&x[i], x[i], mn_p256_n[i] & mask, c);
}

static int is_one(const uint32_t a[8])
{
    uint32_t x = a[0] ^ 1u;
    for (int i = 1; i < 8; i++) x |= a[i];
    return x == 0;
}

/* r = a^-1 R mod n (the Montgomery form of the inverse) for a plain 0 < a < n, by the binary extended Euclidean
 * algorithm (invariants u = x1 a, v = x2 a mod n). VARIABLE time: for public values only (ECDSA verification's s);
 * about a tenth of the Fermat inversion's cost. */
void mn_fn_inv_public(mn_fe r, const mn_fe a)
{
    uint32_t u[8], v[8], x1[8] = { 1 }, x2[8] = { 0 };
    memcpy(u, a, sizeof u);
    memcpy(v, mn_p256_n, sizeof v);
    while (!is_one(u) && !is_one(v)) {
        while ((u[0] & 1) == 0) {
            for (int i = 0; i < 7; i++) u[i] = u[i] >> 1 | u[i + 1] << 31;
            u[7] >>= 1;
            halve_mod_n_public(x1);
        }
        while ((v[0] & 1) == 0) {
            for (int i = 0; i < 7; i++) v[i] = v[i] >> 1 | v[i + 1] << 31;
            v[7] >>= 1;
            halve_mod_n_public(x2);
        }
        if (!mn_p256_lt(u, v)) { sub_limbs(u, v); sub_mod_n(x1, x2); }
        else { sub_limbs(v, u); sub_mod_n(x2, x1); }
    }
    mn_fn_to_mont(r, is_one(u) ? x1 : x2);
}

void mn_fn_from_bytes_reduce(uint32_t r[8], const uint8_t k[32])
{
    uint32_t t[8];
    mn_p256_from_bytes(t, k);
    sub_if_ge(r, t, 0, mn_p256_n);
    wipe_words(t, 8);
}

/* Exported plain-representation kernels (agreement tests): the Montgomery operation, then one multiplication by R^2
 * (mul) or conversions in and out (inv). */

typedef void (*mont_binary)(mn_fe r, const mn_fe a, const mn_fe b);
typedef void (*mont_unary)(mn_fe r, const mn_fe a);

static int plain_kernel(uint32_t r[8], const uint32_t a[8], const uint32_t b[8], const uint32_t m[8],
                        const uint32_t r2[8], mont_binary first, mont_binary mul, mont_unary inv)
{
    if (!(mn_p256_lt(a, m) & mn_p256_lt(b, m))) {
        for (int i = 0; i < 8; i++) r[i] = 0;
        return MN_EENCODING;
    }
    mn_fe t;
    if (inv == NULL) {
        first(t, a, b);                    /* a b / R */
        mul(r, t, r2);                     /* a b */
    } else {
        mul(t, a, r2);                     /* a R */
        inv(t, t);                         /* a^-1 R */
        mul(r, t, plain_one);              /* a^-1 */
    }
    wipe_words(t, 8);
    return MN_OK;
}

static void fp_sqr_as_mul(mn_fe r, const mn_fe a, const mn_fe b) { (void)b; mn_fp_sqr(r, a); }

int mn_p256_fp_mul(uint32_t r[8], const uint32_t a[8], const uint32_t b[8])
{
    return plain_kernel(r, a, b, mn_p256_p, fp_r2, mn_fp_mul, mn_fp_mul, NULL);
}

int mn_p256_fp_sqr(uint32_t r[8], const uint32_t a[8])
{
    return plain_kernel(r, a, a, mn_p256_p, fp_r2, fp_sqr_as_mul, mn_fp_mul, NULL);
}

int mn_p256_fp_inv(uint32_t r[8], const uint32_t a[8])
{
    return plain_kernel(r, a, a, mn_p256_p, fp_r2, mn_fp_mul, mn_fp_mul, mn_fp_inv);
}

int mn_p256_fn_mul(uint32_t r[8], const uint32_t a[8], const uint32_t b[8])
{
    return plain_kernel(r, a, b, mn_p256_n, fn_r2, mn_fn_mul, mn_fn_mul, NULL);
}

int mn_p256_fn_inv(uint32_t r[8], const uint32_t a[8])
{
    return plain_kernel(r, a, a, mn_p256_n, fn_r2, mn_fn_mul, mn_fn_mul, mn_fn_inv);
}
