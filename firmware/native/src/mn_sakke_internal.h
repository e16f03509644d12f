/*
 * Internal interface of the SAKKE parameter set 1 backend (RFC 6508 Appendix A; not part of the public API):
 * the 1024-bit field F_p in Montgomery form (R = 2^1024), points of E: y^2 = x^3 - 3x, scalars mod q.
 * Field elements are 32 little-endian limbs, always fully reduced (below p). Every function is constant-time in
 * its inputs unless its name ends in _public.
 */
#ifndef MN_SAKKE_INTERNAL_H
#define MN_SAKKE_INTERNAL_H

#include "mikeynano_native.h"
#include "mn_word.h"

#define MN_FP_N 32

extern const uint32_t mn_sakke_p[MN_FP_N];   /* p */
extern const uint32_t mn_sakke_r1[MN_FP_N];  /* R mod p: Montgomery form of 1 */
extern const uint32_t mn_sakke_r2[MN_FP_N];  /* R^2 mod p: converts into Montgomery form */
extern const uint32_t mn_sakke_q[MN_FP_N]; /* q = (p + 1) / 4, 1022 bits */
#define MN_SAKKE_Q_BITS 1022
#define MN_SAKKE_P_NEG_INV 0x7C8F2F3DU /* -p^-1 mod 2^32 (Montgomery's M') */

/* Every public entry point runs its whole computation in one session of the field: nothing without the build option
 * MN_ESP32_MPI, the RSA accelerator's lock and set-up with it (port/esp32/mn_esp32_mpi.h). Sessions do not nest. */
void mn_sakke_session_begin(void);
void mn_sakke_session_end(void);
/** Ends the session and passes status on: `begin(); return mn_sakke_session_end_with(work(...));` */
static inline int mn_sakke_session_end_with(int status)
{
    mn_sakke_session_end();
    return status;
}

/* Montgomery arithmetic: r = a b R^-1, a^2 R^-1 mod p. Outputs may alias inputs. */
void mn_sakke_fp_mul(uint32_t *r, const uint32_t *a, const uint32_t *b);
void mn_sakke_fp_sqr(uint32_t *r, const uint32_t *a);
/** Work that runs beside the field's products: a product given one calls step once, with the ESP32 MPI port while the
 *  peripheral computes (the CPU is free then), in software after the product. The work must not touch the product's
 *  operands or result. Embed it as the first member of the work's own struct. */
typedef struct mn_beside { void (*step)(struct mn_beside *self); } mn_beside;
/** mn_sakke_fp_mul and _sqr that run one step of w (NULL: none). */
void mn_sakke_fp_mul_beside(uint32_t *r, const uint32_t *a, const uint32_t *b, mn_beside *w);
void mn_sakke_fp_sqr_beside(uint32_t *r, const uint32_t *a, mn_beside *w);
/* The software Montgomery kernels, always compiled (the field's multiply and square without the option, the
 * reference the peripheral's port is tested against with it); and r = t - p when t >= p, else t, for t below 2p
 * (r may be t). */
void mn_sakke_fp_mul_soft(uint32_t *r, const uint32_t *a, const uint32_t *b);
void mn_sakke_fp_sqr_soft(uint32_t *r, const uint32_t *a);
void mn_sakke_fp_reduce_once(uint32_t *r, const uint32_t *t);
/** r = a b - c d (Montgomery), with one reduction in software (the two 2048-bit products are subtracted first). */
void mn_sakke_fp_mul_sub(uint32_t *r, const uint32_t *a, const uint32_t *b, const uint32_t *c, const uint32_t *d);
void mn_sakke_fp_add(uint32_t *r, const uint32_t *a, const uint32_t *b);
void mn_sakke_fp_sub(uint32_t *r, const uint32_t *a, const uint32_t *b);
void mn_sakke_fp_neg(uint32_t *r, const uint32_t *a);
void mn_sakke_fp_copy(uint32_t *r, const uint32_t *a);
void mn_sakke_fp_zero(uint32_t *r);
void mn_sakke_fp_one(uint32_t *r);
/** r = mask ? a : b (mask all ones or zero). */
void mn_sakke_fp_select(uint32_t *r, const uint32_t *a, const uint32_t *b, uint32_t mask);
/** All ones when a == 0 (resp. a == b), else zero. */
uint32_t mn_sakke_fp_is_zero(const uint32_t *a);
uint32_t mn_sakke_fp_equal(const uint32_t *a, const uint32_t *b);
/** F_p^2 = F_p[i], i^2 = -1, in place on (x0, x1): x = x^2 = (x0 + x1)(x0 - x1) + 2 x0 x1 i (scratch a, b); and
 *  x = x (t1 + i t2) by Karatsuba, 3 multiplications (scratch a, b, c). The pairing's Miller variable and PF_p's
 *  powers (RFC 6508 2.1, 3.2) both use them. */
void mn_sakke_fp2_sqr(uint32_t *x0, uint32_t *x1, uint32_t *a, uint32_t *b);
void mn_sakke_fp2_mul(uint32_t *x0, uint32_t *x1, const uint32_t *t1, const uint32_t *t2, uint32_t *a, uint32_t *b, uint32_t *c);
/** r = a^-1 (Fermat: a^(p-2), a fixed public exponent); 0 gives 0. */
void mn_sakke_fp_inv(uint32_t *r, const uint32_t *a);
/** r = Montgomery form of the big-endian 128-octet src; returns all ones when src is not below p (r is then
 *  the reduction of some value below R, never used for a result). */
uint32_t mn_sakke_fp_from_bytes(uint32_t *r, const uint8_t *src);
void mn_sakke_fp_to_bytes(uint8_t *dst, const uint32_t *a);

/** Zeroes n words so that the compiler cannot drop the stores (mn_wipe, a word at a time for the hot paths). */
static inline void mn_wipe_words(uint32_t *p, size_t n)
{
    volatile uint32_t *v = p;
    while (n-- > 0) *v++ = 0;
}

/* Little-endian word helpers (scalars, plain integers). */
/** All ones when a < b (n words), else zero. */
uint32_t mn_sakke_words_less(const uint32_t *a, const uint32_t *b, int n);
/** r = a - b (n words), returns the borrow (0 or 1). */
uint32_t mn_sakke_words_sub(uint32_t *r, const uint32_t *a, const uint32_t *b, int n);
/** All ones when every octet of p[0..n) is zero. */
uint32_t mn_sakke_bytes_is_zero(const uint8_t *p, size_t n);
/** Zeroes n octets of p where mask is all ones (constant-time: touches every octet either way). */
void mn_sakke_bytes_clear_masked(uint8_t *p, size_t n, uint32_t mask);
/** A status from failure masks (all ones = that failure), in priority order; MN_OK when all are zero. */
int mn_sakke_status(uint32_t encoding, uint32_t point, uint32_t infinity);

/* Scalars: 33 little-endian words (bit 1024 is the comb's virtual top bit), read from 128 big-endian octets. */
#define MN_SCALAR_WORDS 33
/** Reads k; returns all ones when k is not below q. */
uint32_t mn_sakke_scalar_read(uint32_t *k, const uint8_t *src);
/** r = a b mod q for 32-limb a and b below q (two Montgomery products mod q, mn_sakke_scalar.c): the sender's r b
 *  (RFC 6508 6.2.1 step 3). Constant-time in both; r may alias a or b. */
void mn_sakke_scalar_mul_q(uint32_t *r, const uint32_t *a, const uint32_t *b);
/** k = q - k when k is even (so that k is odd); returns all ones when it did. */
uint32_t mn_sakke_scalar_make_odd(uint32_t *k);
static inline uint32_t mn_sakke_scalar_bit(const uint32_t *k, int i)
{
    return (i >> 5) < MN_SCALAR_WORDS ? (k[i >> 5] >> (i & 31)) & 1u : 0u;
}
/** All ones when a == b (small public or secret ints), no branch. */
static inline uint32_t mn_eq_mask(uint32_t a, uint32_t b)
{
    uint32_t x = a ^ b;
    return ((x | (0u - x)) >> 31) - 1u;
}

/* Constant-time table lookup, a line at a time: out[0 .. MN_GATHER_LINE) = the line at e + i stride of the entry i whose
 *  mask is all ones (masks[i]; at most one is), every one of the n entries read under its mask whatever the masks are.
 *  One accumulator a word, in registers: per entry one mask load and a load, an and and an or a word (the combs' inner
 *  loop). Four words a line: with eight, gcc for Xtensa spills the accumulators. */
#define MN_GATHER_LINE 4
#if defined(__GNUC__) && !defined(__clang__)
#define MN_GATHER_UNROLL _Pragma("GCC unroll 4")
#else
#define MN_GATHER_UNROLL
#endif
static inline void mn_gather_line(uint32_t *out, const uint32_t *e, size_t stride, const uint32_t *masks, int n)
{
    uint32_t acc[MN_GATHER_LINE] = { 0 };
    for (int i = 0; i < n; i++) {
        const uint32_t *line = e + (size_t)i * stride;
        uint32_t mask = masks[i];
        MN_GATHER_UNROLL
        for (int x = 0; x < MN_GATHER_LINE; x++) acc[x] |= line[x] & mask;
    }
    for (int x = 0; x < MN_GATHER_LINE; x++) out[x] = acc[x];
    mn_wipe_words(acc, MN_GATHER_LINE);
}

/* PF_p[q] (RFC 6508 2.1): g^e for the parameter set's g on fixed combs (mn_sakke_pfcomb.c; tables generated by
 * tools/mn_sakke_pf_tables.py into mn_sakke_pf_tables.c), and by fixed windows for any g (mn_sakke_pfpow.c). */
#define MN_PF_COMB_TEETH 8
#define MN_PF_COMBS 2
#define MN_PF_COMB_ENTRIES (1 << (MN_PF_COMB_TEETH - 1))
extern const uint8_t mn_sakke_pf_g[128];     /* g = <P, P> (RFC 6509 Appendix A), big-endian */
extern const uint32_t mn_sakke_pf_comb[MN_PF_COMBS][MN_PF_COMB_ENTRIES][MN_FP_N];
/** out = g^e for the built-in g, e any 128 octets (constant-time in e); in a session. MN_OK. */
int mn_sakke_pf_pow_g_in_session(uint8_t out[128], const uint8_t e[128]);
/** mn_sakke_pf_pow by the fixed windows whatever g is (the reference the comb is tested against). */
int mn_sakke_pf_pow_windows(uint8_t out[128], const uint8_t g[128], const uint8_t e[128]);

/* Points. */
typedef struct { uint32_t x[MN_FP_N], y[MN_FP_N]; } mn_aff;
typedef struct { uint32_t x[MN_FP_N], y[MN_FP_N], z[MN_FP_N]; } mn_jac;

/** Decodes x || y (256 octets); returns masks: *encoding when a coordinate is not below p, and (return value)
 *  all ones when the point is not on E (or not canonical). Constant-time (the RSK is decoded with it). */
uint32_t mn_sakke_decode(mn_aff *r, const uint8_t *src, uint32_t *encoding);
void mn_sakke_encode(uint8_t *dst, const mn_aff *a);
void mn_sakke_set_affine(mn_jac *r, const mn_aff *a);
void mn_sakke_double(mn_jac *r, const mn_jac *a);
void mn_sakke_add_mixed(mn_jac *r, const mn_jac *a, const mn_aff *b);
/** The same, running a step of w beside each of their products but the last two (NULL: none). */
void mn_sakke_double_beside(mn_jac *r, const mn_jac *a, mn_beside *w);
void mn_sakke_add_mixed_beside(mn_jac *r, const mn_jac *a, const mn_aff *b, mn_beside *w);
void mn_sakke_add(mn_jac *r, const mn_jac *a, const mn_jac *b);
void mn_sakke_add_mixed_public(mn_jac *r, const mn_jac *a, const mn_aff *b);
void mn_sakke_cond_neg(mn_jac *a, uint32_t mask);
/** Affine form of a (one inversion); returns all ones when a is at infinity (r is then zero). */
uint32_t mn_sakke_to_affine(mn_aff *r, const mn_jac *a);
/** All ones when the Jacobian a equals the affine b (and a is finite). */
uint32_t mn_sakke_equals_affine(const mn_jac *a, const mn_aff *b);
/** [k]Q, the plain 4-bit signed-window multiplier (SakkeScalarMultiplier); k as read by mn_sakke_scalar_read. */
void mn_sakke_mul_plain(mn_jac *r, const mn_aff *q, const uint32_t *k);
/** The end of the receiver's check (RFC 6508 6.2.2 step 4): decodes R and compares it with the Jacobian test
 *  point; MN_OK when equal, else the status for the failure masks given (MN_EPOINT when merely unequal). */
int mn_sakke_check_finish(const mn_jac *test, const uint8_t *rpoint, uint32_t scalarBad, uint32_t otherBad);

#endif
