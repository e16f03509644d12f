/*
 * P-256 (FIPS 186-4 D.1.2.3, SEC 2 2.4.2): field, scalar field, point multiplication and ECDSA verification.
 *
 * Points are X || Y, 64 octets big-endian (SEC 1 2.3.3 without the 04 prefix); an input point must have both
 * coordinates below p (else MN_EENCODING) and lie on y^2 = x^3 - 3x + b (else MN_EPOINT). Scalars are 32 octets
 * big-endian, any value below 2^256, reduced mod n (as the managed P256.MultiplyBase/Multiply do); a result equal to
 * the point at infinity (k = 0 mod n) is MN_EINFINITY with the output zeroed.
 */
#ifndef MN_P256_H
#define MN_P256_H

/** The signature does not verify (r or s outside [1, n-1], or x(u1 G + u2 Q) mod n != r). */
#define MN_P256_EVERIFY (-16)

/** This ECCSI ephemeral j cannot sign (r = 0 or HE + r SSK = 0 mod q, RFC 6507 5.2.1): draw another. */
#define MN_ECCSI_ERETRY (-17)

/** out64 = [k]G. Constant-time in k (fixed-base comb, every table entry read under a mask). */
MN_API int mn_p256_mul_base(uint8_t out64[64], const uint8_t k32[32]);

/** out64 = [k]P. Constant-time in k (fixed 4-bit windows, table read under masks); P is public and validated. */
MN_API int mn_p256_mul(uint8_t out64[64], const uint8_t p64[64], const uint8_t k32[32]);

/** out64 = [u1]G + [u2]Q (scalars reduced mod n). Variable time: public inputs only (signature verification). */
MN_API int mn_p256_mul_add_public(uint8_t out64[64], const uint8_t u1[32], const uint8_t u2[32], const uint8_t q64[64]);

/** out64 = [u1]G + [u2]Q2 + [u3]Q3 (scalars any 256-bit value, reduced mod n). Variable time: public inputs only
 *  (ECCSI verification, RFC 6507 5.2.2 step 5). Points validated as for mn_p256_mul_add_public (MN_EENCODING /
 *  MN_EPOINT); a result at infinity is MN_EINFINITY with out64 zeroed. */
MN_API int mn_p256_mul_add3_public(uint8_t out64[64], const uint8_t u1[32], const uint8_t u2[32], const uint8_t q2[64], const uint8_t u3[32], const uint8_t q3[64]);

/**
 * ECCSI signing's scalar (RFC 6507 5.2.1 step 4): s32 = s' = (HE + r SSK)^-1 j mod q, q the order n of P-256's G.
 * j, HE, r and SSK are 32 octets big-endian, any value below 2^256, each reduced mod n first (as the managed
 * MontgomeryField.FromBytesReduce does). MN_OK; MN_ECCSI_ERETRY when r = 0 or HE + r SSK = 0 mod n (s32 zeroed: the
 * signer draws a fresh j). Constant-time in j and SSK (and in HE and r: the inversion is Fermat's over the public
 * n - 2); every intermediate is wiped on return.
 */
MN_API int mn_eccsi_sign_s(uint8_t s32[32], const uint8_t j32[32], const uint8_t he32[32], const uint8_t r32[32],
                           const uint8_t ssk32[32]);

/**
 * ECDSA verification (FIPS 186-4 6.4.2, SEC 1 4.1.4) of the digest hash (hashLen >= 1 octets; its leftmost 256 bits,
 * a shorter digest left-padded, as bits2int and the managed EcdsaP256.Verify take it) with r, s and the public key Q.
 * MN_OK when valid; MN_P256_EVERIFY when not; MN_EENCODING for an empty digest or a coordinate of Q not below p;
 * MN_EPOINT for Q off the curve. Variable time (public inputs only).
 */
MN_API int mn_p256_ecdsa_verify_public(const uint8_t *hash, size_t hashLen, const uint8_t r32[32], const uint8_t s32[32],
                                       const uint8_t q64[64]);

/*
 * Field kernels, exported for the agreement tests: 8 little-endian limbs, plain integers (not Montgomery form), inputs
 * below the modulus (else MN_EENCODING and r zeroed), results canonical. Constant-time. inv(0) = 0 (Fermat).
 */
MN_API int mn_p256_fp_mul(uint32_t r[8], const uint32_t a[8], const uint32_t b[8]);
MN_API int mn_p256_fp_sqr(uint32_t r[8], const uint32_t a[8]);
MN_API int mn_p256_fp_inv(uint32_t r[8], const uint32_t a[8]);
MN_API int mn_p256_fn_mul(uint32_t r[8], const uint32_t a[8], const uint32_t b[8]);
MN_API int mn_p256_fn_inv(uint32_t r[8], const uint32_t a[8]);

#endif
