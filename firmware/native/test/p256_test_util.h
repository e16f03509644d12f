/* What the P-256 C tests share: hex strings to octets, and the failure count main() reports. */
#ifndef MN_P256_TEST_UTIL_H
#define MN_P256_TEST_UTIL_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

static int failures;

static void hex(uint8_t *out, const char *h, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        sscanf(h + 2 * i, "%2x", &v);
        out[i] = (uint8_t)v;
    }
}

#endif
