/*
 * Hash kernels for the MIKEY message path (issue 12): the managed hashes keep their padding, lengths and incremental
 * state, and hand the native backend whole 64-octet blocks, which is where the interpreter spends its time.
 */
#ifndef MN_HASH_H
#define MN_HASH_H

/**
 * SHA-256 compression (FIPS 180-4 6.2.2) of `blocks` consecutive 64-octet blocks at data into state[8] (the chaining
 * value H0..H7 as native words; 5.3.3's initial value for a new hash). Padding and length (5.1.1) are the caller's.
 * MN_OK; MN_EBUFFER when state is NULL, or data is NULL with blocks > 0 (then state, when given, is zeroed).
 * Constant-time in the data and the state (no table indexed by them, no branch on them): only blocks steers branches.
 */
MN_API int mn_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
