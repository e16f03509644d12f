/*
 * CTest: mn_sakke_comb_mul_rb, the sender's R = [r b mod q]P + [r]Z_T with r b mod q computed in the call (RFC 6508
 * 6.2.1 step 3), and its product mn_sakke_scalar_mul_q.
 *   test_sakke_rb               RFC 6508 Appendix A (r b mod q, and R from the combs of P and Z_T), edge scalars,
 *                               refusals (r = 0, r >= q, b >= q: MN_EENCODING, out zeroed; unbuilt tables)
 *   test_sakke_rb oracle COUNT  COUNT lines "r b k", k = mn_sakke_scalar_mul_q(r, b) (edge values first, then random
 *                               ones), for sakke_rb_bigint.py to recompute with Python's integers
 *   test_sakke_rb combs         reads lines "r b k" (k = r b mod q from Python) and prints per line the status of
 *                               mn_sakke_comb_mul_rb and whether its point equals mn_sakke_comb_mul2's with k1 = k
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../src/mn_sakke_internal.h"
#include "rfc6508_vectors.h"

static int failures;
static uint32_t *tp, *tz;                    /* the combs of P and Z_T (RFC 6508 Appendix A) */
static size_t words;

static void check(const char *what, int ok)
{
    if (!ok) { printf("FAIL %s\n", what); failures++; }
}

/* hex into the last len octets of dst (right-aligned, zero-padded) */
static void hex(uint8_t *dst, size_t len, const char *h)
{
    size_t n = strlen(h) / 2;
    memset(dst, 0, len);
    mn_test_hex(dst + len - n, n, h);
}

static void put_hex(const uint8_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) printf("%02X", b[i]);
}

static void words_to_bytes(uint8_t *dst, const uint32_t *w)
{
    for (int i = 0; i < MN_FP_N; i++) {
        uint8_t *d = dst + 4 * (MN_FP_N - 1 - i);
        d[0] = (uint8_t)(w[i] >> 24); d[1] = (uint8_t)(w[i] >> 16); d[2] = (uint8_t)(w[i] >> 8); d[3] = (uint8_t)w[i];
    }
}

/* k = r b mod q by the product under test, octets in and out. */
static void mul_q(uint8_t k[128], const uint8_t r[128], const uint8_t b[128])
{
    uint32_t rw[MN_SCALAR_WORDS], bw[MN_SCALAR_WORDS], kw[MN_FP_N];
    mn_sakke_scalar_read(rw, r);
    mn_sakke_scalar_read(bw, b);
    mn_sakke_scalar_mul_q(kw, rw, bw);
    words_to_bytes(k, kw);
}

/* The whole call against mn_sakke_comb_mul2 with k1 = k (from the RFC or Python): 1 when the statuses and points agree. */
static int agrees(const uint8_t r[128], const uint8_t b[128], const uint8_t k[128], int *status)
{
    uint8_t got[256], want[256];
    memset(got, 0xA5, sizeof got);
    *status = mn_sakke_comb_mul_rb(got, tp, tz, words, r, b);
    int st2 = mn_sakke_comb_mul2(want, tp, k, tz, r, words);
    return *status == st2 && memcmp(got, want, 256) == 0;
}

/* q - 1 and q as octets. */
static void q_minus(uint8_t dst[128], uint32_t less)
{
    uint32_t w[MN_FP_N];
    memcpy(w, mn_sakke_q, sizeof w);
    w[0] -= less;                            /* q is odd: no borrow */
    words_to_bytes(dst, w);
}

static void refused(const char *what, const uint8_t r[128], const uint8_t b[128], int want)
{
    uint8_t out[256], zero[256] = { 0 };
    memset(out, 0xA5, sizeof out);
    int st = mn_sakke_comb_mul_rb(out, tp, tz, words, r, b);
    char line[160];
    snprintf(line, sizeof line, "%s: status %d, want %d", what, st, want);
    check(line, st == want);
    snprintf(line, sizeof line, "%s: output zeroed", what);
    check(line, memcmp(out, zero, 256) == 0);
}

static void vectors(void)
{
    uint8_t r[128], b[128], k[128], want[256], out[256], one[128] = { [127] = 1 }, zero[128] = { 0 }, big[128];
    hex(r, 128, MN_RFC6508_R);
    hex(b, 128, MN_RFC6508_B);
    hex(k, 128, MN_RFC6508_RBMODQ);
    uint8_t got[128];
    mul_q(got, r, b);
    check("RFC 6508 A: r b mod q", memcmp(got, k, 128) == 0);
    mul_q(got, b, r);
    check("RFC 6508 A: b r mod q", memcmp(got, k, 128) == 0);
    /* R_(b,S) = [r b]P + [r]Z_T = [r]([b]P + Z_T), the RFC's value */
    hex(want, 256, MN_RFC6508_RB);
    int st = mn_sakke_comb_mul_rb(out, tp, tz, words, r, b);
    check("RFC 6508 A: R_(b,S) by mn_sakke_comb_mul_rb", st == MN_OK && memcmp(out, want, 256) == 0);
    int agree = agrees(r, b, k, &st);
    check("RFC 6508 A: the same as mn_sakke_comb_mul2 with the RFC's r b mod q", agree && st == MN_OK);

    /* edges: r = 1 gives [b]P + Z_T; b = 1 gives [r]P + [r]Z_T; r = q - 1 and b = q - 1 give k = 1 */
    uint8_t qm1[128];
    q_minus(qm1, 1);
    mul_q(got, qm1, qm1);
    check("(q - 1)^2 mod q = 1", memcmp(got, one, 128) == 0);
    mul_q(got, one, b);
    check("1 b mod q = b", memcmp(got, b, 128) == 0);
    mul_q(got, r, zero);
    check("r 0 mod q = 0", memcmp(got, zero, 128) == 0);
    agree = agrees(one, b, b, &st);
    check("r = 1: [b]P + Z_T", agree && st == MN_OK);
    agree = agrees(qm1, qm1, one, &st);
    check("r = b = q - 1: [1]P + [q - 1]Z_T", agree && st == MN_OK);
    agree = agrees(r, one, r, &st);
    check("b = 1: [r]P + [r]Z_T", agree && st == MN_OK);
    /* b = 0: R = [r]Z_T (a receiver's b is never 0 mod q, but b < q is all the contract asks) */
    st = mn_sakke_comb_mul_rb(out, tp, tz, words, r, zero);
    uint8_t rzt[256];
    int st2 = mn_sakke_comb_mul(rzt, tz, words, r);
    check("b = 0: [r]Z_T", st == MN_OK && st2 == MN_OK && memcmp(out, rzt, 256) == 0);

    /* refusals: r = 0, r = q, r = 2^1024 - 1, b = q, b = 2^1024 - 1 (MN_EENCODING, out zeroed); unbuilt or short
     * tables (MN_EBUFFER) */
    uint8_t qq[128];
    q_minus(qq, 0);
    memset(big, 0xFF, sizeof big);
    refused("r = 0", zero, b, MN_EENCODING);
    refused("r = q", qq, b, MN_EENCODING);
    refused("r = 2^1024 - 1", big, b, MN_EENCODING);
    refused("b = q", r, qq, MN_EENCODING);
    refused("b = 2^1024 - 1", r, big, MN_EENCODING);
    refused("r = 0 and b = q", zero, qq, MN_EENCODING);
    tz[0] ^= 1;
    refused("an unbuilt second table", r, b, MN_EBUFFER);
    tz[0] ^= 1;
    tp[1] ^= 1;
    refused("an unbuilt first table", r, b, MN_EBUFFER);
    tp[1] ^= 1;
    words--;
    refused("too few words", r, b, MN_EBUFFER);
    words++;
    st = mn_sakke_comb_mul_rb(out, tp, tz, words, r, b);
    check("the tables after the refusals", st == MN_OK && memcmp(out, want, 256) == 0);
}

static uint64_t state = 0x2545F4914F6CDD1Du;
static uint32_t next(void)
{
    state ^= state << 13; state ^= state >> 7; state ^= state << 17;
    return (uint32_t)(state >> 32);
}

/* A uniform scalar below q (octets, drawn again while not below q). */
static void below_q(uint8_t k[128])
{
    uint32_t w[MN_SCALAR_WORDS];
    do {
        for (int i = 0; i < 128; i++) k[i] = (uint8_t)next();
        k[0] &= 0x3F;                        /* q's top octet is 0x26 */
    } while (mn_sakke_scalar_read(w, k));
}

/* Edge values first (r = 1, r = q - 1, b = 0, 1, q - 1 and their pairs), then random r below q with b below q: one in
 * four b of 32 octets (a 3GPP UID's hash), one in sixteen of each edge. */
static int oracle(long count)
{
    uint8_t r[128], b[128], k[128], qm1[128], one[128] = { [127] = 1 };
    q_minus(qm1, 1);
    const uint8_t *edges[3] = { one, qm1, NULL };
    for (long i = 0; i < count; i++) {
        below_q(r);
        below_q(b);
        if (i < 9) {                          /* the nine pairs of {1, q - 1, random} x {0, 1, q - 1} */
            if (edges[i / 3]) memcpy(r, edges[i / 3], 128);
            if (i % 3 == 0) memset(b, 0, 128);
            else memcpy(b, i % 3 == 1 ? one : qm1, 128);
        } else {
            uint32_t kind = next() & 15;
            if (kind < 4) memset(b, 0, 96);
            else if (kind == 4) memcpy(r, one, 128);
            else if (kind == 5) memcpy(r, qm1, 128);
            else if (kind == 6) memset(b, 0, 128);
            else if (kind == 7) memcpy(b, one, 128);
            else if (kind == 8) memcpy(b, qm1, 128);
        }
        mul_q(k, r, b);
        put_hex(r, 128); putchar(' '); put_hex(b, 128); putchar(' '); put_hex(k, 128); putchar('\n');
    }
    return 0;
}

/* Lines "r b k" on stdin: "status same" for each (same: 1 when the call's point is mn_sakke_comb_mul2's with k1 = k). */
static int combs(void)
{
    static char line[3 * 256 + 8];
    while (fgets(line, sizeof line, stdin)) {
        uint8_t r[128], b[128], k[128];
        if (strlen(line) < 3 * 256 + 2) return 2;
        line[256] = line[513] = line[770] = 0;
        hex(r, 128, line); hex(b, 128, line + 257); hex(k, 128, line + 514);
        int st, same = agrees(r, b, k, &st);
        printf("%d %d\n", st, same);
    }
    return 0;
}

int main(int argc, char **argv)
{
    uint8_t p[256], zt[256];
    words = mn_sakke_comb_words();
    tp = malloc(words * 4);
    tz = malloc(words * 4);
    hex(p, 256, MN_RFC6508_PX MN_RFC6508_PY);
    hex(zt, 256, MN_RFC6508_ZT);
    if (!tp || !tz || mn_sakke_comb_build_public(tp, words, p) != MN_OK || mn_sakke_comb_build_public(tz, words, zt) != MN_OK) {
        puts("FAIL comb build");
        return 1;
    }
    int rc;
    if (argc == 3 && strcmp(argv[1], "oracle") == 0) rc = oracle(atol(argv[2]));
    else if (argc == 2 && strcmp(argv[1], "combs") == 0) rc = combs();
    else {
        vectors();
        printf("test_sakke_rb: %s\n", failures ? "FAILED" : "ok");
        rc = failures ? 1 : 0;
    }
    free(tp); free(tz);
    return rc;
}
