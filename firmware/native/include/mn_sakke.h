/*
 * SAKKE parameter set 1 (RFC 6508 Appendix A, RFC 6509): the 1024-bit prime field F_p, the curve
 * E: y^2 = x^3 - 3x over F_p with the subgroup of prime order q (1022 bits), and the RFC 6508 3.2 pairing.
 *
 * Encodings (big-endian, as RFC 6508 section 4 writes them):
 *   - a field element or a scalar: 128 octets; a scalar must be below q, a coordinate below p;
 *   - a point: x || y, 256 octets (the 0x04 prefix of RFC 6508 is the caller's: it is not passed here);
 *   - a pairing value: its PF_p representation x2 / x1 (RFC 6508 2.1) as 128 octets, exactly what the managed
 *     SakkeContext.Mask hashes (HashToIntegerRange(w, 2^128), RFC 6508 6.2.2 step 3).
 * Every input point must lie on E (else MN_EPOINT; a coordinate not below p is MN_EENCODING); the results equal the
 * managed MikeyNano.Sakke code (SakkeScalarMultiplier, SakkeCombTable, TatePairing, RskPairingTable) bit for bit.
 * Scalars, the RSK and the pairing values are treated as secret: no branch or memory index depends on them, and every
 * intermediate is wiped before return. Tables live in caller buffers of uint32_t words (native byte order; sizes from
 * the *_words functions); a table is valid only in the process (and library version) that built it.
 */
#ifndef MN_SAKKE_H
#define MN_SAKKE_H

#define MN_SAKKE_L 128          /* octets of a field element or a scalar */
#define MN_SAKKE_POINT 256      /* octets of a point x || y */

/* ---- field kernels (for agreement tests): 32 little-endian limbs of canonical plain (non-Montgomery) values ---- */

/** r = a b mod p. MN_EENCODING (r zeroed) when a or b is not below p. */
MN_API int mn_fp1024_mul(uint32_t r[32], const uint32_t a[32], const uint32_t b[32]);
/** r = a^2 mod p. */
MN_API int mn_fp1024_sqr(uint32_t r[32], const uint32_t a[32]);
/** r = a^-1 mod p (Fermat, constant-time); a = 0 gives 0. */
MN_API int mn_fp1024_inv(uint32_t r[32], const uint32_t a[32]);

/* ---- scalar multiplication ---- */

/** out = [k]Q for a point Q of E and 0 <= k < q (SakkeScalarMultiplier: signed 4-bit windows, constant-time in k).
 *  MN_EINFINITY when the result is the point at infinity (k = 0), MN_EENCODING when k is not below q. */
MN_API int mn_sakke_mul(uint8_t out[256], const uint8_t q[256], const uint8_t k[128]);

/** Words of a comb table (SakkeCombTable with 8 teeth: 128 affine points plus a header, 32 KiB and 16 octets). */
MN_API size_t mn_sakke_comb_words(void);
/** Builds the comb of the public point B into table (words >= mn_sakke_comb_words(), else MN_EBUFFER).
 *  Variable time (B is public: P, Z_T, or [b]P + Z_T). */
MN_API int mn_sakke_comb_build_public(uint32_t *table, size_t words, const uint8_t base[256]);
/** out = [k]B with B's comb (SakkeCombTable.Multiply), 0 < k < q; constant-time in k. MN_EBUFFER when table is not
 *  a built comb; k = 0 gives MN_EINFINITY. */
MN_API int mn_sakke_comb_mul(uint8_t out[256], const uint32_t *table, size_t words, const uint8_t k[128]);
/** out = [k1]B1 + [k2]B2 on one chain of doublings (SakkeCombTable.MultiplyTwo; the sender's R = [r b]P + [r]Z_T,
 *  RFC 6508 6.2.1 step 3). Both scalars below q; constant-time in both. */
MN_API int mn_sakke_comb_mul2(uint8_t out[256], const uint32_t *table1, const uint8_t k1[128],
                              const uint32_t *table2, const uint8_t k2[128], size_t words);
/** out = [r b mod q]B1 + [r]B2: mn_sakke_comb_mul2 with k1 = r b mod q computed here, so that the secret r b never
 *  leaves the call (the sender's R = [r b]P + [r]Z_T, RFC 6508 6.2.1 step 3, b the receiver's identifier scalar).
 *  0 < r < q and b < q, 128 octets big-endian each (else MN_EENCODING, out zeroed); tables as for mn_sakke_comb_mul2.
 *  Constant-time in r (b is public); r b mod q and every intermediate wiped on return. */
MN_API int mn_sakke_comb_mul_rb(uint8_t out[256], const uint32_t *table1, const uint32_t *table2, size_t words,
                                const uint8_t r[128], const uint8_t b[128]);

/* ---- the pairing (RFC 6508 3.2) ---- */

/** w = <R, Q> (TatePairing.Compute(w, R, Q): Miller loop over R, lines evaluated at psi(Q), v^4, x2/x1), both
 *  points of E of order q. Constant-time in both points (Q is the RSK on the receiver's plain path). */
MN_API int mn_sakke_pair(uint8_t w[128], const uint8_t r[256], const uint8_t q[256]);

/** Words of an RSK line table (RskPairingTable: 1533 Miller steps x 2 elements, plus a header, plus the build's
 *  scratch of 256 elements, which is zero once built): 106,308 words, 425,232 octets. */
MN_API size_t mn_sakke_rsk_table_words(void);
/** Builds the line table of the secret RSK (a point of E of order q) into table. Constant-time in the RSK; wipe the
 *  table with mn_wipe when the key period ends. */
MN_API int mn_sakke_rsk_table_build(uint32_t *table, size_t words, const uint8_t rsk[256]);
/** w = <R, RSK> over the RSK's line table (RskPairingTable.Compute); R a point of E. */
MN_API int mn_sakke_rsk_pair(uint8_t w[128], const uint32_t *table, size_t words, const uint8_t r[256]);

/* ---- the receiver's check (RFC 6508 6.2.2 step 4, SakkeReceiver.Decapsulate) ---- */

/** MN_OK when [r]Q_b == R for Q_b = [b]P + Z_T, with the plain multiplier; MN_EPOINT when not (or r = 0, or R is
 *  not a point of E); MN_EENCODING when r is not below q or a coordinate not below p. Constant-time in r. */
MN_API int mn_sakke_check(const uint8_t qb[256], const uint8_t r[128], const uint8_t rpoint[256]);
/** The same with Q_b's comb table (built by mn_sakke_comb_build_public). */
/* ---- PF_p exponentiation (RFC 6508 2.1; the sender's g^r, 6.2.1 step 4) ---- */
/** out = g^e in PF_p[q]: g and out are 128-octet representatives (t for the class of 1 + i t), e 128 octets; all 1024
 *  bits of e are processed, constant-time in e. Parameter set 1's g (the sender's case; compared publicly) takes two
 *  constant 8-tooth signed combs of g (src/mn_sakke_pf_tables.c, every entry read under masks); any other g fixed 4-bit
 *  windows with masked table reads (PfpPower's steps); the results are the same. MN_EENCODING (out zeroed) when g is
 *  not below p. */
MN_API int mn_sakke_pf_pow(uint8_t out[128], const uint8_t g[128], const uint8_t e[128]);

MN_API int mn_sakke_check_comb(const uint32_t *table, size_t words, const uint8_t r[128], const uint8_t rpoint[256]);

#endif
