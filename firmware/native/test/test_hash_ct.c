/*
 * CTest, constant-time check of the hash kernels (mn_hash.h) in the style of test_srtp_ct.c: the message blocks and the
 * chaining value are marked undefined for valgrind's memcheck, which then reports any branch or memory index that
 * depends on them; the host tests run this program under valgrind with --error-exitcode. Only the block count is
 * public (MIKEY's messages have public lengths).
 */
#include "test_srtp_util.h"

#include "ct_marks.h"

int main(void)
{
    uint8_t data[64 * 3];
    uint32_t state[8];
    rnd_bytes(data, sizeof data);
    for (int i = 0; i < 8; i++) state[i] = rnd();
    SECRET(data, sizeof data);
    SECRET(state, sizeof state);
    for (size_t blocks = 1; blocks <= 3; blocks++)
    {
        int r = mn_sha256_blocks(state, data, blocks);
        PUBLIC(&r, sizeof r);
        expect_int("sha256 blocks", MN_OK, r);
    }
    return finish("test_hash_ct");
}
