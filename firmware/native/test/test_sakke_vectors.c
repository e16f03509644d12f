/* CTest: SAKKE parameter set 1 against RFC 6508 Appendix A (and RFC 6509 Appendix A's g = <P,P>): Z_T = [z]P,
 * R_(b,S) = [r]([b]P + Z_T) with the plain multiplier and with combs (one table and the sender's two-table form),
 * the receiver's check, w = <R_(b,S), RSK> = g^r with the plain pairing and over the RSK line table; the field
 * kernels against identities (a a^-1 = 1, a^2 = a a). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../src/mn_sakke_internal.h"
#include "rfc6508_vectors.h"

static const char *PX = MN_RFC6508_PX;
static const char *PY = MN_RFC6508_PY;
static const char *G = MN_RFC6508_G;
static const char *Z = MN_RFC6508_Z;
static const char *ZT = MN_RFC6508_ZT;
static const char *B = MN_RFC6508_B;
static const char *RSK = MN_RFC6508_RSK;
static const char *R = MN_RFC6508_R;
static const char *RB = MN_RFC6508_RB;
static const char *GTOR = MN_RFC6508_GTOR;

static const char *RBMODQ = MN_RFC6508_RBMODQ;

static int failures;

/* hex into the last len octets of dst (right-aligned, zero-padded) */
static void hex(uint8_t *dst, size_t len, const char *h)
{
    size_t n = strlen(h) / 2;
    memset(dst, 0, len);
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        sscanf(h + 2 * i, "%2x", &v);
        dst[len - n + i] = (uint8_t)v;
    }
}

static void expect(const char *what, const uint8_t *got, const char *want, size_t len, int status, int wantStatus)
{
    uint8_t w[256];
    hex(w, len, want);
    if (status != wantStatus || memcmp(got, w, len) != 0) {
        printf("FAIL %s (status %d, want %d)\n", what, status, wantStatus);
        failures++;
    }
}

int main(void)
{
    uint8_t p[256], zt[256], rsk[256], b[128], z[128], r[128], rb[256], out[256], w[128];
    char pp[513];
    snprintf(pp, sizeof pp, "%s%s", PX, PY);
    hex(p, 256, pp); hex(zt, 256, ZT); hex(rsk, 256, RSK); hex(b, 128, B); hex(z, 128, Z); hex(r, 128, R);
    hex(rb, 256, RB);

    /* field kernels: a a^-1 = 1 and a^2 = a a for a = Px (plain values) */
    {
        uint32_t a[32], inv[32], one[32], s1[32], s2[32];
        for (int i = 0; i < 32; i++) a[i] = (uint32_t)p[127 - 4 * i] | (uint32_t)p[126 - 4 * i] << 8 | (uint32_t)p[125 - 4 * i] << 16 | (uint32_t)p[124 - 4 * i] << 24;
        int st = mn_fp1024_inv(inv, a) | mn_fp1024_mul(one, a, inv) | mn_fp1024_sqr(s1, a) | mn_fp1024_mul(s2, a, a);
        int ok = st == 0 && one[0] == 1 && memcmp(s1, s2, sizeof s1) == 0;
        for (int i = 1; i < 32; i++) ok &= one[i] == 0;
        if (!ok) { puts("FAIL field identities"); failures++; }
        if (mn_fp1024_mul(s1, mn_sakke_p, a) != MN_EENCODING) { puts("FAIL p accepted as a field element"); failures++; }
    }

    /* Z_T = [z]P (RFC 6508 Appendix A) */
    expect("Z_T = [z]P", out, ZT, 256, mn_sakke_mul(out, p, z), MN_OK);
    int st = mn_sakke_mul(out, p, z);
    expect("Z_T = [z]P", out, ZT, 256, st, MN_OK);

    /* Q_b = [b]P + Z_T, then R = [r]Q_b */
    uint8_t qb[256];
    {
        mn_aff a, zz;
        mn_jac acc;
        uint32_t kk[MN_SCALAR_WORDS], enc;
        mn_sakke_decode(&a, p, &enc);
        mn_sakke_decode(&zz, zt, &enc);
        mn_sakke_scalar_read(kk, b);
        mn_sakke_mul_plain(&acc, &a, kk);
        mn_sakke_add_mixed_public(&acc, &acc, &zz);
        mn_sakke_to_affine(&a, &acc);
        mn_sakke_encode(qb, &a);
    }
    st = mn_sakke_mul(out, qb, r);
    expect("R = [r]([b]P + Z_T)", out, RB, 256, st, MN_OK);
    if (mn_sakke_check(qb, r, rb) != MN_OK) { puts("FAIL check"); failures++; }
    rb[200] ^= 1;
    if (mn_sakke_check(qb, r, rb) != MN_EPOINT) { puts("FAIL check of a changed R"); failures++; }
    rb[200] ^= 1;
    memset(z, 0, sizeof z);
    if (mn_sakke_mul(out, p, z) != MN_EINFINITY) { puts("FAIL [0]P"); failures++; }

    /* combs: [r]Q_b, the sender's [r b]P + [r]Z_T (r b mod q from the RFC's values) and the comb check */
    {
        static uint32_t tp[8196], tz[8196], tq[8196];
        size_t words = mn_sakke_comb_words();
        if (words > 8196) { puts("FAIL comb size"); return 1; }
        if (mn_sakke_comb_build_public(tp, words, p) | mn_sakke_comb_build_public(tz, words, zt) | mn_sakke_comb_build_public(tq, words, qb)) { puts("FAIL comb build"); failures++; }
        st = mn_sakke_comb_mul(out, tq, words, r);
        expect("R = [r]Q_b by comb", out, RB, 256, st, MN_OK);
        uint8_t rbq[128];
        hex(rbq, 128, RBMODQ);
        st = mn_sakke_comb_mul2(out, tp, rbq, tz, r, words);
        expect("R = [r b]P + [r]Z_T by two combs", out, RB, 256, st, MN_OK);
        hex(z, 128, Z);
        st = mn_sakke_comb_mul(out, tp, words, z);
        expect("Z_T = [z]P by comb", out, ZT, 256, st, MN_OK);
        if (mn_sakke_check_comb(tq, words, r, rb) != MN_OK) { puts("FAIL comb check"); failures++; }
        rb[10] ^= 1;
        if (mn_sakke_check_comb(tq, words, r, rb) == MN_OK) { puts("FAIL comb check of a changed R"); failures++; }
        rb[10] ^= 1;
        uint8_t zero[128] = { 0 };
        if (mn_sakke_comb_mul(out, tp, words, zero) != MN_EINFINITY) { puts("FAIL [0]P by comb"); failures++; }
        tq[0] ^= 1;
        if (mn_sakke_comb_mul(out, tq, words, r) != MN_EBUFFER) { puts("FAIL unbuilt comb accepted"); failures++; }
    }

    /* pairings: <P,P> = g (RFC 6509 Appendix A), <R_(b,S), RSK> = g^r (RFC 6508 Appendix A) */
    st = mn_sakke_pair(w, p, p);
    expect("<P,P> = g", w, G, 128, st, MN_OK);
    st = mn_sakke_pair(w, rb, rsk);
    expect("<R, RSK> = g^r", w, GTOR, 128, st, MN_OK);
    {
        size_t words = mn_sakke_rsk_table_words();
        uint32_t *table = malloc(words * 4);
        st = mn_sakke_rsk_table_build(table, words, rsk);
        if (st != MN_OK) { puts("FAIL rsk table build"); failures++; }
        st = mn_sakke_rsk_pair(w, table, words, rb);
        expect("<R, RSK> = g^r over the RSK's lines", w, GTOR, 128, st, MN_OK);
        st = mn_sakke_rsk_table_build(table, words, p);
        st |= mn_sakke_rsk_pair(w, table, words, p);
        expect("<P,P> = g over P's lines", w, G, 128, st, MN_OK);
        free(table);
    }

    printf("test_sakke_vectors: %s\n", failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
