/*
 * Exponentiation in PF_p[q] (RFC 6508 2.1): an element is represented by t = x2 / x1 for the class of x1 + i x2 in
 * F_p^2* / F_p*, and t^e means the representative of (1 + i t)^e. The sender's g^r (RFC 6508 6.2.1 step 4).
 * Same steps and order as the managed PfpPower (src/MikeyNano.Sakke/Sakke/PfpPower.cs), so the results agree bit for
 * bit: fixed 4-bit windows over all 1024 bits of e, each window's multiple read from a 16-entry table by masks, one
 * inversion at the end. About 1,020 F_p^2 squarings (2 M each) + 255 products (3 M) + the inversion. For parameter set
 * 1's own g (the sender's case; a public comparison) the fixed combs of mn_sakke_pfcomb.c give the same result in about
 * a fifth of the products.
 */
#include <string.h>
#include "mn_sakke_internal.h"

#define MN_PF_WINDOW 4
#define MN_PF_ENTRIES 16

typedef struct
{
    uint32_t re[MN_PF_ENTRIES][MN_FP_N], im[MN_PF_ENTRIES][MN_FP_N]; /* (1 + i t)^k, k = 0..15 */
    uint32_t x0[MN_FP_N], x1[MN_FP_N], s0[MN_FP_N], s1[MN_FP_N], a[MN_FP_N], b[MN_FP_N], c[MN_FP_N];
} mn_pf_scratch;

/* (re, im) = entry `index` of the table, reading all 16 under masks (index is a secret digit). */
static void pf_select(const mn_pf_scratch *s, uint32_t *re, uint32_t *im, uint32_t index)
{
    for (uint32_t k = 0; k < MN_PF_ENTRIES; k++)
    {
        uint32_t m = mn_eq_mask(k, index);
        mn_sakke_fp_select(re, s->re[k], re, m);
        mn_sakke_fp_select(im, s->im[k], im, m);
    }
}

static int pf_pow_in_session(uint8_t out[128], const uint8_t g[128], const uint8_t e[128])
{
    mn_pf_scratch s;
    uint32_t t[MN_FP_N];
    uint32_t bad = mn_sakke_fp_from_bytes(t, g);

    /* the table (1 + i t)^k: (x0 + i x1)(1 + i t) = (x0 - t x1) + i (x1 + t x0) */
    mn_sakke_fp_one(s.re[0]);
    mn_sakke_fp_zero(s.im[0]);
    for (int k = 1; k < MN_PF_ENTRIES; k++)
    {
        mn_sakke_fp_mul(s.a, t, s.im[k - 1]);
        mn_sakke_fp_mul(s.b, t, s.re[k - 1]);
        mn_sakke_fp_sub(s.re[k], s.re[k - 1], s.a);
        mn_sakke_fp_add(s.im[k], s.im[k - 1], s.b);
    }

    /* the selects below blend into their destinations: start them from zero, not from stack garbage */
    mn_sakke_fp_zero(s.x0);
    mn_sakke_fp_zero(s.x1);
    mn_sakke_fp_zero(s.s0);
    mn_sakke_fp_zero(s.s1);

    int first = 1;
    for (int i = 0; i < 128; i++)
    {
        for (int half = 1; half >= 0; half--)
        {
            uint32_t nibble = ((uint32_t)e[i] >> (4 * half)) & 0x0Fu;
            if (first)
            {
                pf_select(&s, s.x0, s.x1, nibble);
                first = 0;
                continue;
            }
            for (int sq = 0; sq < MN_PF_WINDOW; sq++) mn_sakke_fp2_sqr(s.x0, s.x1, s.a, s.b);
            pf_select(&s, s.s0, s.s1, nibble);
            mn_sakke_fp2_mul(s.x0, s.x1, s.s0, s.s1, s.a, s.b, s.c);
        }
    }
    /* the representative x1 / x0 */
    mn_sakke_fp_inv(s.a, s.x0);
    mn_sakke_fp_mul(s.c, s.x1, s.a);
    mn_sakke_fp_to_bytes(out, s.c);
    mn_sakke_bytes_clear_masked(out, 128, bad);

    mn_wipe(&s, sizeof s);
    mn_wipe_words(t, MN_FP_N);
    return mn_sakke_status(bad, 0, 0);
}

int mn_sakke_pf_pow_windows(uint8_t out[128], const uint8_t g[128], const uint8_t e[128])
{
    mn_sakke_session_begin();
    return mn_sakke_session_end_with(pf_pow_in_session(out, g, e));
}

int mn_sakke_pf_pow(uint8_t out[128], const uint8_t g[128], const uint8_t e[128])
{
    mn_sakke_session_begin();
    uint32_t differ = 0;                                  /* g is public: the comparison may branch */
    for (int i = 0; i < 128; i++) differ |= (uint32_t)(g[i] ^ mn_sakke_pf_g[i]);
    return mn_sakke_session_end_with(differ == 0 ? mn_sakke_pf_pow_g_in_session(out, e) : pf_pow_in_session(out, g, e));
}
