/* CTest: P-256 known answers (FIPS 186-4 D.1.2.3's G, RFC 6979 A.2.5, NIST CAVS ECC CDH P-256 COUNT 0) and the
 * edge cases of mn_p256.h (scalars 0, 1, n-1, n, n+1, 2^256-1; points off the curve; coordinates >= p). */
#include <stdio.h>
#include <string.h>
#include "mikeynano_native.h"
#include "../src/mn_p256_internal.h"
#include "p256_test_util.h"

static void expect_hex(const char *what, const uint8_t *got, const char *want, size_t n)
{
    uint8_t w[64];
    hex(w, want, n);
    if (memcmp(got, w, n) != 0) { printf("FAIL %s\n", what); failures++; }
}

static void expect_int(const char *what, int got, int want)
{
    if (got != want) { printf("FAIL %s: %d, want %d\n", what, got, want); failures++; }
}

static void expect_zero(const char *what, const uint8_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) if (b[i]) { printf("FAIL %s: output not zeroed\n", what); failures++; return; }
}

#define GX "6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296"
#define GY "4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5"
#define GNEGY "B01CBD1C01E58065711814B583F061E9D431CCA994CEA1313449BF97C840AE0A"
#define G2 "7CF27B188D034F7E8A52380304B51AC3C08969E277F21B35A60B48FC47669978" \
           "07775510DB8ED040293D9AC69F7430DBBA7DADE63CE982299E04B79D227873D1"
#define N "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"
#define P "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF"
/* RFC 6979 A.2.5 */
#define D6979 "C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721"
#define U6979 "60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6" \
              "7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299"
#define H_SAMPLE "AF2BDBE1AA9B6EC1E2ADE1D694F41FC71A831D0268E9891562113D8A62ADD1BF"
#define SIG_SAMPLE "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716" \
                   "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8"
#define H_TEST "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"
#define SIG_TEST "F1ABB023518351CD71D881567B1EA663ED3EFCF6C5132B354F28D3B0B7D38367" \
                 "019F4113742A2B14BD25926B49C649155F267E60D3814B4C0CC84250E46F0083"
/* NIST CAVS 14.1 ECC CDH Primitive (KAS_ECC_CDH_PrimitiveTest.txt), P-256 COUNT = 0 */
#define CDH_Q "700C48F77F56584C5CC632CA65640DB91B6BACCE3A4DF6B42CE7CC838833D287" \
              "DB71E509E3FD9B060DDB20BA5C51DCC5948D46FBF640DFE0441782CAB85FA4AC"
#define CDH_D "7D7DC5F71EB29DDAF80D6214632EEAE03D9058AF1FB6D22ED80BADB62BC1A534"
#define CDH_QIUT "EAD218590119E8876B29146FF89CA61770C4EDBBF97D38CE385ED281D8A6B230" \
                 "28AF61281FD35E2FA7002523ACC85A429CB06EE6648325389F59EDFCE1405141"
#define CDH_Z "46FC62106420FF012E54A434FBDD2D25CCC5852060561E68040DD7778997BD7B"

static void scalar_edges(void)
{
    uint8_t k[32], out[64], g[64], n[32];
    hex(g, GX GY, 64);
    hex(n, N, 32);
    memset(k, 0, 32);
    memset(out, 0xAA, 64);
    expect_int("0 G", mn_p256_mul_base(out, k), MN_EINFINITY);
    expect_zero("0 G", out, 64);
    memset(out, 0xAA, 64);
    expect_int("0 P", mn_p256_mul(out, g, k), MN_EINFINITY);
    expect_zero("0 P", out, 64);
    expect_int("n G", mn_p256_mul_base(out, n), MN_EINFINITY);
    expect_int("n P", mn_p256_mul(out, g, n), MN_EINFINITY);
    k[31] = 1;
    expect_int("1 G", mn_p256_mul_base(out, k), MN_OK);
    expect_hex("1 G", out, GX GY, 64);
    expect_int("1 P", mn_p256_mul(out, g, k), MN_OK);
    expect_hex("1 P", out, GX GY, 64);
    k[31] = 2;
    mn_p256_mul_base(out, k); expect_hex("2 G", out, G2, 64);
    mn_p256_mul(out, g, k); expect_hex("2 P", out, G2, 64);
    memcpy(k, n, 32); k[31] -= 1;
    mn_p256_mul_base(out, k); expect_hex("(n-1) G", out, GX GNEGY, 64);
    mn_p256_mul(out, g, k); expect_hex("(n-1) P", out, GX GNEGY, 64);
    memcpy(k, n, 32); k[31] += 1;
    mn_p256_mul_base(out, k); expect_hex("(n+1) G", out, GX GY, 64);
    mn_p256_mul(out, g, k); expect_hex("(n+1) P", out, GX GY, 64);
    memset(k, 0xFF, 32); /* 2^256 - 1 = (2^256 - 1 - n) mod n: both paths agree */
    uint8_t a[64], b[64];
    mn_p256_mul_base(a, k);
    mn_p256_mul(b, g, k);
    if (memcmp(a, b, 64) != 0) { puts("FAIL (2^256-1) G"); failures++; }
}

static void public_ops(void)
{
    uint8_t one[32] = { 0 }, two[32] = { 0 }, zero[32] = { 0 }, nm1[32], g[64], out[64];
    one[31] = 1; two[31] = 2;
    hex(g, GX GY, 64);
    hex(nm1, N, 32); nm1[31] -= 1;
    expect_int("1G + 1G", mn_p256_mul_add_public(out, one, one, g), MN_OK);
    expect_hex("1G + 1G (doubling case)", out, G2, 64);
    mn_p256_mul_add_public(out, nm1, two, g); expect_hex("(n-1) G + 2 G", out, GX GY, 64);
    expect_int("(n-1) G + 1 G", mn_p256_mul_add_public(out, nm1, one, g), MN_EINFINITY);
    expect_int("0 G + 0 G", mn_p256_mul_add_public(out, zero, zero, g), MN_EINFINITY);
    mn_p256_mul_add_public(out, zero, two, g); expect_hex("0 G + 2 G", out, G2, 64);
}

static void vectors(void)
{
    uint8_t d[32], q[64], out[64], h[32], sig[64];
    hex(d, D6979, 32);
    mn_p256_mul_base(out, d); expect_hex("RFC 6979 U = dG", out, U6979, 64);
    hex(d, CDH_D, 32);
    mn_p256_mul_base(out, d); expect_hex("CAVS QIUT = dG", out, CDH_QIUT, 64);
    hex(q, CDH_Q, 64);
    expect_int("CAVS ZIUT", mn_p256_mul(out, q, d), MN_OK);
    expect_hex("CAVS ZIUT = x(d QCAVS)", out, CDH_Z, 32);

    hex(q, U6979, 64);
    hex(h, H_SAMPLE, 32); hex(sig, SIG_SAMPLE, 64);
    expect_int("verify sample", mn_p256_ecdsa_verify_public(h, 32, sig, sig + 32, q), MN_OK);
    hex(h, H_TEST, 32); hex(sig, SIG_TEST, 64);
    expect_int("verify test", mn_p256_ecdsa_verify_public(h, 32, sig, sig + 32, q), MN_OK);
    hex(sig, SIG_SAMPLE, 64);
    expect_int("verify test with sample's sig", mn_p256_ecdsa_verify_public(h, 32, sig, sig + 32, q), MN_P256_EVERIFY);
    hex(sig, SIG_TEST, 64);
    sig[40] ^= 0x10;
    expect_int("tampered s", mn_p256_ecdsa_verify_public(h, 32, sig, sig + 32, q), MN_P256_EVERIFY);
    hex(sig, SIG_TEST, 64);
    uint8_t zero[32] = { 0 }, n[32];
    hex(n, N, 32);
    expect_int("r = 0", mn_p256_ecdsa_verify_public(h, 32, zero, sig + 32, q), MN_P256_EVERIFY);
    expect_int("s = n", mn_p256_ecdsa_verify_public(h, 32, sig, n, q), MN_P256_EVERIFY);
    expect_int("empty digest", mn_p256_ecdsa_verify_public(h, 0, sig, sig + 32, q), MN_EENCODING);
    q[63] ^= 1;
    expect_int("Q off the curve", mn_p256_ecdsa_verify_public(h, 32, sig, sig + 32, q), MN_EPOINT);
}

static void bad_points(void)
{
    uint8_t k[32] = { 0 }, p[64], out[64];
    k[31] = 3;
    hex(p, GX GY, 64);
    p[63] ^= 1;
    memset(out, 0xAA, 64);
    expect_int("off the curve", mn_p256_mul(out, p, k), MN_EPOINT);
    expect_zero("off the curve", out, 64);
    expect_int("off the curve (public)", mn_p256_mul_add_public(out, k, k, p), MN_EPOINT);
    hex(p, P P, 64);
    memset(out, 0xAA, 64);
    expect_int("x = y = p", mn_p256_mul(out, p, k), MN_EENCODING);
    expect_zero("x = y = p", out, 64);
    /* (0, sqrt(b)) is on the curve; the same point with x + p is not a canonical encoding */
    hex(p, GX GY, 64);
    hex(p + 32, P, 32);
    expect_int("y = p", mn_p256_mul(out, p, k), MN_EENCODING);
    memset(p, 0, 64);
    expect_int("(0, 0)", mn_p256_mul(out, p, k), MN_EPOINT);
}

static void fields(void)
{
    const uint32_t p[8] = { 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0, 0, 0, 1, 0xFFFFFFFF };
    uint32_t a[8], b[8], r[8];
    for (int i = 0; i < 8; i++) a[i] = p[i];
    a[0] -= 1; /* p - 1 = -1: (-1)^2 = 1, (-1)^-1 = -1 */
    expect_int("fp_sqr", mn_p256_fp_sqr(r, a), MN_OK);
    if (r[0] != 1 || r[1] || r[7]) { puts("FAIL (p-1)^2"); failures++; }
    mn_p256_fp_inv(r, a);
    if (memcmp(r, a, 32) != 0) { puts("FAIL (p-1)^-1"); failures++; }
    for (int i = 0; i < 8; i++) b[i] = 0x12345678u * (uint32_t)(i + 1);
    mn_p256_fp_inv(r, b);
    mn_p256_fp_mul(r, r, b);
    if (r[0] != 1 || r[1] || r[5] || r[7]) { puts("FAIL b b^-1 mod p"); failures++; }
    mn_p256_fn_inv(r, b);
    mn_p256_fn_mul(r, r, b);
    if (r[0] != 1 || r[1] || r[5] || r[7]) { puts("FAIL b b^-1 mod n"); failures++; }
    memset(a, 0, 32);
    mn_p256_fp_inv(r, a);
    if (r[0] || r[7]) { puts("FAIL 0^-1 = 0"); failures++; }
    expect_int("fp_mul(p, 1)", mn_p256_fp_mul(r, p, b), MN_EENCODING);
}

/* Oracle arithmetic mod p, bit by bit (independent of the kernels' column schedule): x = x + y mod p, x = x / 2 mod p. */
static void oracle_add(uint32_t x[8], const uint32_t y[8])
{
    uint64_t c = 0;
    uint32_t s[8], d[8], borrow = 0;
    for (int i = 0; i < 8; i++) { c += (uint64_t)x[i] + y[i]; s[i] = (uint32_t)c; c >>= 32; }
    for (int i = 0; i < 8; i++) { uint64_t t = (uint64_t)s[i] - mn_p256_p[i] - borrow; d[i] = (uint32_t)t; borrow = (uint32_t)(t >> 63); }
    memcpy(x, c || !borrow ? d : s, 32);
}

static void oracle_halve(uint32_t x[8])
{
    uint64_t c = 0;
    uint32_t odd = x[0] & 1;
    for (int i = 0; i < 8; i++) { c += (uint64_t)x[i] + (odd ? mn_p256_p[i] : 0); x[i] = (uint32_t)c; c >>= 32; }
    for (int i = 0; i < 7; i++) x[i] = x[i] >> 1 | x[i + 1] << 31;
    x[7] = x[7] >> 1 | (uint32_t)c << 31;
}

/* r = a b 2^-256 mod p: double-and-add, then 256 halvings. */
static void oracle_mont_mul(uint32_t r[8], const uint32_t a[8], const uint32_t b[8])
{
    uint32_t acc[8] = { 0 };
    for (int bit = 255; bit >= 0; bit--) {
        oracle_add(acc, acc);
        if (b[bit >> 5] >> (bit & 31) & 1) oracle_add(acc, a);
    }
    for (int i = 0; i < 256; i++) oracle_halve(acc);
    memcpy(r, acc, 32);
}

/* Field elements that stress the carries: limbs drawn from 0, 1, 2^31, 2^32 - 2, 2^32 - 1 and xorshift values, plus
 * p's neighbours; those not below p are skipped. */
static int carry_heavy(uint32_t a[8], uint32_t *x, int t)
{
    static const uint32_t special[5] = { 0, 1, 0x80000000u, 0xFFFFFFFEu, 0xFFFFFFFFu };
    for (int i = 0; i < 8; i++) {
        *x ^= *x << 13; *x ^= *x >> 17; *x ^= *x << 5;
        a[i] = (*x & 7) < 5 && (t & 1) ? special[*x & 7] : *x >> 1 ^ *x << 7;
    }
    if (t < 4) { memcpy(a, mn_p256_p, 32); a[0] -= (uint32_t)(t + 1); } /* p - 1 .. p - 4 */
    return mn_p256_lt(a, mn_p256_p) != 0;
}

/* The Montgomery product, square, sum, difference, double and half mod p against the oracle on 3,000 operand pairs. */
static void field_against_oracle(void)
{
    uint32_t a[8], b[8], got[8], want[8], x = 0x9E3779B9u;
    int checked = 0;
    for (int t = 0; t < 3000; t++) {
        if (!carry_heavy(a, &x, t) || !carry_heavy(b, &x, t + 1)) continue;
        checked++;
        oracle_mont_mul(want, a, b);
        mn_fp_mul(got, a, b);
        if (memcmp(got, want, 32) != 0) { printf("FAIL mn_fp_mul #%d\n", t); failures++; return; }
        oracle_mont_mul(want, a, a);
        mn_fp_sqr(got, a);
        if (memcmp(got, want, 32) != 0) { printf("FAIL mn_fp_sqr #%d\n", t); failures++; return; }
        memcpy(want, a, 32); oracle_add(want, b);
        mn_fp_add(got, a, b);
        if (memcmp(got, want, 32) != 0) { printf("FAIL mn_fp_add #%d\n", t); failures++; return; }
        mn_fp_sub(got, want, b);
        if (memcmp(got, a, 32) != 0) { printf("FAIL mn_fp_sub #%d\n", t); failures++; return; }
        memcpy(want, a, 32); oracle_add(want, a);
        mn_fp_twice(got, a);
        if (memcmp(got, want, 32) != 0) { printf("FAIL mn_fp_twice #%d\n", t); failures++; return; }
        memcpy(want, a, 32); oracle_halve(want);
        mn_fp_half(got, a);
        if (memcmp(got, want, 32) != 0) { printf("FAIL mn_fp_half #%d\n", t); failures++; return; }
    }
    if (checked < 1000) { printf("FAIL field oracle: only %d pairs\n", checked); failures++; }
}

/* The variable-time inversions mod n (verification's s^-1) and mod p (the public encodings and tables) equal
 * Fermat's on 1, m - 1, and 2,000 xorshift values (every third one small: long runs of halvings). */
static void public_inversion(void)
{
    uint32_t a[8], want[8], got[8], x = 0x2545F491u;
    for (int t = 0; t < 2002; t++) {
        for (int i = 0; i < 8; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; a[i] = x; }
        if (t == 0) { memset(a, 0, sizeof a); a[0] = 1; }
        if (t == 1) { memcpy(a, mn_p256_n, sizeof a); a[0] -= 1; }
        if (t > 1 && t % 3 == 0) for (int i = 1; i < 8; i++) a[i] = 0; /* small values: long runs of halvings */
        if (!mn_p256_lt(a, mn_p256_n) || mn_p256_is_zero(a)) continue;
        mn_fn_to_mont(want, a);
        mn_fn_inv(want, want);
        mn_fn_inv_public(got, a);
        if (memcmp(want, got, sizeof want) != 0) { printf("FAIL fn_inv_public #%d\n", t); failures++; return; }
        if (t == 1) { memcpy(a, mn_p256_p, sizeof a); a[0] -= 1; }
        mn_fp_inv(want, a);                /* a read as a Montgomery-form element */
        mn_fp_inv_public(got, a);
        if (memcmp(want, got, sizeof want) != 0) { printf("FAIL fp_inv_public #%d\n", t); failures++; return; }
    }
}

int main(void)
{
    field_against_oracle();
    public_inversion();
    scalar_edges();
    public_ops();
    vectors();
    bad_points();
    fields();
    if (failures) { printf("test_p256: %d failures\n", failures); return 1; }
    puts("test_p256: ok");
    return 0;
}
