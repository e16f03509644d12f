/*
 * P-256's field mod p and scalar field mod n (FIPS 186-4 D.1.2.3), Montgomery form with R = 2^256, 32-bit limbs and
 * 32x32->64 products only. Constant-time: no branch or index depends on a limb value.
 *
 * Mod p we use Montgomery rather than Solinas because p = 2^256 - 2^224 + 2^192 + 2^96 - 1 makes Montgomery reduction
 * nearly free: -p^-1 = 1 mod 2^32, so the reduction multiple of each word is the word itself and adding it times p
 * is additions at three other words (mn_fp_mul says how it is folded into the product's column pass), with no
 * signed intermediate (Solinas' folding of the NIST formula needs signed carries and a final correction of several p).
 * The code is written for a 32-bit core without a carry flag or 64-bit registers (the ESP32's Xtensa LX6): products
 * are 32x32->64, carries go through mn_word.h (compares of 32-bit words where there is a carry flag, bitwise where
 * there is none, so that no branch follows a limb on Xtensa). Mod n the reduction is the generic word-by-word one
 * (n0 = -n^-1 mod 2^32).
 */
#include <string.h>
#include "mn_p256_internal.h"
#include "mn_column.h"

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

/* Word-wise wipe of a scratch array the compiler cannot elide (the per-operation temporaries hold secrets); a
 * quarter of mn_wipe's byte stores. */
void mn_p256_wipe_words(uint32_t *p, int n)
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
    mn_p256_wipe_words(s, 8);
}

/*
 * r = u + top 2^256 reduced once mod p, for u + top 2^256 < 2p. u - p is computed as u + (2^256 - p) - 2^256, whose
 * limbs (1, 0, 0, 2^32 - 1, 2^32 - 1, 2^32 - 1, 2^32 - 2, 0) are constants: the carry out of that sum, or top, says
 * u + top 2^256 >= p. Carries through mn_word.h (32-bit compares on x86, bitwise on Xtensa). Constant-time (the
 * choice is a mask).
 */
static void fp_reduce_once(uint32_t r[8], const uint32_t u[8], uint32_t top)
{
    /* Written out limb by limb with the constants in place: gcc folds each mn_adc's carry for its constant (4 or 5
     * Xtensa instructions instead of 8) and keeps s in registers; the loop over a constant table did neither
     * (about 210 instructions a call, against 110). */
    uint32_t s0, s1, s2, s3, s4, s5, s6, s7, c;
    c = mn_adc(&s0, u[0], 1u, 0);
    c = mn_adc(&s1, u[1], 0, c);
    c = mn_adc(&s2, u[2], 0, c);
    c = mn_adc(&s3, u[3], 0xFFFFFFFFu, c);
    c = mn_adc(&s4, u[4], 0xFFFFFFFFu, c);
    c = mn_adc(&s5, u[5], 0xFFFFFFFFu, c);
    c = mn_adc(&s6, u[6], 0xFFFFFFFEu, c);
    c = mn_adc(&s7, u[7], 0, c);
    uint32_t take = 0u - (c | top);
    r[0] = u[0] ^ ((u[0] ^ s0) & take);
    r[1] = u[1] ^ ((u[1] ^ s1) & take);
    r[2] = u[2] ^ ((u[2] ^ s2) & take);
    r[3] = u[3] ^ ((u[3] ^ s3) & take);
    r[4] = u[4] ^ ((u[4] ^ s4) & take);
    r[5] = u[5] ^ ((u[5] ^ s5) & take);
    r[6] = u[6] ^ ((u[6] ^ s6) & take);
    r[7] = u[7] ^ ((u[7] ^ s7) & take);
}

/*
 * Montgomery multiplication mod p by product scanning, the reduction folded into the same pass over the 16 columns.
 * Column k sums the products a_i b_j (i + j = k) in three 32-bit words (c0, c1, c2), carries by 32-bit compares.
 * The reduction multiples M_0..M_7 enter as the words of M p = M 2^256 - M 2^224 + M 2^192 + M 2^96 - M: M_i adds to
 * columns i + 3, i + 6 and i + 8 and subtracts from columns i and i + 7. M_k (k < 8) is the low word of column k,
 * which the -M_k then clears (-p^-1 = 1 mod 2^32: no multiplication). To keep every column non-negative, -M_i at
 * column i + 7 is written ~M_i + 1 - 2^32: the +1 of column i + 7 and the -2^32 (-1 in column i + 8) cancel between
 * neighbours, leaving +1 in column 7 and -1 in column 15, which is added as 2^32 - 1 there and -1 in the top word.
 * Columns 8..15 are the result u, below 2p (u = (a b + M p) / 2^256 < (p^2 + 2^256 p) / 2^256), the final carry its
 * top. M and u live in locals (registers or spill slots), like any scalar temporary. Constant-time: limb values
 * flow only through additions, compares and products.
 */
#define RED3  ((uint64_t)m0)
#define RED4  ((uint64_t)m1)
#define RED5  ((uint64_t)m2)
#define RED6  mn_sum4(m3, m0, 0, 0)
#define RED7  mn_sum4(m4, m1, ~m0, 1u)
#define RED8  mn_sum4(m5, m2, ~m1, m0)
#define RED9  mn_sum4(m6, m3, ~m2, m1)
#define RED10 mn_sum4(m7, m4, ~m3, m2)
#define RED11 mn_sum4(m5, ~m4, m3, 0)
#define RED12 mn_sum4(m6, ~m5, m4, 0)
#define RED13 mn_sum4(m7, ~m6, m5, 0)
#define RED14 mn_sum4(~m7, m6, 0, 0)
#define RED15 mn_sum4(m7, 0xFFFFFFFFu, 0, 0)

#if MN_WORD_BITWISE
/* Without a carry flag (Xtensa: mn_word.h) a column is mn_column.h's digit sums, so no carry is detected per product
 * (no compare to become a branch); the reduction terms go in word by word. */
#include "mn_column.h"
#define COLUMN_STATE mn_column col_ = { 0 }
#define COLUMN_TOP mn_column_low(&col_)
#define MAC(x, y) mn_column_add_product(&col_, (x), (y))
#define MACW(x, y) mn_column_add_product(&col_, (x), (y))
#define MAC2(x, y) mn_column_add_product2(&col_, (x), (y))
#define W_(x) mn_column_add_word(&col_, (x))
#undef RED3
#undef RED4
#undef RED5
#undef RED6
#undef RED7
#undef RED8
#undef RED9
#undef RED10
#undef RED11
#undef RED12
#undef RED13
#undef RED14
#undef RED15
#define RED3  W_(m0)
#define RED4  W_(m1)
#define RED5  W_(m2)
#define RED6  (W_(m3), W_(m0))
#define RED7  (W_(m4), W_(m1), W_(~m0), W_(1u))
#define RED8  (W_(m5), W_(m2), W_(~m1), W_(m0))
#define RED9  (W_(m6), W_(m3), W_(~m2), W_(m1))
#define RED10 (W_(m7), W_(m4), W_(~m3), W_(m2))
#define RED11 (W_(m5), W_(~m4), W_(m3))
#define RED12 (W_(m6), W_(~m5), W_(m4))
#define RED13 (W_(m7), W_(~m6), W_(m5))
#define RED14 (W_(~m7), W_(m6))
#define RED15 (W_(m7), W_(0xFFFFFFFFu))
#define ADD_TERMS(t) ((void)(t))
#define COLUMN_M(mk, terms) do { ADD_TERMS(terms); mk = mn_column_low(&col_); (void)mn_column_shift(&col_); } while (0)
#define COLUMN_U(k, terms) do { ADD_TERMS(terms); u[(k) - 8] = mn_column_shift(&col_); } while (0)
#else
/* (c0, c1, c2) += x y: the product added to (c1, c0) as one 64-bit sum, its carry into c2 by a compare */
#define MAC(x, y) do { uint64_t p_ = (uint64_t)(x) * (y), t_ = ((uint64_t)c1 << 32 | c0) + p_; \
    c2 += t_ < p_; c0 = (uint32_t)t_; c1 = (uint32_t)(t_ >> 32); } while (0)
/* The same with the product's halves added word by word: in the square, where gcc (x86-32) allocates it better
 * (806 instructions a square against 823; the product goes the other way, 815 against 858). */
#define MACW(x, y) do { uint64_t p_ = (uint64_t)(x) * (y); uint32_t pl_ = (uint32_t)p_, ph_ = (uint32_t)(p_ >> 32); \
    c0 += pl_; ph_ += c0 < pl_; c1 += ph_; c2 += c1 < ph_; } while (0)
/* (c0, c1, c2) += 2 x y, for the squaring's cross products */
#define MAC2(x, y) do { uint64_t p_ = (uint64_t)(x) * (y); uint32_t pl_ = (uint32_t)p_, ph_ = (uint32_t)(p_ >> 32), h_; \
    c0 += pl_; h_ = ph_ + (c0 < pl_); c1 += h_; c2 += c1 < h_; \
    c0 += pl_; h_ = ph_ + (c0 < pl_); c1 += h_; c2 += c1 < h_; } while (0)
/* (c0, c1, c2) += t for the reduction terms t < 2^35 */
#define ADD_TERMS(t) do { uint64_t t_ = (uint64_t)c0 + (t); uint32_t h_ = (uint32_t)(t_ >> 32); \
    c0 = (uint32_t)t_; c1 += h_; c2 += c1 < h_; } while (0)
/* End of column k < 8 (its low word is M_k) or k >= 8 (result word k - 8); the sum shifts down a word. */
#define COLUMN_STATE uint32_t c0 = 0, c1 = 0, c2 = 0
#define COLUMN_TOP c0
#define COLUMN_M(mk, terms) do { ADD_TERMS(terms); mk = c0; c0 = c1; c1 = c2; c2 = 0; } while (0)
#define COLUMN_U(k, terms) do { ADD_TERMS(terms); u[(k) - 8] = c0; c0 = c1; c1 = c2; c2 = 0; } while (0)
#endif

void mn_fp_mul(mn_fe r, const mn_fe a, const mn_fe b)
{
    uint32_t m0, m1, m2, m3, m4, m5, m6, m7, u[8];
    COLUMN_STATE;
    MAC(a[0], b[0]);
    COLUMN_M(m0, 0);
    MAC(a[0], b[1]); MAC(a[1], b[0]);
    COLUMN_M(m1, 0);
    MAC(a[0], b[2]); MAC(a[1], b[1]); MAC(a[2], b[0]);
    COLUMN_M(m2, 0);
    MAC(a[0], b[3]); MAC(a[1], b[2]); MAC(a[2], b[1]); MAC(a[3], b[0]);
    COLUMN_M(m3, RED3);
    MAC(a[0], b[4]); MAC(a[1], b[3]); MAC(a[2], b[2]); MAC(a[3], b[1]); MAC(a[4], b[0]);
    COLUMN_M(m4, RED4);
    MAC(a[0], b[5]); MAC(a[1], b[4]); MAC(a[2], b[3]); MAC(a[3], b[2]); MAC(a[4], b[1]); MAC(a[5], b[0]);
    COLUMN_M(m5, RED5);
    MAC(a[0], b[6]); MAC(a[1], b[5]); MAC(a[2], b[4]); MAC(a[3], b[3]); MAC(a[4], b[2]); MAC(a[5], b[1]);
    MAC(a[6], b[0]);
    COLUMN_M(m6, RED6);
    MAC(a[0], b[7]); MAC(a[1], b[6]); MAC(a[2], b[5]); MAC(a[3], b[4]); MAC(a[4], b[3]); MAC(a[5], b[2]);
    MAC(a[6], b[1]); MAC(a[7], b[0]);
    COLUMN_M(m7, RED7);
    MAC(a[1], b[7]); MAC(a[2], b[6]); MAC(a[3], b[5]); MAC(a[4], b[4]); MAC(a[5], b[3]); MAC(a[6], b[2]);
    MAC(a[7], b[1]);
    COLUMN_U(8, RED8);
    MAC(a[2], b[7]); MAC(a[3], b[6]); MAC(a[4], b[5]); MAC(a[5], b[4]); MAC(a[6], b[3]); MAC(a[7], b[2]);
    COLUMN_U(9, RED9);
    MAC(a[3], b[7]); MAC(a[4], b[6]); MAC(a[5], b[5]); MAC(a[6], b[4]); MAC(a[7], b[3]);
    COLUMN_U(10, RED10);
    MAC(a[4], b[7]); MAC(a[5], b[6]); MAC(a[6], b[5]); MAC(a[7], b[4]);
    COLUMN_U(11, RED11);
    MAC(a[5], b[7]); MAC(a[6], b[6]); MAC(a[7], b[5]);
    COLUMN_U(12, RED12);
    MAC(a[6], b[7]); MAC(a[7], b[6]);
    COLUMN_U(13, RED13);
    MAC(a[7], b[7]);
    COLUMN_U(14, RED14);
    COLUMN_U(15, RED15);
    fp_reduce_once(r, u, COLUMN_TOP - 1u);
}

/* Montgomery squaring mod p: the same pass, each cross product a_i a_j (i < j) computed once and added twice
 * (36 products instead of 64). */
void mn_fp_sqr(mn_fe r, const mn_fe a)
{
    uint32_t m0, m1, m2, m3, m4, m5, m6, m7, u[8];
    COLUMN_STATE;
    MACW(a[0], a[0]);
    COLUMN_M(m0, 0);
    MAC2(a[0], a[1]);
    COLUMN_M(m1, 0);
    MAC2(a[0], a[2]); MACW(a[1], a[1]);
    COLUMN_M(m2, 0);
    MAC2(a[0], a[3]); MAC2(a[1], a[2]);
    COLUMN_M(m3, RED3);
    MAC2(a[0], a[4]); MAC2(a[1], a[3]); MACW(a[2], a[2]);
    COLUMN_M(m4, RED4);
    MAC2(a[0], a[5]); MAC2(a[1], a[4]); MAC2(a[2], a[3]);
    COLUMN_M(m5, RED5);
    MAC2(a[0], a[6]); MAC2(a[1], a[5]); MAC2(a[2], a[4]); MACW(a[3], a[3]);
    COLUMN_M(m6, RED6);
    MAC2(a[0], a[7]); MAC2(a[1], a[6]); MAC2(a[2], a[5]); MAC2(a[3], a[4]);
    COLUMN_M(m7, RED7);
    MAC2(a[1], a[7]); MAC2(a[2], a[6]); MAC2(a[3], a[5]); MACW(a[4], a[4]);
    COLUMN_U(8, RED8);
    MAC2(a[2], a[7]); MAC2(a[3], a[6]); MAC2(a[4], a[5]);
    COLUMN_U(9, RED9);
    MAC2(a[3], a[7]); MAC2(a[4], a[6]); MACW(a[5], a[5]);
    COLUMN_U(10, RED10);
    MAC2(a[4], a[7]); MAC2(a[5], a[6]);
    COLUMN_U(11, RED11);
    MAC2(a[5], a[7]); MACW(a[6], a[6]);
    COLUMN_U(12, RED12);
    MAC2(a[6], a[7]);
    COLUMN_U(13, RED13);
    MACW(a[7], a[7]);
    COLUMN_U(14, RED14);
    COLUMN_U(15, RED15);
    fp_reduce_once(r, u, COLUMN_TOP - 1u);
}

/* r = a + b mod p: the 257-bit sum, reduced once. */
void mn_fp_add(mn_fe r, const mn_fe a, const mn_fe b)
{
    uint32_t u[8], c = 0;
    for (int i = 0; i < 8; i++) c = mn_adc(&u[i], a[i], b[i], c);
    fp_reduce_once(r, u, c);
}

/* r = 2a mod p: a shift, reduced once (cheaper than mn_fp_add(r, a, a): no second operand to load and add). */
void mn_fp_twice(mn_fe r, const mn_fe a)
{
    uint32_t u[8];
    u[0] = a[0] << 1;
    for (int i = 1; i < 8; i++) u[i] = a[i] << 1 | a[i - 1] >> 31;
    fp_reduce_once(r, u, a[7] >> 31);
}

/* r = d + (p & mask), returning the carry out (mask all ones or zero). p's limbs (2^32 - 1, 0, 1) written in place,
 * as in fp_reduce_once: gcc folds the carries of the zero limbs and loads no table. */
static uint32_t add_p_masked(uint32_t r[8], const uint32_t d[8], uint32_t mask)
{
    uint32_t c;
    c = mn_adc(&r[0], d[0], mask, 0);
    c = mn_adc(&r[1], d[1], mask, c);
    c = mn_adc(&r[2], d[2], mask, c);
    c = mn_adc(&r[3], d[3], 0, c);
    c = mn_adc(&r[4], d[4], 0, c);
    c = mn_adc(&r[5], d[5], 0, c);
    c = mn_adc(&r[6], d[6], mask & 1u, c);
    return mn_adc(&r[7], d[7], mask, c);
}

/* r = a / 2 mod p: p added when a is odd (making the sum even), then a shift with the carry on top. */
void mn_fp_half(mn_fe r, const mn_fe a)
{
    uint32_t u[8];
    uint32_t c = add_p_masked(u, a, 0u - (a[0] & 1u));
    for (int i = 0; i < 7; i++) r[i] = u[i] >> 1 | u[i + 1] << 31;
    r[7] = u[7] >> 1 | c << 31;
}

/* r = a - b mod p: p added back under the borrow's mask. */
void mn_fp_sub(mn_fe r, const mn_fe a, const mn_fe b)
{
    /* written out: no loop counter and pointer increments (a third of the loop's Xtensa instructions) */
    uint32_t d[8], bw;
    bw = mn_sbb(&d[0], a[0], b[0], 0);
    bw = mn_sbb(&d[1], a[1], b[1], bw);
    bw = mn_sbb(&d[2], a[2], b[2], bw);
    bw = mn_sbb(&d[3], a[3], b[3], bw);
    bw = mn_sbb(&d[4], a[4], b[4], bw);
    bw = mn_sbb(&d[5], a[5], b[5], bw);
    bw = mn_sbb(&d[6], a[6], b[6], bw);
    bw = mn_sbb(&d[7], a[7], b[7], bw);
    add_p_masked(r, d, 0u - bw);
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
    mn_p256_wipe_words(x2, 8); mn_p256_wipe_words(x3, 8); mn_p256_wipe_words(x6, 8); mn_p256_wipe_words(x15, 8);
    mn_p256_wipe_words(x30, 8); mn_p256_wipe_words(x32, 8); mn_p256_wipe_words(t, 8);
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
    mn_p256_wipe_words(t, 10);
}

/* mn_fn_sqr's column loops unrolled whole (gcc): bounds and indices become constants. On Xtensa 2,054 instructions a
 * square against 2,654 with the loops, for 4.2 KB more code. */
#if defined(__GNUC__) && !defined(__clang__)
#define FN_UNROLL _Pragma("GCC unroll 16")
#else
#define FN_UNROLL
#endif

/*
 * r = a^2 2^-256 mod n by product scanning with the reduction in the same pass (mn_column.h's column sums: digit sums
 * on Xtensa, no carry to detect). Column k sums the cross products a_i a_(k-i), i < k - i, once, doubles them, adds
 * the square a_(k/2)^2 when k is even, the carry from column k - 1 and the reduction terms m_i n_(k-i) of the
 * multiples found so far; below 8, m_k = (column mod 2^32) (-n^-1) clears the column's low word, from 8 on the low
 * word is limb k - 8 of the result (below 2n, its top the last carry). 36 + 64 products summed in columns, where
 * mn_fn_mul's word-by-word rounds take 128 and load and store a 10-word t at each: the inversion's 253 squarings are
 * most of ECCSI signing's s'.
 */
void mn_fn_sqr(mn_fe r, const mn_fe a)
{
    uint32_t m[8], u[8];
    mn_column carry = { 0 }, col;
    FN_UNROLL
    for (int k = 0; k < 15; k++) {
        col = (mn_column){ 0 };
        int lo = k < 8 ? 0 : k - 7;
        FN_UNROLL
        for (int i = lo; i < k - i; i++) mn_column_add_product(&col, a[i], a[k - i]);
        mn_column_double(&col);
        if ((k & 1) == 0) mn_column_add_product(&col, a[k >> 1], a[k >> 1]);
        mn_column_add_column(&col, &carry);
        FN_UNROLL
        for (int i = lo; i < (k < 8 ? k : 8); i++) mn_column_add_product(&col, m[i], mn_p256_n[k - i]);
        if (k < 8) {
            m[k] = mn_column_low(&col) * FN_N0;
            mn_column_add_product(&col, m[k], mn_p256_n[0]);
            (void)mn_column_shift(&col);    /* 0 by the choice of m_k */
        } else {
            u[k - 8] = mn_column_shift(&col);
        }
        carry = col;
    }
    u[7] = mn_column_shift(&carry);         /* column 15 holds only the carry */
    sub_if_ge(r, u, mn_column_shift(&carry), mn_p256_n);
    mn_p256_wipe_words(m, 8);
    mn_p256_wipe_words(u, 8);
    mn_wipe(&col, sizeof col);              /* the column sums and carries of a secret's square */
    mn_wipe(&carry, sizeof carry);
}

void mn_fn_to_mont(mn_fe r, const mn_fe a) { mn_fn_mul(r, a, fn_r2); }
void mn_fn_from_mont(mn_fe r, const mn_fe a) { mn_fn_mul(r, a, plain_one); }

/* r = a + b mod n for a, b < n: the 257-bit sum, n taken off once by sub_if_ge when it reaches n (the carry out is
 * its hi). Carries through mn_word.h, the choice a mask: constant-time. */
void mn_fn_add(mn_fe r, const mn_fe a, const mn_fe b)
{
    uint32_t u[8], c = 0;
    for (int i = 0; i < 8; i++) c = mn_adc(&u[i], a[i], b[i], c);
    sub_if_ge(r, u, c, mn_p256_n);
    mn_p256_wipe_words(u, 8);
}

static void fn_sqr_n(mn_fe r, const mn_fe a, int n)
{
    mn_fn_sqr(r, a);
    while (--n > 0) mn_fn_sqr(r, r);
}

/*
 * r = a^(n-2) mod n (Montgomery form in and out), Fermat. n - 2 is, from the top, 32 ones, 32 zeros, 64 ones and 128
 * bits without a pattern (0xBCE6FAAD A7179E84 F3B9CAC2 FC63254F): the top half from x_k = a^(2^k - 1) (x4, x8, x16,
 * x32) shifted in, the bottom half by sliding windows of up to 4 bits over a^1, a^3, .., a^15. The windows follow the
 * public exponent only (no branch or index on a). 253 squarings and 39 multiplications, where 4-bit fixed windows
 * over the whole exponent took 252 and 77 (about 11% fewer products).
 */
void mn_fn_inv(mn_fe r, const mn_fe a)
{
    static const uint32_t low[4] = { 0xFC63254F, 0xF3B9CAC2, 0xA7179E84, 0xBCE6FAAD }; /* (n - 2) mod 2^128 */
    mn_fe odd[8], x8, x32, t;               /* odd[i] = a^(2i + 1); odd[1] = x2, odd[7] = x4 */
    mn_fn_sqr(t, a);
    for (int i = 0; i < 8; i++) odd[0][i] = a[i];
    for (int i = 1; i < 8; i++) mn_fn_mul(odd[i], odd[i - 1], t);
    fn_sqr_n(t, odd[7], 4);     mn_fn_mul(x8, t, odd[7]);
    fn_sqr_n(t, x8, 8);         mn_fn_mul(t, t, x8);        /* x16 */
    fn_sqr_n(x32, t, 16);       mn_fn_mul(x32, x32, t);
    fn_sqr_n(t, x32, 64);       mn_fn_mul(t, t, x32);       /* 32 ones, 32 zeros, 32 ones */
    fn_sqr_n(t, t, 32);         mn_fn_mul(t, t, x32);       /* 64 ones */
    for (int i = 127; i >= 0;) {
        if ((low[i >> 5] >> (i & 31) & 1u) == 0) { mn_fn_sqr(t, t); i--; continue; }
        int l = i >= 3 ? i - 3 : 0;         /* the window: bits i..l, l the lowest one bit of the four */
        while ((low[l >> 5] >> (l & 31) & 1u) == 0) l++;
        uint32_t digit = 0;
        for (int b = i; b >= l; b--) digit = digit << 1 | (low[b >> 5] >> (b & 31) & 1u);
        fn_sqr_n(t, t, i - l + 1);
        mn_fn_mul(t, t, odd[digit >> 1]);
        i = l - 1;
    }
    for (int i = 0; i < 8; i++) r[i] = t[i];
    mn_p256_wipe_words(&odd[0][0], 8 * 8);
    mn_p256_wipe_words(x8, 8); mn_p256_wipe_words(x32, 8); mn_p256_wipe_words(t, 8);
}

/* Limb helpers of the variable-time inversion (public values only), over the low len words: x = x >> t (0 < t < 32),
 * x = x - y (returns the borrow), x = x + y (returns the carry). */
static void shr_limbs(uint32_t *x, int len, int t)
{
    for (int i = 0; i < len - 1; i++) x[i] = x[i] >> t | x[i + 1] << (32 - t);
    x[len - 1] >>= t;
}

static uint32_t sub_limbs(uint32_t *x, const uint32_t *y, int len)
{
    uint32_t borrow = 0;
    for (int i = 0; i < len; i++) {
        uint32_t d = x[i] - y[i], b1 = x[i] < y[i];
        x[i] = d - borrow;
        borrow = b1 | (d < borrow);
    }
    return borrow;
}

static uint32_t add_limbs(uint32_t *x, const uint32_t *y, int len)
{
    uint32_t c = 0;
    for (int i = 0; i < len; i++) {
        uint32_t s = x[i] + c, c1 = s < c;
        s += y[i];
        c = c1 | (s < y[i]);
        x[i] = s;
    }
    return c;
}

/* x = x << t (0 < t < 32) over *len words, growing *len (up to 9) by the word shifted out. */
static void shl_grow(uint32_t *x, int *len, int t)
{
    uint32_t out = x[*len - 1] >> (32 - t);
    for (int i = *len - 1; i > 0; i--) x[i] = x[i] << t | x[i - 1] >> (32 - t);
    x[0] <<= t;
    if (out != 0 && *len < 9) x[(*len)++] = out; /* below 2m < 2^257: never past the ninth word */
}

/* x = x + y over *len words, growing *len by the carry. */
static void add_grow(uint32_t *x, const uint32_t *y, int *len)
{
    if (add_limbs(x, y, *len) && *len < 9) x[(*len)++] = 1;
}

/* Trailing zero bits of a nonzero x, at most 31 at a time (the caller loops). */
static int low_zeros(const uint32_t *x)
{
    uint32_t w = x[0];
    if (w == 0) return 31;
    int t = 0;
    while ((w & 1) == 0) { w >>= 1; t++; }
    return t;
}

/* 1 when x < y over len words. */
static int lt_limbs(const uint32_t *x, const uint32_t *y, int len)
{
    for (int i = len - 1; i >= 0; i--) if (x[i] != y[i]) return x[i] < y[i];
    return 0;
}

/*
 * Kaliski's almost Montgomery inverse (IEEE Trans. Computers 44(8), 1995, phase 1): x = a^-1 2^k mod m for
 * 0 < a < m, m an odd prime, with 256 <= k <= 512 returned. Binary GCD on u = m, v = a with the invariant
 * m = u s + v r; runs of halvings are taken up to 31 bits at a time, and the loops run over the words in use (u and
 * v shrink while r and s grow, below 2m: a ninth word). VARIABLE time: public values only.
 */
static int almost_inverse(uint32_t x[8], const uint32_t a[8], const uint32_t m[8])
{
    uint32_t u[8], v[8], r[9] = { 0 }, s[9] = { 1 };
    int k = 0, len = 8, rs = 1;            /* u, v < 2^(32 len); r, s < 2^(32 rs) */
    memcpy(u, m, sizeof u);
    memcpy(v, a, sizeof v);
    while ((v[0] & 1) == 0) { int t = low_zeros(v); shr_limbs(v, 8, t); k += t; } /* r = 0: r << t is 0 */
    for (;;) {
        /* u, v odd */
        if (lt_limbs(v, u, len)) {
            sub_limbs(u, v, len);
            add_grow(r, s, &rs);
            do { int t = low_zeros(u); shr_limbs(u, len, t); shl_grow(s, &rs, t); k += t; } while ((u[0] & 1) == 0);
        } else {
            sub_limbs(v, u, len);
            add_grow(s, r, &rs);
            uint32_t any = 0;
            for (int i = 0; i < len; i++) any |= v[i];
            if (any == 0) { shl_grow(r, &rs, 1); k++; break; } /* u was v: both 1 */
            do { int t = low_zeros(v); shr_limbs(v, len, t); shl_grow(r, &rs, t); k += t; } while ((v[0] & 1) == 0);
        }
        while (len > 1 && u[len - 1] == 0 && v[len - 1] == 0) len--;
    }
    uint32_t mm[9];
    memcpy(mm, m, 32);
    mm[8] = 0;
    if (sub_limbs(r, mm, 9)) add_limbs(r, mm, 9); /* r - m when r >= m */
    memcpy(x, m, 32);
    sub_limbs(x, r, 8);                    /* m - r */
    return k;
}

/* out = 2^j mod m as a plain value for 0 <= j <= 256 (rmod = 2^256 mod m). */
static void pow2(uint32_t out[8], int j, const uint32_t rmod[8])
{
    if (j == 256) { memcpy(out, rmod, 32); return; }
    memset(out, 0, 32);
    out[j >> 5] = 1u << (j & 31);
}

/* r = a^-1 R mod n (the Montgomery form of the inverse) for a plain 0 < a < n: ECDSA verification's s, public.
 * From x = a^-1 2^k: one Montgomery product by 2^(512 - k). */
void mn_fn_inv_public(mn_fe r, const mn_fe a)
{
    mn_fe x, c;
    int k = almost_inverse(x, a, mn_p256_n);
    pow2(c, 512 - k, fn_one);
    mn_fn_mul(r, x, c);
}

/* r = a^-1 (Montgomery form in and out) for a public a != 0 mod p: x = (a R)^-1 2^k, times R^2 / R = 2^256, then
 * times 2^(512 - k) / R. */
void mn_fp_inv_public(mn_fe r, const mn_fe a)
{
    mn_fe x, c;
    int k = almost_inverse(x, a, mn_p256_p);
    mn_fp_mul(x, x, fp_r2);
    pow2(c, 512 - k, mn_fp_one);
    mn_fp_mul(r, x, c);
}

void mn_fn_from_bytes_reduce(uint32_t r[8], const uint8_t k[32])
{
    uint32_t t[8];
    mn_p256_from_bytes(t, k);
    sub_if_ge(r, t, 0, mn_p256_n);
    mn_p256_wipe_words(t, 8);
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
    mn_p256_wipe_words(t, 8);
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
