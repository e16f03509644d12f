/*
 * Scalars mod q (q = (p + 1) / 4, RFC 6508 Appendix A, 1022 bits): the sender's r b mod q for [r b]P (RFC 6508 6.2.1
 * step 3), so that the secret product never leaves the native call. Two Montgomery products mod q (R = 2^1024):
 * a b R^-1, then times R^2 mod q, which leaves a b mod q. Each product scans columns (mn_column.h: digit sums on Xtensa,
 * no carry to detect) with the reduction interleaved: about 4,100 limb products for the two, where a double-and-add
 * over b's bits would take four 32-limb passes per bit of b. Constant-time in both operands: fixed loops, masks only.
 */
#include "mn_sakke_internal.h"
#include "mn_column.h"

#define N MN_FP_N
#define Q_NEG_INV 0x46EAA4CDU                /* -q^-1 mod 2^32 (Montgomery's M' for q) */

/* R^2 mod q = 2^2048 mod q, little-endian limbs (test/sakke_rb_bigint.py recomputes it: pow(2, 2048, q)). */
static const uint32_t r2_mod_q[N] = {
    0xAB65130DU, 0xDA18351AU, 0xF2EA3168U, 0x53D2A86FU, 0x04B7E984U, 0x9CF27300U,
    0x26CAACF6U, 0x7DF33BABU, 0xA4E7D523U, 0xBD9FFEF9U, 0x88717CE0U, 0xE4BAF1D5U,
    0xBC93533AU, 0x24B1BBC4U, 0x1DB57A34U, 0x9AD2DC26U, 0x838D8F48U, 0x422970B3U,
    0x401DF1E3U, 0x890491F5U, 0xBCB013BEU, 0xF3D2A16BU, 0x5595E10BU, 0x9B9DE76DU,
    0xF724BB45U, 0x58D7C6F9U, 0x97CAC807U, 0xB2074F8FU, 0xC569CADCU, 0x76271E07U,
    0xA10F335FU, 0x14274810U,
};

/* r = a b R^-1 mod q for a b < q R (a, b below q, or one of them below R and the other below q). Column k of
 * a b + m q adds a_i b_(k-i) and m_i q_(k-i); below N, m_k = (column mod 2^32) M' makes the column's low word 0, from
 * N on the low word is limb k - N of (a b + m q) / R, which is below 2q < R (q < 2^1022) and loses q by a masked
 * subtraction (mn_word.h's borrows and carries: no branch on Xtensa either). */
static void mont_mul_q(uint32_t *r, const uint32_t *a, const uint32_t *b)
{
    uint32_t m[N], t[N];
    mn_column col = { 0 };
    for (int k = 0; k < 2 * N - 1; k++) {
        int lo = k < N ? 0 : k - N + 1, hi = k < N ? k : N - 1;
        for (int i = lo; i <= hi; i++) mn_column_add_product(&col, a[i], b[k - i]);
        for (int i = lo; i < k && i < N; i++) mn_column_add_product(&col, m[i], mn_sakke_q[k - i]);
        if (k < N) {
            m[k] = mn_column_low(&col) * Q_NEG_INV;
            mn_column_add_product(&col, m[k], mn_sakke_q[0]);
            (void)mn_column_shift(&col);     /* 0 by the choice of m_k */
        } else {
            t[k - N] = mn_column_shift(&col);
        }
    }
    t[N - 1] = mn_column_shift(&col);
    uint32_t back = 0u - mn_sakke_words_sub(r, t, mn_sakke_q, N);   /* t < q: put q back */
    uint32_t c = 0;
    for (int i = 0; i < N; i++) c = mn_adc(&r[i], r[i], mn_sakke_q[i] & back, c);
    mn_wipe_words(m, N);
    mn_wipe_words(t, N);
    mn_wipe(&col, sizeof col);
}

void mn_sakke_scalar_mul_q(uint32_t *r, const uint32_t *a, const uint32_t *b)
{
    uint32_t t[N];
    mont_mul_q(t, a, b);                     /* a b R^-1 */
    mont_mul_q(r, t, r2_mod_q);              /* a b R^-1 R^2 R^-1 = a b */
    mn_wipe_words(t, N);
}
