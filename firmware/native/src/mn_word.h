/*
 * Word arithmetic for the multi-precision code: carries, borrows and products without a branch on any target.
 *
 * A carry written as a comparison (s < a), or taken from a 64-bit sum, compiles to add-with-carry on x86 but to a
 * conditional branch on Xtensa: the ESP32's core has no carry flag and LX6 no set-on-less-than, so gcc skips or runs
 * an increment depending on the carry and the time follows the data (tools/xtensa_check.sh shows it: with the
 * 64-bit forms every field kernel's instruction trace changed with the secret). On Xtensa the carry and the borrow
 * come from the operands' top bits instead (Hacker's Delight, 2nd ed., 2-13); elsewhere from 32-bit compares, which
 * compilers turn into carry-flag code (valgrind's constant-time check covers that form on the host). The 32 x 32 ->
 * 64 product itself is branch-free everywhere (MULL and MULUH on the ESP32).
 */
#ifndef MN_WORD_H
#define MN_WORD_H

#include <stdint.h>

#if defined(__XTENSA__) || defined(MN_BITWISE_CARRY)
#define MN_WORD_BITWISE 1
#else
#define MN_WORD_BITWISE 0
#endif

/** a b as 64 bits. MN_XTENSA_MODEL (tools/xtensa_check.sh only) builds for the lx106 core, which has MULL but not the
 *  ESP32's MULUH (no core of qemu-xtensa's has it): the low word is gcc's MULL and the high word the macro mn_muluh
 *  of test/xtensa/mn_muluh.inc, a stand-in that gcc allocates registers around as around a MULUH (it changes only its
 *  destination and a0) and that the count takes for one instruction. */
#if defined(MN_XTENSA_MODEL)
__asm__(".include \"mn_muluh.inc\"");

static inline uint64_t mn_mul64(uint32_t a, uint32_t b)
{
    uint32_t hi;
    __asm__("mn_muluh %0, %1, %2" : "=r"(hi) : "r"(a), "r"(b) : "a0");
    return ((uint64_t)hi << 32) | (a * b);
}
#else
static inline uint64_t mn_mul64(uint32_t a, uint32_t b)
{
    return (uint64_t)a * b;
}
#endif

/** *r = a + b + c with c 0 or 1; returns the carry out (0 or 1). */
static inline uint32_t mn_adc(uint32_t *r, uint32_t a, uint32_t b, uint32_t c)
{
#if MN_WORD_BITWISE
    uint32_t s = a + b + c;
    *r = s;
    return ((a & b) | ((a | b) & ~s)) >> 31;
#else
    uint32_t s = a + c, k = s < c;      /* 32-bit compares: add-with-carry on x86, no 64-bit sum to split */
    s += b;
    *r = s;
    return k + (s < b);                 /* at most one of the two carries (c <= 1): a sum, which gcc keeps in the
                                         * carry flag more often than an or (x86-32: a SAKKE product 3% shorter) */
#endif
}

/** *r = a - b - c with c 0 or 1; returns the borrow out (0 or 1). */
static inline uint32_t mn_sbb(uint32_t *r, uint32_t a, uint32_t b, uint32_t c)
{
#if MN_WORD_BITWISE
    uint32_t d = a - b - c;
    *r = d;
    return ((~a & b) | (~(a ^ b) & d)) >> 31;
#else
    uint32_t d = a - b, k = a < b;
    *r = d - c;
    return k + (d < c);                 /* at most one of the two borrows: a sum, as in mn_adc */
#endif
}

/** *lo = low word of a * b + c + d; returns the high word (the sum is below 2^64 for any words). */
static inline uint32_t mn_mac(uint32_t *lo, uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
#if MN_WORD_BITWISE
    uint64_t p = mn_mul64(a, b);
    uint32_t s, hi = (uint32_t)(p >> 32);
    hi += mn_adc(&s, (uint32_t)p, c, 0);
    hi += mn_adc(lo, s, d, 0);
    return hi;
#else
    uint64_t s = mn_mul64(a, b) + c + d;
    *lo = (uint32_t)s;
    return (uint32_t)(s >> 32);
#endif
}

/** a + b + c + d as 64 bits. */
static inline uint64_t mn_sum4(uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
#if MN_WORD_BITWISE
    uint32_t s, h = mn_adc(&s, a, b, 0);
    h += mn_adc(&s, s, c, 0);
    h += mn_adc(&s, s, d, 0);
    return ((uint64_t)h << 32) | s;
#else
    return (uint64_t)a + b + c + d;
#endif
}

#endif
