/*
 * Column sums for product scanning (Comba): a column adds up 32 x 32 -> 64 products and words, hands out its low word
 * and carries the rest into the next column.
 * On Xtensa (MN_WORD_BITWISE, see mn_word.h: no carry flag, so a carry costs a comparison that gcc makes a branch)
 * each product is split into its four 16-bit digits and each digit position keeps its own 32-bit sum: a column of up
 * to 2^15 products cannot overflow them, so adding a product is a multiplication, four digit extractions and four
 * additions, with no carry to detect; the column is resolved once, when it is complete. Elsewhere the column is the
 * usual three-word accumulator, whose carries compile to add-with-carry.
 */
#ifndef MN_COLUMN_H
#define MN_COLUMN_H

#include <stdint.h>
#include "mn_word.h"


#if MN_WORD_BITWISE
/* The column's value is d0 + d1 2^16 + d2 2^32 + d3 2^48; each d below 2^32. */
typedef struct { uint32_t d0, d1, d2, d3; } mn_column;

static inline void mn_column_add_product(mn_column *c, uint32_t x, uint32_t y)
{
    uint64_t p = mn_mul64(x, y);
    uint32_t lo = (uint32_t)p, hi = (uint32_t)(p >> 32);
    c->d0 += lo & 0xFFFFu;
    c->d1 += lo >> 16;
    c->d2 += hi & 0xFFFFu;
    c->d3 += hi >> 16;
}

static inline void mn_column_add_word(mn_column *c, uint32_t w)
{
    c->d0 += w & 0xFFFFu;
    c->d1 += w >> 16;
}

/** c += 2 x y (squaring's cross products). */
static inline void mn_column_add_product2(mn_column *c, uint32_t x, uint32_t y)
{
    uint64_t p = mn_mul64(x, y);
    uint32_t lo = (uint32_t)p, hi = (uint32_t)(p >> 32);
    c->d0 += (lo & 0xFFFFu) << 1;
    c->d1 += (lo >> 16) << 1;
    c->d2 += (hi & 0xFFFFu) << 1;
    c->d3 += (hi >> 16) << 1;
}

/** c += carry (a column that mn_column_shift left). */
static inline void mn_column_add_column(mn_column *c, const mn_column *carry)
{
    c->d0 += carry->d0; c->d1 += carry->d1; c->d2 += carry->d2; c->d3 += carry->d3;
}

/** The column's value modulo 2^32 (what Montgomery's m_k is computed from), without resolving it. */
static inline uint32_t mn_column_low(const mn_column *c)
{
    return c->d0 + (c->d1 << 16);
}

/** Doubles the column (squaring's cross products count twice). */
static inline void mn_column_double(mn_column *c)
{
    c->d0 <<= 1; c->d1 <<= 1; c->d2 <<= 1; c->d3 <<= 1;
}

/** Returns the column's value modulo 2^32 and leaves the value divided by 2^32 (the carry into the next column). */
static inline uint32_t mn_column_shift(mn_column *c)
{
    uint32_t d1 = c->d1 + (c->d0 >> 16);
    uint32_t d2 = c->d2 + (d1 >> 16);
    uint32_t low = (c->d0 & 0xFFFFu) | (d1 << 16);
    c->d0 = d2 & 0xFFFFu;
    c->d1 = c->d3 + (d2 >> 16);
    c->d2 = 0;
    c->d3 = 0;
    return low;
}
#else
/* Where compilers have a carry flag to use: the classic three-word accumulator, value lo + hi 2^64. */
typedef struct { uint64_t lo; uint32_t hi; } mn_column;

static inline void mn_column_add_product(mn_column *c, uint32_t x, uint32_t y)
{
    uint64_t p = mn_mul64(x, y);
    c->lo += p;
    c->hi += c->lo < p;
}

static inline void mn_column_add_word(mn_column *c, uint32_t w)
{
    c->lo += w;
    c->hi += c->lo < w;
}

static inline void mn_column_add_column(mn_column *c, const mn_column *carry)
{
    c->lo += carry->lo;
    c->hi += (c->lo < carry->lo) + carry->hi;
}

static inline uint32_t mn_column_low(const mn_column *c)
{
    return (uint32_t)c->lo;
}

static inline void mn_column_double(mn_column *c)
{
    c->hi = (c->hi << 1) | (uint32_t)(c->lo >> 63);
    c->lo <<= 1;
}

static inline uint32_t mn_column_shift(mn_column *c)
{
    uint32_t low = (uint32_t)c->lo;
    c->lo = (c->lo >> 32) | ((uint64_t)c->hi << 32);
    c->hi = 0;
    return low;
}
#endif

#endif
