/* CTest: the library links and reports its interface version; mn_wipe clears what it is given and nothing else. */
#include <stdio.h>
#include <string.h>
#include "mikeynano_native.h"

int main(void)
{
    uint8_t buf[8];
    memset(buf, 0xA5, sizeof buf);
    mn_wipe(buf + 2, 4);
    if (mn_native_version() != MN_NATIVE_VERSION) { puts("version mismatch"); return 1; }
    if (buf[1] != 0xA5 || buf[2] != 0 || buf[5] != 0 || buf[6] != 0xA5) { puts("mn_wipe wrong range"); return 1; }
    puts("test_common: ok");
    return 0;
}
