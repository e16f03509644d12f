/*
 * Constant-time checks with valgrind's memcheck, as ctgrind does: SECRET marks a buffer's octets undefined, so memcheck
 * reports every conditional jump, memory index or division that depends on them; PUBLIC marks a result defined again
 * before the test reads it. Without valgrind's header (or outside valgrind) both do nothing.
 */
#ifndef MN_TEST_CT_MARKS_H
#define MN_TEST_CT_MARKS_H

#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#define SECRET(p, n) VALGRIND_MAKE_MEM_UNDEFINED((p), (n))
#define PUBLIC(p, n) VALGRIND_MAKE_MEM_DEFINED((p), (n))
#endif
#endif
#ifndef SECRET
#define SECRET(p, n) ((void)(p), (void)(n))
#define PUBLIC(p, n) ((void)(p), (void)(n))
#endif

#endif
