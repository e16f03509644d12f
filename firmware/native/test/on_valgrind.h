/* RUNNING_ON_VALGRIND (valgrind.h): nonzero when a test runs under valgrind, where it draws fewer random inputs;
 * 0 where valgrind's headers are not installed. */
#ifndef MN_TEST_ON_VALGRIND_H
#define MN_TEST_ON_VALGRIND_H
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif
#endif
