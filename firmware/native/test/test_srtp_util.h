/* Helpers of the SRTP packet path's C tests: hex decoding and comparison with a named failure. */
#ifndef TEST_SRTP_UTIL_H
#define TEST_SRTP_UTIL_H

#include <stdio.h>
#include <string.h>
#include "mikeynano_native.h"

static int failures;

static inline size_t unhex(uint8_t *out, const char *hex)
{
    size_t n = 0;
    for (; hex[0] && hex[1]; hex += 2)
    {
        unsigned v;
        sscanf(hex, "%2x", &v);
        out[n++] = (uint8_t)v;
    }
    return n;
}

static inline void expect_hex(const char *what, const char *hex, const uint8_t *got, size_t n)
{
    uint8_t want[512];
    size_t m = unhex(want, hex);
    if (m != n || memcmp(want, got, n) != 0)
    {
        printf("FAIL %s\n  want %s\n  got  ", what, hex);
        for (size_t i = 0; i < n; i++) printf("%02x", got[i]);
        printf("\n");
        failures++;
    }
}

static inline void expect_int(const char *what, long want, long got)
{
    if (want != got)
    {
        printf("FAIL %s: want %ld, got %ld\n", what, want, got);
        failures++;
    }
}

/* A small deterministic generator (xorshift32) for the tests' random inputs. */
static uint32_t rng_state = 0x12345678u;
static inline uint32_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}
static inline void rnd_bytes(uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) p[i] = (uint8_t)rnd();
}

static inline int finish(const char *name)
{
    if (failures) { printf("%s: %d failure(s)\n", name, failures); return 1; }
    printf("%s: ok\n", name);
    return 0;
}

#endif
