/*
 * The AES S-box (FIPS 197 5.1.1) on bit planes, by inversion in a tower field: no table, no branch, only AND/XOR/NOT
 * on 32-bit words (each bit position is one independent byte), so it is constant-time by construction.
 *
 * SubBytes(x) = Affine(x^-1) in GF(2^8) = GF(2)[a]/(a^8 + a^4 + a^3 + a + 1). The inversion is done in the isomorphic
 * tower GF((2^4)^2) = GF(16)[y]/(y^2 + y + L), GF(16) = GF(2)[x]/(x^4 + x + 1), L = x^3 + x (0xA), where the element
 * u = uh y + ul has the inverse (uh d^-1) y + (uh + ul) d^-1 with d = uh^2 L + uh ul + ul^2 (the norm; u times its
 * conjugate uh y + uh + ul). The isomorphism sends a to B = 0x50 (a root of a^8 + a^4 + a^3 + a + 1 in the tower, found
 * by search: of the roots, the one with the sparsest basis-change matrix), so AES bit j maps to the tower element B^j:
 * 0x01, 0x50, 0x27, 0x28, 0x48, 0x93, 0x42, 0xD3 (high nibble uh, low nibble ul). The output map is the inverse
 * isomorphism composed with the affine transformation (constant 0x63 as complemented planes). The derivation was
 * checked on all 256 inputs, and test_aes.c checks every S-box value against x^254 in GF(2^8) and the affine map.
 * Cost: 3 GF(16) multiplications (16 AND + 15 XOR each), the GF(16) inverse from its normal form (33 operations) and
 * about 60 XOR for the linear layers: about 185 word operations per 32 S-box evaluations, against about 600 for the
 * managed code's x^254 addition chain.
 */
#include "mn_srtp_internal.h"

/* GF(16) product of bitsliced nibbles a, b (plane 0 the constant coefficient), reduced by x^4 = x + 1. */
static inline void gf16_mul(uint32_t r[4], const uint32_t a[4], const uint32_t b[4])
{
    uint32_t c0 = a[0] & b[0];
    uint32_t c1 = (a[0] & b[1]) ^ (a[1] & b[0]);
    uint32_t c2 = (a[0] & b[2]) ^ (a[1] & b[1]) ^ (a[2] & b[0]);
    uint32_t c3 = (a[0] & b[3]) ^ (a[1] & b[2]) ^ (a[2] & b[1]) ^ (a[3] & b[0]);
    uint32_t c4 = (a[1] & b[3]) ^ (a[2] & b[2]) ^ (a[3] & b[1]);
    uint32_t c5 = (a[2] & b[3]) ^ (a[3] & b[2]);
    uint32_t c6 = a[3] & b[3];
    /* x^4 = x + 1, x^5 = x^2 + x, x^6 = x^3 + x^2 */
    r[0] = c0 ^ c4;
    r[1] = c1 ^ c4 ^ c5;
    r[2] = c2 ^ c5 ^ c6;
    r[3] = c3 ^ c6;
}

/* GF(16) squaring (linear: the Frobenius map). */
static inline void gf16_sq(uint32_t r[4], const uint32_t a[4])
{
    uint32_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
    r[0] = a0 ^ a2;
    r[1] = a2;
    r[2] = a1 ^ a3;
    r[3] = a3;
}

/* GF(16) inverse a^14 (0 maps to 0) from its algebraic normal form (each output bit a sum of products of input bits,
   computed once from the inversion table by the Moebius transform): 10 AND and 23 XOR, where the chain a^2 a^12 costs
   two multiplications and three squarings (about 70 operations). */
static inline void gf16_inv(uint32_t r[4], const uint32_t a[4])
{
    uint32_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
    uint32_t a01 = a0 & a1, a02 = a0 & a2, a12 = a1 & a2, a03 = a0 & a3, a13 = a1 & a3, a23 = a2 & a3;
    uint32_t a012 = a01 & a2, a123 = a12 & a3, a013 = a01 & a3, a023 = a02 & a3;
    r[0] = a0 ^ a1 ^ a2 ^ a3 ^ a02 ^ a12 ^ a012 ^ a123;
    r[1] = a3 ^ a01 ^ a02 ^ a12 ^ a13 ^ a013;
    r[2] = a2 ^ a3 ^ a01 ^ a02 ^ a03 ^ a023;
    r[3] = a1 ^ a2 ^ a3 ^ a03 ^ a13 ^ a23 ^ a123;
}

void mn_aes_sbox_planes(uint32_t s[8])
{
    uint32_t x0 = s[0], x1 = s[1], x2 = s[2], x3 = s[3], x4 = s[4], x5 = s[5], x6 = s[6], x7 = s[7];
    uint32_t ul[4], uh[4], d[4], t[4], di[4], zl[4], zh[4];
    /* into the tower basis: tower bit i = XOR of the AES bits j whose image B^j has bit i */
    ul[0] = x0 ^ x2 ^ x5 ^ x7;
    ul[1] = x2 ^ x5 ^ x6 ^ x7;
    ul[2] = x2;
    ul[3] = x3 ^ x4;
    uh[0] = x1 ^ x5 ^ x7;
    uh[1] = x2 ^ x3;
    uh[2] = x1 ^ x4 ^ x6 ^ x7;
    uh[3] = x5 ^ x7;
    /* d = uh^2 L + uh ul + ul^2; uh^2 L is linear: */
    d[0] = uh[2] ^ uh[3];
    d[1] = uh[0] ^ uh[1];
    d[2] = uh[1] ^ uh[2];
    d[3] = uh[0] ^ uh[1] ^ uh[2];
    gf16_mul(t, uh, ul);
    d[0] ^= t[0]; d[1] ^= t[1]; d[2] ^= t[2]; d[3] ^= t[3];
    gf16_sq(t, ul);
    d[0] ^= t[0]; d[1] ^= t[1]; d[2] ^= t[2]; d[3] ^= t[3];
    gf16_inv(di, d);
    gf16_mul(zh, uh, di);
    t[0] = uh[0] ^ ul[0]; t[1] = uh[1] ^ ul[1]; t[2] = uh[2] ^ ul[2]; t[3] = uh[3] ^ ul[3];
    gf16_mul(zl, t, di);
    /* back to the AES basis, then the affine map (FIPS 197 5.1.1), 0x63 as complements of planes 0, 1, 5, 6 */
    {
        uint32_t z0 = zl[0], z1 = zl[1], z2 = zl[2], z3 = zl[3], z4 = zh[0], z5 = zh[1], z6 = zh[2], z7 = zh[3];
        s[0] = ~(z0 ^ z1 ^ z2 ^ z3 ^ z5 ^ z7);
        s[1] = ~(z0 ^ z1 ^ z4);
        s[2] = z0 ^ z2 ^ z3 ^ z5 ^ z6 ^ z7;
        s[3] = z0 ^ z1 ^ z2 ^ z3 ^ z6;
        s[4] = z0 ^ z3 ^ z4;
        s[5] = ~(z1 ^ z2 ^ z5 ^ z6);
        s[6] = ~(z4 ^ z5 ^ z6);
        s[7] = z1 ^ z2 ^ z3;
    }
}
