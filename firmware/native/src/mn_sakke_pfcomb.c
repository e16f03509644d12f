/*
 * The sender's g^r in PF_p[q] (RFC 6508 6.2.1 step 4) for parameter set 1's own g, on two constant 8-tooth signed combs
 * (mn_sakke_pf_tables.c, 2 x 128 entries of one F_p element each, 32 KB; the layout is in tools/mn_sakke_pf_tables.py).
 * e is reduced mod q (g has order q) and made odd as the point combs do (an even e becomes q - e and the result is
 * inverted: in PF_p the inverse of the class of 1 + i t is that of 1 - i t, so t -> -t). The odd e < 2^1024 has digits
 * +-1, 16 rows of 64: 63 F_p^2 squarings (2 products each) and 127 products by 1 + i t (2 products each) against the
 * windows' 1,020 squarings and 255 general products, then the same one inversion. Every lookup reads all 128 entries
 * of its comb under masks, beside the products of the multiplication before it (with the ESP32 MPI port the CPU
 * gathers while the peripheral multiplies); the digits, signs and accumulator are secrets and wiped on exit.
 */
#include "mn_sakke_internal.h"

#define N MN_FP_N
#define TEETH MN_PF_COMB_TEETH
#define ENTRIES MN_PF_COMB_ENTRIES
#define COLUMNS (1024 / (MN_PF_COMBS * TEETH))   /* 64: the rows' length */
#define CHUNK MN_GATHER_LINE                      /* words gathered per pass over the entries */

/* One lookup: comb m's entry for column c's digits, gathered a CHUNK at a time; the products of the multiplication
 * before it run its steps (mn_beside: with the ESP32 MPI port while the peripheral computes, the lookup not depending
 * on the accumulator), the rest when it is needed. */
typedef struct
{
    mn_beside base;                                   /* first member: the products call base.step */
    int m, next;                                      /* the comb read; the next chunk to gather */
    uint32_t top;                                     /* the column's top digit: 0 for -1 (the entry's conjugate) */
    uint32_t *t;                                      /* where the entry goes */
    uint32_t masks[ENTRIES];                          /* all ones at the entry the column's digits select */
} pf_lookup;

typedef struct
{
    uint32_t k[MN_SCALAR_WORDS], d[MN_SCALAR_WORDS];  /* the exponent as the columns read it; reduction scratch */
    pf_lookup look;
    uint32_t x0[N], x1[N], t[2][N], a[N], b[N];       /* the accumulator x0 + i x1, two columns' t, scratch */
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

/* Every entry is read, a line of CHUNK words at a time, and kept under its mask. */
static void lookup_gather(pf_lookup *l, int chunks)
{
    for (; chunks > 0 && l->next < N / CHUNK; chunks--, l->next++) {
        const int w = l->next * CHUNK;
        mn_gather_line(l->t + w, &mn_sakke_pf_comb[l->m][0][w], N, l->masks, ENTRIES);
    }
}

static void lookup_step(mn_beside *self)
{
    lookup_gather((pf_lookup *)self, N / CHUNK / 2);  /* half the entry per product: two products a multiplication */
}

/* Lookup n (column COLUMNS - 1 - n / COMBS, comb n % COMBS) into t: its masks and sign (secrets: masks only). */
static void lookup_begin(pf_lookup *l, const uint32_t *k, int n, uint32_t *t)
{
    const int m = n % MN_PF_COMBS, c = COLUMNS - 1 - n / MN_PF_COMBS, row0 = m * TEETH;
    uint32_t top = mn_sakke_scalar_bit(k, (row0 + TEETH - 1) * COLUMNS + c + 1);
    uint32_t j = 0;
    for (int u = 0; u < TEETH - 1; u++) j |= (1u ^ mn_sakke_scalar_bit(k, (row0 + u) * COLUMNS + c + 1) ^ top) << u;
    for (uint32_t i = 0; i < ENTRIES; i++) l->masks[i] = mn_eq_mask(i, j);
    l->base.step = lookup_step;
    l->m = m;
    l->next = 0;
    l->top = top;
    l->t = t;
}

/* The chunks not gathered yet, then the entry inverted (negated) when the column's top digit is -1. */
static void lookup_end(pf_lookup *l, uint32_t *scratch)
{
    lookup_gather(l, N / CHUNK);
    mn_sakke_fp_neg(scratch, l->t);
    mn_sakke_fp_select(l->t, l->t, scratch, 0u - l->top);
}

/* x = x (1 + i t) = (x0 - t x1) + i (x1 + t x0), the lookup w beside its two products (NULL: none). */
static void mul_by_entry(pf_comb_scratch *s, const uint32_t *t, mn_beside *w)
{
    mn_sakke_fp_mul_beside(s->a, t, s->x1, w);
    mn_sakke_fp_mul_beside(s->b, t, s->x0, w);
    mn_sakke_fp_sub(s->x0, s->x0, s->a);
    mn_sakke_fp_add(s->x1, s->x1, s->b);
}

int mn_sakke_pf_pow_g_in_session(uint8_t out[128], const uint8_t e[128])
{
    pf_comb_scratch s;
    mn_sakke_scalar_read(s.k, e);                    /* any 1024-bit e: reduced next */
    reduce_mod_q(&s);
    uint32_t invert = mn_sakke_scalar_make_odd(s.k);
    s.k[1024 >> 5] |= 1u << (1024 & 31);             /* the digits' virtual top bit */

    /* multiplications n = 0 .. COLUMNS COMBS - 1, a squaring before each column's first; lookup n runs beside the
     * products of multiplication n - 1 (the first sets x = 1 + i t instead) */
    const int total = COLUMNS * MN_PF_COMBS;
    lookup_begin(&s.look, s.k, 0, s.t[0]);
    lookup_end(&s.look, s.a);
    for (int n = 1; n < total; n++) {
        lookup_begin(&s.look, s.k, n, s.t[n & 1]);
        if (n == 1) {
            mn_sakke_fp_one(s.x0);
            mn_sakke_fp_copy(s.x1, s.t[0]);
        } else {
            mul_by_entry(&s, s.t[(n - 1) & 1], &s.look.base);
        }
        lookup_end(&s.look, s.a);
        if (n % MN_PF_COMBS == 0) mn_sakke_fp2_sqr(s.x0, s.x1, s.a, s.b);
    }
    mul_by_entry(&s, s.t[(total - 1) & 1], NULL);
    /* the representative x1 / x0, negated when e was replaced by q - e */
    mn_sakke_fp_inv(s.a, s.x0);
    mn_sakke_fp_mul(s.t[0], s.x1, s.a);
    mn_sakke_fp_neg(s.b, s.t[0]);
    mn_sakke_fp_select(s.t[0], s.b, s.t[0], invert);
    mn_sakke_fp_to_bytes(out, s.t[0]);
    mn_wipe(&s, sizeof s);
    return MN_OK;
}
