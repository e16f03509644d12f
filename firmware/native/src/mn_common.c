/* Shared helpers of the native backend. */
#include "mikeynano_native.h"

int mn_native_version(void) { return MN_NATIVE_VERSION; }

void mn_wipe(void *p, size_t n)
{
    volatile uint8_t *v = (volatile uint8_t *)p;
    while (n-- > 0) *v++ = 0;
}
