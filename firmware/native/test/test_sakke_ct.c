/* CTest, and under valgrind a ctgrind-style constant-time check (Langley's ctgrind): the secret inputs of the SAKKE
 * kernels (scalars, the RSK, the RSK's line table, a field element to invert, g^r's exponent) are marked undefined, so that memcheck
 * reports any branch or memory index that depends on them; the outputs are marked defined again before they are
 * compared with the results of the same calls on unmarked inputs. Without valgrind's headers the marks are no-ops and
 * the program checks the results only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mikeynano_native.h"
#include "rfc6508_vectors.h"
#include "../src/mn_sakke_internal.h"
#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#define MN_HAVE_VALGRIND 1
#endif
#endif
#ifndef MN_HAVE_VALGRIND
#define VALGRIND_MAKE_MEM_UNDEFINED(p, n) ((void)(p), (void)(n))
#define VALGRIND_MAKE_MEM_DEFINED(p, n) ((void)(p), (void)(n))
#endif

#define SECRET(p, n) VALGRIND_MAKE_MEM_UNDEFINED(p, n)
#define PUBLIC(p, n) VALGRIND_MAKE_MEM_DEFINED(p, n)

static const char *PXY = MN_RFC6508_PX MN_RFC6508_PY;

static int failures;

static void same(const char *what, const void *got, const void *want, size_t n, int st, int wantSt)
{
    PUBLIC(got, n);
    PUBLIC(&st, sizeof st);
    if (st != wantSt || memcmp(got, want, n) != 0) {
        printf("FAIL %s (status %d, want %d)\n", what, st, wantSt);
        failures++;
    }
}

int main(void)
{
    uint8_t p[256], k1[128], k2[128], q1[256], q2[256], out[256], ref[256], w[128], wref[128];
    mn_test_hex(p, 256, PXY);
    for (int i = 0; i < 128; i++) { k1[i] = (uint8_t)(37 * i + 11); k2[i] = (uint8_t)(101 * i + 5); }
    k1[0] = 0x12; k2[0] = 0x0F;                     /* below q (q's top octet is 0x26) */
    k2[127] &= 0xFE;                                /* an even scalar: the q - k path */

    /* two public points: Q1 = [k1]P, Q2 = [k2]P */
    if (mn_sakke_mul(q1, p, k1) != MN_OK || mn_sakke_mul(q2, p, k2) != MN_OK) { puts("FAIL setup"); return 1; }

    /* plain multiplication with a secret scalar */
    mn_sakke_mul(ref, q1, k2);
    SECRET(k2, 128);
    int st = mn_sakke_mul(out, q1, k2);
    same("mn_sakke_mul", out, ref, 256, st, MN_OK);
    PUBLIC(k2, 128);

    /* combs with secret scalars */
    size_t cw = mn_sakke_comb_words();
    uint32_t *t1 = malloc(cw * 4), *t2 = malloc(cw * 4);
    if (mn_sakke_comb_build_public(t1, cw, p) != MN_OK || mn_sakke_comb_build_public(t2, cw, q1) != MN_OK) { puts("FAIL comb build"); return 1; }
    mn_sakke_comb_mul(ref, t1, cw, k1);
    SECRET(k1, 128);
    st = mn_sakke_comb_mul(out, t1, cw, k1);
    same("mn_sakke_comb_mul", out, ref, 256, st, MN_OK);
    PUBLIC(k1, 128);
    mn_sakke_comb_mul2(ref, t1, k1, t2, k2, cw);
    SECRET(k1, 128); SECRET(k2, 128);
    st = mn_sakke_comb_mul2(out, t1, k1, t2, k2, cw);
    same("mn_sakke_comb_mul2", out, ref, 256, st, MN_OK);
    PUBLIC(k1, 128); PUBLIC(k2, 128);

    /* the sender's R = [r b mod q]P + [r]Q1 with r b mod q made in the call: r secret (k1), b public (k2) */
    mn_sakke_comb_mul_rb(ref, t1, t2, cw, k1, k2);
    SECRET(k1, 128);
    st = mn_sakke_comb_mul_rb(out, t1, t2, cw, k1, k2);
    same("mn_sakke_comb_mul_rb", out, ref, 256, st, MN_OK);
    {
        uint32_t rw[MN_SCALAR_WORDS], bw[MN_SCALAR_WORDS], kw[MN_FP_N], kref[MN_FP_N];
        PUBLIC(k1, 128);
        mn_sakke_scalar_read(rw, k1);
        mn_sakke_scalar_read(bw, k2);
        mn_sakke_scalar_mul_q(kref, rw, bw);
        SECRET(rw, sizeof rw);
        mn_sakke_scalar_mul_q(kw, rw, bw);
        same("mn_sakke_scalar_mul_q", kw, kref, sizeof kw, MN_OK, MN_OK);
    }

    /* the receiver's check: [k2]Q1 == R, plain and by comb (R = [k2]Q1 computed above as ref of mn_sakke_mul) */
    mn_sakke_mul(ref, q1, k2);
    SECRET(k2, 128);
    st = mn_sakke_check(q1, k2, ref);
    same("mn_sakke_check", out, out, 0, st, MN_OK);
    st = mn_sakke_check_comb(t2, cw, k2, ref);
    same("mn_sakke_check_comb", out, out, 0, st, MN_OK);
    PUBLIC(k2, 128);

    /* the plain pairing with a secret second argument (the RSK on the receiver's plain path) */
    mn_sakke_pair(wref, q1, q2);
    SECRET(q2, 256);
    st = mn_sakke_pair(w, q1, q2);
    same("mn_sakke_pair", w, wref, 128, st, MN_OK);

    /* the RSK table: built from a secret point, then used as a secret table */
    size_t rw = mn_sakke_rsk_table_words();
    uint32_t *rt = malloc(rw * 4);
    st = mn_sakke_rsk_table_build(rt, rw, q2);
    PUBLIC(&st, sizeof st);
    PUBLIC(rt, 16);                                  /* the header says only that a table was built */
    st |= mn_sakke_rsk_pair(w, rt, rw, q1);
    same("mn_sakke_rsk_pair", w, wref, 128, st, MN_OK);
    PUBLIC(q2, 256);

    /* g^e in PF_p with a secret e: parameter set 1's g on its combs (e odd, e even: the q - e path, e above q: the
     * reduction), and another g (g^r of RFC 6508 Appendix A) by the windows */
    {
        uint8_t g2[128];
        const uint8_t *exps[3] = { k1, k2, p };     /* p's x: 1023 bits, above q */
        for (int i = 0; i < 3; i++) {
            mn_sakke_pf_pow_windows(wref, mn_sakke_pf_g, exps[i]);
            SECRET(exps[i], 128);
            st = mn_sakke_pf_pow(w, mn_sakke_pf_g, exps[i]);
            same("mn_sakke_pf_pow (comb of g)", w, wref, 128, st, MN_OK);
            mn_sakke_session_begin();                /* the comb itself, whatever the dispatch chooses */
            st = mn_sakke_session_end_with(mn_sakke_pf_pow_g_in_session(w, exps[i]));
            same("mn_sakke_pf_pow_g_in_session", w, wref, 128, st, MN_OK);
            PUBLIC(exps[i], 128);
        }
        mn_test_hex(g2, 128, MN_RFC6508_GTOR);
        mn_sakke_pf_pow(wref, g2, k2);
        SECRET(k2, 128);
        st = mn_sakke_pf_pow(w, g2, k2);
        same("mn_sakke_pf_pow (windows, another g)", w, wref, 128, st, MN_OK);
        PUBLIC(k2, 128);
    }

    /* inversion of a secret field element */
    {
        uint32_t a[32], r[32], rr[32];
        for (int i = 0; i < 32; i++) a[i] = 0x9E3779B9u * (uint32_t)(i + 1);
        a[31] = 0x12345678u;
        mn_fp1024_inv(rr, a);
        SECRET(a, sizeof a);
        st = mn_fp1024_inv(r, a);
        same("mn_fp1024_inv", r, rr, sizeof r, st, MN_OK);
        st = mn_fp1024_mul(r, a, a);
        PUBLIC(r, sizeof r); PUBLIC(&st, sizeof st);
        st = mn_fp1024_sqr(rr, a);
        same("mn_fp1024_sqr", rr, r, sizeof r, st, MN_OK);
    }

    mn_wipe(rt, rw * 4);
    free(rt); free(t1); free(t2);
    printf("test_sakke_ct: %s\n", failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
