/*
 * P-256 point arithmetic in Jacobian coordinates (Montgomery-form field elements), a = -3. Formulas from the
 * Explicit-Formulas Database (hyperelliptic.org/EFD/g1p/auto-shortw-jacobian-3.html): dbl-2001-b (3M + 5S),
 * add-1998-cmo-2 (12M + 4S) and its mixed form with Z2 = 1 (8M + 3S).
 */
#include <string.h>
#include "mn_p256_internal.h"

/* y^2 = x^3 - 3x + b: b in plain form (converted once per decode). */
static const uint32_t curve_b[8] = { 0x27D2604B, 0x3BCE3C3E, 0xCC53B0F6, 0x651D06B0,
                                     0x769886BC, 0xB3EBBD55, 0xAA3A93E7, 0x5AC635D8 };

static void wipe_fes(mn_fe *f, int count) { mn_wipe(f, sizeof(mn_fe) * (size_t)count); }

void mn_p256_dbl(mn_p256_jac *r, const mn_p256_jac *p)
{
    mn_fe t[6]; /* delta, gamma, beta, alpha, scratch x2 */
    mn_fp_sqr(t[0], p->z);                 /* delta = Z^2 */
    mn_fp_sqr(t[1], p->y);                 /* gamma = Y^2 */
    mn_fp_mul(t[2], p->x, t[1]);           /* beta = X gamma */
    mn_fp_sub(t[4], p->x, t[0]);
    mn_fp_add(t[5], p->x, t[0]);
    mn_fp_mul(t[3], t[4], t[5]);
    mn_fp_add(t[4], t[3], t[3]);
    mn_fp_add(t[3], t[4], t[3]);           /* alpha = 3 (X - delta)(X + delta) */
    mn_fp_add(t[4], p->y, p->z);
    mn_fp_sqr(t[4], t[4]);
    mn_fp_sub(t[4], t[4], t[1]);
    mn_fp_sub(r->z, t[4], t[0]);           /* Z3 = (Y + Z)^2 - gamma - delta */
    mn_fp_add(t[2], t[2], t[2]);
    mn_fp_add(t[2], t[2], t[2]);           /* 4 beta */
    mn_fp_sqr(t[4], t[3]);
    mn_fp_add(t[5], t[2], t[2]);
    mn_fp_sub(r->x, t[4], t[5]);           /* X3 = alpha^2 - 8 beta */
    mn_fp_sub(t[2], t[2], r->x);
    mn_fp_mul(t[2], t[2], t[3]);
    mn_fp_sqr(t[1], t[1]);
    mn_fp_add(t[1], t[1], t[1]);
    mn_fp_add(t[1], t[1], t[1]);
    mn_fp_add(t[1], t[1], t[1]);
    mn_fp_sub(r->y, t[2], t[1]);           /* Y3 = alpha (4 beta - X3) - 8 gamma^2 */
    wipe_fes(t, 6);
}

/* The common tail of both additions: from U1, S1, H = U2 - U1, R = S2 - S1 and Z3 (without the factor H yet). */
static void add_tail(mn_p256_jac *r, mn_fe u1, mn_fe s1, mn_fe h, mn_fe rr, const mn_fe zprod)
{
    mn_fe hh, hhh, v;
    mn_fp_mul(r->z, zprod, h);             /* Z3 = Z1 Z2 H */
    mn_fp_sqr(hh, h);
    mn_fp_mul(hhh, hh, h);
    mn_fp_mul(v, u1, hh);                  /* V = U1 H^2 */
    mn_fp_sqr(h, rr);
    mn_fp_sub(h, h, hhh);
    mn_fp_sub(h, h, v);
    mn_fp_sub(r->x, h, v);                 /* X3 = R^2 - H^3 - 2V */
    mn_fp_sub(v, v, r->x);
    mn_fp_mul(v, v, rr);
    mn_fp_mul(hhh, hhh, s1);
    mn_fp_sub(r->y, v, hhh);               /* Y3 = R (V - X3) - S1 H^3 */
    mn_wipe(hh, sizeof hh); mn_wipe(hhh, sizeof hhh); mn_wipe(v, sizeof v);
}

void mn_p256_add(mn_p256_jac *r, const mn_p256_jac *p, const mn_p256_jac *q)
{
    mn_fe t[6]; /* u1, u2, s1, s2, z1z1, z2z2 */
    mn_fp_sqr(t[4], p->z);
    mn_fp_sqr(t[5], q->z);
    mn_fp_mul(t[0], p->x, t[5]);
    mn_fp_mul(t[1], q->x, t[4]);
    mn_fp_mul(t[2], p->y, q->z);
    mn_fp_mul(t[2], t[2], t[5]);           /* S1 = Y1 Z2^3 */
    mn_fp_mul(t[3], q->y, p->z);
    mn_fp_mul(t[3], t[3], t[4]);           /* S2 = Y2 Z1^3 */
    mn_fp_sub(t[1], t[1], t[0]);           /* H */
    mn_fp_sub(t[3], t[3], t[2]);           /* R */
    mn_fp_mul(t[4], p->z, q->z);
    add_tail(r, t[0], t[2], t[1], t[3], t[4]);
    wipe_fes(t, 6);
}

void mn_p256_madd(mn_p256_jac *r, const mn_p256_jac *p, const mn_p256_affine *q)
{
    mn_fe t[5]; /* u1, h, s1, rr, z */
    mn_fp_sqr(t[0], p->z);
    mn_fp_mul(t[1], q->x, t[0]);           /* U2 = X2 Z1^2 */
    mn_fp_mul(t[3], q->y, p->z);
    mn_fp_mul(t[3], t[3], t[0]);           /* S2 = Y2 Z1^3 */
    for (int i = 0; i < 8; i++) { t[0][i] = p->x[i]; t[2][i] = p->y[i]; t[4][i] = p->z[i]; }
    mn_fp_sub(t[1], t[1], t[0]);           /* H = U2 - X1 */
    mn_fp_sub(t[3], t[3], t[2]);           /* R = S2 - Y1 */
    add_tail(r, t[0], t[2], t[1], t[3], t[4]);
    wipe_fes(t, 5);
}

static int is_zero_public(const mn_fe a) { return mn_p256_is_zero(a) != 0; }

static void copy_jac(mn_p256_jac *r, const mn_p256_jac *p) { if (r != p) *r = *p; }

void mn_p256_add_public(mn_p256_jac *r, const mn_p256_jac *p, const mn_p256_jac *q)
{
    if (is_zero_public(p->z)) { copy_jac(r, q); return; }
    if (is_zero_public(q->z)) { copy_jac(r, p); return; }
    mn_fe u1, u2, s1, s2, z1z1, z2z2;
    mn_fp_sqr(z1z1, p->z);
    mn_fp_sqr(z2z2, q->z);
    mn_fp_mul(u1, p->x, z2z2);
    mn_fp_mul(u2, q->x, z1z1);
    mn_fp_mul(s1, p->y, q->z);
    mn_fp_mul(s1, s1, z2z2);
    mn_fp_mul(s2, q->y, p->z);
    mn_fp_mul(s2, s2, z1z1);
    mn_fp_sub(u2, u2, u1);
    mn_fp_sub(s2, s2, s1);
    if (is_zero_public(u2)) {
        if (is_zero_public(s2)) mn_p256_dbl(r, p);
        else memset(r, 0, sizeof *r); /* P + (-P) */
        return;
    }
    mn_fp_mul(z1z1, p->z, q->z);
    add_tail(r, u1, s1, u2, s2, z1z1);
}

void mn_p256_madd_public(mn_p256_jac *r, const mn_p256_jac *p, const mn_p256_affine *q)
{
    if (is_zero_public(p->z)) {
        memcpy(r->x, q->x, sizeof r->x); memcpy(r->y, q->y, sizeof r->y); memcpy(r->z, mn_fp_one, sizeof r->z);
        return;
    }
    mn_fe u1, h, s1, rr, z1, t;
    mn_fp_sqr(t, p->z);
    mn_fp_mul(h, q->x, t);
    mn_fp_mul(rr, q->y, p->z);
    mn_fp_mul(rr, rr, t);
    memcpy(u1, p->x, sizeof u1); memcpy(s1, p->y, sizeof s1); memcpy(z1, p->z, sizeof z1);
    mn_fp_sub(h, h, u1);
    mn_fp_sub(rr, rr, s1);
    if (is_zero_public(h)) {
        if (is_zero_public(rr)) mn_p256_dbl(r, p);
        else memset(r, 0, sizeof *r);
        return;
    }
    add_tail(r, u1, s1, h, rr, z1);
}

int mn_p256_decode(mn_p256_affine *r, const uint8_t p64[64])
{
    mn_fe x, y, lhs, rhs, b;
    mn_p256_from_bytes(x, p64);
    mn_p256_from_bytes(y, p64 + 32);
    if (!(mn_p256_lt(x, mn_p256_p) & mn_p256_lt(y, mn_p256_p))) return MN_EENCODING;
    mn_fp_to_mont(r->x, x);
    mn_fp_to_mont(r->y, y);
    mn_fp_sqr(lhs, r->y);
    mn_fp_sqr(rhs, r->x);
    mn_fp_mul(rhs, rhs, r->x);
    mn_fp_sub(rhs, rhs, r->x);
    mn_fp_sub(rhs, rhs, r->x);
    mn_fp_sub(rhs, rhs, r->x);
    mn_fp_to_mont(b, curve_b);
    mn_fp_add(rhs, rhs, b);
    mn_fp_sub(lhs, lhs, rhs);
    return is_zero_public(lhs) ? MN_OK : MN_EPOINT;
}

uint32_t mn_p256_encode(uint8_t out64[64], const mn_p256_jac *p)
{
    mn_fe zi, t, x, y;
    uint32_t inf = mn_p256_is_zero(p->z);
    mn_fp_inv(zi, p->z);                   /* 0 for infinity: the coordinates come out 0 */
    mn_fp_sqr(t, zi);
    mn_fp_mul(x, p->x, t);
    mn_fp_mul(t, t, zi);
    mn_fp_mul(y, p->y, t);
    mn_fp_from_mont(x, x);
    mn_fp_from_mont(y, y);
    mn_p256_to_bytes(out64, x);
    mn_p256_to_bytes(out64 + 32, y);
    mn_wipe(zi, sizeof zi); mn_wipe(t, sizeof t); mn_wipe(x, sizeof x); mn_wipe(y, sizeof y);
    return inf;
}
