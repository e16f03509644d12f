/* The two <string.h> functions firmware/native uses, for the freestanding Xtensa driver (runtime.c defines them). */
#ifndef MN_XTENSA_STRING_H
#define MN_XTENSA_STRING_H
#include <stddef.h>
void *memcpy(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
#endif
