/*
 * MikeyNano native backend: the public C interface (issue 12).
 *
 * Conventions for every module header included below:
 *   - Portable C99; 32-bit limbs (uint32_t) and 32x32->64 products only, no heap, no global mutable state:
 *     scratch lives on the caller's stack, and every function wipes its secret-bearing locals before it returns.
 *   - Functions named *_public may take time that depends on their inputs (they only see public values); every
 *     other function is constant-time in its secret inputs (no secret-dependent branch, memory index or division).
 *   - Byte strings are big-endian, as on the wire (RFC 6507/6508 encodings, SEC 1 for P-256 without the 04 prefix).
 *   - Return values: MN_OK, or one of the MN_E* codes below; outputs are zeroed whenever the result is not MN_OK.
 *   - Limb arrays (field kernels) are little-endian: limb 0 is the least significant 32 bits.
 */
#ifndef MN_MIKEYNANO_NATIVE_API_H /* not MIKEYNANO_NATIVE_H: the interop glue's generated MikeyNano_Native.h uses that */
#define MN_MIKEYNANO_NATIVE_API_H

#include <stddef.h>
#include <stdint.h>

/* C linkage for the C++ interop glue (firmware/interop), per declaration so the module headers need no wrapper. */
#ifdef __cplusplus
#define MN_LINKAGE extern "C"
#else
#define MN_LINKAGE
#endif
#if defined(MN_BUILDING_SHARED) && defined(__GNUC__)
#define MN_API MN_LINKAGE __attribute__((visibility("default")))
#else
#define MN_API MN_LINKAGE
#endif

#define MN_OK 0
/** An input encoding is not canonical (a coordinate or scalar not below its modulus, a bad length). */
#define MN_EENCODING (-1)
/** An input point is not on its curve. */
#define MN_EPOINT (-2)
/** The result is the point at infinity (which has no affine encoding). */
#define MN_EINFINITY (-3)
/** A caller-supplied buffer (a table) is too small or was not built by the matching function. */
#define MN_EBUFFER (-4)

/** The interface version: bumps whenever a signature or a result's meaning changes (the interop glue checks it). */
#define MN_NATIVE_VERSION 3

MN_API int mn_native_version(void);

/** Zeroes n octets so that the compiler cannot drop the writes. */
MN_API void mn_wipe(void *p, size_t n);

#include "mn_hash.h"
#include "mn_p256.h"
#include "mn_sakke.h"
#include "mn_srtp.h"

#endif
