/* CTest: AES-GCM with 96-bit IVs (McGrew-Viega test cases 1-4, 7-10, 13-16, the form NIST's GCM vectors share),
 * seal and open, in place, truncated tags, rejection (output zeroed), and GHASH of the spec's test case 2 split across
 * calls. */
#include "test_srtp_util.h"

#define K128 "feffe9928665731c6d6a8f9467308308"
#define K192 "feffe9928665731c6d6a8f9467308308feffe9928665731c"
#define K256 "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"
#define Z16 "00000000000000000000000000000000"
#define Z24 "000000000000000000000000000000000000000000000000"
#define Z32 "0000000000000000000000000000000000000000000000000000000000000000"
#define Z12 "000000000000000000000000"
#define IV "cafebabefacedbaddecaf888"
#define P60 "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"
#define P64 P60 "1aafd255"
#define AAD "feedfacedeadbeeffeedfacedeadbeefabaddad2"

static void gcm(const char *name, const char *key_hex, const char *iv_hex, const char *p_hex, const char *a_hex,
                const char *c_hex, const char *t_hex)
{
    uint8_t key[32], iv[12], p[64], a[32], c[64], tag[16], back[64];
    mn_gcm_key g;
    size_t kl = unhex(key, key_hex), pl = unhex(p, p_hex), al = unhex(a, a_hex);
    unhex(iv, iv_hex);
    expect_int(name, MN_OK, mn_gcm_init(&g, key, kl));
    expect_int(name, MN_OK, mn_gcm_seal(&g, iv, a, al, p, c, pl, tag, 16));
    expect_hex(name, t_hex, tag, 16);
    if (c_hex != NULL) expect_hex(name, c_hex, c, pl);
    expect_int("open", MN_OK, mn_gcm_open(&g, iv, a, al, c, back, pl, tag, 16));
    if (memcmp(back, p, pl) != 0) { printf("FAIL %s open\n", name); failures++; }
    expect_int("open truncated tag", MN_OK, mn_gcm_open(&g, iv, a, al, c, back, pl, tag, 12));
    memcpy(back, c, pl);
    expect_int("open in place", MN_OK, mn_gcm_open(&g, iv, a, al, back, back, pl, tag, 16));
    if (memcmp(back, p, pl) != 0) { printf("FAIL %s open in place\n", name); failures++; }
    tag[15] ^= 1;
    memset(back, 0x55, sizeof back);
    expect_int("open bad tag", MN_EAUTH, mn_gcm_open(&g, iv, a, al, c, back, pl, tag, 16));
    for (size_t i = 0; i < pl; i++)
        if (back[i] != 0) { printf("FAIL %s rejected output not zeroed\n", name); failures++; break; }
    expect_int("tag length 3", MN_EENCODING, mn_gcm_seal(&g, iv, a, al, p, c, pl, tag, 3));
}

static void ghash_in_pieces(void)
{
    /* test case 2: H = E(0^128, 0^128) = 66e94bd4ef8a2c3b884cfa59ca342b2e, C = 0388dace60b6a392f328c2b971b2fe78,
       GHASH(H, {}, C) = f38cbb1ad69223dcc3457ae5b6b0f885 */
    uint8_t h[16], c[16], y[16] = {0};
    mn_ghash_key g;
    unhex(h, "66e94bd4ef8a2c3b884cfa59ca342b2e");
    unhex(c, "0388dace60b6a392f328c2b971b2fe78");
    mn_ghash_init(&g, h);
    mn_ghash_update(&g, y, c, 16);
    mn_ghash_lengths(&g, y, 0, 16);
    expect_hex("GHASH test case 2", "f38cbb1ad69223dcc3457ae5b6b0f885", y, 16);
}

int main(void)
{
    gcm("case 1", Z16, Z12, "", "", "", "58e2fccefa7e3061367f1d57a4e7455a");
    gcm("case 2", Z16, Z12, Z16, "", "0388dace60b6a392f328c2b971b2fe78", "ab6e47d42cec13bdf53a67b21257bddf");
    gcm("case 3", K128, IV, P64, "", "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985", "4d5c2af327cd64a62cf35abd2ba6fab4");
    gcm("case 4", K128, IV, P60, AAD, "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091", "5bc94fbc3221a5db94fae95ae7121a47");
    gcm("case 7", Z24, Z12, "", "", NULL, "cd33b28ac773f74ba00ed1f312572435");
    gcm("case 8", Z24, Z12, Z16, "", NULL, "2ff58d80033927ab8ef4d4587514f0fb");
    gcm("case 9", K192, IV, P64, "", NULL, "9924a7c8587336bfb118024db8674a14");
    gcm("case 10", K192, IV, P60, AAD, NULL, "2519498e80f1478f37ba55bd6d27618c");
    gcm("case 13", Z32, Z12, "", "", "", "530f8afbc74536b9a963b4f1c4cb738b");
    gcm("case 14", Z32, Z12, Z16, "", "cea7403d4d606b6e074ec5d3baf39d18", "d0d1c8a799996bf0265b98b5d48ab919");
    gcm("case 15", K256, IV, P64, "", "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad", "b094dac5d93471bdec1a502270e3cc6c");
    gcm("case 16", K256, IV, P60, AAD, "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662", "76fc6ece0f4e1768cddf8853bb2d551b");
    ghash_in_pieces();
    return finish("test_gcm");
}
