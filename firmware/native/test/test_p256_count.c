/* The driver for instruction counts of the P-256 kernels (a CTest program too: without arguments it runs each
 * kernel once and checks the results agree). `test_p256_count KERNEL N` runs KERNEL N times on fixed inputs, so
 * that count(KERNEL, 1) - count(KERNEL, 0) under an instruction counter is one call:
 *   valgrind --tool=callgrind test_p256_count mul_base 1   (a 32-bit build, -DMN_M32=ON, where the kernel runs it)
 *   qemu-i386 -singlestep -d exec,nochain -D log test_p256_count mul_base 1   (where it cannot: lines = insns)
 * KERNEL: fp_mul, fp_inv, fn_inv, mul_base, mul, mul_add, verify (the exported kernels), mont_mul, mont_sqr,
 * fp_add, fp_sub, dbl, madd, add (the internal Montgomery-form operations they are made of), eccsi (the two native
 * calls of a table-free ECCSI verification, RFC 6507 5.2.2 as EccsiVerifier makes them: [HS]PVT as 0 G + HS PVT,
 * then [s HE]G + [s r]Y), eccsi3 (the same J in one call, mn_p256_mul_add3_public: [s HE]G + [s r HS]PVT + [s r]KPAK). */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "mikeynano_native.h"
#include "../src/mn_p256_internal.h"

int main(int argc, char **argv)
{
    const char *kernel = argc > 1 ? argv[1] : NULL;
    long n = argc > 2 ? atol(argv[2]) : 1;
    uint8_t k[32], u2[32], q[64], out[64], hash[32], sig[64];
    uint32_t a[8], b[8], r[8];
    for (int i = 0; i < 32; i++) { k[i] = (uint8_t)(0xA7 ^ i * 29); u2[i] = (uint8_t)(0x3C + i * 11); hash[i] = (uint8_t)(i * 7); }
    for (int i = 0; i < 8; i++) { a[i] = 0x9E3779B9u * (uint32_t)(i + 1); b[i] = 0x7F4A7C15u ^ (uint32_t)i; }
    a[7] >>= 1; b[7] >>= 1;
    mn_p256_mul_base(q, u2);               /* Q = [u2]G: a valid public key */
    uint8_t kq[64];
    mn_p256_mul(kq, q, k);                 /* eccsi3's second point */
    /* a valid signature needs a signer; verify's cost does not depend on validity past the checks, so r, s random */
    memcpy(sig, k, 32); memcpy(sig + 32, u2, 32);
    sig[0] &= 0x7F; sig[32] &= 0x7F;
    mn_p256_affine pa;
    mn_p256_jac pj, pj2;
    mn_p256_decode(&pa, q);
    memcpy(pj.x, pa.x, 32); memcpy(pj.y, pa.y, 32); memcpy(pj.z, mn_fp_one, 32);
    mn_p256_dbl(&pj, &pj);
    mn_p256_dbl(&pj2, &pj);
    static const char *const names[] = { "fp_mul", "fp_inv", "fn_inv", "mul_base", "mul", "mul_add", "mont_mul", "mont_sqr", "fp_add", "fp_sub", "dbl", "madd", "add", "verify", "eccsi", "eccsi3" };
    int which = -1; /* -1: all, once */
    for (int i = 0; kernel != NULL && i < (int)(sizeof names / sizeof names[0]); i++) if (!strcmp(kernel, names[i])) which = i;
    if (kernel != NULL && which < 0) { printf("unknown kernel %s\n", kernel); return 2; }
    for (long i = 0; i < n; i++) {
        for (int j = 0; j < (int)(sizeof names / sizeof names[0]); j++) {
            if (which >= 0 && j != which) continue;
            switch (j) {
            case 0: mn_p256_fp_mul(r, a, b); break;
            case 1: mn_p256_fp_inv(r, a); break;
            case 2: mn_p256_fn_inv(r, b); break;
            case 3: mn_p256_mul_base(out, k); break;
            case 4: mn_p256_mul(out, q, k); break;
            case 5: mn_p256_mul_add_public(out, k, u2, q); break;
            case 6: mn_fp_mul(r, a, b); break;
            case 7: mn_fp_sqr(r, a); break;
            case 8: mn_fp_add(r, a, b); break;
            case 9: mn_fp_sub(r, a, b); break;
            case 10: mn_p256_dbl(&pj, &pj); break;
            case 11: mn_p256_madd(&pj, &pj, &pa); break;
            case 12: mn_p256_add(&pj, &pj, &pj2); break;
            case 13: mn_p256_ecdsa_verify_public(hash, 32, sig, sig + 32, q); break;
            case 14: { /* Y = [HS]PVT (+ KPAK in managed code), then J = [s HE]G + [s r]Y; Q and out stand in */
                static const uint8_t zero[32] = { 0 };
                uint8_t y[64], hs[32];
                for (int j2 = 0; j2 < 32; j2++) hs[j2] = (uint8_t)(0xC3 ^ j2 * 53); /* a full-length HS */
                mn_p256_mul_add_public(y, zero, hs, q);
                mn_p256_mul_add_public(out, k, u2, y);
                break;
            }
            case 15: { /* J = [s HE]G + [s r HS]PVT + [s r]KPAK: k, a full-length HS and u2 stand in; Q and [k]Q for the points */
                uint8_t hs[32];
                for (int j2 = 0; j2 < 32; j2++) hs[j2] = (uint8_t)(0xC3 ^ j2 * 53);
                mn_p256_mul_add3_public(out, k, hs, q, u2, kq);
                break;
            }
            }
        }
    }
    if (kernel == NULL) {
        /* [k]([u2]G) == [k u2]G == [0]G + [k u2 mod n]... check instead that mul and mul_add agree: [k]Q vs 0 G + k Q */
        uint8_t m1[64], m2[64], zero[32] = { 0 };
        mn_p256_mul(m1, q, k);
        mn_p256_mul_add_public(m2, zero, k, q);
        if (memcmp(m1, m2, 64) != 0) { puts("test_p256_count: [k]Q differs"); return 1; }
        puts("test_p256_count: ok");
    }
    return 0;
}
