/*
 * CTest: mn_eccsi_sign_s, ECCSI signing's s' = (HE + r SSK)^-1 j mod q (RFC 6507 5.2.1 step 4).
 *   test_eccsi_sign               RFC 6507 Appendix A, inputs at or above n, the two retry cases
 *   test_eccsi_sign oracle COUNT  COUNT random inputs and the results, one line each, for eccsi_sign_bigint.py to
 *                                 recompute with Python's integers (an independent modular inverse)
 */
#include <stdlib.h>
#include <string.h>
#include "mikeynano_native.h"
#include "p256_test_util.h"
#include "rfc6507_vectors.h"

static void check(const char *what, int ok)
{
    if (!ok) { printf("FAIL %s\n", what); failures++; }
}

static void put_hex(const uint8_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) printf("%02X", b[i]);
}

/* s' for the hex inputs, against the expected hex s' (NULL: MN_ECCSI_ERETRY with s zeroed). */
static void expect(const char *what, const char *j, const char *he, const char *r, const char *ssk, const char *s)
{
    uint8_t jb[32], heb[32], rb[32], sskb[32], got[32], want[32] = { 0 };
    hex(jb, j, 32); hex(heb, he, 32); hex(rb, r, 32); hex(sskb, ssk, 32);
    if (s) hex(want, s, 32);
    memset(got, 0xA5, sizeof got);
    int st = mn_eccsi_sign_s(got, jb, heb, rb, sskb);
    char line[160];
    snprintf(line, sizeof line, "%s: status %d", what, st);
    check(line, st == (s ? MN_OK : MN_ECCSI_ERETRY));
    snprintf(line, sizeof line, "%s: s'", what);
    check(line, memcmp(got, want, 32) == 0);
}

#define N_HEX "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"
#define ZERO  "0000000000000000000000000000000000000000000000000000000000000000"
#define J     MN_RFC6507_J
#define HE    MN_RFC6507_HE
#define R     MN_RFC6507_R
#define SSK   MN_RFC6507_SSK

static void vectors(void)
{
    expect("RFC 6507 A", J, HE, R, SSK, MN_RFC6507_S);
    /* inputs at or above n are reduced first; the expected values from Python's integers */
    expect("j + n", "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC666AB8", HE, R, SSK, MN_RFC6507_S);
    expect("every input >= n (j = 2^256 - 1, HE = n + 1, r = 2^256 - 6, SSK = n + 0x1234)",
           "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
           "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632552",
           "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFA",
           "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC633785",
           "C3043197195FC67D7FDC0B2C6837F5F5C9B601926117BE72164C68C26CE92D29");
    /* r = 0 mod q: retry, whatever HE is */
    expect("r = 0", J, HE, ZERO, SSK, NULL);
    expect("r = n", J, HE, N_HEX, SSK, NULL);
    /* HE = -r SSK mod q: retry */
    expect("HE = -r SSK", J, MN_RFC6507_MINUS_R_SSK, R, SSK, NULL);
    /* the same through reduction: HE = n + 5, r = n - 5, SSK = n + 1, so HE + r SSK = 5 - 5 = 0 mod q */
    expect("HE = n + 5, r = n - 5, SSK = n + 1", J,
           "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632556",
           "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC63254C",
           "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632552", NULL);
    /* j = 0 is no retry case of this step (its J is infinity: the signer never gets here with it): s' = 0, MN_OK */
    expect("j = 0", ZERO, HE, R, SSK, ZERO);
}

static uint64_t state = 0x9E3779B97F4A7C15u;
static uint32_t next(void)
{
    state ^= state << 13; state ^= state >> 7; state ^= state << 17;
    return (uint32_t)(state >> 32);
}

/* A random input: mostly uniform below 2^256, one in eight at or above n (top 64 bits all ones), one in sixteen small,
 * one in sixty-four zero or n. */
static void draw(uint8_t b[32])
{
    static const uint8_t n[32] = { 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xBC, 0xE6, 0xFA, 0xAD, 0xA7, 0x17, 0x9E, 0x84, 0xF3, 0xB9, 0xCA, 0xC2, 0xFC, 0x63, 0x25, 0x51 };
    for (int i = 0; i < 32; i++) b[i] = (uint8_t)next();
    uint32_t kind = next() & 63;
    if (kind < 8) memset(b, 0xFF, 8);
    else if (kind < 12) memset(b, 0, 28);
    else if (kind == 12) memset(b, 0, 32);
    else if (kind == 13) memcpy(b, n, 32);
}

static int oracle(long count)
{
    uint8_t j[32], he[32], r[32], ssk[32], s[32];
    for (long i = 0; i < count; i++) {
        draw(j); draw(he); draw(r); draw(ssk);
        int st = mn_eccsi_sign_s(s, j, he, r, ssk);
        put_hex(j, 32); putchar(' '); put_hex(he, 32); putchar(' '); put_hex(r, 32); putchar(' ');
        put_hex(ssk, 32); printf(" %d ", st); put_hex(s, 32); putchar('\n');
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "oracle") == 0) return oracle(atol(argv[2]));
    vectors();
    if (failures) { printf("test_eccsi_sign: %d failures\n", failures); return 1; }
    puts("test_eccsi_sign: ok");
    return 0;
}
