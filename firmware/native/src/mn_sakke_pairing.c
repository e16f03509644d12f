/*
 * The pairing of RFC 6508 3.2 exactly as the managed TatePairing computes it: Miller's loop over the bits of q - 1
 * (top bit excluded) with C in Jacobian coordinates, each line scaled by a power of Z (an F_p factor that the PF_p
 * representation removes), lines evaluated at psi(Q) = (-Qx, i Qy), then v^((p+1)/q) = v^4 and x2/x1. The variant over
 * the RSK's line table (RskPairingTable): the lines of the fixed second argument K = RSK, each divided by its Qy
 * coefficient so that it reads a Qx + b + i Qy, stored once per key period; <R, K> = <K, R> walks them at psi(R).
 */
#include <string.h>
#include "mn_sakke_internal.h"

#define N MN_FP_N
#define STEPS 1533                          /* 1021 doubling steps + 512 addition steps of q - 1 */
#define CHUNK 128                           /* lines normalised per inversion while building */
#define RSK_MAGIC 0x4D4E524BU               /* "MNRK" */
#define RSK_HEADER 4
#define RSK_WORDS (RSK_HEADER + STEPS * 2 * N + 2 * CHUNK * N)

/* Bit i of q - 1 (public): the addition steps. q is odd, so q - 1 differs from q in bit 0 only. */
static int qm1_bit(int i)
{
    return i == 0 ? 0 : (int)((mn_sakke_q[i >> 5] >> (i & 31)) & 1u);
}

/* The running value v = v0 + i v1 and the scratch of the F_p^2 products. */
typedef struct { uint32_t v0[N], v1[N], a[N], b[N], c[N]; } mn_miller;

/* v = v^2 */
static void square_v(mn_miller *s) { mn_sakke_fp2_sqr(s->v0, s->v1, s->a, s->b); }

/* v = v (t1 + i t2) */
static void multiply_v(mn_miller *s, const uint32_t *t1, const uint32_t *t2)
{
    mn_sakke_fp2_mul(s->v0, s->v1, t1, t2, s->a, s->b, s->c);
}

/* RFC 6508 3.2 steps 4-5: v^4, then x2 / x1. */
static void finish(mn_miller *s, uint32_t *result)
{
    square_v(s);
    square_v(s);
    mn_sakke_fp_inv(s->a, s->v0);
    mn_sakke_fp_mul(result, s->v1, s->a);
}

/* The point half of a doubling step: given M = 3 (X - Z^2)(X + Z^2), yy = Y^2, z3 = 2 Y Z: S = 4 X Y^2,
 * X3 = M^2 - 2S, Y3 = M (S - X3) - 8 Y^4, Z3 = z3. yy is overwritten; s, t scratch. */
static void double_point(uint32_t *x, uint32_t *y, uint32_t *z, uint32_t *yy, const uint32_t *m, const uint32_t *z3,
                         uint32_t *s, uint32_t *t)
{
    mn_sakke_fp_mul(s, x, yy);
    mn_sakke_fp_add(s, s, s);
    mn_sakke_fp_add(s, s, s);
    mn_sakke_fp_sqr(t, m);
    mn_sakke_fp_sub(t, t, s);
    mn_sakke_fp_sub(x, t, s);
    mn_sakke_fp_sub(t, s, x);
    mn_sakke_fp_mul(t, t, m);
    mn_sakke_fp_sqr(yy, yy);
    mn_sakke_fp_add(yy, yy, yy);
    mn_sakke_fp_add(yy, yy, yy);
    mn_sakke_fp_add(yy, yy, yy);
    mn_sakke_fp_sub(y, t, yy);
    mn_sakke_fp_copy(z, z3);
}

/* The point half of an addition step: H and r of the mixed addition (Z already Z H): X3 = r^2 - H^3 - 2 X H^2,
 * Y3 = r (X H^2 - X3) - Y H^3. */
static void add_point(uint32_t *x, uint32_t *y, const uint32_t *h, const uint32_t *r, uint32_t *s, uint32_t *t,
                      uint32_t *u)
{
    mn_sakke_fp_sqr(t, h);
    mn_sakke_fp_mul(u, t, h);
    mn_sakke_fp_mul(s, x, t);
    mn_sakke_fp_sqr(t, r);
    mn_sakke_fp_sub(t, t, u);
    mn_sakke_fp_sub(t, t, s);
    mn_sakke_fp_sub(x, t, s);
    mn_sakke_fp_sub(s, s, x);
    mn_sakke_fp_mul(s, s, r);
    mn_sakke_fp_mul(u, u, y);
    mn_sakke_fp_sub(y, s, u);
}

/* The Miller loop's point and line scratch. */
typedef struct { uint32_t x[N], y[N], z[N], z2[N], z3[N], yy[N], m[N], s[N], h[N], r[N], t1[N], t2[N], a[N], b[N], c[N]; } mn_line;

static void pair(uint32_t *result, const mn_aff *rp, const mn_aff *qp)
{
    mn_miller v;
    mn_line l;
    mn_sakke_fp_one(v.v0);
    mn_sakke_fp_zero(v.v1);
    mn_sakke_fp_copy(l.x, rp->x);
    mn_sakke_fp_copy(l.y, rp->y);
    mn_sakke_fp_one(l.z);
    for (int i = MN_SAKKE_Q_BITS - 2; i >= 0; i--) {
        /* tangent at C, scaled by Z^6: t1 = M (Qx Z^2 + X) - 2 Y^2, t2 = 2 Y Z^3 Qy */
        square_v(&v);
        mn_sakke_fp_sqr(l.z2, l.z);
        mn_sakke_fp_sqr(l.yy, l.y);
        mn_sakke_fp_sub(l.a, l.x, l.z2);
        mn_sakke_fp_add(l.b, l.x, l.z2);
        mn_sakke_fp_mul(l.m, l.a, l.b);
        mn_sakke_fp_add(l.a, l.m, l.m);
        mn_sakke_fp_add(l.m, l.a, l.m);
        mn_sakke_fp_mul(l.t1, qp->x, l.z2);
        mn_sakke_fp_add(l.t1, l.t1, l.x);
        mn_sakke_fp_mul(l.t1, l.t1, l.m);
        mn_sakke_fp_add(l.a, l.yy, l.yy);
        mn_sakke_fp_sub(l.t1, l.t1, l.a);
        mn_sakke_fp_mul(l.z3, l.y, l.z);
        mn_sakke_fp_add(l.z3, l.z3, l.z3);
        mn_sakke_fp_mul(l.t2, l.z3, l.z2);
        mn_sakke_fp_mul(l.t2, l.t2, qp->y);
        multiply_v(&v, l.t1, l.t2);
        double_point(l.x, l.y, l.z, l.yy, l.m, l.z3, l.s, l.a);
        if (qm1_bit(i)) {
            /* chord through C and R, scaled by Z^3: t1 = (Qx + Rx) Y - (Qx Z^2 + X) Ry Z, t2 = -Z H Qy */
            mn_sakke_fp_sqr(l.z2, l.z);
            mn_sakke_fp_mul(l.h, rp->x, l.z2);
            mn_sakke_fp_sub(l.h, l.h, l.x);
            mn_sakke_fp_mul(l.c, rp->y, l.z);
            mn_sakke_fp_mul(l.r, l.c, l.z2);
            mn_sakke_fp_sub(l.r, l.r, l.y);
            mn_sakke_fp_mul(l.t1, qp->x, l.z2);
            mn_sakke_fp_add(l.t1, l.t1, l.x);
            mn_sakke_fp_mul(l.t1, l.t1, l.c);
            mn_sakke_fp_add(l.a, qp->x, rp->x);
            mn_sakke_fp_mul(l.a, l.a, l.y);
            mn_sakke_fp_sub(l.t1, l.a, l.t1);
            mn_sakke_fp_mul(l.z, l.z, l.h);
            mn_sakke_fp_mul(l.t2, l.z, qp->y);
            mn_sakke_fp_neg(l.t2, l.t2);
            multiply_v(&v, l.t1, l.t2);
            add_point(l.x, l.y, l.h, l.r, l.s, l.a, l.b);
        }
    }
    finish(&v, result);
    mn_wipe(&v, sizeof v);
    mn_wipe(&l, sizeof l);
}

static int pair_in_session(uint8_t w[128], const uint8_t r[256], const uint8_t q[256])
{
    mn_aff rp, qp;
    uint32_t res[N], e1, e2;
    uint32_t off = mn_sakke_decode(&rp, r, &e1) | mn_sakke_decode(&qp, q, &e2);
    pair(res, &rp, &qp);
    mn_sakke_fp_to_bytes(w, res);
    mn_sakke_bytes_clear_masked(w, MN_SAKKE_L, off);
    mn_wipe(&rp, sizeof rp); mn_wipe(&qp, sizeof qp); mn_wipe(res, sizeof res);
    return mn_sakke_status(e1 | e2, off, 0);
}

size_t mn_sakke_rsk_table_words(void)
{
    return RSK_WORDS;
}

/* Divides lines [from, to) by their Qy coefficients d[0 .. to - from) with one inversion (Montgomery's trick);
 * constant-time (the lines derive from the secret RSK). */
static void normalise(uint32_t *lines, int from, int to, uint32_t *d, uint32_t *prefix, uint32_t *t, uint32_t *u)
{
    int n = to - from;
    mn_sakke_fp_copy(prefix, d);
    for (int i = 1; i < n; i++) mn_sakke_fp_mul(prefix + i * N, prefix + (i - 1) * N, d + i * N);
    mn_sakke_fp_inv(t, prefix + (n - 1) * N);
    for (int i = n - 1; i >= 0; i--) {
        if (i > 0) {
            mn_sakke_fp_mul(u, t, prefix + (i - 1) * N);
            mn_sakke_fp_mul(t, t, d + i * N);
        } else {
            mn_sakke_fp_copy(u, t);
        }
        uint32_t *ab = lines + (from + i) * 2 * N;
        mn_sakke_fp_mul(ab, ab, u);
        mn_sakke_fp_mul(ab + N, ab + N, u);
    }
}

static int rsk_table_build_in_session(uint32_t *table, size_t words, const uint8_t rsk[256])
{
    if (table == NULL || words < RSK_WORDS) return MN_EBUFFER;
    mn_aff k;
    mn_line l;
    uint32_t enc;
    uint32_t off = mn_sakke_decode(&k, rsk, &enc);
    uint32_t *lines = table + RSK_HEADER;
    uint32_t *d = lines + STEPS * 2 * N, *prefix = d + CHUNK * N;
    mn_sakke_fp_copy(l.x, k.x);
    mn_sakke_fp_copy(l.y, k.y);
    mn_sakke_fp_one(l.z);
    int n = 0, chunk = 0;
    for (int i = MN_SAKKE_Q_BITS - 2; i >= 0; i--) {
        /* tangent at C: (M Z^2) Qx + (M X - 2 Y^2) + i (2 Y Z^3) Qy */
        uint32_t *a = lines + n * 2 * N, *b = a + N;
        mn_sakke_fp_sqr(l.z2, l.z);
        mn_sakke_fp_sqr(l.yy, l.y);
        mn_sakke_fp_sub(l.t1, l.x, l.z2);
        mn_sakke_fp_add(l.t2, l.x, l.z2);
        mn_sakke_fp_mul(l.m, l.t1, l.t2);
        mn_sakke_fp_add(l.t1, l.m, l.m);
        mn_sakke_fp_add(l.m, l.t1, l.m);
        mn_sakke_fp_mul(a, l.m, l.z2);
        mn_sakke_fp_mul(b, l.m, l.x);
        mn_sakke_fp_add(l.t1, l.yy, l.yy);
        mn_sakke_fp_sub(b, b, l.t1);
        mn_sakke_fp_mul(l.c, l.y, l.z);
        mn_sakke_fp_add(l.c, l.c, l.c);
        mn_sakke_fp_mul(d + (n - chunk) * N, l.c, l.z2);
        if (++n - chunk == CHUNK) { normalise(lines, chunk, n, d, prefix, l.t1, l.t2); chunk = n; }
        double_point(l.x, l.y, l.z, l.yy, l.m, l.c, l.s, l.t1);
        if (qm1_bit(i)) {
            /* chord through C and K: (Y - Ky Z^3) Qx + (Kx Y - X Ky Z) - i (Z H) Qy */
            a = lines + n * 2 * N; b = a + N;
            mn_sakke_fp_sqr(l.z2, l.z);
            mn_sakke_fp_mul(l.h, k.x, l.z2);
            mn_sakke_fp_sub(l.h, l.h, l.x);
            mn_sakke_fp_mul(l.c, k.y, l.z);
            mn_sakke_fp_mul(l.r, l.c, l.z2);
            mn_sakke_fp_sub(a, l.y, l.r);
            mn_sakke_fp_sub(l.r, l.r, l.y);
            mn_sakke_fp_mul(l.t1, k.x, l.y);
            mn_sakke_fp_mul(l.t2, l.x, l.c);
            mn_sakke_fp_sub(b, l.t1, l.t2);
            mn_sakke_fp_mul(l.z, l.z, l.h);
            mn_sakke_fp_neg(d + (n - chunk) * N, l.z);
            if (++n - chunk == CHUNK) { normalise(lines, chunk, n, d, prefix, l.t1, l.t2); chunk = n; }
            add_point(l.x, l.y, l.h, l.r, l.s, l.t1, l.t2);
        }
    }
    if (n > chunk) normalise(lines, chunk, n, d, prefix, l.t1, l.t2);
    mn_wipe(d, 2 * CHUNK * N * 4);
    mn_wipe(&l, sizeof l);
    mn_wipe(&k, sizeof k);
    /* a key that is not a point of E leaves no table: every line is cleared by mask, and the header stays unset */
    for (size_t i = 0; i < (size_t)STEPS * 2 * N; i++) lines[i] &= ~off;
    table[0] = RSK_MAGIC & ~off;
    table[1] = STEPS;
    table[2] = 0;
    table[3] = 0;
    return mn_sakke_status(enc, off, 0);
}

static int rsk_pair_in_session(uint8_t w[128], const uint32_t *table, size_t words, const uint8_t r[256])
{
    mn_aff rp;
    mn_miller v;
    uint32_t t1[N], t2[N], yy[N], res[N], enc;
    memset(w, 0, MN_SAKKE_L);
    if (table == NULL || words < RSK_WORDS || table[0] != RSK_MAGIC || table[1] != STEPS) return MN_EBUFFER;
    uint32_t off = mn_sakke_decode(&rp, r, &enc);
    const uint32_t *lines = table + RSK_HEADER;
    mn_sakke_fp_one(v.v0);
    mn_sakke_fp_zero(v.v1);
    mn_sakke_fp_sqr(yy, rp.y);
    int n = 0;
    for (int i = MN_SAKKE_Q_BITS - 2; i >= 0; i--, n++) {
        const uint32_t *a = lines + n * 2 * N;
        square_v(&v);
        /* the tangent's line l1 = t1 + i Ry with t1 = a Rx + b */
        mn_sakke_fp_mul(t1, a, rp.x);
        mn_sakke_fp_add(t1, t1, a + N);
        if (qm1_bit(i)) {
            /* an addition step (public: the bits of q - 1): its chord l2 = t2 + i Ry joins the tangent, and v takes
             * l1 l2 = (t1 t2 - Ry^2) + i Ry (t1 + t2) in one F_p^2 product (two products for l1 l2 instead of
             * Karatsuba's three for a second v l2) */
            n++;
            mn_sakke_fp_mul(t2, a + 2 * N, rp.x);
            mn_sakke_fp_add(t2, t2, a + 3 * N);
            mn_sakke_fp_add(v.c, t1, t2);
            mn_sakke_fp_mul(t1, t1, t2);
            mn_sakke_fp_sub(t1, t1, yy);
            mn_sakke_fp_mul(t2, v.c, rp.y);
            multiply_v(&v, t1, t2);
        } else {
            multiply_v(&v, t1, rp.y);
        }
    }
    finish(&v, res);
    mn_sakke_fp_to_bytes(w, res);
    mn_sakke_bytes_clear_masked(w, MN_SAKKE_L, off);
    mn_wipe(&v, sizeof v); mn_wipe(t1, sizeof t1); mn_wipe(t2, sizeof t2); mn_wipe(yy, sizeof yy);
    mn_wipe(res, sizeof res); mn_wipe(&rp, sizeof rp);
    return mn_sakke_status(enc, off, 0);
}

int mn_sakke_pair(uint8_t w[128], const uint8_t r[256], const uint8_t q[256])
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(pair_in_session(w, r, q));
}

int mn_sakke_rsk_table_build(uint32_t *table, size_t words, const uint8_t rsk[256])
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(rsk_table_build_in_session(table, words, rsk));
}

int mn_sakke_rsk_pair(uint8_t w[128], const uint32_t *table, size_t words, const uint8_t r[256])
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(rsk_pair_in_session(w, table, words, r));
}
