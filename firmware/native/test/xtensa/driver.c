/*
 * One kernel of firmware/native between bench_start and bench_stop, compiled for Xtensa (gcc for the lx106 core, the
 * Xtensa ISA without MULUH) and run under qemu-xtensa by tools/xtensa_check.sh: `driver KERNEL SEED`. The inputs,
 * secrets included, are drawn from SEED, so two seeds give two secrets with everything public equal; trace.py then
 * compares the executed instruction traces (a constant-time kernel executes the same instructions for every secret)
 * and counts them. KERNEL names are those of `kernels[]`. The driver prints the kernel's status and output in hex:
 * the same file built for the host (-DMN_DRIVER_HOST) prints what the host build computes, and the two must agree.
 *
 * The SAKKE protocol steps need public points and tables that take billions of instructions to make: the host build
 * makes them once (`driver prepare FILE`) and the Xtensa build links FILE in (tools/xtensa_check.sh assembles it into
 * mn_public, see public_inputs).
 */
#include <stdint.h>
#include <string.h>
#include "mikeynano_native.h"

#if defined(MN_DRIVER_HOST)
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
static void mn_write(const void *p, size_t n) { if (write(1, p, n) < 0) _exit(104); }
#else
void mn_write(const void *p, size_t n);
#endif

__attribute__((noinline)) void bench_start(void) { __asm__ volatile(""); }
__attribute__((noinline)) void bench_stop(void) { __asm__ volatile(""); }

static void emit(const void *p, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    char line[2 * 256 + 1];
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++) { line[2 * i] = digits[b[i] >> 4]; line[2 * i + 1] = digits[b[i] & 15]; }
    line[2 * n] = '\n';
    mn_write(line, 2 * n + 1);
}

/* SAKKE parameter set 1's P (RFC 6508 Appendix A), x || y. */
static const uint8_t sakke_p[256] = {
#include "sakke_p.inc"
};

/* Its g = <P, P>: mn_sakke_pf_pow takes g's combs for it (the sender's g^r), the fixed windows for any other g. */
static const uint8_t sakke_g[128] = {
#include "sakke_g.inc"
};

/* The public inputs of the SAKKE steps: Q_b = [k1]P, an RSK-like point [k2]P, R = [k3]Q_b, the combs of Q_b and P,
 * and the RSK's line table (fixed k1, k2, k3). */
#define MN_COMB_MAX 16392
#define MN_LINES_MAX 110000
typedef struct {
    uint8_t qb[256], rsk[256], rp[256];
    uint32_t comb_qb[MN_COMB_MAX], comb_p[MN_COMB_MAX], lines[MN_LINES_MAX];
} public_inputs;

#if defined(MN_DRIVER_HOST)
static public_inputs mn_public_data;
static const public_inputs *public_in = &mn_public_data;

static int prepare(const char *file)
{
    uint8_t k1[128], k2[128], k3[128];
    size_t cw = mn_sakke_comb_words(), lw = mn_sakke_rsk_table_words();
    if (cw > MN_COMB_MAX || lw > MN_LINES_MAX) return 105;
    for (int i = 0; i < 128; i++) { k1[i] = (uint8_t)(37 * i + 11); k2[i] = (uint8_t)(101 * i + 5); k3[i] = (uint8_t)(59 * i + 3); }
    k1[0] = 0x12; k2[0] = 0x0F; k3[0] = 0x1A;
    public_inputs *in = &mn_public_data;
    int st = mn_sakke_mul(in->qb, sakke_p, k1) | mn_sakke_mul(in->rsk, sakke_p, k2) | mn_sakke_mul(in->rp, in->qb, k3)
           | mn_sakke_comb_build_public(in->comb_qb, cw, in->qb) | mn_sakke_comb_build_public(in->comb_p, cw, sakke_p)
           | mn_sakke_rsk_table_build(in->lines, lw, in->rsk);
    FILE *f = fopen(file, "wb");
    if (st || !f || fwrite(in, sizeof *in, 1, f) != 1) return 106;
    return fclose(f) ? 106 : 0;
}

static int load(const char *file)
{
    FILE *f = fopen(file, "rb");
    if (!f || fread(&mn_public_data, sizeof mn_public_data, 1, f) != 1) return 107;
    fclose(f);
    return 0;
}
#else
extern const public_inputs mn_public;
static const public_inputs *public_in = &mn_public;
#endif

/* A public identifier scalar b for sakke_comb_mul_rb: 32 octets, the same for every seed. */
static const uint8_t uid_b[128] = { [96] = 0xB7, 0x3C, 0x15, 0x9E, 0x42, 0xD1, 0x08, 0x6A, 0xF3, 0x27, 0x90, 0x5B,
    0xC4, 0x1E, 0x7D, 0x63, 0x88, 0x0F, 0xA9, 0x34, 0x5C, 0xE2, 0x71, 0x16, 0x9B, 0xD8, 0x4F, 0x03, 0x6E, 0xA5,
    0x2C, 0x57 };

static uint32_t state;
static uint32_t next(void) { state ^= state << 13; state ^= state >> 17; state ^= state << 5; return state; }
static void words(uint32_t *w, int n) { for (int i = 0; i < n; i++) w[i] = next(); w[n - 1] &= 0x7fffffff; }
static void bytes(uint8_t *b, int n) { for (int i = 0; i < n; i++) b[i] = (uint8_t)next(); }

static uint32_t a[32], b[32], r[32];
static uint8_t k[128], k2[128], g[128], pt[256], pt2[64], out[256], data[160], tag[20];
static union { mn_aes_key aes; mn_hmac_sha1_key hmac; mn_ghash_key ghash; mn_gcm_key gcm; } key;

static int run(int kernel)
{
    static const uint8_t iv[12] = { 1 };
    const public_inputs *in = public_in;
    size_t cw = mn_sakke_comb_words(), lw = mn_sakke_rsk_table_words();
    int st = 0, st2 = 0;
    switch (kernel) {
    /* field and group kernels; secret: every input */
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
    /* the media path; secret: the key */
    case 10: mn_aes_expand(&key.aes, k, 16); bench_start(); mn_aes_encrypt_blocks(&key.aes, data, out, 10); bench_stop(); break;
    case 11: mn_hmac_sha1_init(&key.hmac, k, 20); bench_start(); mn_hmac_sha1(&key.hmac, data, 160, k, 4, tag); bench_stop(); break;
    case 12: mn_ghash_init(&key.ghash, k); bench_start(); mn_ghash_update(&key.ghash, out, data, 160); bench_stop(); break;
    case 13: mn_gcm_init(&key.gcm, k, 16); bench_start(); st = mn_gcm_seal(&key.gcm, iv, data, 12, data + 12, out, 148, tag, 16); bench_stop(); break;
    /* SAKKE steps; secret: the scalars and exponents (RFC 6508 r, b's comb scalars), g^r's r (sakke_pf_pow: the
     * parameter set's g, on its combs; sakke_pf_pow_any, case 23: a g drawn from the seed too, by the windows) */
    case 14: bench_start(); st = mn_sakke_pf_pow(out, sakke_g, k); bench_stop(); break;
    case 15: bench_start(); st = mn_sakke_comb_mul2(out, in->comb_p, k, in->comb_qb, k2, cw); bench_stop(); break;
    case 16: bench_start(); st = mn_sakke_rsk_pair(out, in->lines, lw, in->rp); bench_stop(); break;
    case 17: bench_start(); st = mn_sakke_check_comb(in->comb_qb, cw, k, in->rp); bench_stop(); break;
    case 18: bench_start(); st = mn_sakke_rsk_pair(out, in->lines, lw, in->rp); st2 = mn_sakke_check_comb(in->comb_qb, cw, k, in->rp); bench_stop(); break;
    case 19: bench_start(); st = mn_sakke_comb_mul(out, in->comb_qb, cw, k); bench_stop(); break;
    /* public: ECCSI and ECDSA verification's u1 G + u2 Q (the trace may follow the public scalars) */
    case 20: bench_start(); st = mn_p256_mul_add_public(out, k, k2, pt); bench_stop(); break;
    /* MIKEY's hashing: two SHA-256 blocks; secret: the data and the chaining value */
    case 21: memcpy(r, a, 32); bench_start(); st = mn_sha256_blocks(r, data, 2); bench_stop(); break;
    /* public: ECCSI verification's J = [s HE]G + [s r HS]PVT + [s r]KPAK in one call (PVT = [9]G, KPAK = u1 G + 9G) */
    case 22: mn_p256_mul_add_public(pt2, k, k, pt);
             bench_start(); st = mn_p256_mul_add3_public(out, k, k2, pt, g, pt2); bench_stop(); break;
    /* g^r for a g other than the parameter set's (the windows); secret: r */
    case 23: bench_start(); st = mn_sakke_pf_pow(out, g, k); bench_stop(); break;
    /* the SRTP key derivation (RFC 3711 4.3): a 64-octet session key; secret: the master key (32 octets, AES-256) and
     * the master salt (14), both from the seed; label and r public */
    case 24: bench_start(); st = mn_srtp_kdf(out, 64, k, 32, k2, 14, 1, 0x0123456789ABull); bench_stop(); break;
    /* ECCSI signing's s' = (HE + r SSK)^-1 j mod q (RFC 6507 5.2.1 step 4); secret: j and SSK (k, k2), HE and r from
     * the seed too (g and data: full 256-bit values, reduced by the kernel) */
    case 25: bench_start(); st = mn_eccsi_sign_s(out, k, g, data, k2); bench_stop(); break;
    /* the sender's R = [r b mod q]P + [r]Z_T with r b mod q made in the call (Q_b's comb stands in for Z_T's); secret:
     * r (k); public: b, a fixed 32-octet identifier scalar (a 3GPP UID's hash) */
    case 26: bench_start(); st = mn_sakke_comb_mul_rb(out, in->comb_p, in->comb_qb, cw, k, uid_b); bench_stop(); break;
    /* the field's product on operands whose limbs are all ones but the top one (just below p): the conversions into
     * Montgomery form multiply these extreme limbs (the product in between sees values that look random); the same
     * input for every seed, so this is an agreement check with the host, not a constant-time one */
    case 27:
        for (int i = 0; i < 31; i++) a[i] = b[i] = 0xFFFFFFFFu;
        a[31] = b[31] = 0x997ABB1Eu;
        bench_start(); st = mn_fp1024_mul(r, a, b); bench_stop(); break;
    /* agreement, not a trace (tools/xtensa_check.sh runs *_many kernels without the log): 10,000 field products and
     * squares on operands drawn below p (top limb too), their results folded into one digest */
    case 28: {
        uint32_t digest[32] = { 0 };
        for (int n = 0; n < 10000; n++) {
            words(a, 32); words(b, 32);
            a[31] = next() % 0x997ABB1Fu; b[31] = next() % 0x997ABB1Fu;
            st |= mn_fp1024_mul(r, a, b);
            st |= mn_fp1024_sqr(a, r);
            for (int i = 0; i < 32; i++) digest[i] = (digest[i] ^ r[i]) * 0x01000193u + a[i];
        }
        memcpy(r, digest, sizeof digest);
        break;
    }
    default: return 100;
    }
    emit(&st, sizeof st);
    emit(&st2, sizeof st2);
    if (kernel <= 7 || kernel == 21 || kernel >= 27) emit(r, kernel <= 2 || kernel >= 27 ? 128 : 32);
    else if (kernel == 11) emit(tag, 20);
    else if (kernel == 13) { emit(out, 148); emit(tag, 16); }
    else if (kernel == 14 || kernel == 16 || kernel == 18 || kernel == 23) emit(out, 128);
    else if (kernel == 12) emit(out, 16);
    else if (kernel == 25) emit(out, 32);
    else if (kernel == 10) emit(out, 160);
    else if (kernel == 15 || kernel == 19 || kernel == 26) emit(out, 256);
    else if (kernel != 17) emit(out, 64);
    return 0;
}

static const char *const kernels[] = { "fp1024_mul", "fp1024_sqr", "fp1024_inv", "p256_fp_mul", "p256_fp_sqr",
    "p256_fp_inv", "p256_fn_mul", "p256_fn_inv", "p256_mul_base", "p256_mul", "aes_blocks", "hmac_sha1", "ghash",
    "gcm_seal", "sakke_pf_pow", "sakke_comb_mul2", "sakke_rsk_pair", "sakke_check_comb", "sakke_decap_tables",
    "sakke_comb_mul", "p256_mul_add_public", "sha256_blocks", "p256_mul_add3_public", "sakke_pf_pow_any",
    "srtp_kdf", "eccsi_sign_s", "sakke_comb_mul_rb", "fp1024_mul_top",
    "fp1024_mul_many" };

static int same(const char *x, const char *y) { while (*x && *x == *y) { x++; y++; } return *x == *y; }

int main(int argc, char **argv)
{
#if defined(MN_DRIVER_HOST)
    if (argc == 3 && same(argv[1], "prepare")) return prepare(argv[2]);
    if (argc == 4 && load(argv[3])) return 107;
    if (argc == 4) argc = 3;
#endif
    if (argc != 3) return 101;
    state = 2463534242u;
    for (const char *s = argv[2]; *s; s++) state = state * 31 + (uint32_t)*s;
    words(a, 32); words(b, 32); bytes(k, 128); bytes(k2, 128); bytes(g, 128); bytes(data, 160);
    a[7] &= 0x7fffffff; b[7] &= 0x7fffffff;              /* below P-256's p and n as well as SAKKE's p */
    k[0] &= 0x1f; k2[0] &= 0x1f; g[0] &= 0x7f;          /* scalars below n and q, g below p */
    static const uint8_t nine[32] = { [31] = 9 };
    if (mn_p256_mul_base(pt, nine) != 0) return 102;     /* the public point of [k]P: [9]G */
    for (int i = 0; i < (int)(sizeof kernels / sizeof kernels[0]); i++)
        if (same(argv[1], kernels[i])) return run(i);
    return 103;
}
