/*
 * ECCSI signing's scalar (RFC 6507 5.2.1 step 4), s' = (HE + r SSK)^-1 j mod q, q = n the order of P-256's G (RFC 6507
 * 4.1 with the parameters of RFC 6509 / FIPS 186-4 D.1.2.3). The managed EccsiSigner.SignWith does steps 2, 3 and 5
 * around it.
 *
 * From j and the signature anyone finds SSK (step 4 solved for SSK), so j and SSK are secrets: the scalar-field
 * kernels below are constant-time (Montgomery products, Fermat's inversion over the public n - 2, mn_word.h carries)
 * and the two cases the RFC rejects (r = 0, HE + r SSK = 0 mod q) are all-ones masks, not branches: they decide only
 * the returned status and zero the output under the mask.
 */
#include "mn_p256_internal.h"
#include "mn_p256.h"

int mn_eccsi_sign_s(uint8_t s32[32], const uint8_t j32[32], const uint8_t he32[32], const uint8_t r32[32],
                    const uint8_t ssk32[32])
{
    mn_fe j, he, r, ssk, t;
    mn_fn_from_bytes_reduce(j, j32);
    mn_fn_from_bytes_reduce(he, he32);
    mn_fn_from_bytes_reduce(r, r32);
    mn_fn_from_bytes_reduce(ssk, ssk32);
    mn_fn_to_mont(t, r);                   /* r R */
    mn_fn_mul(t, t, ssk);                  /* r SSK (the product removes one R) */
    mn_fn_add(t, t, he);                   /* HE + r SSK, below n */
    uint32_t retry = mn_p256_is_zero(r) | mn_p256_is_zero(t);
    mn_fn_to_mont(t, t);
    mn_fn_inv(t, t);                       /* (HE + r SSK)^-1 R; 0 when retry (Fermat: 0^(n-2) = 0) */
    mn_fn_mul(t, t, j);                    /* (HE + r SSK)^-1 j */
    for (int i = 0; i < 8; i++) t[i] &= ~retry;
    mn_p256_to_bytes(s32, t);
    mn_p256_wipe_words(j, 8); mn_p256_wipe_words(he, 8); mn_p256_wipe_words(r, 8);
    mn_p256_wipe_words(ssk, 8); mn_p256_wipe_words(t, 8);
    return MN_ECCSI_ERETRY * (int)(retry & 1u);
}
