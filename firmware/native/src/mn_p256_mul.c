/*
 * P-256 scalar multiplications and ECDSA verification (the coarse operations of mn_p256.h).
 *
 * Scalars are 32 octets, reduced mod n once (k < 2^256 < 2n), as the managed P256.ReduceScalar does, so that the
 * schedules below only ever see k < n; that bound is what rules out the additions' doubling case.
 */
#include <string.h>
#include "mn_p256_internal.h"

/* All ones when a == b. */
static uint32_t eq_mask(uint32_t a, uint32_t b)
{
    uint32_t x = a ^ b;
    return ((x | (0u - x)) >> 31) - 1u;
}

static void set_affine(mn_p256_jac *r, const mn_p256_affine *a)
{
    memcpy(r->x, a->x, sizeof r->x);
    memcpy(r->y, a->y, sizeof r->y);
    memcpy(r->z, mn_fp_one, sizeof r->z);
}

/* r = (mask ? a : r) on all three coordinates. */
static void cmov_jac(mn_p256_jac *r, const mn_p256_jac *a, uint32_t mask)
{
    mn_p256_cmov(r->x, a->x, mask);
    mn_p256_cmov(r->y, a->y, mask);
    mn_p256_cmov(r->z, a->z, mask);
}

/* The result code of a constant-time multiplication: MN_EINFINITY when inf is all ones, without a branch. */
static int infinity_status(uint32_t inf) { return MN_EINFINITY * (int)(inf & 1u); }

/*
 * [k]G by a fixed-base comb: 4 combs of 4 teeth 16 bits apart (k = sum_t K_t 2^16t, comb c holding K_4c..K_4c+3), so
 * 15 doublings and 64 mixed additions, each entry of a comb (15 affine points, 3,840 octets in all) read under a mask.
 * No addition meets its doubling case: before an addition the sum is A G and the entry B G with A + B <= k / 2^j < n
 * (A's chunks are prefixes of k's, B holds the next bit of the comb's chunks), so A = +-B mod n only when A = B = 0:
 * sum and entry infinity, handled with the other infinity cases by selection.
 */
int mn_p256_mul_base(uint8_t out64[64], const uint8_t k32[32])
{
    uint32_t k[8];
    mn_p256_jac acc, sum, ent;
    mn_p256_affine sel;
    mn_fn_from_bytes_reduce(k, k32);
    memset(&acc, 0, sizeof acc);
    for (int j = 15; j >= 0; j--) {
        if (j != 15) mn_p256_dbl(&acc, &acc);
        for (int c = 0; c < MN_P256_COMBS; c++) {
            /* bit j of K_4c+u is bit 16u + j of the comb's 64 bits, limbs 2c and 2c+1 */
            uint32_t lo = k[2 * c], hi = k[2 * c + 1];
            uint32_t e = (lo >> j & 1u) | (lo >> (j + 16) & 1u) << 1 | (hi >> j & 1u) << 2 | (hi >> (j + 16) & 1u) << 3;
            memset(&sel, 0, sizeof sel);
            for (uint32_t d = 1; d <= MN_P256_COMB_ENTRIES; d++) {
                uint32_t m = eq_mask(d, e);
                mn_p256_cmov(sel.x, mn_p256_comb[c][d - 1].x, m);
                mn_p256_cmov(sel.y, mn_p256_comb[c][d - 1].y, m);
            }
            uint32_t acc_inf = mn_p256_is_zero(acc.z), e_zero = eq_mask(e, 0);
            mn_p256_madd(&sum, &acc, &sel);
            set_affine(&ent, &sel);
            cmov_jac(&sum, &ent, acc_inf);    /* O + E = E */
            cmov_jac(&sum, &acc, e_zero);     /* S + O = S */
            acc = sum;
        }
    }
    int status = infinity_status(mn_p256_encode(out64, &acc));
    mn_wipe(k, sizeof k); mn_wipe(&acc, sizeof acc); mn_wipe(&sum, sizeof sum);
    mn_wipe(&ent, sizeof ent); mn_wipe(&sel, sizeof sel);
    return status;
}

/* sel = table[digit] (table[0] is infinity, all zero), every entry read under a mask. */
static void scan_jac(mn_p256_jac *sel, const mn_p256_jac table[16], uint32_t digit)
{
    memset(sel, 0, sizeof *sel);
    for (uint32_t d = 1; d < 16; d++) cmov_jac(sel, &table[d], eq_mask(d, digit));
}

/*
 * [k]P with fixed 4-bit windows from the top: the table 0..15 P, then per window 4 doublings and one addition of the
 * entry (read under masks). As in the managed P256.MultiplyInto, the additions never meet the doubling case: before
 * adding digit d the sum is 16 j P with 16 j + d <= k < n, and 16 j P = +-d P needs 16 j -+ d = 0 mod n, impossible
 * for 0 < d < 16 unless j = 0, where the sum is infinity (selected). P has order n (cofactor 1).
 */
int mn_p256_mul(uint8_t out64[64], const uint8_t p64[64], const uint8_t k32[32])
{
    mn_p256_affine pa;
    int status = mn_p256_decode(&pa, p64);
    if (status != MN_OK) {
        memset(out64, 0, 64);
        return status;
    }
    uint32_t k[8];
    mn_p256_jac table[16], acc, sum, sel;
    mn_fn_from_bytes_reduce(k, k32);
    memset(&table[0], 0, sizeof table[0]);
    set_affine(&table[1], &pa);
    for (int d = 2; d < 16; d++) {
        if ((d & 1) == 0) mn_p256_dbl(&table[d], &table[d >> 1]);
        else mn_p256_madd(&table[d], &table[d - 1], &pa);
    }
    scan_jac(&acc, table, k[7] >> 28);
    for (int w = 62; w >= 0; w--) {
        for (int s = 0; s < 4; s++) mn_p256_dbl(&acc, &acc);
        uint32_t digit = (k[w >> 3] >> ((w & 7) * 4)) & 15u;
        scan_jac(&sel, table, digit);
        uint32_t acc_inf = mn_p256_is_zero(acc.z), d_zero = eq_mask(digit, 0);
        mn_p256_add(&sum, &acc, &sel);
        cmov_jac(&sum, &sel, acc_inf);
        cmov_jac(&sum, &acc, d_zero);
        acc = sum;
    }
    status = infinity_status(mn_p256_encode(out64, &acc));
    mn_wipe(k, sizeof k); mn_wipe(table, sizeof table); mn_wipe(&acc, sizeof acc);
    mn_wipe(&sum, sizeof sum); mn_wipe(&sel, sizeof sel);
    return status;
}

/* Bit i of k < 2^256 (0 past the top). */
static uint32_t bit_at(const uint32_t k[8], int i) { return i < 256 ? k[i >> 5] >> (i & 31) & 1u : 0u; }

/* Width-w NAF of k < 2^256 (public): digits odd in (-2^(w-1), 2^(w-1)) or 0, at most 257; returns the length.
 * window holds the low w bits of what is left of k (and its carry, up to 2^w), refilled a bit at a time from k, so
 * the remainder itself is never shifted (as in OpenSSL's bn_compute_wNAF). */
static int wnaf(int8_t naf[257], const uint32_t k[8], int w)
{
    uint32_t window = k[0] & ((1u << w) - 1);
    int len = 0;
    for (int i = 0; i < 257; i++) {
        int digit = 0;
        if (window & 1) {
            digit = (window >> (w - 1) & 1) ? (int)window - (1 << w) : (int)window;
            window -= (uint32_t)digit;       /* 0 or 2^w */
            len = i + 1;
        }
        naf[i] = (int8_t)digit;
        window = (window >> 1) + (bit_at(k, i + w) << (w - 1));
    }
    return len;
}

/* The public multi-scalar multiplications: G's digits in width MN_P256_G_WINDOW over the constant table
 * (G .. 127G), each other point's in width Q_WINDOW over its odd multiples made here (Q .. 15Q); at most MAX_POINTS
 * such points. */
#define Q_WINDOW 5
#define Q_ODD (1 << (Q_WINDOW - 2))
#define MAX_POINTS 2

/* (X, Y) = (X c^2, Y c^3): with c = Z^-1 a Jacobian point's affine form; with c = Z the image of an affine point on
 * the isomorphic curve y^2 = x^3 + a Z^4 x + b Z^6. */
static void scale_xy(mn_p256_affine *a, const mn_fe c)
{
    mn_fe t;
    mn_fp_sqr(t, c);
    mn_fp_mul(a->x, a->x, t);
    mn_fp_mul(t, t, c);
    mn_fp_mul(a->y, a->y, t);
}

/*
 * The odd multiples Q, 3Q, .., (2 Q_ODD - 1)Q of each of count points, in affine form, so that the main loop's
 * additions are mixed ones (8M + 3S instead of 12M + 4S). The chain Q, Q + 2Q, .. runs on the isomorphic curve
 * y^2 = x^3 + a Z^4 x + b Z^6 with Z = Z(2Q), where 2Q is the affine (X, Y) and Q is (x Z^2, y Z^3, 1): every step is
 * then a mixed addition too (the addition formulas use neither a nor b), and a point (X', Y', Z') there is
 * (X', Y', Z' Z) here. A chain's Z's are Z h_1 .. h_i (h_i each step's H = Z3 / Z1), so one inversion serves all:
 * the chains' last Z's inverted together by Montgomery's trick, then back along each chain Zt_(i-1)^-1 = Zt_i^-1 h_i
 * (h_1 is not needed).
 * Q has order n: no multiple is infinity and (2i - 1)Q = +-2Q never holds for these i, so no addition meets its
 * exceptional cases. Public values only.
 */
static void odd_multiples_affine(mn_p256_affine odd[][Q_ODD], const mn_p256_affine *q, int count)
{
    mn_fe ratio[MAX_POINTS][Q_ODD], last[MAX_POINTS], prefix[MAX_POINTS], inv, zi;
    for (int k = 0; k < count; k++) {
        mn_p256_jac cur, twice;
        mn_p256_affine twice_iso, q_iso = q[k];
        set_affine(&cur, &q[k]);
        mn_p256_dbl_public(&twice, &cur);
        memcpy(twice_iso.x, twice.x, sizeof twice_iso.x);
        memcpy(twice_iso.y, twice.y, sizeof twice_iso.y);
        scale_xy(&q_iso, twice.z);
        set_affine(&cur, &q_iso);
        odd[k][0] = q[k];
        for (int i = 1; i < Q_ODD; i++) {
            mn_p256_madd_ratio_public(&cur, &cur, &twice_iso, ratio[k][i]);
            memcpy(odd[k][i].x, cur.x, sizeof cur.x);
            memcpy(odd[k][i].y, cur.y, sizeof cur.y);
        }
        mn_fp_mul(last[k], cur.z, twice.z);
    }
    memcpy(prefix[0], last[0], sizeof prefix[0]);
    for (int k = 1; k < count; k++) mn_fp_mul(prefix[k], prefix[k - 1], last[k]);
    mn_fp_inv_public(inv, prefix[count - 1]);   /* (last_0 .. last_count-1)^-1 */
    for (int k = count - 1; k >= 0; k--) {
        if (k > 0) {
            mn_fp_mul(zi, inv, prefix[k - 1]);    /* last_k^-1 */
            mn_fp_mul(inv, inv, last[k]);         /* (last_0 .. last_k-1)^-1 */
        } else {
            memcpy(zi, inv, sizeof zi);
        }
        for (int i = Q_ODD - 1; i >= 1; i--) {
            scale_xy(&odd[k][i], zi);
            if (i > 1) mn_fp_mul(zi, zi, ratio[k][i]);
        }
    }
}

/* r = r + digit * (the point whose odd multiples are odd), for a width-w NAF digit. */
static void add_digit(mn_p256_jac *r, const mn_p256_affine *odd, int digit)
{
    if (digit > 0) mn_p256_madd_public(r, r, &odd[digit >> 1]);
    else if (digit < 0) mn_p256_msub_public(r, r, &odd[(-digit) >> 1]);
}

/* r = u0 G + u_0 q[0] + .. + u_count-1 q[count-1] (u_k = u[8k .. 8k+7]; scalars < n, count <= MAX_POINTS): interleaved wNAF (Straus),
 * one doubling chain, mixed additions only; the complete public additions take the doubling and infinity cases
 * (repeated or opposite points, q = G). Variable time. */
static void mul_add_jac(mn_p256_jac *r, const uint32_t u0[8], const uint32_t *u, const mn_p256_affine *q, int count)
{
    int8_t n0[257], nq[MAX_POINTS][257];
    mn_p256_affine odd[MAX_POINTS][Q_ODD];
    odd_multiples_affine(odd, q, count);
    int len = wnaf(n0, u0, MN_P256_G_WINDOW);
    for (int k = 0; k < count; k++) {
        int l = wnaf(nq[k], u + 8 * k, Q_WINDOW);
        if (l > len) len = l;
    }
    memset(r, 0, sizeof *r);
    for (int i = len - 1; i >= 0; i--) {
        if (!mn_p256_is_zero(r->z)) mn_p256_dbl_public(r, r);
        add_digit(r, mn_p256_g_odd, n0[i]);
        for (int k = 0; k < count; k++) add_digit(r, odd[k], nq[k][i]);
    }
}

/* out64 = u1 G + the sum of us[k] qs[k] (k < count <= MAX_POINTS; encodings as mn_p256.h has them): the points
 * validated, the scalars reduced mod n, infinity MN_EINFINITY with out64 zeroed. */
static int mul_add_encoded(uint8_t out64[64], const uint8_t u1b[32], const uint8_t *const us[], const uint8_t *const qs[],
                           int count)
{
    mn_p256_affine q[MAX_POINTS];
    uint32_t u1[8], u[8 * MAX_POINTS];
    mn_p256_jac r;
    for (int k = 0; k < count; k++) {
        int status = mn_p256_decode(&q[k], qs[k]);
        if (status != MN_OK) {
            memset(out64, 0, 64);
            return status;
        }
        mn_fn_from_bytes_reduce(u + 8 * k, us[k]);
    }
    mn_fn_from_bytes_reduce(u1, u1b);
    mul_add_jac(&r, u1, u, q, count);
    return mn_p256_encode_public(out64, &r) ? MN_EINFINITY : MN_OK;
}

int mn_p256_mul_add_public(uint8_t out64[64], const uint8_t u1[32], const uint8_t u2[32], const uint8_t q64[64])
{
    const uint8_t *us[1] = { u2 }, *qs[1] = { q64 };
    return mul_add_encoded(out64, u1, us, qs, 1);
}

int mn_p256_mul_add3_public(uint8_t out64[64], const uint8_t u1[32], const uint8_t u2[32], const uint8_t q2[64],
                            const uint8_t u3[32], const uint8_t q3[64])
{
    const uint8_t *us[2] = { u2, u3 }, *qs[2] = { q2, q3 };
    return mul_add_encoded(out64, u1, us, qs, 2);
}

/* 1 when 0 < v < n. */
static int in_scalar_range(const uint32_t v[8]) { return !mn_p256_is_zero(v) && mn_p256_lt(v, mn_p256_n); }

int mn_p256_ecdsa_verify_public(const uint8_t *hash, size_t hashLen, const uint8_t r32[32], const uint8_t s32[32],
                                const uint8_t q64[64])
{
    if (hash == NULL || hashLen == 0) return MN_EENCODING;
    mn_p256_affine q;
    int status = mn_p256_decode(&q, q64);
    if (status != MN_OK) return status;
    uint32_t r[8], s[8], e[8], w[8], u1[8], u2[8];
    mn_p256_from_bytes(r, r32);
    mn_p256_from_bytes(s, s32);
    if (!in_scalar_range(r) || !in_scalar_range(s)) return MN_P256_EVERIFY;
    /* bits2int (FIPS 186-4 6.4, RFC 6979 2.3.2): the leftmost 256 bits; a shorter digest is left-padded */
    uint8_t z[32];
    memset(z, 0, sizeof z);
    if (hashLen >= 32) memcpy(z, hash, 32);
    else memcpy(z + 32 - hashLen, hash, hashLen);
    mn_fn_from_bytes_reduce(e, z);
    mn_fn_inv_public(w, s);                /* w = s^-1 (Montgomery form); s is public */
    mn_fn_mul(u1, e, w);                   /* e w: the R factors cancel, a plain integer */
    mn_fn_mul(u2, r, w);
    mn_p256_jac sum;
    mul_add_jac(&sum, u1, u2, &q, 1);
    if (mn_p256_is_zero(sum.z)) return MN_P256_EVERIFY;
    /* x(sum) mod n == r without inverting Z: r Z^2 == X, or (r + n) Z^2 == X when r + n < p */
    mn_fe z2, rm, t;
    mn_fp_sqr(z2, sum.z);
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            uint64_t c = 0;
            for (int i = 0; i < 8; i++) { c += (uint64_t)r[i] + mn_p256_n[i]; r[i] = (uint32_t)c; c >>= 32; }
            if (c != 0 || !mn_p256_lt(r, mn_p256_p)) break;
        }
        mn_fp_to_mont(rm, r);
        mn_fp_mul(t, rm, z2);
        mn_fp_sub(t, t, sum.x);
        if (mn_p256_is_zero(t)) return MN_OK;
    }
    return MN_P256_EVERIFY;
}
