/* CTest: mn_p256_mul_add3_public (ECCSI verification's J = [s HE]G + [s r HS]PVT + [s r]KPAK, RFC 6507 5.2.2) against
 * [u1]G + [u2]Q2 + [u3]Q3 put together from the other kernels (mn_p256_mul_base, mn_p256_mul) and an affine addition
 * written here on the exported plain field kernels: RFC 6507 Appendix A's J, the cases where the public additions
 * meet doubling and infinity (zero scalars, Q2 = Q3, Q3 = -Q2, Q = G, sums that cancel), scalars n and above, invalid
 * points, and 10,000 random inputs (200 under valgrind, whose host test runs every test program). */
#include <stdio.h>
#include <string.h>
#include "mikeynano_native.h"
#include "../src/mn_p256_internal.h"
#include "p256_test_util.h"
#include "on_valgrind.h"

#define GXY "6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296" \
            "4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5"
#define N "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"
/* RFC 6507 Appendix A (../shared/vectors/rfc6507-eccsi-appendixA.txt; tests/MikeyNano.Tests/Eccsi/EccsiRfc6507Tests) */
#define KPAK "50D4670BDE75244F28D2838A0D25558A7A72686D4522D4C8273FB6442AEBFA93" \
             "DBDD37551AFD263B5DFD617F3960C65A8C298850FF99F20366DCE7D4367217F4"
#define PVT "758A142779BE89E829E71984CB40EF758CC4AD775FC5B9A3E1C8ED52F6FA36D9" \
            "A79D247692F4EDA3A6BDAB77D6AA6474A464AE4934663C5265BA7018BA091F79"
#define HS "490F3FEBBC1C902F6289723D7F8CBF79DB88930849D19F38F0295B5C276C14D1"
#define HE "111F90EAE8271C96DF9B3D6726768D9EE9B18145D7EC152CFA9C23D1C4F02285"
#define R "269D4C8FDEB66A74E4EF8C0D5DCC597DDFE6029C2AFFC4936008CD2CC1045D81"
#define S "E09B528D0EF8D6DF1AA3ECBF80110CFCEC9FC68252CEBB679F4134846940CCFD"
#define JXY R "6DDA6A1310F4B067BD5DABDAD741B7CEF36457E196B1BFA97FD5F8FBB3926ADB"

/* r = a - b mod p (plain values below p) */
static void sub_mod(uint32_t r[8], const uint32_t a[8], const uint32_t b[8])
{
    uint64_t borrow = 0, c = 0;
    uint32_t d[8];
    for (int i = 0; i < 8; i++) { uint64_t t = (uint64_t)a[i] - b[i] - borrow; d[i] = (uint32_t)t; borrow = t >> 63; }
    for (int i = 0; i < 8; i++) { c += (uint64_t)d[i] + (borrow ? mn_p256_p[i] : 0); r[i] = (uint32_t)c; c >>= 32; }
}

static void neg_mod(uint32_t r[8], const uint32_t a[8]) { static const uint32_t zero[8]; sub_mod(r, zero, a); }

static void add_mod(uint32_t r[8], const uint32_t a[8], const uint32_t b[8])
{
    uint32_t nb[8];
    neg_mod(nb, b);
    sub_mod(r, a, nb);
}

/* The affine sum of two encodings (all zero: infinity) by the chord and tangent rules; returns 1 for infinity. */
static int affine_add(uint8_t out[64], const uint8_t a[64], const uint8_t b[64])
{
    static const uint8_t inf[64];
    if (!memcmp(a, inf, 64)) { memcpy(out, b, 64); return !memcmp(b, inf, 64); }
    if (!memcmp(b, inf, 64)) { memcpy(out, a, 64); return 0; }
    uint32_t x1[8], y1[8], x2[8], y2[8], num[8], den[8], l[8], t[8], x3[8], y3[8];
    mn_p256_from_bytes(x1, a); mn_p256_from_bytes(y1, a + 32);
    mn_p256_from_bytes(x2, b); mn_p256_from_bytes(y2, b + 32);
    if (!memcmp(x1, x2, 32)) {
        add_mod(t, y1, y2);
        if (mn_p256_is_zero(t)) { memset(out, 0, 64); return 1; } /* P + (-P) */
        mn_p256_fp_mul(num, x1, x1);                  /* tangent: (3 x^2 - 3) / 2y */
        add_mod(t, num, num); add_mod(num, t, num);
        static const uint32_t three[8] = { 3 };
        sub_mod(num, num, three);
        add_mod(den, y1, y1);
    } else {
        sub_mod(num, y2, y1);
        sub_mod(den, x2, x1);
    }
    mn_p256_fp_inv(t, den);
    mn_p256_fp_mul(l, num, t);
    mn_p256_fp_mul(x3, l, l);
    sub_mod(x3, x3, x1); sub_mod(x3, x3, x2);
    sub_mod(t, x1, x3);
    mn_p256_fp_mul(y3, l, t);
    sub_mod(y3, y3, y1);
    mn_p256_to_bytes(out, x3); mn_p256_to_bytes(out + 32, y3);
    return 0;
}

/* Checks mn_p256_mul_add3_public against [u1]G + [u2]Q2 + [u3]Q3 from the other kernels; 1 when it agrees. */
static int agrees(const char *what, const uint8_t u1[32], const uint8_t u2[32], const uint8_t q2[64],
                  const uint8_t u3[32], const uint8_t q3[64])
{
    uint8_t a[64], b[64], c[64], want[64], got[64];
    mn_p256_mul_base(a, u1);
    mn_p256_mul(b, q2, u2);
    mn_p256_mul(c, q3, u3);
    affine_add(want, a, b);
    int inf = affine_add(want, want, c);
    memset(got, 0xAA, 64);
    int st = mn_p256_mul_add3_public(got, u1, u2, q2, u3, q3);
    if (st != (inf ? MN_EINFINITY : MN_OK) || memcmp(got, want, 64) != 0) {
        printf("FAIL %s: status %d, infinity %d\n", what, st, inf);
        failures++;
        return 0;
    }
    return 1;
}

static uint32_t state = 0x6507A5A5u;
static uint32_t next(void) { state ^= state << 13; state ^= state >> 17; state ^= state << 5; return state; }
static void random_bytes(uint8_t *b, int n) { for (int i = 0; i < n; i++) b[i] = (uint8_t)next(); }

/* q = -p */
static void negate(uint8_t q[64], const uint8_t p[64])
{
    uint32_t y[8];
    mn_p256_from_bytes(y, p + 32);
    neg_mod(y, y);
    memcpy(q, p, 32);
    mn_p256_to_bytes(q + 32, y);
}

/* u = n - v mod n (v < n) */
static void negate_scalar(uint8_t u[32], const uint8_t v[32])
{
    uint32_t a[8], n[8], zero[8] = { 0 };
    mn_p256_from_bytes(a, v);
    memcpy(n, mn_p256_n, 32);
    if (mn_p256_is_zero(a)) { mn_p256_to_bytes(u, zero); return; }
    uint64_t borrow = 0;
    for (int i = 0; i < 8; i++) { uint64_t t = (uint64_t)n[i] - a[i] - borrow; a[i] = (uint32_t)t; borrow = t >> 63; }
    mn_p256_to_bytes(u, a);
}

static void rfc6507(void)
{
    uint32_t s[8], he[8], hs[8], r[8], t[8];
    uint8_t u1[32], u2[32], u3[32], pvt[64], kpak[64], b[32], got[64], want[64];
    hex(b, S, 32); mn_p256_from_bytes(s, b);
    hex(b, HE, 32); mn_p256_from_bytes(he, b);
    hex(b, HS, 32); mn_p256_from_bytes(hs, b);
    hex(b, R, 32); mn_p256_from_bytes(r, b);
    hex(pvt, PVT, 64); hex(kpak, KPAK, 64); hex(want, JXY, 64);
    mn_p256_fn_mul(t, s, he); mn_p256_to_bytes(u1, t);         /* s HE */
    mn_p256_fn_mul(t, s, r); mn_p256_to_bytes(u3, t);          /* s r */
    mn_p256_fn_mul(t, t, hs); mn_p256_to_bytes(u2, t);         /* s r HS */
    int st = mn_p256_mul_add3_public(got, u1, u2, pvt, u3, kpak);
    if (st != MN_OK || memcmp(got, want, 64) != 0) { puts("FAIL RFC 6507 A: J = [s HE]G + [s r HS]PVT + [s r]KPAK"); failures++; }
    agrees("RFC 6507 A", u1, u2, pvt, u3, kpak);
}

static void edges(void)
{
    uint8_t g[64], ng[64], q[64], nq[64], zero[32] = { 0 }, one[32] = { 0 }, two[32] = { 0 }, n[32], np1[32],
            nm1[32], ff[32], k[32], nk[32], out[64];
    hex(g, GXY, 64); negate(ng, g);
    hex(n, N, 32); memcpy(np1, n, 32); np1[31] += 1; memcpy(nm1, n, 32); nm1[31] -= 1;
    memset(ff, 0xFF, 32);
    one[31] = 1; two[31] = 2;
    random_bytes(k, 32); k[0] &= 0x7F;
    mn_p256_mul_base(q, k); negate(nq, q);
    negate_scalar(nk, k);
    agrees("0 G + 0 Q + 0 Q", zero, zero, q, zero, q);
    memset(out, 0xAA, 64);
    if (mn_p256_mul_add3_public(out, zero, zero, q, zero, nq) != MN_EINFINITY || memcmp(out, zero, 32) || memcmp(out + 32, zero, 32)) {
        puts("FAIL all zero: infinity, output zeroed"); failures++;
    }
    agrees("k G + 0 + 0", k, zero, q, zero, nq);
    agrees("0 + k Q + 0", zero, k, q, zero, nq);
    agrees("0 + 0 + k Q", zero, zero, q, k, nq);
    agrees("1 Q + 1 Q (Q2 = Q3: doubling)", zero, one, q, one, q);
    agrees("k Q + k Q (Q2 = Q3)", zero, k, q, k, q);
    agrees("G + 1 Q + 1 Q", one, one, q, one, q);
    agrees("1 Q + 1 (-Q) (Q3 = -Q2)", zero, one, q, one, nq);
    agrees("k G + k Q + k (-Q)", k, k, q, k, nq);
    agrees("G + G + G (Q = G)", one, one, g, one, g);
    agrees("G + 1 G + (n-2) G = 0 (Q = G)", one, one, g, nm1, g);
    agrees("k G + (n-k) G + k G", k, nk, g, k, g);
    agrees("k G + k (-G) + 0", k, k, ng, zero, q);
    agrees("2 G + (n-1) G + (n-1) G", two, nm1, g, nm1, g);
    agrees("n G + (n+1) Q + (2^256-1) Q", n, np1, q, ff, nq);
    agrees("(2^256-1) all", ff, ff, q, ff, g);
    agrees("k Q + (n-k) Q, Q2 = Q3", zero, k, q, nk, q);
    agrees("(n-1) G + 1 G + 0", nm1, one, g, zero, q);
    /* invalid points: the status of mn_p256_mul_add_public, output zeroed */
    uint8_t bad[64];
    memcpy(bad, q, 64); bad[63] ^= 1;
    memset(out, 0xAA, 64);
    if (mn_p256_mul_add3_public(out, k, k, bad, k, q) != MN_EPOINT || memcmp(out, zero, 32) || memcmp(out + 32, zero, 32)) {
        puts("FAIL Q2 off the curve"); failures++;
    }
    memset(out, 0xAA, 64);
    if (mn_p256_mul_add3_public(out, k, k, q, k, bad) != MN_EPOINT || memcmp(out, zero, 32) || memcmp(out + 32, zero, 32)) {
        puts("FAIL Q3 off the curve"); failures++;
    }
    memset(bad, 0xFF, 64);
    if (mn_p256_mul_add3_public(out, k, k, q, k, bad) != MN_EENCODING) { puts("FAIL Q3 coordinates >= p"); failures++; }
}

/* Random inputs, one shape in eight each: independent; Q3 = Q2; Q3 = -Q2; Q2 = G; one-octet scalars; a zero scalar;
 * scalars at or above n; u3 = -u2 with Q3 = Q2 (the two cancel). */
static void random_inputs(int count)
{
    for (int i = 0; i < count && failures < 5; i++) {
        uint8_t u1[32], u2[32], u3[32], k2[32], k3[32], q2[64], q3[64];
        random_bytes(u1, 32); random_bytes(u2, 32); random_bytes(u3, 32);
        random_bytes(k2, 32); random_bytes(k3, 32);
        mn_p256_mul_base(q2, k2);
        mn_p256_mul_base(q3, k3);
        switch (i % 8) {
        case 1: memcpy(q3, q2, 64); break;
        case 2: negate(q3, q2); break;
        case 3: hex(q2, GXY, 64); break;
        case 4: memset(u1, 0, 31); memset(u2, 0, 31); memset(u3, 0, 31); break;
        case 5: memset(i & 8 ? u2 : u1, 0, 32); break;
        case 6: memset(u1, 0xFF, 4); memset(u3, 0xFF, 8); break;
        case 7: memcpy(q3, q2, 64); u2[0] &= 0x7F; negate_scalar(u3, u2); break;
        default: break;
        }
        char what[32];
        snprintf(what, sizeof what, "random #%d", i);
        agrees(what, u1, u2, q2, u3, q3);
    }
}

int main(void)
{
    rfc6507();
    edges();
    random_inputs(RUNNING_ON_VALGRIND ? 200 : 10000);
    if (failures) { printf("test_p256_mul_add3: %d failures\n", failures); return 1; }
    puts("test_p256_mul_add3: ok");
    return 0;
}
