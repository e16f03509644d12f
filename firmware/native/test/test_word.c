/* CTest: mn_word.h's bitwise carries (the form Xtensa builds use, forced here with MN_BITWISE_CARRY) against 64-bit
 * arithmetic, on the edge words and 2^18 pseudo-random triples. */
#include <stdio.h>
#include <stdint.h>
#define MN_BITWISE_CARRY 1
#include "../src/mn_word.h"

static uint32_t state = 0x9E3779B9u;
static uint32_t next(void) { state ^= state << 13; state ^= state >> 17; state ^= state << 5; return state; }

static int check(uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
    uint32_t r, cin = c & 1;
    uint64_t s = (uint64_t)a + b + cin, t = (uint64_t)a - b - cin, m = (uint64_t)a * b + c + d;
    uint32_t carry = mn_adc(&r, a, b, cin);
    if (r != (uint32_t)s || carry != (uint32_t)(s >> 32)) return printf("mn_adc %08x %08x %u\n", a, b, cin), 1;
    uint32_t borrow = mn_sbb(&r, a, b, cin);
    if (r != (uint32_t)t || borrow != (uint32_t)(t >> 63)) return printf("mn_sbb %08x %08x %u\n", a, b, cin), 1;
    uint32_t hi = mn_mac(&r, a, b, c, d);
    if (r != (uint32_t)m || hi != (uint32_t)(m >> 32)) return printf("mn_mac %08x %08x %08x %08x\n", a, b, c, d), 1;
    return 0;
}

int main(void)
{
    static const uint32_t edge[] = { 0, 1, 2, 0x7FFFFFFFu, 0x80000000u, 0x80000001u, 0xFFFFFFFEu, 0xFFFFFFFFu };
    int n = sizeof edge / sizeof edge[0];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            for (int k = 0; k < n; k++)
                for (int l = 0; l < n; l++)
                    if (check(edge[i], edge[j], edge[k], edge[l])) return 1;
    for (int i = 0; i < (1 << 18); i++)
        if (check(next(), next(), next(), next())) return 1;
    puts("test_word: ok");
    return 0;
}
