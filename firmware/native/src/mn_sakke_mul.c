/*
 * [k]Q for a variable point Q, the plain path without tables (the managed SakkeScalarMultiplier): signed fixed
 * windows of 4 bits with odd digits over an odd k (an even k is replaced by q - k and the result negated), so that no
 * digit is zero and the accumulator never meets infinity; an 8-entry table of Q, 3Q, ..., 15Q read in full at every
 * lookup. About 1020 doublings and 255 additions, whatever k is. Also the receiver's check [r]Q_b == R
 * (RFC 6508 6.2.2 step 4).
 */
#include "mn_sakke_internal.h"

#define W 4
#define ENTRIES (1 << (W - 1))

static uint32_t window(const uint32_t *k, int from)
{
    uint32_t v = 0;
    for (int j = 0; j < W; j++) v |= mn_sakke_scalar_bit(k, from + j) << j;
    return v;
}

/* r = table[index], reading every entry (exactly one matches). */
static void select_entry(mn_jac *r, const mn_jac *table, uint32_t index)
{
    uint32_t *d = r->x;
    for (int w = 0; w < 3 * MN_FP_N; w++) d[w] = 0;
    for (uint32_t i = 0; i < ENTRIES; i++) {
        uint32_t m = mn_eq_mask(i, index);
        const uint32_t *s = table[i].x;
        for (int w = 0; w < 3 * MN_FP_N; w++) d[w] |= s[w] & m;
    }
}

void mn_sakke_mul_plain(mn_jac *r, const mn_aff *q, const uint32_t *k)
{
    mn_jac table[ENTRIES], pick;
    uint32_t kk[MN_SCALAR_WORDS];
    for (int i = 0; i < MN_SCALAR_WORDS; i++) kk[i] = k[i];
    uint32_t negate = mn_sakke_scalar_make_odd(kk);

    mn_sakke_set_affine(&table[0], q);       /* table[i] = (2i + 1) Q */
    mn_sakke_double(&pick, &table[0]);
    for (int i = 1; i < ENTRIES; i++) mn_sakke_add(&table[i], &table[i - 1], &pick);

    int m = (MN_SAKKE_Q_BITS + W - 1) / W;
    select_entry(r, table, window(kk, (m - 1) * W + 1)); /* top digit 2u + 1 > 0 */
    for (int i = m - 2; i >= 0; i--) {
        for (int j = 0; j < W; j++) mn_sakke_double(r, r);
        uint32_t u = window(kk, i * W + 1);
        uint32_t positive = u >> (W - 1);   /* digit 2u + 1 - 2^W is positive iff u >= 2^(W-1) */
        select_entry(&pick, table, u ^ ((uint32_t)(ENTRIES - 1) + positive));
        mn_sakke_cond_neg(&pick, positive - 1u);
        mn_sakke_add(r, r, &pick);
    }
    mn_sakke_cond_neg(r, negate);
    mn_wipe(table, sizeof table);
    mn_wipe(&pick, sizeof pick);
    mn_wipe(kk, sizeof kk);
}

static int mul_in_session(uint8_t out[256], const uint8_t q[256], const uint8_t k[128])
{
    mn_aff a;
    mn_jac r;
    uint32_t kk[MN_SCALAR_WORDS], enc;
    uint32_t off = mn_sakke_decode(&a, q, &enc);
    uint32_t big = mn_sakke_scalar_read(kk, k);
    mn_sakke_mul_plain(&r, &a, kk);
    uint32_t inf = mn_sakke_to_affine(&a, &r);
    mn_sakke_encode(out, &a);
    uint32_t fail = enc | big | off | inf;
    mn_sakke_bytes_clear_masked(out, MN_SAKKE_POINT, fail);
    mn_wipe(&a, sizeof a); mn_wipe(&r, sizeof r); mn_wipe(kk, sizeof kk);
    return mn_sakke_status(enc | big, off, inf);
}

int mn_sakke_check_finish(const mn_jac *test, const uint8_t *rpoint, uint32_t scalarBad, uint32_t otherBad)
{
    mn_aff rp;
    uint32_t enc;
    uint32_t off = mn_sakke_decode(&rp, rpoint, &enc);
    uint32_t eq = mn_sakke_equals_affine(test, &rp);
    mn_wipe(&rp, sizeof rp);
    return mn_sakke_status(enc | scalarBad, off | otherBad | ~eq, 0);
}

static int check_in_session(const uint8_t qb[256], const uint8_t r[128], const uint8_t rpoint[256])
{
    mn_aff q;
    mn_jac test;
    uint32_t kk[MN_SCALAR_WORDS], enc;
    uint32_t off = mn_sakke_decode(&q, qb, &enc);
    uint32_t big = mn_sakke_scalar_read(kk, r);
    mn_sakke_mul_plain(&test, &q, kk);       /* r = 0 gives [q]Q_b: infinity, never equal to R */
    int status = mn_sakke_check_finish(&test, rpoint, big | enc, off);
    mn_wipe(&test, sizeof test); mn_wipe(kk, sizeof kk);
    return status;
}

int mn_sakke_mul(uint8_t out[256], const uint8_t q[256], const uint8_t k[128])
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(mul_in_session(out, q, k));
}

int mn_sakke_check(const uint8_t qb[256], const uint8_t r[128], const uint8_t rpoint[256])
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(check_in_session(qb, r, rpoint));
}
