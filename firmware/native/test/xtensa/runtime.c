/* What the driver needs from a run-time library, written here because Debian's xtensa-lx106 libgcc lacks it.
 * __muldi3 stands in for the ESP32's MULL/MULUH pair: the lx106 core has no MULUH, so gcc calls __muldi3 for every
 * 32 x 32 -> 64 product; trace.py counts each call as the two instructions an ESP32 (LX6, MUL32_HIGH) executes and
 * drops this body from the count. Its own code has no branch, so it cannot hide or add a data-dependent path. */
#include <stdint.h>
#include <stddef.h>

static uint32_t mul_high(uint32_t a, uint32_t b)
{
    uint32_t al = a & 0xffff, ah = a >> 16, bl = b & 0xffff, bh = b >> 16;
    uint32_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
    uint32_t mid = (ll >> 16) + (lh & 0xffff) + (hl & 0xffff);
    return hh + (lh >> 16) + (hl >> 16) + (mid >> 16);
}

uint64_t __muldi3(uint64_t a, uint64_t b)
{
    uint32_t al = (uint32_t)a, ah = (uint32_t)(a >> 32), bl = (uint32_t)b, bh = (uint32_t)(b >> 32);
    return ((uint64_t)(mul_high(al, bl) + al * bh + ah * bl) << 32) | (uint32_t)(al * bl);
}

/* Division appears only on public sizes (AES key expansion's round loop, the comb's schedule). */
uint32_t __udivsi3(uint32_t a, uint32_t b)
{
    uint32_t r = 0, q = 0;
    for (int i = 31; i >= 0; i--) {
        r = (r << 1) | ((a >> i) & 1);
        if (r >= b) { r -= b; q |= 1u << i; }
    }
    return q;
}

uint32_t __umodsi3(uint32_t a, uint32_t b) { return a - __udivsi3(a, b) * b; }

/* Signed division: the comb's per-step share of its table reads (public sizes). The ESP32 has QUOS/REMS. */
int32_t __divsi3(int32_t a, int32_t b)
{
    uint32_t q = __udivsi3(a < 0 ? 0u - (uint32_t)a : (uint32_t)a, b < 0 ? 0u - (uint32_t)b : (uint32_t)b);
    return (a < 0) != (b < 0) ? -(int32_t)q : (int32_t)q;
}

int32_t __modsi3(int32_t a, int32_t b) { return a - __divsi3(a, b) * b; }

void *memcpy(void *d, const void *s, size_t n) { uint8_t *p = d; const uint8_t *q = s; while (n--) *p++ = *q++; return d; }
void *memset(void *d, int c, size_t n) { uint8_t *p = d; while (n--) *p++ = (uint8_t)c; return d; }
