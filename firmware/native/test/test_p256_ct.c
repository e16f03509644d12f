/* CTest, constant-time check in the manner of ctgrind: the secret inputs (scalars, field elements) are marked
 * undefined for valgrind's memcheck, the secret-bearing kernels run, and memcheck reports any branch or memory index
 * that depends on them (the host tests run every C test under valgrind with --error-exitcode). The outputs are
 * marked defined again before they are checked. Without valgrind's headers (or outside valgrind) the marks are no-ops
 * and the program only checks the results. */
#include <stdio.h>
#include <string.h>
#include "mikeynano_native.h"
#include "../src/mn_p256_internal.h"

#include "ct_marks.h"
#include "p256_test_util.h"
#include "rfc6507_vectors.h"

static void check(const char *what, int ok)
{
    if (!ok) { printf("FAIL %s\n", what); failures++; }
}

int main(void)
{
    /* G, in X || Y */
    static const uint8_t g[64] = {
        0x6B, 0x17, 0xD1, 0xF2, 0xE1, 0x2C, 0x42, 0x47, 0xF8, 0xBC, 0xE6, 0xE5, 0x63, 0xA4, 0x40, 0xF2,
        0x77, 0x03, 0x7D, 0x81, 0x2D, 0xEB, 0x33, 0xA0, 0xF4, 0xA1, 0x39, 0x45, 0xD8, 0x98, 0xC2, 0x96,
        0x4F, 0xE3, 0x42, 0xE2, 0xFE, 0x1A, 0x7F, 0x9B, 0x8E, 0xE7, 0xEB, 0x4A, 0x7C, 0x0F, 0x9E, 0x16,
        0x2B, 0xCE, 0x33, 0x57, 0x6B, 0x31, 0x5E, 0xCE, 0xCB, 0xB6, 0x40, 0x68, 0x37, 0xBF, 0x51, 0xF5 };
    uint8_t k[32], a[64], b[64];
    /* scalars with zero windows, zero comb columns and a top above n: every select path taken */
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 32; i++) k[i] = (uint8_t)(round == 0 ? 0x5A ^ (i * 37) : round == 1 ? (i % 5 ? 0 : 0x11) : 0xFF);
        SECRET(k, sizeof k);
        int sa = mn_p256_mul_base(a, k);
        int sb = mn_p256_mul(b, g, k);
        PUBLIC(&sa, sizeof sa); PUBLIC(&sb, sizeof sb);
        PUBLIC(a, sizeof a); PUBLIC(b, sizeof b); PUBLIC(k, sizeof k);
        check("status", sa == MN_OK && sb == MN_OK);
        check("[k]G == [k]P at P = G", memcmp(a, b, 64) == 0);
    }
    /* k = 0: the infinity status is computed without a branch on k */
    memset(k, 0, sizeof k);
    SECRET(k, sizeof k);
    int s0 = mn_p256_mul_base(a, k);
    PUBLIC(&s0, sizeof s0);
    check("0 G", s0 == MN_EINFINITY);

    /* field kernels on secret operands: mod p and mod n multiplication and inversion (Montgomery form) */
    mn_fe x, y, r, t;
    for (int i = 0; i < 8; i++) { x[i] = 0x01234567u * (uint32_t)(i + 3); y[i] = 0x89ABCDEFu ^ (uint32_t)i; }
    x[7] &= 0x7FFFFFFF; y[7] &= 0x7FFFFFFF;
    SECRET(x, sizeof x); SECRET(y, sizeof y);
    mn_fp_mul(r, x, y);
    mn_fp_sqr(t, r);
    mn_fp_add(t, t, x);
    mn_fp_sub(t, t, y);
    mn_fp_inv(t, x);
    mn_fp_mul(t, t, x);
    PUBLIC(t, sizeof t);
    check("x x^-1 mod p == R mod p", memcmp(t, mn_fp_one, sizeof t) == 0);
    mn_fn_inv(t, x);
    mn_fn_mul(t, t, x);
    mn_fn_from_mont(t, t);
    PUBLIC(t, sizeof t);
    check("x x^-1 mod n == 1", t[0] == 1 && t[1] == 0 && t[7] == 0);

    /* ECCSI signing's s' (RFC 6507 5.2.1 step 4) with j and SSK secret: the Appendix A values, then HE = -r SSK mod q,
     * whose retry status and zeroed s' come from masks */
    uint8_t he[32], minus_r_ssk[32], rx[32], s_rfc[32], j[32], ssk[32], s[32];
    hex(he, MN_RFC6507_HE, 32); hex(minus_r_ssk, MN_RFC6507_MINUS_R_SSK, 32); hex(rx, MN_RFC6507_R, 32);
    hex(s_rfc, MN_RFC6507_S, 32);
    for (int round = 0; round < 2; round++) {
        hex(j, MN_RFC6507_J, 32); hex(ssk, MN_RFC6507_SSK, 32);
        SECRET(j, sizeof j); SECRET(ssk, sizeof ssk);
        int st = mn_eccsi_sign_s(s, j, round == 0 ? he : minus_r_ssk, rx, ssk);
        PUBLIC(&st, sizeof st); PUBLIC(s, sizeof s); PUBLIC(j, sizeof j);
        static const uint8_t zero[32];
        if (round == 0) check("ECCSI s' (RFC 6507 A)", st == MN_OK && memcmp(s, s_rfc, 32) == 0);
        else check("ECCSI s' retry, zeroed", st == MN_ECCSI_ERETRY && memcmp(s, zero, 32) == 0);
    }
    if (failures) { printf("test_p256_ct: %d failures\n", failures); return 1; }
    puts("test_p256_ct: ok");
    return 0;
}
