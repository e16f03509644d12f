/*
 * One kernel of firmware/native between bench_start and bench_stop, compiled for Xtensa (gcc for the lx106 core, the
 * Xtensa ISA without MULUH) and run under qemu-xtensa by tools/xtensa_check.sh: `driver KERNEL SEED`. The inputs,
 * secrets included, are drawn from SEED, so two seeds give two secrets with everything public equal; trace.py then
 * compares the executed instruction traces (a constant-time kernel executes the same instructions for every secret)
 * and counts them. KERNEL names are those of `kernels[]`.
 */
#include <stdint.h>
#include <string.h>
#include "mikeynano_native.h"

__attribute__((noinline)) void bench_start(void) { __asm__ volatile(""); }
__attribute__((noinline)) void bench_stop(void) { __asm__ volatile(""); }

static uint32_t state;
static uint32_t next(void) { state ^= state << 13; state ^= state >> 17; state ^= state << 5; return state; }
static void words(uint32_t *w, int n) { for (int i = 0; i < n; i++) w[i] = next(); w[n - 1] &= 0x7fffffff; }
static void bytes(uint8_t *b, int n) { for (int i = 0; i < n; i++) b[i] = (uint8_t)next(); }

static uint32_t a[32], b[32], r[32];
static uint8_t k[128], g[128], pt[256], out[256], data[160], tag[20];
static union { mn_aes_key aes; mn_hmac_sha1_key hmac; mn_ghash_key ghash; mn_gcm_key gcm; } key;

/* The public input of [k]P: P = [9]G. */
static int setup_public(void)
{
    static const uint8_t nine[32] = { [31] = 9 };
    return mn_p256_mul_base(pt, nine);
}

static int run(int kernel)
{
    static const uint8_t iv[12] = { 1 };
    int st = 0;
    switch (kernel) {
    case 0: bench_start(); st = mn_fp1024_mul(r, a, b); bench_stop(); break;
    case 1: bench_start(); st = mn_fp1024_sqr(r, a); bench_stop(); break;
    case 2: bench_start(); st = mn_fp1024_inv(r, a); bench_stop(); break;
    case 3: bench_start(); st = mn_p256_fp_mul(r, a, b); bench_stop(); break;
    case 4: bench_start(); st = mn_p256_fp_sqr(r, a); bench_stop(); break;
    case 5: bench_start(); st = mn_p256_fp_inv(r, a); bench_stop(); break;
    case 6: bench_start(); st = mn_p256_fn_mul(r, a, b); bench_stop(); break;
    case 7: bench_start(); st = mn_p256_fn_inv(r, a); bench_stop(); break;
    case 8: bench_start(); st = mn_p256_mul_base(out, k); bench_stop(); break;
    case 9: bench_start(); st = mn_p256_mul(out, pt, k); bench_stop(); break;
    case 10: mn_aes_expand(&key.aes, k, 16); bench_start(); mn_aes_encrypt_blocks(&key.aes, data, out, 10); bench_stop(); break;
    case 11: mn_hmac_sha1_init(&key.hmac, k, 20); bench_start(); mn_hmac_sha1(&key.hmac, data, 160, k, 4, tag); bench_stop(); break;
    case 12: mn_ghash_init(&key.ghash, k); bench_start(); mn_ghash_update(&key.ghash, out, data, 160); bench_stop(); break;
    case 13: mn_gcm_init(&key.gcm, k, 16); bench_start(); st = mn_gcm_seal(&key.gcm, iv, data, 12, data + 12, out, 148, tag, 16); bench_stop(); break;
    case 14: bench_start(); st = mn_sakke_pf_pow(out, g, k); bench_stop(); break;
    default: return 100;
    }
    return st;
}

static const char *const kernels[] = { "fp1024_mul", "fp1024_sqr", "fp1024_inv", "p256_fp_mul", "p256_fp_sqr", "p256_fp_inv",
    "p256_fn_mul", "p256_fn_inv", "p256_mul_base", "p256_mul", "aes_blocks", "hmac_sha1", "ghash", "gcm_seal", "sakke_pf_pow" };

static int same(const char *x, const char *y) { while (*x && *x == *y) { x++; y++; } return *x == *y; }

int main(int argc, char **argv)
{
    if (argc != 3) return 101;
    state = 2463534242u;
    for (const char *s = argv[2]; *s; s++) state = state * 31 + (uint32_t)*s;
    words(a, 32); words(b, 32); bytes(k, 128); bytes(g, 128); bytes(data, 160);
    a[7] &= 0x7fffffff; b[7] &= 0x7fffffff;              /* below P-256's p and n as well as SAKKE's p */
    k[0] &= 0x7f; g[0] &= 0x7f;                          /* scalars below n and q, g below p */
    if (setup_public() != 0) return 102;
    for (int i = 0; i < (int)(sizeof kernels / sizeof kernels[0]); i++)
        if (same(argv[1], kernels[i])) return run(i) & 0xff;
    return 103;
}
