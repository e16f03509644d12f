/*
 * CTest, built twice: test_esp32_mpi_model (the ESP32's RSA accelerator) and test_esp32s3_mpi_model (the ESP32-S2/S3
 * family's), each the backend with the build option MN_ESP32_MPI on, run against the register model of the peripheral
 * (esp32_mpi_model.c) in place of the hardware. No board ran this: it checks the port's logic, not the silicon.
 *   1. The model against the software Montgomery multiply (mn_sakke_fp_mul_soft): edge values and 2,000 random
 *      pairs; then the port's multiply in one session against the same.
 *   2. RFC 6508 Appendix A through the port: Z_T = [z]P, <R_(b,S), RSK> = g^r plain and over the RSK's line table,
 *      g^r in PF_p, R_(b,S) = [r b]P + [r]Z_T over the combs of P and Z_T, and the receiver's comb check.
 *   3. Agreement with the software backend (the host's shared library, loaded beside this program): the field kernels
 *      on 300 random values each, [k]Q, the comb, the check and the pairing on random scalars and points.
 *   4. After every public call: exactly one lock taken and released, no misuse (a product outside a session, a
 *      nested lock, a wrong mode or M'), at least one product on the peripheral, and the X, Y and Z blocks all zero.
 *   5. Under valgrind, the secrets (scalars, the RSK, its table, a field element to invert) are marked undefined as
 *      ctgrind does (ct_marks.h): memcheck reports any branch or index on them in the driver (or the model).
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../src/mn_sakke_internal.h"
#include "../../src/port/esp32/mn_esp32_mpi.h"
#include "esp32_mpi_model.h"
#include "../ct_marks.h"
#include "../rfc6508_vectors.h"


static int failures;

static void fail(const char *what)
{
    printf("FAIL %s\n", what);
    failures++;
}

static void expect(const char *what, const uint8_t *got, const uint8_t *want, size_t len, int status, int wantStatus)
{
    PUBLIC(got, len);
    PUBLIC(&status, sizeof status);
    if (status != wantStatus || memcmp(got, want, len) != 0) {
        printf("FAIL %s (status %d, want %d)\n", what, status, wantStatus);
        failures++;
    }
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t next32(void)
{
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

/* a random field element (32 limbs) below p: the top limb below p's */
static void random_element(uint32_t *a)
{
    for (int i = 0; i < MN_FP_N; i++) a[i] = next32();
    a[MN_FP_N - 1] &= 0x7FFFFFFFu;
}

/* a random scalar below q (big-endian octets): the top octet below q's (0x26) */
static void random_scalar(uint8_t *k)
{
    for (int i = 0; i < 128; i++) k[i] = (uint8_t)next32();
    k[0] &= 0x1F;
}

/* ---- the books around one public call ---- */
static esp32_mpi_model_books before;

static void begin_call(void)
{
    before = esp32_mpi_model_read_books();
}

/* the session rules after one public call; returns the peripheral products it made */
static unsigned long end_call(const char *what)
{
    esp32_mpi_model_books now = esp32_mpi_model_read_books();
    unsigned long products = now.products - before.products;
    if (now.lock_acquires - before.lock_acquires != 1) { printf("FAIL %s: %lu locks\n", what, now.lock_acquires - before.lock_acquires); failures++; }
    if (now.misuse != before.misuse) { printf("FAIL %s: peripheral misused %lu times\n", what, now.misuse - before.misuse); failures++; }
    if (now.lock_held) { printf("FAIL %s: lock still held\n", what); failures++; }
    if (products == 0) { printf("FAIL %s: nothing computed on the peripheral\n", what); failures++; }
    if (!esp32_mpi_model_operand_blocks_clear()) { printf("FAIL %s: operands left in the peripheral\n", what); failures++; }
    return products;
}

/* ---- the software backend, loaded from the host's shared library ---- */
typedef int (*fp2_fn)(uint32_t *, const uint32_t *, const uint32_t *);
typedef int (*fp1_fn)(uint32_t *, const uint32_t *);
typedef int (*mul_fn)(uint8_t *, const uint8_t *, const uint8_t *);
typedef int (*check_fn)(const uint8_t *, const uint8_t *, const uint8_t *);
static struct { void *lib; fp2_fn mul; fp1_fn sqr, inv; mul_fn point_mul, pair, pf_pow; check_fn check; } soft;

static void *symbol(void *lib, const char *name)
{
    void *f = dlsym(lib, name);
    if (f == NULL) { printf("FAIL no %s in the software library\n", name); exit(1); }
    return f;
}

static void load_software(void)
{
    void *lib = soft.lib = dlopen(MN_SOFT_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL) { printf("FAIL cannot load %s: %s\n", MN_SOFT_LIBRARY, dlerror()); exit(1); }
    *(void **)&soft.mul = symbol(lib, "mn_fp1024_mul");
    *(void **)&soft.sqr = symbol(lib, "mn_fp1024_sqr");
    *(void **)&soft.inv = symbol(lib, "mn_fp1024_inv");
    *(void **)&soft.point_mul = symbol(lib, "mn_sakke_mul");
    *(void **)&soft.pair = symbol(lib, "mn_sakke_pair");
    *(void **)&soft.pf_pow = symbol(lib, "mn_sakke_pf_pow");
    *(void **)&soft.check = symbol(lib, "mn_sakke_check");
}

/* 1. the model's product and the port's multiply against the software Montgomery multiply */
static void multiply_against_software(void)
{
    uint32_t a[MN_FP_N], b[MN_FP_N], want[MN_FP_N], model[MN_FP_N], port[MN_FP_N], pm1[MN_FP_N];
    const uint32_t one[MN_FP_N] = { 1 };
    mn_sakke_words_sub(pm1, mn_sakke_p, one, MN_FP_N);
    const uint32_t *edges[] = { one, pm1, mn_sakke_r1, mn_sakke_r2, mn_sakke_q };
    int bad_model = 0, bad_port = 0, pairs = 0;
    begin_call();
    mn_sakke_session_begin();
    for (int i = 0; i < 2000 + 25; i++, pairs++) {
        if (i < 25) { memcpy(a, edges[i / 5], sizeof a); memcpy(b, edges[i % 5], sizeof b); }
        else { random_element(a); random_element(b); }
        mn_sakke_fp_mul_soft(want, a, b);
        esp32_mpi_model_product(model, a, b, mn_sakke_r1, mn_sakke_p, MN_SAKKE_P_NEG_INV);
        /* the ESP32 leaves a b R^-1 + (0 or p); the S3 family reduces fully */
        uint32_t reduced[MN_FP_N];
        mn_sakke_fp_reduce_once(reduced, model);
        bad_model += memcmp(reduced, want, sizeof want) != 0 || (!MN_ESP32_MODEL_CLASSIC && memcmp(model, want, sizeof want) != 0);
        SECRET(a, sizeof a);
        SECRET(b, sizeof b);
        mn_esp32_mpi_mont_mul(port, a, b);
        PUBLIC(port, sizeof port);
        PUBLIC(a, sizeof a);
        PUBLIC(b, sizeof b);
        bad_port += memcmp(port, want, sizeof want) != 0;
    }
    /* aliasing: r = a a in place */
    mn_sakke_fp_sqr_soft(want, a);
    mn_esp32_mpi_mont_mul(a, a, a);
    bad_port += memcmp(a, want, sizeof want) != 0;
    mn_sakke_session_end();
    unsigned long products = end_call("one session of products");
    if (bad_model) { printf("FAIL model product differs from the software multiply on %d of %d pairs\n", bad_model, pairs); failures++; }
    if (bad_port) { printf("FAIL port product differs from the software multiply on %d of %d pairs\n", bad_port, pairs); failures++; }
    if (products != (unsigned long)pairs + 1) { printf("FAIL %lu products for %d multiplies\n", products, pairs + 1); failures++; }
}

/* 2. RFC 6508 Appendix A through the port */
static void rfc6508_vectors(const uint8_t *p)
{
    uint8_t zt[256], rsk[256], r[128], rb[256], g[128], gtor[128], rbq[128], z[128], out[256], w[128];
    mn_test_hex(zt, 256, MN_RFC6508_ZT);
    mn_test_hex(rsk, 256, MN_RFC6508_RSK);
    mn_test_hex(r, 128, MN_RFC6508_R);
    mn_test_hex(rb, 256, MN_RFC6508_RB);
    mn_test_hex(g, 128, MN_RFC6508_G);
    mn_test_hex(gtor, 128, MN_RFC6508_GTOR);
    mn_test_hex(rbq, 128, MN_RFC6508_RBMODQ);
    memset(z, 0, 108);
    mn_test_hex(z + 108, 20, MN_RFC6508_Z);

    begin_call();
    SECRET(z, 128);
    int st = mn_sakke_mul(out, p, z);
    expect("Z_T = [z]P", out, zt, 256, st, MN_OK);
    end_call("[z]P");

    begin_call();
    SECRET(rsk, 256);
    st = mn_sakke_pair(w, rb, rsk);
    expect("<R_(b,S), RSK> = g^r", w, gtor, 128, st, MN_OK);
    end_call("pairing");

    size_t words = mn_sakke_rsk_table_words();
    uint32_t *lines = malloc(words * 4);
    begin_call();
    st = mn_sakke_rsk_table_build(lines, words, rsk);
    PUBLIC(&st, sizeof st);
    PUBLIC(lines, 16);                              /* the header says only that a table was built */
    if (st != MN_OK) fail("RSK line table");
    end_call("RSK line table");
    begin_call();
    st = mn_sakke_rsk_pair(w, lines, words, rb);
    expect("<R_(b,S), RSK> = g^r over the RSK's lines", w, gtor, 128, st, MN_OK);
    end_call("pairing over the lines");
    PUBLIC(rsk, 256);
    mn_wipe(lines, words * 4);
    free(lines);

    begin_call();
    SECRET(r, 128);
    st = mn_sakke_pf_pow(out, g, r);
    expect("g^r", out, gtor, 128, st, MN_OK);
    end_call("g^r");

    size_t cw = mn_sakke_comb_words();
    uint32_t *tp = malloc(cw * 4), *tz = malloc(cw * 4);
    begin_call();
    if (mn_sakke_comb_build_public(tp, cw, p) != MN_OK) fail("comb of P");
    end_call("comb of P");
    begin_call();
    if (mn_sakke_comb_build_public(tz, cw, zt) != MN_OK) fail("comb of Z_T");
    end_call("comb of Z_T");
    begin_call();
    SECRET(rbq, 128);
    st = mn_sakke_comb_mul2(out, tp, rbq, tz, r, cw);
    expect("R_(b,S) = [r b]P + [r]Z_T by two combs", out, rb, 256, st, MN_OK);
    end_call("two combs");
    PUBLIC(r, 128);
    free(tp); free(tz);
}

/* 3. agreement with the software backend on random inputs */
static void agreement(const uint8_t *p)
{
    int bad = 0;
    for (int i = 0; i < 300; i++) {
        uint32_t a[MN_FP_N], b[MN_FP_N], x[MN_FP_N], y[MN_FP_N];
        random_element(a);
        random_element(b);
        int sx, sy;
        begin_call(); sx = mn_fp1024_mul(x, a, b); end_call("mn_fp1024_mul");
        sy = soft.mul(y, a, b);
        bad += sx != sy || memcmp(x, y, sizeof x) != 0;
        begin_call(); sx = mn_fp1024_sqr(x, a); end_call("mn_fp1024_sqr");
        sy = soft.sqr(y, a);
        bad += sx != sy || memcmp(x, y, sizeof x) != 0;
        if (i < 3) {                                 /* 29 M instructions each: a few */
            begin_call();
            SECRET(a, sizeof a);
            sx = mn_fp1024_inv(x, a);
            PUBLIC(x, sizeof x); PUBLIC(&sx, sizeof sx); PUBLIC(a, sizeof a);
            end_call("mn_fp1024_inv");
            sy = soft.inv(y, a);
            bad += sx != sy || memcmp(x, y, sizeof x) != 0;
        }
    }
    if (bad) { printf("FAIL field kernels differ from the software backend %d times\n", bad); failures++; }

    /* Q = [k1]P, then [k2]Q, the check [k2]Q == R, and <Q, P> on the port and in software */
    uint8_t k1[128], k2[128], q[256], qs[256], out[256], outs[256], w[128], ws[128];
    random_scalar(k1);
    random_scalar(k2);
    k2[127] &= 0xFE;                                 /* an even scalar: the q - k path */
    begin_call();
    int st = mn_sakke_mul(q, p, k1);
    end_call("[k1]P");
    int sts = soft.point_mul(qs, p, k1);
    expect("[k1]P against the software backend", q, qs, 256, st, sts);
    begin_call();
    SECRET(k2, 128);
    st = mn_sakke_mul(out, q, k2);
    PUBLIC(k2, 128);
    end_call("[k2]Q");
    sts = soft.point_mul(outs, q, k2);
    expect("[k2]Q against the software backend", out, outs, 256, st, sts);
    begin_call();
    SECRET(k2, 128);
    st = mn_sakke_check(q, k2, out);
    PUBLIC(&st, sizeof st);
    end_call("the check [k2]Q == R");
    PUBLIC(k2, 128);
    if (st != MN_OK || soft.check(q, k2, out) != MN_OK) fail("the check [k2]Q == R");
    out[100] ^= 1;                                   /* not on the curve: both refuse alike */
    begin_call();
    st = mn_sakke_check(q, k2, out);
    end_call("the check of a changed R");
    if (st != soft.check(q, k2, out) || st == MN_OK) fail("the check of a changed R");
    begin_call();
    st = mn_sakke_pair(w, q, p);
    end_call("<Q, P>");
    sts = soft.pair(ws, q, p);
    expect("<Q, P> against the software backend", w, ws, 128, st, sts);
    begin_call();
    st = mn_sakke_pf_pow(w, ws, k1);
    end_call("<Q, P>^k1");
    sts = soft.pf_pow(out, ws, k1);
    expect("<Q, P>^k1 against the software backend", w, out, 128, st, sts);
}

int main(void)
{
    uint8_t p[256];
    mn_test_hex(p, 256, MN_RFC6508_PX MN_RFC6508_PY);
    load_software();
    multiply_against_software();
    rfc6508_vectors(p);
    agreement(p);
    dlclose(soft.lib);
    esp32_mpi_model_books books = esp32_mpi_model_read_books();
    printf("%s: %lu sessions, %lu peripheral products, %lu words written, %lu read: %s\n", MN_TEST_NAME,
           books.lock_acquires, books.products, books.words_written, books.words_read, failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
