/*
 * CTest test_esp32_aes_model: the backend with the build option MN_ESP32_AES (AES-128 on the ESP32's AES accelerator)
 * against the accelerator's model (esp32_aes_model.c). No board ran this. The FIPS 197, SP 800-38A, RFC 3711, RFC 6188
 * and RFC 7714 vectors run through the same port in test_aes/test_gcm/test_srtp/test_srtp_ct_on_esp32_aes_model
 * (the existing C tests linked with the port and the model); this program adds:
 *   1. agreement with the software backend (the host's shared library, loaded beside this program) on 300 random
 *      SRTP packets per suite (AES_CM_128_HMAC_SHA1_80, AEAD_AES_128_GCM): keys, salts, ROCs and lengths 0..300,
 *      protect and unprotect, and a tampered packet refused alike; plus AES-128 ECB and AES-256 (still software);
 *   2. the session rules after every call: one acquisition of the hardware per keystream (two for GCM: E(K, J0) and
 *      the counter mode), released, no misuse, and no key or data left in the key and text registers;
 *   3. under valgrind, the keys and the payload marked undefined (ctgrind): no branch or index on them in the driver.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mikeynano_native.h"
#include "esp32_aes_model.h"
#include "../ct_marks.h"

static int failures;

static uint64_t rng = 0xD1B54A32D192ED03ull;
static uint32_t next32(void)
{
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

static void random_bytes(uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) p[i] = (uint8_t)next32();
}

typedef int (*keys_init_fn)(mn_srtp_keys *, int, const uint8_t *, size_t, const uint8_t *, size_t, const uint8_t *, size_t);
typedef int (*protect_fn)(const mn_srtp_keys *, uint8_t *, size_t, size_t, uint32_t, uint8_t *, size_t);
typedef int (*unprotect_fn)(const mn_srtp_keys *, uint8_t *, size_t, size_t, uint32_t, const uint8_t *, size_t);
typedef int (*expand_fn)(mn_aes_key *, const uint8_t *, size_t);
typedef void (*blocks_fn)(const mn_aes_key *, const uint8_t *, uint8_t *, size_t);
static struct { void *lib; keys_init_fn keys_init; protect_fn protect; unprotect_fn unprotect; expand_fn expand; blocks_fn blocks; } soft;

static void *symbol(const char *name)
{
    void *f = dlsym(soft.lib, name);
    if (f == NULL) { printf("FAIL no %s in the software library\n", name); exit(1); }
    return f;
}

static esp32_aes_model_books before;

/* the session rules after one call that made between min and max sessions */
static void check_sessions(const char *what, unsigned long min, unsigned long max)
{
    esp32_aes_model_books now = esp32_aes_model_read_books();
    unsigned long n = now.acquires - before.acquires;
    if (n < min || n > max || now.misuse != before.misuse || now.held || !esp32_aes_model_registers_clear()) {
        printf("FAIL %s: %lu sessions (want %lu..%lu), %lu misuse, held %d, registers %s\n", what, n, min, max,
               now.misuse - before.misuse, now.held, esp32_aes_model_registers_clear() ? "clear" : "not clear");
        failures++;
    }
    before = now;
}

static void packets(int suite, const char *name)
{
    int bad = 0;
    unsigned long sessions = suite == MN_SRTP_AES_GCM ? 2 : 1;
    size_t tag_len = suite == MN_SRTP_AES_GCM ? 16 : 10, salt_len = suite == MN_SRTP_AES_GCM ? 12 : 14;
    for (int i = 0; i < 300; i++) {
        uint8_t key[16], salt[14], auth[20], a[12 + 300 + 16], b[12 + 300 + 16];
        mn_srtp_keys ka, kb;
        size_t len = next32() % 301;
        uint32_t roc = next32();
        random_bytes(key, sizeof key); random_bytes(salt, sizeof salt); random_bytes(auth, sizeof auth);
        random_bytes(a, sizeof a);
        a[0] = 0x80;
        memcpy(b, a, sizeof a);
        before = esp32_aes_model_read_books();
        SECRET(key, sizeof key); SECRET(salt, sizeof salt); SECRET(auth, sizeof auth);
        int sa = mn_srtp_keys_init(&ka, suite, key, 16, salt, salt_len, auth, 20);
        PUBLIC(&sa, sizeof sa);
        check_sessions("keys", 0, 1);                 /* GCM: H = E(K, 0) */
        PUBLIC(key, sizeof key); PUBLIC(salt, sizeof salt); PUBLIC(auth, sizeof auth);
        int sb = soft.keys_init(&kb, suite, key, 16, salt, salt_len, auth, 20);
        SECRET(a + 12, len);
        sa |= mn_srtp_protect(&ka, a, 12, len, roc, a + 12 + len, tag_len);
        PUBLIC(a, sizeof a); PUBLIC(&sa, sizeof sa);
        check_sessions("protect", sessions, sessions);
        sb |= soft.protect(&kb, b, 12, len, roc, b + 12 + len, tag_len);
        bad += sa != sb || memcmp(a, b, sizeof a) != 0;
        sa = mn_srtp_unprotect(&ka, a, 12, len, roc, a + 12 + len, tag_len);
        PUBLIC(a, sizeof a); PUBLIC(&sa, sizeof sa);
        check_sessions("unprotect", sessions, sessions);
        sb = soft.unprotect(&kb, b, 12, len, roc, b + 12 + len, tag_len);
        bad += sa != MN_OK || sa != sb || memcmp(a, b, sizeof a) != 0;
        /* a changed tag: refused, the packet unchanged on both */
        a[12 + len] ^= 1; b[12 + len] ^= 1;
        sa = mn_srtp_unprotect(&ka, a, 12, len, roc, a + 12 + len, tag_len);
        PUBLIC(a, sizeof a); PUBLIC(&sa, sizeof sa);
        check_sessions("unprotect of a changed packet", sessions, sessions);
        sb = soft.unprotect(&kb, b, 12, len, roc, b + 12 + len, tag_len);
        bad += sa != MN_EAUTH || sa != sb || memcmp(a, b, sizeof a) != 0;
        mn_srtp_keys_wipe(&ka);
        mn_srtp_keys_wipe(&kb);
    }
    if (bad) { printf("FAIL %s: %d differences from the software backend\n", name, bad); failures++; }
}

static void blocks(void)
{
    int bad = 0;
    for (size_t key_len = 16; key_len <= 32; key_len += 16) {
        uint8_t key[32], in[64], a[64], b[64];
        mn_aes_key ka, kb;
        random_bytes(key, sizeof key);
        random_bytes(in, sizeof in);
        before = esp32_aes_model_read_books();
        bad += mn_aes_expand(&ka, key, key_len) != soft.expand(&kb, key, key_len);
        mn_aes_encrypt_blocks(&ka, in, a, 4);
        check_sessions(key_len == 16 ? "AES-128 blocks" : "AES-256 blocks (software)", key_len == 16, key_len == 16);
        soft.blocks(&kb, in, b, 4);
        bad += memcmp(a, b, sizeof a) != 0;
        mn_wipe(&ka, sizeof ka);
        mn_wipe(&kb, sizeof kb);
    }
    if (bad) { printf("FAIL AES blocks: %d differences from the software backend\n", bad); failures++; }
}

int main(void)
{
    soft.lib = dlopen(MN_SOFT_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (soft.lib == NULL) { printf("FAIL cannot load %s: %s\n", MN_SOFT_LIBRARY, dlerror()); return 1; }
    *(void **)&soft.keys_init = symbol("mn_srtp_keys_init");
    *(void **)&soft.protect = symbol("mn_srtp_protect");
    *(void **)&soft.unprotect = symbol("mn_srtp_unprotect");
    *(void **)&soft.expand = symbol("mn_aes_expand");
    *(void **)&soft.blocks = symbol("mn_aes_encrypt_blocks");
    blocks();
    packets(MN_SRTP_AES_CM_HMAC_SHA1, "AES_CM_128_HMAC_SHA1_80");
    packets(MN_SRTP_AES_GCM, "AEAD_AES_128_GCM");
    dlclose(soft.lib);
    esp32_aes_model_books books = esp32_aes_model_read_books();
    printf("test_esp32_aes_model: %lu sessions, %lu blocks: %s\n", books.acquires, books.blocks, failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
