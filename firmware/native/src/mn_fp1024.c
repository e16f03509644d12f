/*
 * The 1024-bit prime field of SAKKE parameter set 1 (RFC 6508 Appendix A) in Montgomery form, R = 2^1024, 32 limbs of
 * 32 bits; the same representation as the managed MontgomeryField, so intermediate values agree limb for limb.
 * A product is the 2048-bit product scanned column by column (mul_wide; on hosts one level of Karatsuba over three such
 * 16 x 16 limb products; squaring computes each cross product once and doubles the column), then Montgomery's
 * reduction, also by columns (reduce); the columns are mn_column.h's sums.
 * Results below 2p lose p by a masked subtraction (no branch). The remaining carries and borrows go through
 * mn_word.h: no branch follows a value on Xtensa either (tools/xtensa_check.sh). p is a full
 * 1024-bit number (top limb 0x997ABB1F: p > R/2), so 2p does not fit 32 limbs and every value stays below p: no lazy
 * reduction here; the subtraction is kept to two passes instead.
 * With the build option MN_ESP32_MPI (port/esp32/mn_fp1024_esp32_mpi.c compiles this file with MN_HAVE_ESP32_MPI) the
 * multiply and square run on the ESP32's RSA accelerator instead, in the same representation. With MIKEYNANO_XTENSA_ASM
 * (port/xtensa/mn_fp1024_xtensa.c: MN_HAVE_XTENSA_ASM) the 2048-bit product, square and the reduction are the Xtensa assembly
 * of port/xtensa/mn_fp1024_xtensa.S (MULL and MULUH); everything else stays this C.
 */
#include <string.h>
#include "mn_sakke_internal.h"
#include "mn_column.h"
#if defined(MN_HAVE_ESP32_MPI)
#include "port/esp32/mn_esp32_mpi.h"
#endif
#if defined(MN_HAVE_XTENSA_ASM)
/* port/xtensa/mn_fp1024_xtensa.S: the same values as mul_wide and reduce below, column for column */
void mn_xtensa_mul_wide(uint32_t *w, const uint32_t *a, const uint32_t *b);
void mn_xtensa_sqr_wide(uint32_t *w, const uint32_t *a);
uint32_t mn_xtensa_reduce(uint32_t *w, const uint32_t *p, uint32_t n0);
#endif

const uint32_t mn_sakke_p[MN_FP_N] = {
    0xFEA85FEBU, 0x666D807AU, 0xAC7ACE87U, 0x80C5DF10U, 0x89857DB0U, 0xFCE3E823U,
    0x56971F1FU, 0x9F94D6AFU, 0x1C3C09AAU, 0xA7CF3C52U, 0x31852A82U, 0xB6AFF4A8U,
    0x65681CE1U, 0x512AC5CDU, 0x326B4CD4U, 0xE26C6487U, 0xA666A6D0U, 0x356D27F4U,
    0xF7C88A19U, 0xE791B39FU, 0x31A59CB0U, 0x228730D5U, 0xE2FC0F1BU, 0xF40AAB27U,
    0xB3E01A2EU, 0xBE9AE358U, 0x9CB48261U, 0x416C0CE1U, 0xDAD0657AU, 0x65C61198U,
    0x0A563FDAU, 0x997ABB1FU,
};

const uint32_t mn_sakke_r1[MN_FP_N] = {
    0x0157A015U, 0x99927F85U, 0x53853178U, 0x7F3A20EFU, 0x767A824FU, 0x031C17DCU,
    0xA968E0E0U, 0x606B2950U, 0xE3C3F655U, 0x5830C3ADU, 0xCE7AD57DU, 0x49500B57U,
    0x9A97E31EU, 0xAED53A32U, 0xCD94B32BU, 0x1D939B78U, 0x5999592FU, 0xCA92D80BU,
    0x083775E6U, 0x186E4C60U, 0xCE5A634FU, 0xDD78CF2AU, 0x1D03F0E4U, 0x0BF554D8U,
    0x4C1FE5D1U, 0x41651CA7U, 0x634B7D9EU, 0xBE93F31EU, 0x252F9A85U, 0x9A39EE67U,
    0xF5A9C025U, 0x668544E0U,
};

const uint32_t mn_sakke_r2[MN_FP_N] = {
    0xED17B0A1U, 0xE199C8CEU, 0xE3620F7FU, 0x7FFD8B4BU, 0x4F76E245U, 0xCA865D5FU,
    0x27ECF5CBU, 0x623FF8DCU, 0xD19BB697U, 0x229900E1U, 0xEA40C71FU, 0xED6AEF26U,
    0xC906365CU, 0xA3AED42CU, 0x9EAB6451U, 0x17D461B6U, 0x7D666DA9U, 0x2009367DU,
    0xB63C1D56U, 0x8BCAD1DCU, 0xC31A92DCU, 0x5A126231U, 0xB8D94C5BU, 0x5FB41B0EU,
    0x843F623CU, 0xC113D394U, 0xF159F1EBU, 0x5D8D8E74U, 0xB5D48C14U, 0xAE4BA7EDU,
    0x698AF16AU, 0x191640B9U,
};

const uint32_t mn_sakke_q[MN_FP_N] = {
    0xBFAA17FBU, 0xD99B601EU, 0x2B1EB3A1U, 0x203177C4U, 0xE2615F6CU, 0xFF38FA08U,
    0xD5A5C7C7U, 0xA7E535ABU, 0x870F026AU, 0xA9F3CF14U, 0x0C614AA0U, 0x6DABFD2AU,
    0x595A0738U, 0x144AB173U, 0xCC9AD335U, 0x389B1921U, 0x2999A9B4U, 0x4D5B49FDU,
    0xFDF22286U, 0x39E46CE7U, 0x4C69672CU, 0xC8A1CC35U, 0xF8BF03C6U, 0xBD02AAC9U,
    0x2CF8068BU, 0x6FA6B8D6U, 0x672D2098U, 0x905B0338U, 0x36B4195EU, 0x99718466U,
    0xC2958FF6U, 0x265EAEC7U,
};

/* The inner loops run a fixed 32 times: unrolled, a step is the product and its two additions (or one carry or
 * borrow step) with no loop count. */
#if defined(__GNUC__) && !defined(__clang__)
#define MN_UNROLL _Pragma("GCC unroll 32")
#else
#define MN_UNROLL
#endif

/* Host forms only (not MN_WORD_BITWISE, whose code stays as counted by tools/xtensa_check.sh): the column loops of the
 * product, the square and the reduction unrolled whole (x86-32, gcc 12 -O3: no loop counts or column bounds left, a
 * column step is one multiply and three additions), the 16 x 16 limb product and the reduction out of line (inlined
 * into their callers they cost more instructions, not fewer: register pressure in the larger function, and more
 * code), and wipes of the 2048-bit scratch unrolled. On Xtensa these macros are empty: there the digit sums of an
 * unrolled column spill. */
#if defined(__GNUC__) && !defined(__clang__) && !MN_WORD_BITWISE
#define MN_UNROLL_HOST _Pragma("GCC unroll 64")
#else
#define MN_UNROLL_HOST
#endif
#if defined(__GNUC__) && !MN_WORD_BITWISE
#define MN_NOINLINE_HOST __attribute__((noinline))
#else
#define MN_NOINLINE_HOST
#endif

/* r = a - b over the field's 32 limbs, returns the borrow: mn_sakke_words_sub unrolled for the hot paths. On hosts it
 * is a + ~b + 1, a chain of carries: gcc makes a chain of borrows about half again as many x86-32 instructions. */
static uint32_t sub_fp_words(uint32_t *r, const uint32_t *a, const uint32_t *b)
{
#if MN_WORD_BITWISE
    uint32_t borrow = 0;
    MN_UNROLL
    for (int i = 0; i < MN_FP_N; i++) borrow = mn_sbb(&r[i], a[i], b[i], borrow);
    return borrow;
#else
    uint32_t c = 1;
    MN_UNROLL
    for (int i = 0; i < MN_FP_N; i++) c = mn_adc(&r[i], a[i], ~b[i], c);
    return c ^ 1u;
#endif
}

/* r = r + p where mask is all ones, r + 0 where it is zero: the masked add-back that both the conditional
 * subtraction below and fp_sub end with (one pass, no branch, no scratch); returns the carry out of the 32 limbs. */
static uint32_t add_masked_p(uint32_t *r, uint32_t mask)
{
    uint32_t c = 0;
    MN_UNROLL
    for (int i = 0; i < MN_FP_N; i++) c = mn_adc(&r[i], r[i], mn_sakke_p[i] & mask, c);
    return c;
}

/* r = t - p when the n-limb t plus the bit hi (t + hi 2^1024 < 2p) is at least p, else t; r may be t. Subtracts p
 * unconditionally into r, then adds it back by mask when that borrowed and hi is clear: two passes and no scratch to
 * wipe (a select needs t and t - p side by side, a third pass and a wipe). On hosts t - p is t + (R - p) - R, and
 * R - p is R mod p (mn_sakke_r1, as p > R/2): an addition of a constant, whose carry out (or hi) says t >= p. */
static void final_subtract(uint32_t *r, const uint32_t *t, uint32_t hi)
{
#if MN_WORD_BITWISE
    uint32_t borrow = sub_fp_words(r, t, mn_sakke_p);
    add_masked_p(r, 0u - (borrow & (hi ^ 1u))); /* t < p: put p back */
#else
    uint32_t c = 0;
    MN_UNROLL
    for (int i = 0; i < MN_FP_N; i++) c = mn_adc(&r[i], t[i], mn_sakke_r1[i], c);
    add_masked_p(r, 0u - ((c | hi) ^ 1u));      /* t < p: put p back */
#endif
}

/* Montgomery reduction of the 2n-limb w (below p R) in place, column by column: column k adds w_k and the products
 * m_i p_(k-i) of the multiples found so far; below n, m_k = (column mod 2^32) (-p^-1) makes the column's low word 0
 * (w_k keeps m_k), from n on the low word is limb k - n of the result. Returns the bit above w[2n - 1]; the result
 * w[n .. 2n) plus that bit is below 2p. */
MN_NOINLINE_HOST static uint32_t reduce(uint32_t *w)
{
#if defined(MN_HAVE_XTENSA_ASM)
    return mn_xtensa_reduce(w, mn_sakke_p, MN_SAKKE_P_NEG_INV);
#else
    mn_column col = { 0 };
    MN_UNROLL_HOST
    for (int k = 0; k < MN_FP_N; k++) {
        mn_column_add_word(&col, w[k]);
        MN_UNROLL_HOST
        for (int i = 0; i < k; i++) mn_column_add_product(&col, w[i], mn_sakke_p[k - i]);
        uint32_t m = mn_column_low(&col) * MN_SAKKE_P_NEG_INV;
        mn_column_add_product(&col, m, mn_sakke_p[0]);
        (void)mn_column_shift(&col);                 /* 0 by the choice of m */
        w[k] = m;
    }
    MN_UNROLL_HOST
    for (int k = MN_FP_N; k < 2 * MN_FP_N; k++) {
        mn_column_add_word(&col, w[k]);
        MN_UNROLL_HOST
        for (int i = k - MN_FP_N + 1; i < MN_FP_N; i++) mn_column_add_product(&col, w[i], mn_sakke_p[k - i]);
        w[k] = mn_column_shift(&col);
    }
    return mn_column_shift(&col);
#endif
}

void mn_sakke_fp_reduce_once(uint32_t *r, const uint32_t *t)
{
    final_subtract(r, t, 0);
}

/* The product, the square and the reduction scan columns (product scanning) over mn_column.h's sums: without a carry
 * flag (Xtensa, MN_WORD_BITWISE) digit sums, with no carry to detect per product, so no branch and fewer instructions
 * than bitwise carries would cost; with one (x86, Arm) the three-word accumulator, a multiply and three additions per
 * product once the loops are unrolled. Hosts take the 2048-bit product by one level of Karatsuba over three 16 x 16
 * limb products. Both forms give the same values limb for limb (CTest runs the RFC vectors on each: test_* and
 * bitwise_test_*); tools/xtensa_check.sh compares the Xtensa build with the host's. */

#if MN_WORD_BITWISE
/* w[0 .. 64) = a b, column by column: column k sums a_i b_(k-i). */
static void mul_wide(uint32_t *w, const uint32_t *a, const uint32_t *b)
{
#if defined(MN_HAVE_XTENSA_ASM)
    mn_xtensa_mul_wide(w, a, b);
#else
    mn_column col = { 0 };
    for (int k = 0; k < 2 * MN_FP_N - 1; k++) {
        int lo = k < MN_FP_N ? 0 : k - MN_FP_N + 1, hi = k < MN_FP_N ? k : MN_FP_N - 1;
        for (int i = lo; i <= hi; i++) mn_column_add_product(&col, a[i], b[k - i]);
        w[k] = mn_column_shift(&col);
    }
    w[2 * MN_FP_N - 1] = mn_column_shift(&col);
#endif
}

/* Zeroes the 2048-bit scratch. */
static void wipe_wide(uint32_t *w)
{
    mn_wipe_words(w, 2 * MN_FP_N);
}

#else
#define MN_HALF (MN_FP_N / 2)

/* w[0 .. 32) = a b for 16-limb a and b, column by column (the loops unrolled whole). */
MN_NOINLINE_HOST static void mul_half(uint32_t *w, const uint32_t *a, const uint32_t *b)
{
    mn_column col = { 0 };
    MN_UNROLL_HOST
    for (int k = 0; k < 2 * MN_HALF - 1; k++) {
        int lo = k < MN_HALF ? 0 : k - MN_HALF + 1, hi = k < MN_HALF ? k : MN_HALF - 1;
        MN_UNROLL_HOST
        for (int i = lo; i <= hi; i++) mn_column_add_product(&col, a[i], b[k - i]);
        w[k] = mn_column_shift(&col);
    }
    w[2 * MN_HALF - 1] = mn_column_shift(&col);
}

/* Zeroes n words with volatile stores: mn_wipe_words unrolled (after every product it would be a loop). */
static inline void wipe_unrolled(uint32_t *w, int n)
{
    volatile uint32_t *v = w;
    MN_UNROLL_HOST
    for (int i = 0; i < n; i++) v[i] = 0;
}

static void wipe_wide(uint32_t *w)
{
    wipe_unrolled(w, 2 * MN_FP_N);
}

/* r = |a - b| over 16 limbs; returns all ones when a < b. a + ~b + 1 (carries, see sub_fp_words), then negates by
 * mask (complement plus one), no branch. */
static uint32_t abs_diff_half(uint32_t *r, const uint32_t *a, const uint32_t *b)
{
    uint32_t c = 1;
    MN_UNROLL
    for (int i = 0; i < MN_HALF; i++) c = mn_adc(&r[i], a[i], ~b[i], c);
    uint32_t neg = c - 1u;                      /* no carry out: a < b */
    c = neg & 1u;
    MN_UNROLL
    for (int i = 0; i < MN_HALF; i++) c = mn_adc(&r[i], r[i] ^ neg, 0, c);
    return neg;
}

/* w[0 .. 64) = a b, the 2048-bit product by one level of Karatsuba on the 512-bit halves (a = a1 2^512 + a0): z0 = a0 b0,
 * z2 = a1 b1 and d = |a0 - a1| |b0 - b1| are three 16 x 16 limb products (768 products of limbs instead of 1024), and
 * the middle a0 b1 + a1 b0 = z0 + z2 - (a0 - a1)(b0 - b1), whose sign comes from the two differences' borrows by
 * mask. */
static void mul_wide(uint32_t *w, const uint32_t *a, const uint32_t *b)
{
    uint32_t mid[MN_FP_N];
    uint32_t *da = w + MN_FP_N, *db = da + MN_HALF; /* the differences sit where z2 goes once d is made */
    uint32_t sub = ~(abs_diff_half(da, a, a + MN_HALF) ^ abs_diff_half(db, b, b + MN_HALF));
    mul_half(mid, da, db);
    mul_half(w, a, b);
    mul_half(w + MN_FP_N, a + MN_HALF, b + MN_HALF);
    /* mid = z0 + z2 - d when sub (plus the two's complement of d), else z0 + z2 + d, two carry chains in one pass;
     * a0 b1 + a1 b0 < 2^1025, so its limb 32 is top (the chains' carries and the complement's sign, mod 2^32) */
    uint32_t c = 0, cd = sub & 1u;
    MN_UNROLL
    for (int j = 0; j < MN_FP_N; j++) {
        uint32_t s;
        c = mn_adc(&s, w[j], w[MN_FP_N + j], c);
        cd = mn_adc(&mid[j], s, mid[j] ^ sub, cd);
    }
    uint32_t top = c + cd + sub;
    /* w += (top, mid) 2^512 */
    c = 0;
    MN_UNROLL
    for (int j = 0; j < MN_FP_N; j++) c = mn_adc(&w[MN_HALF + j], w[MN_HALF + j], mid[j], c);
    c += top;                                   /* 0 to 2: added as a word, the carries out are 0 or 1 */
    MN_UNROLL
    for (int j = MN_HALF + MN_FP_N; j < 2 * MN_FP_N; j++) c = mn_adc(&w[j], w[j], c, 0);
    wipe_unrolled(mid, MN_FP_N);
}

#endif

/* w[0 .. 64) = a^2: column k sums the cross products a_i a_(k-i), i < k - i, once, doubles them, then adds the
 * square a_(k/2)^2 when k is even and the carry from column k - 1. */
static void sqr_wide(uint32_t *w, const uint32_t *a)
{
#if defined(MN_HAVE_XTENSA_ASM)
    mn_xtensa_sqr_wide(w, a);
#else
    mn_column carry = { 0 };
    MN_UNROLL_HOST
    for (int k = 0; k < 2 * MN_FP_N - 1; k++) {
        mn_column col = { 0 };
        int lo = k < MN_FP_N ? 0 : k - MN_FP_N + 1;
        MN_UNROLL_HOST
        for (int i = lo; i < k - i; i++) mn_column_add_product(&col, a[i], a[k - i]);
        mn_column_double(&col);
        if ((k & 1) == 0) mn_column_add_product(&col, a[k >> 1], a[k >> 1]);
        mn_column_add_column(&col, &carry);
        w[k] = mn_column_shift(&col);
        carry = col;
    }
    w[2 * MN_FP_N - 1] = mn_column_shift(&carry);
#endif
}

/* r = w R^-1 mod p for a 2048-bit w below p R (w is overwritten): Montgomery's reduction and the subtraction of p. */
static void redc(uint32_t *r, uint32_t *w)
{
    uint32_t top = reduce(w);
    final_subtract(r, w + MN_FP_N, top);
}

void mn_sakke_fp_mul_soft(uint32_t *r, const uint32_t *a, const uint32_t *b)
{
    uint32_t w[2 * MN_FP_N];
    mul_wide(w, a, b);
    redc(r, w);
    wipe_wide(w);
}

void mn_sakke_fp_sqr_soft(uint32_t *r, const uint32_t *a)
{
    uint32_t w[2 * MN_FP_N];
    sqr_wide(w, a);
    redc(r, w);
    wipe_wide(w);
}

/* The field's multiply and square: the software kernels above, or with the build option MN_ESP32_MPI the ESP32's RSA
 * accelerator inside the session that every public entry point opens (port/esp32/mn_esp32_mpi.h). */
void mn_sakke_fp_mul(uint32_t *r, const uint32_t *a, const uint32_t *b)
{
#if defined(MN_HAVE_ESP32_MPI)
    mn_esp32_mpi_mont_mul(r, a, b);
#else
    mn_sakke_fp_mul_soft(r, a, b);
#endif
}

void mn_sakke_fp_sqr(uint32_t *r, const uint32_t *a)
{
#if defined(MN_HAVE_ESP32_MPI)
    mn_esp32_mpi_mont_mul(r, a, a);
#else
    mn_sakke_fp_sqr_soft(r, a);
#endif
}

void mn_sakke_fp_mul_beside(uint32_t *r, const uint32_t *a, const uint32_t *b, mn_beside *w)
{
#if defined(MN_HAVE_ESP32_MPI)
    mn_esp32_mpi_start(a, b);
    if (w != NULL) w->step(w);                 /* while the peripheral computes */
    mn_esp32_mpi_read(r);
    mn_sakke_fp_reduce_once(r, r);
#else
    mn_sakke_fp_mul_soft(r, a, b);
    if (w != NULL) w->step(w);
#endif
}

void mn_sakke_fp_sqr_beside(uint32_t *r, const uint32_t *a, mn_beside *w)
{
#if defined(MN_HAVE_ESP32_MPI)
    mn_sakke_fp_mul_beside(r, a, a, w);
#else
    mn_sakke_fp_sqr_soft(r, a);
    if (w != NULL) w->step(w);
#endif
}

void mn_sakke_session_begin(void)
{
#if defined(MN_HAVE_ESP32_MPI)
    mn_esp32_mpi_begin();
#endif
}

void mn_sakke_session_end(void)
{
#if defined(MN_HAVE_ESP32_MPI)
    mn_esp32_mpi_end();
#endif
}

void mn_sakke_fp_add(uint32_t *r, const uint32_t *a, const uint32_t *b)
{
#if MN_WORD_BITWISE
    /* a + b - p in one pass (the sum's carry chain and the subtraction's borrow chain side by side), then p back by
     * mask when a + b was below p: a + b < 2p, so a + b >= p exactly when the sum carried out of 1024 bits or the
     * subtraction did not borrow */
    uint32_t carry = 0, borrow = 0;
    MN_UNROLL
    for (int i = 0; i < MN_FP_N; i++) {
        uint32_t s;
        carry = mn_adc(&s, a[i], b[i], carry);
        borrow = mn_sbb(&r[i], s, mn_sakke_p[i], borrow);
    }
    add_masked_p(r, 0u - (borrow & (carry ^ 1u)));
#else
    /* a + b - p as a + b + (R - p), two carry chains in one pass (see sub_fp_words), then p back by mask when a + b
     * was below p: a + b + R - p lies in [R - p, R + p), so it reaches R (one of the chains carries out) exactly when
     * a + b >= p */
    uint32_t c = 0, ck = 0;
    MN_UNROLL
    for (int i = 0; i < MN_FP_N; i++) {
        uint32_t s;
        c = mn_adc(&s, a[i], b[i], c);
        ck = mn_adc(&r[i], s, mn_sakke_r1[i], ck);
    }
    add_masked_p(r, (c | ck) - 1u);
#endif
}

void mn_sakke_fp_sub(uint32_t *r, const uint32_t *a, const uint32_t *b)
{
    uint32_t borrow = sub_fp_words(r, a, b);
    add_masked_p(r, 0u - borrow);
}

void mn_sakke_fp_neg(uint32_t *r, const uint32_t *a)
{
    uint32_t mask = ~mn_sakke_fp_is_zero(a);
    uint32_t d[MN_FP_N];
    mn_sakke_words_sub(d, mn_sakke_p, a, MN_FP_N);
    for (int i = 0; i < MN_FP_N; i++) r[i] = d[i] & mask;
    mn_wipe_words(d, MN_FP_N);
}

void mn_sakke_fp_copy(uint32_t *r, const uint32_t *a)
{
    if (r != a) memcpy(r, a, 4 * MN_FP_N);
}

void mn_sakke_fp_zero(uint32_t *r)
{
    memset(r, 0, 4 * MN_FP_N);
}

void mn_sakke_fp_one(uint32_t *r)
{
    memcpy(r, mn_sakke_r1, 4 * MN_FP_N);
}

void mn_sakke_fp_select(uint32_t *r, const uint32_t *a, const uint32_t *b, uint32_t mask)
{
    for (int i = 0; i < MN_FP_N; i++) r[i] = (a[i] & mask) | (b[i] & ~mask);
}

uint32_t mn_sakke_fp_is_zero(const uint32_t *a)
{
    uint32_t acc = 0;
    for (int i = 0; i < MN_FP_N; i++) acc |= a[i];
    return mn_eq_mask(acc, 0);
}

uint32_t mn_sakke_fp_equal(const uint32_t *a, const uint32_t *b)
{
    uint32_t acc = 0;
    for (int i = 0; i < MN_FP_N; i++) acc |= a[i] ^ b[i];
    return mn_eq_mask(acc, 0);
}

#if defined(MN_HAVE_ESP32_MPI)
/* With the accelerator the inversion stays Fermat's (its 1,208 products run on the peripheral).
 * Bit i of p - 2 (public). */
static uint32_t exponent_bit(int i)
{
    uint32_t w = mn_sakke_p[i >> 5];
    if ((i >> 5) == 0) w -= 2; /* p is odd and its low limb above 2: no borrow */
    return (w >> (i & 31)) & 1u;
}

static void inv_fermat(uint32_t *r, const uint32_t *a)
{
    /* a^(p-2) by left-to-right sliding windows of up to 5 bits over the odd powers a, a^3, ..., a^31. The exponent
     * is public, so the sequence of operations and the table entries read depend on nothing secret. */
    uint32_t tab[16][MN_FP_N], acc[MN_FP_N];
    mn_sakke_fp_copy(tab[0], a);
    mn_sakke_fp_sqr(acc, a);
    for (int k = 1; k < 16; k++) mn_sakke_fp_mul(tab[k], tab[k - 1], acc);
    int i = 1023;
    while (!exponent_bit(i)) i--;
    int first = 1;
    while (i >= 0) {
        if (!exponent_bit(i)) {
            mn_sakke_fp_sqr(acc, acc);
            i--;
            continue;
        }
        int j = i - 4;
        if (j < 0) j = 0;
        while (!exponent_bit(j)) j++;
        uint32_t digit = 0;
        for (int b = i; b >= j; b--) digit = (digit << 1) | exponent_bit(b);
        if (first) {
            mn_sakke_fp_copy(acc, tab[digit >> 1]);
            first = 0;
        } else {
            for (int b = i; b >= j; b--) mn_sakke_fp_sqr(acc, acc);
            mn_sakke_fp_mul(acc, acc, tab[digit >> 1]);
        }
        i = j - 1;
    }
    mn_sakke_fp_copy(r, acc);
    mn_wipe(tab, sizeof tab);
    mn_wipe(acc, sizeof acc);
}

void mn_sakke_fp_inv(uint32_t *r, const uint32_t *a)
{
    inv_fermat(r, a);
}
#else
#define MN_WIDE (MN_FP_N + 1)
/* Bernstein and Yang's divsteps ("Fast constant-time gcd computation and modular inversion", TCHES 2019): their
 * section 11 bounds the steps that bring g to 0 for inputs of d >= 46 bits by (49 d + 80) / 17, here d = 1024 (f = p,
 * g < p): 2,957 steps, rounded up. */
#define MN_INV_STEPS ((49 * 1024 + 80 + 16) / 17)

/* The step shared by (f, g) and (d, e) on 33-limb two's complement numbers:
 *   x, y = swap ? y : x, y + (odd ? (swap ? -x : x) : 0)
 * with the sum halved in the same pass when halve (a public constant: f and g; each limb is written once the next
 * one's low bit is known); (d, e) halve mod p afterwards. */
static inline void divstep_pair(uint32_t *x, uint32_t *y, uint32_t odd, uint32_t swap, int halve)
{
    uint32_t cn = swap & 1u, cy = 0, prev = 0;
    for (int i = 0; i < MN_WIDE; i++) {
        uint32_t xi = x[i], yi = y[i];
        uint32_t ti, si;
        cn = mn_adc(&ti, xi ^ swap, 0, cn);
        ti &= odd;
        cy = mn_adc(&si, yi, ti, cy);
        x[i] = (yi & swap) | (xi & ~swap);
        if (!halve) y[i] = si;
        else if (i > 0) y[i - 1] = (prev >> 1) | (si << 31);
        prev = si;
    }
    if (halve) y[MN_WIDE - 1] = (prev >> 1) | (prev & 0x80000000u);
}

/* y = (y + (odd ? (y < 0 ? p : -p) : 0)) / 2 on a 33-limb two's complement y with |y| <= 2p: y / 2 mod p with
 * |result| <= p (the sign picks the addend that moves y towards 0). */
static void half_signed_mod_p(uint32_t *y)
{
    uint32_t odd = 0u - (y[0] & 1u), sub = odd & ((y[MN_WIDE - 1] >> 31) - 1u); /* odd and y >= 0: add -p */
    uint32_t c = sub & 1u, prev = 0;
    for (int i = 0; i < MN_WIDE; i++) {
        uint32_t pi = ((i < MN_FP_N ? mn_sakke_p[i] : 0u) & odd) ^ sub;
        uint32_t si;
        c = mn_adc(&si, y[i], pi, c);
        if (i > 0) y[i - 1] = (prev >> 1) | (si << 31);
        prev = si;
    }
    y[MN_WIDE - 1] = (prev >> 1) | (prev & 0x80000000u);
}

/* r = a^-1 mod p of a plain integer a below p (0 gives 0), by MN_INV_STEPS divsteps: delta, f (odd) and g move as
 *   g odd and delta > 0:  (1 - delta, g, (g - f) / 2)     otherwise  (1 + delta, f, (g + (g odd ? f : 0)) / 2)
 * and d, e with f = d a and g = e a mod p move alike, halved mod p (p added or subtracted by the sum's sign to make it
 * even keeps |d|, |e| <= p). From f = p, g = a, d = 0, e = 1 the steps end with g = 0 and f = +-1, so a^-1 = +-d.
 * Every step does the same work on masks: f, g, d, e are 33-limb two's complement numbers, delta a 32-bit two's
 * complement one. */
static void inv_divsteps(uint32_t *r, const uint32_t *a)
{
    uint32_t f[MN_WIDE], g[MN_WIDE], d[MN_WIDE], e[MN_WIDE];
    memcpy(f, mn_sakke_p, 4 * MN_FP_N);
    f[MN_FP_N] = 0;
    memcpy(g, a, 4 * MN_FP_N);
    g[MN_FP_N] = 0;
    memset(d, 0, sizeof d);
    memset(e, 0, sizeof e);
    e[0] = 1;
    uint32_t delta = 1;
    for (int step = 0; step < MN_INV_STEPS; step++) {
        uint32_t odd = 0u - (g[0] & 1u);
        uint32_t swap = odd & (0u - ((0u - delta) >> 31)); /* delta > 0: |delta| stays far below 2^31 */
        delta = (delta ^ swap) - swap + 1u;
        divstep_pair(f, g, odd, swap, 1);
        divstep_pair(d, e, odd, swap, 0);
        half_signed_mod_p(e);
    }
    /* x = f d (f = +-1; d is not 0 unless a is), then x + p when negative */
    uint32_t neg = 0u - (f[MN_FP_N] >> 31), c = neg & 1u;
    for (int i = 0; i < MN_WIDE; i++) c = mn_adc(&d[i], d[i] ^ neg, 0, c);
    add_masked_p(d, 0u - (d[MN_FP_N] >> 31));
    memcpy(r, d, 4 * MN_FP_N);
    mn_wipe_words(f, MN_WIDE); mn_wipe_words(g, MN_WIDE);
    mn_wipe_words(d, MN_WIDE); mn_wipe_words(e, MN_WIDE);
}

void mn_sakke_fp_inv(uint32_t *r, const uint32_t *a)
{
    /* a = x R in Montgomery form: the divsteps give x^-1 R^-1, and a product by R^3 (R^2 R^2 R^-1) makes it x^-1 R */
    uint32_t r3[MN_FP_N];
    inv_divsteps(r, a);
    mn_sakke_fp_mul(r3, mn_sakke_r2, mn_sakke_r2);
    mn_sakke_fp_mul(r, r, r3);
}
#endif

uint32_t mn_sakke_fp_from_bytes(uint32_t *r, const uint8_t *src)
{
    uint32_t x[MN_FP_N];
    for (int i = 0; i < MN_FP_N; i++) {
        const uint8_t *s = src + 4 * (MN_FP_N - 1 - i);
        x[i] = ((uint32_t)s[0] << 24) | ((uint32_t)s[1] << 16) | ((uint32_t)s[2] << 8) | s[3];
    }
    uint32_t bad = ~mn_sakke_words_less(x, mn_sakke_p, MN_FP_N);
    mn_sakke_fp_mul(r, x, mn_sakke_r2); /* x < R and R^2 mod p < p: the product is x R mod p */
    mn_wipe(x, sizeof x);
    return bad;
}

void mn_sakke_fp_to_bytes(uint8_t *dst, const uint32_t *a)
{
    uint32_t one[MN_FP_N] = { 1 }, x[MN_FP_N];
    mn_sakke_fp_mul(x, a, one);
    for (int i = 0; i < MN_FP_N; i++) {
        uint8_t *d = dst + 4 * (MN_FP_N - 1 - i);
        d[0] = (uint8_t)(x[i] >> 24); d[1] = (uint8_t)(x[i] >> 16); d[2] = (uint8_t)(x[i] >> 8); d[3] = (uint8_t)x[i];
    }
    mn_wipe(x, sizeof x);
}

uint32_t mn_sakke_words_less(const uint32_t *a, const uint32_t *b, int n)
{
    uint32_t d[MN_FP_N + 1];
    uint32_t borrow = mn_sakke_words_sub(d, a, b, n);
    mn_wipe(d, sizeof d);
    return 0u - borrow;
}

uint32_t mn_sakke_words_sub(uint32_t *r, const uint32_t *a, const uint32_t *b, int n)
{
    uint32_t borrow = 0;
    for (int i = 0; i < n; i++) borrow = mn_sbb(&r[i], a[i], b[i], borrow);
    return borrow;
}

uint32_t mn_sakke_bytes_is_zero(const uint8_t *p, size_t n)
{
    uint32_t acc = 0;
    for (size_t i = 0; i < n; i++) acc |= p[i];
    return mn_eq_mask(acc, 0);
}

void mn_sakke_bytes_clear_masked(uint8_t *p, size_t n, uint32_t mask)
{
    uint8_t keep = (uint8_t)~mask;
    for (size_t i = 0; i < n; i++) p[i] &= keep;
}

int mn_sakke_status(uint32_t encoding, uint32_t point, uint32_t infinity)
{
    /* masks are all ones or zero: pick the first failure without a branch on them */
    uint32_t s = ((uint32_t)MN_EINFINITY & infinity);
    s = ((uint32_t)MN_EPOINT & point) | (s & ~point);
    s = ((uint32_t)MN_EENCODING & encoding) | (s & ~encoding);
    return (int)s;
}

/* Field kernels on plain (non-Montgomery) canonical values, for agreement tests. */
static uint32_t to_mont(uint32_t *r, const uint32_t *a)
{
    uint32_t bad = ~mn_sakke_words_less(a, mn_sakke_p, MN_FP_N);
    mn_sakke_fp_mul(r, a, mn_sakke_r2);
    return bad;
}

static void from_mont(uint32_t *r, const uint32_t *a)
{
    uint32_t one[MN_FP_N] = { 1 };
    mn_sakke_fp_mul(r, a, one);
}

static int finish_plain(uint32_t *r, uint32_t bad)
{
    for (int i = 0; i < MN_FP_N; i++) r[i] &= ~bad;
    return mn_sakke_status(bad, 0, 0);
}

static int plain_mul(uint32_t r[32], const uint32_t a[32], const uint32_t b[32])
{
    uint32_t x[MN_FP_N], y[MN_FP_N];
    uint32_t bad = to_mont(x, a) | to_mont(y, b);
    mn_sakke_fp_mul(x, x, y);
    from_mont(r, x);
    mn_wipe(x, sizeof x); mn_wipe(y, sizeof y);
    return finish_plain(r, bad);
}

static int plain_sqr(uint32_t r[32], const uint32_t a[32])
{
    uint32_t x[MN_FP_N];
    uint32_t bad = to_mont(x, a);
    mn_sakke_fp_sqr(x, x);
    from_mont(r, x);
    mn_wipe(x, sizeof x);
    return finish_plain(r, bad);
}

static int plain_inv(uint32_t r[32], const uint32_t a[32])
{
    uint32_t x[MN_FP_N];
    uint32_t bad = to_mont(x, a);
    mn_sakke_fp_inv(x, x);
    from_mont(r, x);
    mn_wipe(x, sizeof x);
    return finish_plain(r, bad);
}

#if defined(MN_HAVE_ESP32_MPI)
/* The F_p^2 kernels on the accelerator: each product is started, and the CPU's work that does not need it (the
 * additions, the subtraction of p from the product before) runs while the peripheral computes (mn_esp32_mpi_start and
 * _read); the values, and so every result, are those of the plain sequence. */
void mn_sakke_fp2_sqr(uint32_t *x0, uint32_t *x1, uint32_t *a, uint32_t *b)
{
    mn_esp32_mpi_start(x0, x1);
    mn_sakke_fp_add(a, x0, x1);
    mn_sakke_fp_sub(b, x0, x1);
    mn_esp32_mpi_read(x1);
    mn_esp32_mpi_start(a, b);
    mn_sakke_fp_reduce_once(x1, x1);
    mn_sakke_fp_add(x1, x1, x1);
    mn_esp32_mpi_read(x0);
    mn_sakke_fp_reduce_once(x0, x0);
}
#else
void mn_sakke_fp2_sqr(uint32_t *x0, uint32_t *x1, uint32_t *a, uint32_t *b)
{
    mn_sakke_fp_add(a, x0, x1);
    mn_sakke_fp_sub(b, x0, x1);
    mn_sakke_fp_mul(x1, x0, x1);
    mn_sakke_fp_add(x1, x1, x1);
    mn_sakke_fp_mul(x0, a, b);
}
#endif

#if defined(MN_HAVE_ESP32_MPI)
void mn_sakke_fp_mul_sub(uint32_t *r, const uint32_t *a, const uint32_t *b, const uint32_t *c, const uint32_t *d)
{
    uint32_t t[MN_FP_N];
    mn_esp32_mpi_start(c, d);
    mn_esp32_mpi_read(t);
    mn_esp32_mpi_start(a, b);
    mn_sakke_fp_reduce_once(t, t);             /* while a b is computed */
    mn_esp32_mpi_read(r);
    mn_sakke_fp_reduce_once(r, r);
    mn_sakke_fp_sub(r, r, t);
    mn_wipe_words(t, MN_FP_N);
}
#else
/* In software: a b - c d of the two 2048-bit products, p R added when negative (|a b - c d| < p^2 < p R), one
 * reduction instead of two. */
void mn_sakke_fp_mul_sub(uint32_t *r, const uint32_t *a, const uint32_t *b, const uint32_t *c, const uint32_t *d)
{
    uint32_t wa[2 * MN_FP_N], wb[2 * MN_FP_N];
    mul_wide(wa, a, b);
    mul_wide(wb, c, d);
    uint32_t borrow = 0;
    for (int j = 0; j < 2 * MN_FP_N; j++) borrow = mn_sbb(&wa[j], wa[j], wb[j], borrow);
    add_masked_p(wa + MN_FP_N, 0u - borrow);
    redc(r, wa);
    wipe_wide(wa);
    wipe_wide(wb);
}
#endif

#if defined(MN_HAVE_ESP32_MPI)
/* On the accelerator a product is one Montgomery multiplication of the peripheral: Karatsuba's three, A = x0 t1,
 * B = x1 t2, C = (x0 + x1)(t1 + t2); x0 = A - B, x1 = C - (A + B). The schoolbook form (four products, one addition and
 * one subtraction) would trade three of the five additions for a product, but here every addition but the last
 * subtraction runs while a product is computed, so the products are what costs: three. */
void mn_sakke_fp2_mul(uint32_t *x0, uint32_t *x1, const uint32_t *t1, const uint32_t *t2, uint32_t *a, uint32_t *b, uint32_t *c)
{
    mn_esp32_mpi_start(x0, t1);
    mn_sakke_fp_add(c, x0, x1);
    mn_sakke_fp_add(b, t1, t2);
    mn_esp32_mpi_read(a);
    mn_esp32_mpi_start(x1, t2);
    mn_sakke_fp_reduce_once(a, a);
    mn_esp32_mpi_read(x0);
    mn_esp32_mpi_start(c, b);
    mn_sakke_fp_reduce_once(x0, x0);           /* B */
    mn_sakke_fp_add(b, a, x0);
    mn_sakke_fp_sub(x0, a, x0);
    mn_esp32_mpi_read(x1);
    mn_sakke_fp_reduce_once(x1, x1);
    mn_sakke_fp_sub(x1, x1, b);
}
#else
/* In software, Karatsuba's three products stay 2048-bit and are combined before reducing: two Montgomery reductions
 * instead of three (a reduction costs as much as a product's limb products). With A = x0 t1, B = x1 t2 and
 * C = (x0 + x1 mod p)(t1 + t2 mod p), the real part A - B lies in (-p^2, p^2) and the imaginary part C - A - B, which is
 * x0 t2 + x1 t1 mod p, in (-2 p^2, p^2); a negative one gets p R added (p at limb 32), the imaginary part twice when
 * once is not enough (p^2 > p R / 2). Both are then in [0, p R), as the reduction needs. Constant-time: the signs
 * select by mask. (Values below 2p do not fit 32 limbs, p > 2^1023, so it is the 2048-bit products that are kept.) */
void mn_sakke_fp2_mul(uint32_t *x0, uint32_t *x1, const uint32_t *t1, const uint32_t *t2, uint32_t *a, uint32_t *b, uint32_t *c)
{
    uint32_t wa[2 * MN_FP_N], wb[2 * MN_FP_N], wc[2 * MN_FP_N];
    (void)c;
    mn_sakke_fp_add(a, x0, x1);
    mn_sakke_fp_add(b, t1, t2);
    mul_wide(wc, a, b);
    mul_wide(wa, x0, t1);
    mul_wide(wb, x1, t2);
    /* wa = A - B and wc = C - A - B in one pass; the borrows out (ba, bc) are the signs: |C - A - B| < 2^2048 */
    uint32_t ba = 0, bc = 0;
    for (int j = 0; j < 2 * MN_FP_N; j++) {
        uint32_t x = wa[j], y = wb[j], e, f;
        ba = mn_sbb(&wa[j], x, y, ba);
        uint32_t k = mn_sbb(&e, wc[j], x, 0);  /* bc, the borrow into limb j, is 0 to 2 */
        k += mn_sbb(&f, e, y, 0);
        k += mn_sbb(&wc[j], f, bc, 0);
        bc = k;
    }
    ba -= add_masked_p(wa + MN_FP_N, 0u - ba);
    bc -= add_masked_p(wc + MN_FP_N, 0u - bc);
    bc -= add_masked_p(wc + MN_FP_N, 0u - bc);
    redc(x0, wa);
    redc(x1, wc);
    wipe_wide(wa);
    wipe_wide(wb);
    wipe_wide(wc);
}
#endif

int mn_fp1024_mul(uint32_t r[32], const uint32_t a[32], const uint32_t b[32])
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(plain_mul(r, a, b));
}

int mn_fp1024_sqr(uint32_t r[32], const uint32_t a[32])
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(plain_sqr(r, a));
}

int mn_fp1024_inv(uint32_t r[32], const uint32_t a[32])
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(plain_inv(r, a));
}
