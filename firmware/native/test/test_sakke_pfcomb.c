/*
 * mn_sakke_pf_pow on the combs of parameter set 1's g (mn_sakke_pfcomb.c) against the fixed windows that every other g
 * takes (mn_sakke_pf_pow_windows), octet for octet: RFC 6508 Appendix A's r (and its g^r), the edges of the comb's
 * recoding (0, 1, 2, q - 1, q, q + 1, multiples of q and their neighbours up to 6q (7q exceeds 2^1024), powers of two, 2^1024 - 1: e is any
 * 128 octets, reduced mod q and made odd inside) and 10,000 random exponents (20 under valgrind, whose pass of the host
 * tests runs every test_* program; about 70 s natively, the windows most of it). `test_sakke_pfcomb N`: N random ones.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mikeynano_native.h"
#include "../src/mn_sakke_internal.h"
#include "rfc6508_vectors.h"
#include "on_valgrind.h"

static int failures, checked;

static void agree(const char *what, const uint8_t e[128])
{
    uint8_t comb[128], direct[128], windows[128];
    int st = mn_sakke_pf_pow(comb, mn_sakke_pf_g, e);
    /* the comb itself, not through the dispatch: a dispatch that stopped taking it would otherwise go unnoticed */
    mn_sakke_session_begin();
    int std = mn_sakke_session_end_with(mn_sakke_pf_pow_g_in_session(direct, e));
    int stw = mn_sakke_pf_pow_windows(windows, mn_sakke_pf_g, e);
    checked++;
    if (st != MN_OK || std != MN_OK || stw != MN_OK || memcmp(comb, windows, 128) != 0 || memcmp(direct, windows, 128) != 0) {
        printf("FAIL %s: status %d (dispatch), %d (comb), %d (windows); results %s\n", what, st, std, stw,
               memcmp(comb, windows, 128) || memcmp(direct, windows, 128) ? "differ" : "equal");
        failures++;
    }
}

/* e = m q + delta (m q + delta in 0 .. 2^1024 - 1), big-endian. */
static void multiple_of_q(uint8_t e[128], uint32_t m, int32_t delta)
{
    uint32_t w[MN_FP_N];
    uint64_t carry = 0;
    for (int i = 0; i < MN_FP_N; i++) {
        carry += (uint64_t)mn_sakke_q[i] * m;
        w[i] = (uint32_t)carry;
        carry >>= 32;
    }
    int64_t c = delta;                               /* add the signed delta with carries or borrows */
    for (int i = 0; i < MN_FP_N && c != 0; i++) {
        int64_t s = (int64_t)w[i] + c;
        w[i] = (uint32_t)s;
        c = s >> 32;                                 /* arithmetic shift: -1 on a borrow */
    }
    for (int i = 0; i < MN_FP_N; i++)
        for (int b = 0; b < 4; b++) e[127 - 4 * i - b] = (uint8_t)(w[i] >> (8 * b));
}

static uint64_t state = 0x9E3779B97F4A7C15u;
static uint8_t next_octet(void)
{
    state ^= state << 13; state ^= state >> 7; state ^= state << 17;
    return (uint8_t)(state >> 24);
}

int main(int argc, char **argv)
{
    uint8_t e[128], out[128], want[128];
    char what[64];

    mn_test_hex(e, 128, MN_RFC6508_R);
    mn_test_hex(want, 128, MN_RFC6508_GTOR);
    if (mn_sakke_pf_pow(out, mn_sakke_pf_g, e) != MN_OK || memcmp(out, want, 128) != 0) {
        puts("FAIL comb: RFC 6508 Appendix A g^r");
        failures++;
    }
    agree("RFC 6508 Appendix A r", e);

    for (int v = 0; v < 3; v++) {
        memset(e, 0, sizeof e);
        e[127] = (uint8_t)v;
        snprintf(what, sizeof what, "e = %d", v);
        agree(what, e);
    }
    for (uint32_t m = 1; m <= 6; m++)
        for (int32_t d = -2; d <= 2; d++) {
            multiple_of_q(e, m, d);
            snprintf(what, sizeof what, "e = %u q %+d", m, d);
            agree(what, e);
        }
    for (int bit = 1; bit < 1024; bit += 61) {       /* single bits, every row of the combs at some column */
        memset(e, 0, sizeof e);
        e[127 - bit / 8] = (uint8_t)(1u << (bit % 8));
        snprintf(what, sizeof what, "e = 2^%d", bit);
        agree(what, e);
    }
    memset(e, 0xFF, sizeof e);
    agree("e = 2^1024 - 1", e);
    e[127] = 0xFE;
    agree("e = 2^1024 - 2", e);
    memset(e, 0x55, sizeof e);
    agree("e = 0x5555...", e);
    memset(e, 0xAA, sizeof e);
    agree("e = 0xAAAA...", e);

    int randoms = argc > 1 ? atoi(argv[1]) : RUNNING_ON_VALGRIND ? 20 : 10000;
    for (int n = 0; n < randoms && failures < 10; n++) {
        for (int i = 0; i < 128; i++) e[i] = next_octet();
        if (n % 4 == 1) e[0] &= 0x3F;                 /* below 2^1022 too: most of them below q */
        snprintf(what, sizeof what, "random exponent %d", n);
        agree(what, e);
    }

    printf("test_sakke_pfcomb: %d exponents, %s\n", checked, failures == 0 ? "ok" : "FAILED");
    return failures == 0 ? 0 : 1;
}
