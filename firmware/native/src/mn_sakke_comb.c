/*
 * Fixed-base combs for [k]B (the managed SakkeCombTable with 8 teeth): an odd k below 2^(8 * 128) is rewritten with
 * digits +-1, so every comb column is +-T[j], T[j] = 2^(7d) B + sum_(t < 7) (+-1) 2^(td) B, d = 128, never zero; an even
 * k becomes q - k and the result is negated. A multiplication is 127 doublings and 128 mixed additions, each lookup
 * reading all 128 entries. The sender's R = [r b]P + [r]Z_T shares one chain of doublings between two combs.
 */
#include <string.h>
#include "mn_sakke_internal.h"

#define N MN_FP_N
#define TEETH 8
#define SPACING 128                          /* ceil(1022 / 8) */
#define ENTRIES (1 << (TEETH - 1))
#define COMB_MAGIC 0x4D4E4342U               /* "MNCB" */
#define COMB_HEADER 4
#define COMB_WORDS (COMB_HEADER + ENTRIES * 2 * N)
#define BATCH 8                              /* points made affine per inversion while building */

size_t mn_sakke_comb_words(void)
{
    return COMB_WORDS;
}

static int comb_ok(const uint32_t *table, size_t words)
{
    return table != NULL && words >= COMB_WORDS && table[0] == COMB_MAGIC && table[1] == TEETH && table[2] == SPACING;
}

/* out[i] = affine pts[i] for n <= BATCH finite public points, one inversion (Montgomery's trick). */
static void batch_to_affine_public(uint32_t *out, const mn_jac *pts, int n)
{
    uint32_t prefix[BATCH][N], t[N], u[N], zz[N];
    mn_sakke_fp_copy(prefix[0], pts[0].z);
    for (int i = 1; i < n; i++) mn_sakke_fp_mul(prefix[i], prefix[i - 1], pts[i].z);
    mn_sakke_fp_inv(t, prefix[n - 1]);
    for (int i = n - 1; i >= 0; i--) {
        if (i > 0) {
            mn_sakke_fp_mul(u, t, prefix[i - 1]);  /* 1 / Z_i */
            mn_sakke_fp_mul(t, t, pts[i].z);
        } else {
            mn_sakke_fp_copy(u, t);
        }
        uint32_t *x = out + i * 2 * N;
        mn_sakke_fp_sqr(zz, u);
        mn_sakke_fp_mul(x, pts[i].x, zz);
        mn_sakke_fp_mul(zz, zz, u);
        mn_sakke_fp_mul(x + N, pts[i].y, zz);
    }
}

static int comb_build_public_in_session(uint32_t *table, size_t words, const uint8_t base[256])
{
    if (table == NULL || words < COMB_WORDS) return MN_EBUFFER;
    memset(table, 0, COMB_WORDS * 4);
    mn_aff b;
    uint32_t enc;
    if (mn_sakke_decode(&b, base, &enc)) return mn_sakke_status(enc, ~0u, 0);
    /* spokes B_t = [2^(t d)] B, affine */
    mn_jac pts[BATCH];
    uint32_t spokes[TEETH * 2 * N];
    mn_sakke_set_affine(&pts[0], &b);
    for (int t = 1; t < TEETH; t++) {
        mn_jac *p = &pts[t];
        *p = pts[t - 1];
        for (int i = 0; i < SPACING; i++) mn_sakke_double(p, p);
    }
    for (int t = 0; t < TEETH; t++)
        if (mn_sakke_fp_is_zero(pts[t].z)) return MN_EPOINT;   /* B of small order: no comb */
    batch_to_affine_public(spokes, pts, TEETH);
    /* T[j] = B_7 + sum_(t < 7) (bit t of j ? B_t : -B_t), BATCH entries per inversion */
    uint32_t *entries = table + COMB_HEADER;
    for (int j0 = 0; j0 < ENTRIES; j0 += BATCH) {
        for (int j = j0; j < j0 + BATCH; j++) {
            mn_jac *s = &pts[j - j0];
            mn_aff neg;
            mn_sakke_fp_copy(s->x, spokes + (TEETH - 1) * 2 * N);
            mn_sakke_fp_copy(s->y, spokes + (TEETH - 1) * 2 * N + N);
            mn_sakke_fp_one(s->z);
            for (int t = 0; t < TEETH - 1; t++) {
                mn_sakke_fp_copy(neg.x, spokes + t * 2 * N);
                if ((j >> t) & 1) mn_sakke_fp_copy(neg.y, spokes + t * 2 * N + N);
                else mn_sakke_fp_neg(neg.y, spokes + t * 2 * N + N);
                mn_sakke_add_mixed_public(s, s, &neg);
            }
            if (mn_sakke_fp_is_zero(s->z)) { memset(table, 0, COMB_WORDS * 4); return MN_EPOINT; }
        }
        batch_to_affine_public(entries + j0 * 2 * N, pts, BATCH);
    }
    table[0] = COMB_MAGIC;
    table[1] = TEETH;
    table[2] = SPACING;
    return MN_OK;
}

#define MAX_COMBS 2                          /* the sender's R = [r b]P + [r]Z_T reads two combs per column */

/* One column's lookups, in one or two combs: each comb's entry is gathered a few words at a time beside the field's
 * products (mn_beside: with the ESP32 MPI port while the peripheral computes), the rest when the column needs it. */
typedef struct
{
    mn_beside base;                          /* first member: the products call base.step */
    int combs, next, per_step;               /* combs read; the next word to gather, over all of them; words a step */
    const uint32_t *entries[MAX_COMBS];
    uint32_t masks[MAX_COMBS][ENTRIES];      /* all ones at the entry the column's digits select */
    uint32_t negative[MAX_COMBS];            /* the column digit's sign */
    mn_aff pick[MAX_COMBS];
} column_lookup;

/* The comb's scalars and tables as the columns read them. */
typedef struct
{
    int combs, per_step;
    const uint32_t *table[MAX_COMBS];
    const uint32_t *kk[MAX_COMBS];
    uint32_t flip[MAX_COMBS];                /* negate every column of that comb (its scalar was made odd by q - k) */
} comb_scalars;

/* The next words of the picks, a line (MN_GATHER_LINE words of one coordinate) at a time: every entry is read under its
 * mask (mn_gather_line). words is a multiple of the line. */
static void lookup_gather(column_lookup *l, int words)
{
    int end = l->next + words;
    if (end > l->combs * 2 * N) end = l->combs * 2 * N;
    for (int w = l->next; w < end; w += MN_GATHER_LINE) {
        int t = w / (2 * N), o = w % (2 * N);
        uint32_t *dst = o < N ? l->pick[t].x + o : l->pick[t].y + (o - N);
        mn_gather_line(dst, l->entries[t] + o, 2 * N, l->masks[t], ENTRIES);
    }
    l->next = end;
}

static void lookup_step(mn_beside *self)
{
    column_lookup *l = (column_lookup *)self;
    lookup_gather(l, l->per_step);
}

/* Column c's masks and signs (the entry index j and the sign are secrets: masks only); nothing gathered yet. */
static void lookup_begin(column_lookup *l, const comb_scalars *cs, int c)
{
    l->base.step = lookup_step;
    l->combs = cs->combs;
    l->next = 0;
    l->per_step = cs->per_step;
    for (int t = 0; t < cs->combs; t++) {
        const uint32_t *kk = cs->kk[t];
        uint32_t top = mn_sakke_scalar_bit(kk, (TEETH - 1) * SPACING + c + 1);
        uint32_t j = 0;
        for (int u = 0; u < TEETH - 1; u++) j |= (1u ^ mn_sakke_scalar_bit(kk, u * SPACING + c + 1) ^ top) << u;
        l->entries[t] = cs->table[t] + COMB_HEADER;
        for (uint32_t i = 0; i < ENTRIES; i++) l->masks[t][i] = mn_eq_mask(i, j);
        l->negative[t] = (top - 1u) ^ cs->flip[t];   /* the column digit is -1 when top = 0 */
    }
}

/* The words not gathered yet, then each pick signed: s T[j]. */
static void lookup_end(column_lookup *l)
{
    uint32_t negy[N];
    lookup_gather(l, l->combs * 2 * N);
    for (int t = 0; t < l->combs; t++) {
        mn_sakke_fp_neg(negy, l->pick[t].y);
        mn_sakke_fp_select(l->pick[t].y, negy, l->pick[t].y, l->negative[t]);
    }
    mn_wipe_words(negy, N);
}

/* r = sum over the combs of their columns' values: 127 doublings, one mixed addition per comb and column. Column c's
 * lookups run beside the products of column c + 1's additions and of column c's doubling (the lookups do not depend
 * on r), so the products per column bound the words a step gathers. */
static void comb_columns(mn_jac *r, comb_scalars *cs)
{
    column_lookup look[2];
    column_lookup *cur = &look[0], *nxt = &look[1];
    int beside = cs->combs * 9 + 6;          /* products with a step: 9 per mixed addition, 6 per doubling */
    cs->per_step = (cs->combs * 2 * N + beside - 1) / beside;
    cs->per_step = (cs->per_step + MN_GATHER_LINE - 1) / MN_GATHER_LINE * MN_GATHER_LINE;  /* whole lines */
    lookup_begin(cur, cs, SPACING - 1);
    lookup_end(cur);
    for (int c = SPACING - 1; c >= 0; c--) {
        if (c != SPACING - 1) {
            mn_sakke_double_beside(r, r, &cur->base);
            lookup_end(cur);
        }
        mn_beside *w = NULL;
        if (c > 0) {
            lookup_begin(nxt, cs, c - 1);
            w = &nxt->base;
        }
        for (int t = 0; t < cs->combs; t++) {
            if (c == SPACING - 1 && t == 0) mn_sakke_set_affine(r, &cur->pick[0]);
            else mn_sakke_add_mixed_beside(r, r, &cur->pick[t], w);
        }
        column_lookup *done = cur;
        cur = nxt;
        nxt = done;
    }
    mn_wipe(look, sizeof look);
}

/* k as the comb reads it: odd (returns the negation mask), with the virtual top bit 2^(8 d). */
static uint32_t prepare(uint32_t *kk, const uint8_t *k, uint32_t *big)
{
    *big = mn_sakke_scalar_read(kk, k);
    uint32_t negate = mn_sakke_scalar_make_odd(kk);
    kk[(TEETH * SPACING) >> 5] |= 1u << ((TEETH * SPACING) & 31);
    return negate;
}

static void comb_mul(mn_jac *r, const uint32_t *table, const uint8_t *k, uint32_t *big)
{
    uint32_t kk[MN_SCALAR_WORDS];
    uint32_t negate = prepare(kk, k, big);
    comb_scalars cs = { 1, 0, { table }, { kk }, { 0 } };
    comb_columns(r, &cs);
    mn_sakke_cond_neg(r, negate);
    mn_wipe(kk, sizeof kk);
}

/* out = affine r (or MN_EINFINITY), zeroed on failure. */
static int finish_point(uint8_t *out, mn_jac *r, uint32_t big)
{
    mn_aff a;
    uint32_t inf = mn_sakke_to_affine(&a, r);
    mn_sakke_encode(out, &a);
    mn_sakke_bytes_clear_masked(out, MN_SAKKE_POINT, big | inf);
    mn_wipe(&a, sizeof a);
    mn_wipe(r, sizeof *r);
    return mn_sakke_status(big, 0, inf);
}

static int comb_mul_in_session(uint8_t out[256], const uint32_t *table, size_t words, const uint8_t k[128])
{
    mn_jac r;
    uint32_t big;
    memset(out, 0, MN_SAKKE_POINT);
    if (!comb_ok(table, words)) return MN_EBUFFER;
    comb_mul(&r, table, k, &big);
    return finish_point(out, &r, big);
}

static int comb_mul2_in_session(uint8_t out[256], const uint32_t *table1, const uint8_t k1[128],
                       const uint32_t *table2, const uint8_t k2[128], size_t words)
{
    mn_jac r;
    uint32_t a[MN_SCALAR_WORDS], b[MN_SCALAR_WORDS], bigA, bigB;
    memset(out, 0, MN_SAKKE_POINT);
    if (!comb_ok(table1, words) || !comb_ok(table2, words)) return MN_EBUFFER;
    uint32_t negA = prepare(a, k1, &bigA);
    uint32_t negB = prepare(b, k2, &bigB);
    /* s1 [k1']B1 + s2 [k2']B2: each sign folds into its columns, so one accumulator suffices */
    comb_scalars cs = { 2, 0, { table1, table2 }, { a, b }, { negA, negB } };
    comb_columns(&r, &cs);
    mn_wipe(a, sizeof a);
    mn_wipe(b, sizeof b);
    return finish_point(out, &r, bigA | bigB);
}

/* out = [r b mod q]B1 + [r]B2 (the sender's R, RFC 6508 6.2.1 step 3): r b mod q computed here, handed to the two
 * combs as octets and wiped with them. r = 0, r >= q or b >= q: MN_EENCODING with out zeroed, by masks (r is secret:
 * the product and the combs run whatever r is). */
static int comb_mul_rb_in_session(uint8_t out[256], const uint32_t *table1, const uint32_t *table2, size_t words,
                                  const uint8_t r[128], const uint8_t b[128])
{
    uint32_t rw[MN_SCALAR_WORDS], bw[MN_SCALAR_WORDS], kw[N];
    uint8_t k1[4 * N];
    memset(out, 0, MN_SAKKE_POINT);
    if (!comb_ok(table1, words) || !comb_ok(table2, words)) return MN_EBUFFER;
    uint32_t bad = mn_sakke_scalar_read(rw, r) | mn_sakke_scalar_read(bw, b) | mn_sakke_bytes_is_zero(r, 4 * N);
    mn_sakke_scalar_mul_q(kw, rw, bw);
    for (int i = 0; i < N; i++) {
        uint8_t *d = k1 + 4 * (N - 1 - i);
        d[0] = (uint8_t)(kw[i] >> 24); d[1] = (uint8_t)(kw[i] >> 16); d[2] = (uint8_t)(kw[i] >> 8); d[3] = (uint8_t)kw[i];
    }
    int st = comb_mul2_in_session(out, table1, k1, table2, r, words);
    mn_sakke_bytes_clear_masked(out, MN_SAKKE_POINT, bad);
    mn_wipe(rw, sizeof rw); mn_wipe(bw, sizeof bw); mn_wipe(kw, sizeof kw); mn_wipe(k1, sizeof k1);
    return (int)(((uint32_t)MN_EENCODING & bad) | ((uint32_t)st & ~bad));
}

static int check_comb_in_session(const uint32_t *table, size_t words, const uint8_t r[128], const uint8_t rpoint[256])
{
    mn_jac test;
    uint32_t big;
    if (!comb_ok(table, words)) return MN_EBUFFER;
    comb_mul(&test, table, r, &big);         /* r = 0 gives [q]Q_b: infinity, never equal to R */
    int status = mn_sakke_check_finish(&test, rpoint, big, 0);
    mn_wipe(&test, sizeof test);
    return status;
}

int mn_sakke_comb_build_public(uint32_t *table, size_t words, const uint8_t base[256])
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(comb_build_public_in_session(table, words, base));
}

int mn_sakke_comb_mul(uint8_t out[256], const uint32_t *table, size_t words, const uint8_t k[128])
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(comb_mul_in_session(out, table, words, k));
}

int mn_sakke_comb_mul2(uint8_t out[256], const uint32_t *table1, const uint8_t k1[128],
                       const uint32_t *table2, const uint8_t k2[128], size_t words)
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(comb_mul2_in_session(out, table1, k1, table2, k2, words));
}

int mn_sakke_check_comb(const uint32_t *table, size_t words, const uint8_t r[128], const uint8_t rpoint[256])
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(check_comb_in_session(table, words, r, rpoint));
}

int mn_sakke_comb_mul_rb(uint8_t out[256], const uint32_t *table1, const uint32_t *table2, size_t words,
                         const uint8_t r[128], const uint8_t b[128])
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(comb_mul_rb_in_session(out, table1, table2, words, r, b));
}
