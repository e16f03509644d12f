/*
 * The sender's g^r in PF_p[q] (RFC 6508 6.2.1 step 4) for parameter set 1's own g, on two constant 8-tooth signed combs
 * (mn_sakke_pf_tables.c, 2 x 128 entries of one F_p element each, 32 KB; the layout is in tools/mn_sakke_pf_tables.py).
 * e is reduced mod q (g has order q) and made odd as the point combs do (an even e becomes q - e and the result is
 * inverted: in PF_p the inverse of the class of 1 + i t is that of 1 - i t, so t -> -t). The odd e < 2^1024 has digits
 * +-1, 16 rows of 64: 63 F_p^2 squarings (2 products each) and 127 products by 1 + i t (2 products each) against the
 * windows' 1,020 squarings and 255 general products, then the same one inversion. Every lookup reads all 128 entries
 * of its comb under masks; the digits, signs and accumulator are secrets and wiped on exit.
 */
#include "mn_sakke_internal.h"

#define N MN_FP_N
#define TEETH MN_PF_COMB_TEETH
#define ENTRIES MN_PF_COMB_ENTRIES
#define COLUMNS (1024 / (MN_PF_COMBS * TEETH))   /* 64: the rows' length */
#define CHUNK 8                                   /* words gathered per pass over the entries (one 32-octet line) */
#if defined(__GNUC__) && !defined(__clang__)
#define MN_PF_UNROLL _Pragma("GCC unroll 8")
#else
#define MN_PF_UNROLL
#endif

typedef struct
{
    uint32_t k[MN_SCALAR_WORDS], d[MN_SCALAR_WORDS];  /* the exponent as the columns read it; reduction scratch */
    uint32_t masks[ENTRIES];                           /* all ones at the entry the column's digits select */
    uint32_t x0[N], x1[N], t[N], a[N], b[N];           /* the accumulator x0 + i x1, the column's t, scratch */
} pf_comb_scratch;

/* k = k mod q for k < 2^1024 < 8q (q = (p + 1) / 4 > 2^1021): k -= 4q, 2q, q, each where it does not borrow. */
static void reduce_mod_q(pf_comb_scratch *s)
{
    for (int shift = 2; shift >= 0; shift--) {
        uint32_t borrow = 0;
        for (int i = 0; i < MN_SCALAR_WORDS; i++) {
            uint32_t qi = i < N ? mn_sakke_q[i] << shift : 0u;
            if (shift > 0 && i > 0) qi |= mn_sakke_q[i - 1] >> (32 - shift);
            borrow = mn_sbb(&s->d[i], s->k[i], qi, borrow);
        }
        uint32_t keep = 0u - borrow;                 /* all ones when k < (q << shift) */
        for (int i = 0; i < MN_SCALAR_WORDS; i++) s->k[i] = (s->k[i] & keep) | (s->d[i] & ~keep);
    }
}

/* s->t = comb m's entry selected by column c's digits, inverted (negated) when the column's top digit is -1. Every
 * entry is read, a line of CHUNK words at a time, and kept under its mask. */
static void column_entry(pf_comb_scratch *s, int m, int c)
{
    const int row0 = m * TEETH;
    uint32_t top = mn_sakke_scalar_bit(s->k, (row0 + TEETH - 1) * COLUMNS + c + 1);
    uint32_t j = 0;
    for (int u = 0; u < TEETH - 1; u++) j |= (1u ^ mn_sakke_scalar_bit(s->k, (row0 + u) * COLUMNS + c + 1) ^ top) << u;
    for (uint32_t i = 0; i < ENTRIES; i++) s->masks[i] = mn_eq_mask(i, j);
    for (int w = 0; w < N; w += CHUNK) {
        uint32_t acc[CHUNK] = { 0 };
        for (int i = 0; i < ENTRIES; i++) {
            const uint32_t *e = &mn_sakke_pf_comb[m][i][w];
            uint32_t mask = s->masks[i];
            MN_PF_UNROLL
            for (int x = 0; x < CHUNK; x++) acc[x] |= e[x] & mask;
        }
        for (int x = 0; x < CHUNK; x++) s->t[w + x] = acc[x];
        mn_wipe_words(acc, CHUNK);
    }
    mn_sakke_fp_neg(s->a, s->t);
    mn_sakke_fp_select(s->t, s->t, s->a, 0u - top);   /* top 0: the digit -1, the conjugate */
}

int mn_sakke_pf_pow_g_in_session(uint8_t out[128], const uint8_t e[128])
{
    pf_comb_scratch s;
    mn_sakke_scalar_read(s.k, e);                    /* any 1024-bit e: reduced next */
    reduce_mod_q(&s);
    uint32_t invert = mn_sakke_scalar_make_odd(s.k);
    s.k[1024 >> 5] |= 1u << (1024 & 31);             /* the digits' virtual top bit */

    for (int c = COLUMNS - 1; c >= 0; c--) {
        if (c != COLUMNS - 1) mn_sakke_fp2_sqr(s.x0, s.x1, s.a, s.b);
        for (int m = 0; m < MN_PF_COMBS; m++) {
            column_entry(&s, m, c);
            if (c == COLUMNS - 1 && m == 0) {
                mn_sakke_fp_one(s.x0);
                mn_sakke_fp_copy(s.x1, s.t);
                continue;
            }
            /* (x0 + i x1)(1 + i t) = (x0 - t x1) + i (x1 + t x0) */
            mn_sakke_fp_mul(s.a, s.t, s.x1);
            mn_sakke_fp_mul(s.b, s.t, s.x0);
            mn_sakke_fp_sub(s.x0, s.x0, s.a);
            mn_sakke_fp_add(s.x1, s.x1, s.b);
        }
    }
    /* the representative x1 / x0, negated when e was replaced by q - e */
    mn_sakke_fp_inv(s.a, s.x0);
    mn_sakke_fp_mul(s.t, s.x1, s.a);
    mn_sakke_fp_neg(s.b, s.t);
    mn_sakke_fp_select(s.t, s.b, s.t, invert);
    mn_sakke_fp_to_bytes(out, s.t);
    mn_wipe(&s, sizeof s);
    return MN_OK;
}
