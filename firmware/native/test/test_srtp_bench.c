/*
 * Instruction-count driver for the SRTP packet path (issue 12 Deliver 6 inputs). `test_srtp_bench KERNEL N` runs one
 * kernel N times (or over N blocks) after keying; counting the instructions of two runs with different N (callgrind,
 * or qemu-i386 -singlestep on the 32-bit build) and dividing the difference by the difference of N gives the cost per
 * unit without start-up or keying:
 *   aes-pass      mn_aes_encrypt_blocks of 2 blocks (one bitsliced pass)   per pass
 *   aes-ctr       mn_aes_ctr_xor over 32 N octets                           per 2 blocks
 *   sha1-block    mn_sha1 over 64 N octets                                  per block
 *   ghash-block   mn_ghash_update over 16 N octets                          per block
 *   cm-protect / cm-unprotect / gcm-protect / gcm-unprotect
 *                 one 12 + 160-octet RTP packet (a 20 ms G.711 frame) with AES_CM_128_HMAC_SHA1_80 or
 *                 AEAD_AES_128_GCM, per packet
 * Without arguments (as CTest runs it) it runs every kernel a few times and checks that what it protected unprotects.
 */
#include <stdlib.h>
#include "test_srtp_util.h"

static uint8_t buf[64 * 1024];

static void packet_kernel(int suite, int unprotect, long n)
{
    uint8_t key[16], salt[14], auth[20], packet[172], tag[16], orig[172];
    mn_srtp_keys k;
    size_t tl = suite == MN_SRTP_AES_GCM ? 16 : 10;
    rnd_bytes(key, sizeof key);
    rnd_bytes(salt, sizeof salt);
    rnd_bytes(auth, sizeof auth);
    rnd_bytes(packet, sizeof packet);
    packet[0] = 0x80;
    mn_srtp_keys_init(&k, suite, key, 16, salt, suite == MN_SRTP_AES_GCM ? 12 : 14, auth, 20);
    memcpy(orig, packet, sizeof packet);
    mn_srtp_protect(&k, packet, 12, 160, 0, tag, tl);
    for (long i = 0; i < n; i++)
    {
        if (unprotect)
        {
            /* a fresh copy of the protected packet each time (the 172-octet copy is counted too: a few dozen
               instructions) */
            memcpy(buf, packet, sizeof packet);
            expect_int("unprotect", MN_OK, mn_srtp_unprotect(&k, buf, 12, 160, 0, tag, tl));
        }
        else
        {
            mn_srtp_protect(&k, orig, 12, 160, (uint32_t)i, tag, tl);
        }
    }
    if (unprotect && memcmp(buf, orig, sizeof orig) != 0 && n > 0) { puts("FAIL unprotect result"); failures++; }
    mn_srtp_keys_wipe(&k);
}

static void run(const char *kernel, long n)
{
    uint8_t key[16] = {1, 2, 3}, y[20] = {0}, counter[16] = {0};
    mn_aes_key aes;
    mn_ghash_key g;
    mn_aes_expand(&aes, key, 16);
    mn_ghash_init(&g, key);
    if (strcmp(kernel, "aes-pass") == 0)
        for (long i = 0; i < n; i++) mn_aes_encrypt_blocks(&aes, buf, buf, 2);
    else if (strcmp(kernel, "aes-ctr") == 0)
        mn_aes_ctr_xor(&aes, counter, 16, buf, buf, (size_t)(32 * n));
    else if (strcmp(kernel, "sha1-block") == 0)
        mn_sha1(buf, (size_t)(64 * n), y);
    else if (strcmp(kernel, "ghash-block") == 0)
        mn_ghash_update(&g, y, buf, (size_t)(16 * n));
    else if (strcmp(kernel, "cm-protect") == 0)
        packet_kernel(MN_SRTP_AES_CM_HMAC_SHA1, 0, n);
    else if (strcmp(kernel, "cm-unprotect") == 0)
        packet_kernel(MN_SRTP_AES_CM_HMAC_SHA1, 1, n);
    else if (strcmp(kernel, "gcm-protect") == 0)
        packet_kernel(MN_SRTP_AES_GCM, 0, n);
    else if (strcmp(kernel, "gcm-unprotect") == 0)
        packet_kernel(MN_SRTP_AES_GCM, 1, n);
    else
    {
        printf("unknown kernel %s\n", kernel);
        failures++;
    }
}

int main(int argc, char **argv)
{
    if (argc == 3)
    {
        long n = atol(argv[2]);
        if (n < 0 || n > 1000) { puts("N must be 0..1000"); return 2; }
        run(argv[1], n);
        return failures != 0;
    }
    const char *all[] = {"aes-pass", "aes-ctr", "sha1-block", "ghash-block", "cm-protect", "cm-unprotect", "gcm-protect", "gcm-unprotect"};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) run(all[i], 3);
    return finish("test_srtp_bench");
}
