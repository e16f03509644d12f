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

static void wipe_fes(mn_fe *f, int count) { mn_p256_wipe_words(&f[0][0], 8 * count); }

/* Doubling for a = -3 over the caller's scratch t[6] (the secret path wipes it, the public one need not). EFD's
 * dbl-2001-b (alpha = 3 (X - delta)(X + delta), X3 = alpha^2 - 8 beta, Y3 = alpha (4 beta - X3) - 8 gamma^2) with
 * Y doubled first: gamma' = (2Y)^2 = 4 gamma gives 4 beta = X gamma' and 8 gamma^2 = gamma'^2 / 2, and
 * Z3 = (Y + Z)^2 - gamma - delta = 2 Y Z = (2Y) Z. 4M + 4S and 10 additions, doublings and halvings instead of
 * 3M + 5S and 16: an addition here costs a fifth of a product. */
static void dbl_with(mn_p256_jac *r, const mn_p256_jac *p, mn_fe t[6])
{
    mn_fp_sqr(t[0], p->z);                 /* delta = Z^2 */
    mn_fp_twice(t[1], p->y);               /* 2Y */
    mn_fp_mul(r->z, t[1], p->z);           /* Z3 = 2 Y Z: the last read of p->z and p->y (r may be p) */
    mn_fp_sqr(t[1], t[1]);                 /* gamma' = 4 gamma */
    mn_fp_mul(t[2], p->x, t[1]);           /* beta' = 4 beta */
    mn_fp_sub(t[4], p->x, t[0]);
    mn_fp_add(t[5], p->x, t[0]);
    mn_fp_mul(t[3], t[4], t[5]);
    mn_fp_twice(t[4], t[3]);
    mn_fp_add(t[3], t[4], t[3]);           /* alpha = 3 (X - delta)(X + delta) */
    mn_fp_sqr(t[4], t[3]);
    mn_fp_twice(t[5], t[2]);
    mn_fp_sub(r->x, t[4], t[5]);           /* X3 = alpha^2 - 2 beta' */
    mn_fp_sub(t[2], t[2], r->x);
    mn_fp_mul(t[2], t[2], t[3]);
    mn_fp_sqr(t[1], t[1]);
    mn_fp_half(t[1], t[1]);                /* 8 gamma^2 = gamma'^2 / 2 */
    mn_fp_sub(r->y, t[2], t[1]);           /* Y3 = alpha (beta' - X3) - 8 gamma^2 */
}

void mn_p256_dbl(mn_p256_jac *r, const mn_p256_jac *p)
{
    mn_fe t[6];
    dbl_with(r, p, t);
    wipe_fes(t, 6);
}

void mn_p256_dbl_public(mn_p256_jac *r, const mn_p256_jac *p)
{
    mn_fe t[6];
    dbl_with(r, p, t);
}

/* The common tail of the additions: from U1, S1, H = U2 - U1, R = S2 - S1 (-R when negated: for p - q, whose R is
 * -S2 - S1) and Z1 Z2 (Z3 without the factor H yet); t[3] is scratch (H^2, H^3, V) and h is overwritten. */
static void add_tail(mn_p256_jac *r, const mn_fe u1, const mn_fe s1, mn_fe h, const mn_fe rr, const mn_fe zprod,
                     mn_fe t[3], int negated)
{
    mn_fp_mul(r->z, zprod, h);             /* Z3 = Z1 Z2 H */
    mn_fp_sqr(t[0], h);
    mn_fp_mul(t[1], t[0], h);
    mn_fp_mul(t[2], u1, t[0]);             /* V = U1 H^2 */
    mn_fp_sqr(h, rr);
    mn_fp_sub(h, h, t[1]);
    mn_fp_sub(h, h, t[2]);
    mn_fp_sub(r->x, h, t[2]);              /* X3 = R^2 - H^3 - 2V */
    if (negated) mn_fp_sub(t[2], r->x, t[2]);
    else mn_fp_sub(t[2], t[2], r->x);
    mn_fp_mul(t[2], t[2], rr);
    mn_fp_mul(t[1], t[1], s1);
    mn_fp_sub(r->y, t[2], t[1]);           /* Y3 = R (V - X3) - S1 H^3 = (-R)(X3 - V) - S1 H^3 */
}

/* add-1998-cmo-2's first half into t[0..5] (U1, H, S1, R, Z1 Z2; Z2^2 scratch): the caller decides on H and R. */
static void add_head(mn_fe t[6], const mn_p256_jac *p, const mn_p256_jac *q)
{
    mn_fp_sqr(t[4], p->z);
    mn_fp_sqr(t[5], q->z);
    mn_fp_mul(t[0], p->x, t[5]);           /* U1 = X1 Z2^2 */
    mn_fp_mul(t[1], q->x, t[4]);           /* U2 = X2 Z1^2 */
    mn_fp_mul(t[2], p->y, q->z);
    mn_fp_mul(t[2], t[2], t[5]);           /* S1 = Y1 Z2^3 */
    mn_fp_mul(t[3], q->y, p->z);
    mn_fp_mul(t[3], t[3], t[4]);           /* S2 = Y2 Z1^3 */
    mn_fp_sub(t[1], t[1], t[0]);           /* H */
    mn_fp_sub(t[3], t[3], t[2]);           /* R */
    mn_fp_mul(t[4], p->z, q->z);
}

/* The mixed addition's first half into t[0..4] (U1 = X1, H, S1 = Y1, R, Z1; t[5] scratch); for p - q when negated,
 * -R = S2 + Y1 in t[3] (-q's S2 is -S2: no negated copy of q is made). */
static void madd_head(mn_fe t[6], const mn_p256_jac *p, const mn_p256_affine *q, int negated)
{
    mn_fp_sqr(t[5], p->z);
    mn_fp_mul(t[1], q->x, t[5]);           /* U2 = X2 Z1^2 */
    mn_fp_mul(t[3], q->y, p->z);
    mn_fp_mul(t[3], t[3], t[5]);           /* S2 = Y2 Z1^3 */
    memcpy(t[0], p->x, sizeof t[0]);
    memcpy(t[2], p->y, sizeof t[2]);
    memcpy(t[4], p->z, sizeof t[4]);
    mn_fp_sub(t[1], t[1], t[0]);           /* H = U2 - X1 */
    if (negated) mn_fp_add(t[3], t[3], t[2]);
    else mn_fp_sub(t[3], t[3], t[2]);      /* R = S2 - Y1 */
}

void mn_p256_add(mn_p256_jac *r, const mn_p256_jac *p, const mn_p256_jac *q)
{
    mn_fe t[9];
    add_head(t, p, q);
    add_tail(r, t[0], t[2], t[1], t[3], t[4], t + 6, 0);
    wipe_fes(t, 9);
}

void mn_p256_madd(mn_p256_jac *r, const mn_p256_jac *p, const mn_p256_affine *q)
{
    mn_fe t[9];
    madd_head(t, p, q, 0);
    add_tail(r, t[0], t[2], t[1], t[3], t[4], t + 6, 0);
    wipe_fes(t, 9);
}

void mn_p256_madd_ratio_public(mn_p256_jac *r, const mn_p256_jac *p, const mn_p256_affine *q, mn_fe h)
{
    mn_fe t[9];
    madd_head(t, p, q, 0);
    memcpy(h, t[1], sizeof t[1]);          /* add_tail overwrites H */
    add_tail(r, t[0], t[2], t[1], t[3], t[4], t + 6, 0);
}

static int is_zero_public(const mn_fe a) { return mn_p256_is_zero(a) != 0; }

static void copy_jac(mn_p256_jac *r, const mn_p256_jac *p) { if (r != p) *r = *p; }

/* The end of a public addition (a subtraction when negated) from its head t: the doubling case (H = R = 0),
 * P + (-P) = infinity (H = 0), or the tail. */
static void add_public_end(mn_p256_jac *r, const mn_p256_jac *p, mn_fe t[9], int negated)
{
    if (is_zero_public(t[1])) {
        if (is_zero_public(t[3])) mn_p256_dbl_public(r, p);
        else memset(r, 0, sizeof *r);
        return;
    }
    add_tail(r, t[0], t[2], t[1], t[3], t[4], t + 6, negated);
}

void mn_p256_add_public(mn_p256_jac *r, const mn_p256_jac *p, const mn_p256_jac *q)
{
    if (is_zero_public(p->z)) { copy_jac(r, q); return; }
    if (is_zero_public(q->z)) { copy_jac(r, p); return; }
    mn_fe t[9];
    add_head(t, p, q);
    add_public_end(r, p, t, 0);
}

/* r = p + q, or p - q when negated (p Jacobian, q affine, both public). */
static void madd_public_signed(mn_p256_jac *r, const mn_p256_jac *p, const mn_p256_affine *q, int negated)
{
    if (is_zero_public(p->z)) {
        static const mn_fe zero = { 0 };
        memcpy(r->x, q->x, sizeof r->x); memcpy(r->z, mn_fp_one, sizeof r->z);
        if (negated) mn_fp_sub(r->y, zero, q->y);
        else memcpy(r->y, q->y, sizeof r->y);
        return;
    }
    mn_fe t[9];
    madd_head(t, p, q, negated);
    add_public_end(r, p, t, negated);
}

void mn_p256_madd_public(mn_p256_jac *r, const mn_p256_jac *p, const mn_p256_affine *q) { madd_public_signed(r, p, q, 0); }

void mn_p256_msub_public(mn_p256_jac *r, const mn_p256_jac *p, const mn_p256_affine *q) { madd_public_signed(r, p, q, 1); }

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

/* out64 = the affine encoding of p given Z^-1 (zi; 0 for infinity, so the coordinates come out 0). */
static void encode_with_inverse(uint8_t out64[64], const mn_p256_jac *p, const mn_fe zi)
{
    mn_fe t, x, y;
    mn_fp_sqr(t, zi);
    mn_fp_mul(x, p->x, t);
    mn_fp_mul(t, t, zi);
    mn_fp_mul(y, p->y, t);
    mn_fp_from_mont(x, x);
    mn_fp_from_mont(y, y);
    mn_p256_to_bytes(out64, x);
    mn_p256_to_bytes(out64 + 32, y);
    mn_p256_wipe_words(t, 8); mn_p256_wipe_words(x, 8); mn_p256_wipe_words(y, 8);
}

uint32_t mn_p256_encode(uint8_t out64[64], const mn_p256_jac *p)
{
    mn_fe zi;
    uint32_t inf = mn_p256_is_zero(p->z);
    mn_fp_inv(zi, p->z);                   /* 0 for infinity */
    encode_with_inverse(out64, p, zi);
    mn_p256_wipe_words(zi, 8);
    return inf;
}

int mn_p256_encode_public(uint8_t out64[64], const mn_p256_jac *p)
{
    if (is_zero_public(p->z)) {
        memset(out64, 0, 64);
        return 1;
    }
    mn_fe zi;
    mn_fp_inv_public(zi, p->z);
    encode_with_inverse(out64, p, zi);
    return 0;
}
