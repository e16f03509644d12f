/*
 * Points of the SAKKE curve E: y^2 = x^3 - 3x over F_p (RFC 6508 2.1) in Jacobian coordinates, the same formulas in
 * the same order as the managed SakkeCurve (dbl-2001-b, madd-2007-bl, add-2007-bl), so that every intermediate agrees;
 * scalars mod q as little-endian words.
 */
#include "mn_sakke_internal.h"

#define FE uint32_t
#define WIPE_T() mn_wipe_words(&t[0][0], sizeof t / 4)

uint32_t mn_sakke_decode(mn_aff *r, const uint8_t *src, uint32_t *encoding)
{
    FE t[2][MN_FP_N];
    uint32_t bad = mn_sakke_fp_from_bytes(r->x, src) | mn_sakke_fp_from_bytes(r->y, src + MN_SAKKE_L);
    *encoding = bad;
    /* y^2 == x^3 - 3x */
    mn_sakke_fp_sqr(t[0], r->x);
    mn_sakke_fp_one(t[1]);
    mn_sakke_fp_sub(t[0], t[0], t[1]);
    mn_sakke_fp_sub(t[0], t[0], t[1]);
    mn_sakke_fp_sub(t[0], t[0], t[1]);
    mn_sakke_fp_mul(t[0], t[0], r->x);
    mn_sakke_fp_sqr(t[1], r->y);
    uint32_t off = ~mn_sakke_fp_equal(t[0], t[1]) | bad;
    WIPE_T();
    return off;
}

void mn_sakke_encode(uint8_t *dst, const mn_aff *a)
{
    mn_sakke_fp_to_bytes(dst, a->x);
    mn_sakke_fp_to_bytes(dst + MN_SAKKE_L, a->y);
}

void mn_sakke_set_affine(mn_jac *r, const mn_aff *a)
{
    mn_sakke_fp_copy(r->x, a->x);
    mn_sakke_fp_copy(r->y, a->y);
    mn_sakke_fp_one(r->z);
}

void mn_sakke_double_beside(mn_jac *r, const mn_jac *a, mn_beside *w)
{
    FE t[5][MN_FP_N];
    FE *t1 = t[0], *t2 = t[1], *t3 = t[2], *t4 = t[3], *t5 = t[4];
    mn_sakke_fp_sqr_beside(t1, a->z, w);    /* delta */
    mn_sakke_fp_sqr_beside(t2, a->y, w);    /* gamma */
    mn_sakke_fp_mul_beside(t3, a->x, t2, w); /* beta */
    mn_sakke_fp_sub(t4, a->x, t1);
    mn_sakke_fp_add(t5, a->x, t1);
    mn_sakke_fp_mul_beside(t4, t4, t5, w);
    mn_sakke_fp_add(t5, t4, t4);
    mn_sakke_fp_add(t4, t5, t4);            /* alpha = 3 (X - delta)(X + delta) */
    mn_sakke_fp_add(t5, a->y, a->z);
    mn_sakke_fp_sqr_beside(t5, t5, w);
    mn_sakke_fp_sub(t5, t5, t2);
    mn_sakke_fp_sub(r->z, t5, t1);          /* Z3 = (Y + Z)^2 - gamma - delta */
    mn_sakke_fp_add(t3, t3, t3);
    mn_sakke_fp_add(t3, t3, t3);            /* 4 beta */
    mn_sakke_fp_sqr_beside(t5, t4, w);
    mn_sakke_fp_sub(t5, t5, t3);
    mn_sakke_fp_sub(r->x, t5, t3);          /* X3 = alpha^2 - 8 beta */
    mn_sakke_fp_sub(t3, t3, r->x);
    mn_sakke_fp_add(t1, t2, t2);
    mn_sakke_fp_add(t1, t1, t1);
    mn_sakke_fp_add(t1, t1, t1);            /* 8 gamma */
    mn_sakke_fp_mul_sub(r->y, t3, t4, t1, t2); /* Y3 = alpha (4 beta - X3) - 8 gamma^2 */
    WIPE_T();
}

void mn_sakke_double(mn_jac *r, const mn_jac *a)
{
    mn_sakke_double_beside(r, a, NULL);
}

void mn_sakke_add_mixed_beside(mn_jac *r, const mn_jac *a, const mn_aff *b, mn_beside *w)
{
    FE t[7][MN_FP_N];
    FE *t1 = t[0], *t2 = t[1], *t3 = t[2], *t4 = t[3], *t5 = t[4], *t6 = t[5], *t7 = t[6];
    mn_sakke_fp_sqr_beside(t1, a->z, w);    /* Z1Z1 */
    mn_sakke_fp_mul_beside(t2, b->x, t1, w); /* U2 */
    mn_sakke_fp_mul_beside(t3, a->z, t1, w);
    mn_sakke_fp_mul_beside(t3, t3, b->y, w); /* S2 */
    mn_sakke_fp_sub(t2, t2, a->x);          /* H */
    mn_sakke_fp_sqr_beside(t4, t2, w);      /* HH */
    mn_sakke_fp_add(t5, t4, t4);
    mn_sakke_fp_add(t5, t5, t5);            /* I = 4 HH */
    mn_sakke_fp_mul_beside(t6, t2, t5, w);  /* J = H I */
    mn_sakke_fp_sub(t3, t3, a->y);
    mn_sakke_fp_add(t3, t3, t3);            /* rr = 2 (S2 - Y1) */
    mn_sakke_fp_mul_beside(t5, a->x, t5, w); /* V = X1 I */
    mn_sakke_fp_add(t7, a->z, t2);
    mn_sakke_fp_sqr_beside(t7, t7, w);
    mn_sakke_fp_sub(t7, t7, t1);
    mn_sakke_fp_sub(r->z, t7, t4);          /* Z3 = (Z1 + H)^2 - Z1Z1 - HH */
    mn_sakke_fp_add(t7, a->y, a->y);        /* 2 Y1 */
    mn_sakke_fp_sqr_beside(t1, t3, w);
    mn_sakke_fp_sub(t1, t1, t6);
    mn_sakke_fp_sub(t1, t1, t5);
    mn_sakke_fp_sub(r->x, t1, t5);          /* X3 = rr^2 - J - 2V */
    mn_sakke_fp_sub(t5, t5, r->x);
    mn_sakke_fp_mul_sub(r->y, t5, t3, t7, t6); /* Y3 = rr (V - X3) - 2 Y1 J */
    WIPE_T();
}

void mn_sakke_add_mixed(mn_jac *r, const mn_jac *a, const mn_aff *b)
{
    mn_sakke_add_mixed_beside(r, a, b, NULL);
}

void mn_sakke_add(mn_jac *r, const mn_jac *a, const mn_jac *b)
{
    FE t[7][MN_FP_N];
    FE *t1 = t[0], *t2 = t[1], *t3 = t[2], *t4 = t[3], *t5 = t[4], *t6 = t[5], *t7 = t[6];
    mn_sakke_fp_sqr(t1, a->z);              /* Z1Z1 */
    mn_sakke_fp_sqr(t2, b->z);              /* Z2Z2 */
    mn_sakke_fp_mul(t3, a->x, t2);          /* U1 */
    mn_sakke_fp_mul(t4, b->x, t1);          /* U2 */
    mn_sakke_fp_mul(t5, a->y, b->z);
    mn_sakke_fp_mul(t5, t5, t2);            /* S1 */
    mn_sakke_fp_mul(t6, b->y, a->z);
    mn_sakke_fp_mul(t6, t6, t1);            /* S2 */
    mn_sakke_fp_sub(t4, t4, t3);            /* H */
    mn_sakke_fp_sub(t6, t6, t5);
    mn_sakke_fp_add(t6, t6, t6);            /* rr = 2 (S2 - S1) */
    mn_sakke_fp_add(t7, a->z, b->z);
    mn_sakke_fp_sqr(t7, t7);
    mn_sakke_fp_sub(t7, t7, t1);
    mn_sakke_fp_sub(t7, t7, t2);
    mn_sakke_fp_mul(r->z, t7, t4);          /* Z3 = ((Z1 + Z2)^2 - Z1Z1 - Z2Z2) H */
    mn_sakke_fp_add(t1, t4, t4);
    mn_sakke_fp_sqr(t1, t1);                /* I = (2H)^2 */
    mn_sakke_fp_mul(t2, t4, t1);            /* J = H I */
    mn_sakke_fp_mul(t3, t3, t1);            /* V = U1 I */
    mn_sakke_fp_sqr(t1, t6);
    mn_sakke_fp_sub(t1, t1, t2);
    mn_sakke_fp_sub(t1, t1, t3);
    mn_sakke_fp_sub(r->x, t1, t3);          /* X3 = rr^2 - J - 2V */
    mn_sakke_fp_sub(t3, t3, r->x);
    mn_sakke_fp_add(t5, t5, t5);            /* 2 S1 */
    mn_sakke_fp_mul_sub(r->y, t3, t6, t5, t2); /* Y3 = rr (V - X3) - 2 S1 J */
    WIPE_T();
}

void mn_sakke_add_mixed_public(mn_jac *r, const mn_jac *a, const mn_aff *b)
{
    FE t[3][MN_FP_N];
    if (mn_sakke_fp_is_zero(a->z)) {
        mn_sakke_set_affine(r, b);
        return;
    }
    mn_sakke_fp_sqr(t[0], a->z);
    mn_sakke_fp_mul(t[1], b->x, t[0]);      /* U2 */
    if (mn_sakke_fp_equal(t[1], a->x)) {
        mn_sakke_fp_mul(t[2], a->z, t[0]);
        mn_sakke_fp_mul(t[2], t[2], b->y);  /* S2 */
        if (mn_sakke_fp_equal(t[2], a->y)) mn_sakke_double(r, a);
        else mn_sakke_fp_zero(r->z);        /* a = -b */
        return;
    }
    mn_sakke_add_mixed(r, a, b);
}

void mn_sakke_cond_neg(mn_jac *a, uint32_t mask)
{
    FE t[1][MN_FP_N];
    mn_sakke_fp_neg(t[0], a->y);
    mn_sakke_fp_select(a->y, t[0], a->y, mask);
    WIPE_T();
}

uint32_t mn_sakke_to_affine(mn_aff *r, const mn_jac *a)
{
    FE t[2][MN_FP_N];
    uint32_t inf = mn_sakke_fp_is_zero(a->z);
    mn_sakke_fp_inv(t[0], a->z);
    mn_sakke_fp_sqr(t[1], t[0]);
    mn_sakke_fp_mul(r->x, a->x, t[1]);
    mn_sakke_fp_mul(t[1], t[1], t[0]);
    mn_sakke_fp_mul(r->y, a->y, t[1]);
    WIPE_T();
    return inf; /* Z = 0 inverts to 0: the coordinates are then zero */
}

uint32_t mn_sakke_equals_affine(const mn_jac *a, const mn_aff *b)
{
    FE t[3][MN_FP_N];
    mn_sakke_fp_sqr(t[0], a->z);
    mn_sakke_fp_mul(t[1], b->x, t[0]);
    mn_sakke_fp_mul(t[0], t[0], a->z);
    mn_sakke_fp_mul(t[2], b->y, t[0]);
    uint32_t eq = mn_sakke_fp_equal(t[1], a->x) & mn_sakke_fp_equal(t[2], a->y) & ~mn_sakke_fp_is_zero(a->z);
    WIPE_T();
    return eq;
}

uint32_t mn_sakke_scalar_read(uint32_t *k, const uint8_t *src)
{
    for (int i = 0; i < MN_FP_N; i++) {
        const uint8_t *s = src + 4 * (MN_FP_N - 1 - i);
        k[i] = ((uint32_t)s[0] << 24) | ((uint32_t)s[1] << 16) | ((uint32_t)s[2] << 8) | s[3];
    }
    k[MN_FP_N] = 0;
    return ~mn_sakke_words_less(k, mn_sakke_q, MN_FP_N);
}

uint32_t mn_sakke_scalar_make_odd(uint32_t *k)
{
    uint32_t even = (k[0] & 1u) - 1u;
    uint32_t borrow = 0;
    for (int i = 0; i < MN_SCALAR_WORDS; i++) {
        uint32_t d;
        borrow = mn_sbb(&d, i < MN_FP_N ? mn_sakke_q[i] : 0u, k[i], borrow);
        k[i] = (d & even) | (k[i] & ~even);
    }
    return even;
}
