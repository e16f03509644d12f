/* CTest: AES (FIPS 197 Appendices B and C), its S-box on all 256 inputs against x^254 and the affine map (FIPS 197
 * 5.1.1), counter mode (SP 800-38A F.5.1/F.5.3/F.5.5, RFC 3711 B.2), and the two-block paths against one block at a time. */
#include "test_srtp_util.h"
#include "../src/mn_srtp_internal.h"

static uint8_t gf_mul(uint8_t a, uint8_t b)
{
    uint8_t r = 0;
    for (int i = 0; i < 8; i++)
    {
        if (b & 1) r ^= a;
        b >>= 1;
        a = (uint8_t)((a << 1) ^ ((a >> 7) * 0x1B));
    }
    return r;
}

static uint8_t sbox_reference(uint8_t x)
{
    uint8_t inv = 1;
    for (int i = 0; i < 254; i++) inv = gf_mul(inv, x); /* x^254 = x^-1, 0 -> 0 */
    uint8_t r = 0x63;
    for (int i = 0; i < 8; i++)
    {
        int bit = ((inv >> i) ^ (inv >> ((i + 4) & 7)) ^ (inv >> ((i + 5) & 7)) ^ (inv >> ((i + 6) & 7)) ^ (inv >> ((i + 7) & 7))) & 1;
        r ^= (uint8_t)(bit << i);
    }
    return r;
}

static void sbox_all(void)
{
    /* plane i bit p = bit i of byte p: bytes 0..31 in one pass, 8 passes */
    for (int base = 0; base < 256; base += 32)
    {
        uint32_t s[8] = {0};
        for (int p = 0; p < 32; p++)
            for (int i = 0; i < 8; i++) s[i] |= (uint32_t)(((base + p) >> i) & 1) << p;
        mn_aes_sbox_planes(s);
        for (int p = 0; p < 32; p++)
        {
            uint8_t got = 0;
            for (int i = 0; i < 8; i++) got |= (uint8_t)(((s[i] >> p) & 1) << i);
            if (got != sbox_reference((uint8_t)(base + p)))
            {
                printf("FAIL S-box(%02x) = %02x, want %02x\n", base + p, got, sbox_reference((uint8_t)(base + p)));
                failures++;
            }
        }
    }
}

static void block(const char *key_hex, const char *pt_hex, const char *ct_hex)
{
    uint8_t key[32], in[48], out[48];
    mn_aes_key k;
    size_t kl = unhex(key, key_hex);
    unhex(in, pt_hex);
    expect_int("expand", MN_OK, mn_aes_expand(&k, key, kl));
    mn_aes_encrypt_blocks(&k, in, out, 1);
    expect_hex(key_hex, ct_hex, out, 16);
    /* three copies: one pair and a single block */
    memcpy(in + 16, in, 16);
    memcpy(in + 32, in, 16);
    mn_aes_encrypt_blocks(&k, in, in, 3);
    expect_hex("in place, block 1", ct_hex, in + 16, 16);
    expect_hex("in place, block 2", ct_hex, in + 32, 16);
}

static void ctr(const char *key_hex, const char *ctr_hex, const char *pt_hex, const char *ct_hex)
{
    uint8_t key[32], counter[16], pt[64], out[64];
    mn_aes_key k;
    size_t kl = unhex(key, key_hex), n = unhex(pt, pt_hex);
    unhex(counter, ctr_hex);
    mn_aes_expand(&k, key, kl);
    mn_aes_ctr_xor(&k, counter, 16, pt, out, n);
    expect_hex(ctr_hex, ct_hex, out, n);
    mn_aes_ctr_xor(&k, counter, 16, out, out, 37); /* in place, a prefix that ends mid-block */
    expect_hex("ctr prefix back", "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a3", out, 37);
}

static void rfc3711_b2(void)
{
    /* RFC 3711 B.2: keystream at counter offsets 0000..0002 and FEFF..FF01 */
    uint8_t key[16], iv[16], zero[48] = {0}, ks[48];
    mn_aes_key k;
    unhex(key, "2B7E151628AED2A6ABF7158809CF4F3C");
    unhex(iv, "F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000");
    mn_aes_expand(&k, key, 16);
    mn_aes_ctr_xor(&k, iv, 16, zero, ks, 48);
    expect_hex("B.2 0000-0002", "E03EAD0935C95E80E166B16DD92B4EB4D23513162B02D0F72A43A2FE4A5F97AB41E95B3BB0A2E8DD477901E4FCA894C0", ks, 48);
    iv[14] = 0xFE;
    iv[15] = 0xFF;
    mn_aes_ctr_xor(&k, iv, 16, zero, ks, 48);
    expect_hex("B.2 FEFF-FF01", "EC8CDF7398607CB0F2D21675EA9EA1E4362B7C3C6773516318A077D7FC5073AE6A2CC3787889374FBEB4C81B17BA6C44", ks, 48);
}

static void counter_wraps(void)
{
    uint8_t key[16] = {0}, iv[16], zero[32] = {0}, ks[32], e0[16] = {0};
    mn_aes_key k;
    mn_aes_expand(&k, key, 16);
    mn_aes_encrypt_blocks(&k, e0, e0, 1);
    memset(iv, 0xFF, 16);
    mn_aes_ctr_xor(&k, iv, 16, zero, ks, 32);
    if (memcmp(ks + 16, e0, 16) != 0) { puts("FAIL 128-bit counter wrap"); failures++; }
    /* inc32 wraps the low 32 bits only */
    memset(iv, 0, 16);
    memset(iv + 12, 0xFF, 4);
    mn_aes_ctr_xor(&k, iv, 4, zero, ks, 32);
    if (memcmp(ks + 16, e0, 16) != 0) { puts("FAIL inc32 wrap"); failures++; }
}

static void bad_key_length(void)
{
    mn_aes_key k;
    uint8_t key[20] = {1};
    memset(&k, 0xAA, sizeof k);
    expect_int("20-octet key", MN_EENCODING, mn_aes_expand(&k, key, 20));
    uint8_t zero[sizeof k];
    memset(zero, 0, sizeof zero);
    if (memcmp(&k, zero, sizeof k) != 0) { puts("FAIL key not zeroed on error"); failures++; }
}

int main(void)
{
    sbox_all();
    block("000102030405060708090a0b0c0d0e0f", "00112233445566778899aabbccddeeff", "69c4e0d86a7b0430d8cdb78070b4c55a");
    block("000102030405060708090a0b0c0d0e0f1011121314151617", "00112233445566778899aabbccddeeff", "dda97ca4864cdfe06eaf70a0ec0d7191");
    block("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "00112233445566778899aabbccddeeff", "8ea2b7ca516745bfeafc49904b496089");
    block("2b7e151628aed2a6abf7158809cf4f3c", "3243f6a8885a308d313198a2e0370734", "3925841d02dc09fbdc118597196a0b32");
    const char *plain = "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710";
    const char *counter = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";
    ctr("2b7e151628aed2a6abf7158809cf4f3c", counter, plain, "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee");
    ctr("8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b", counter, plain, "1abc932417521ca24f2b0459fe7e6e0b090339ec0aa6faefd5ccc2c6f4ce8e941e36b26bd1ebc670d1bd1d665620abf74f78a7f6d29809585a97daec58c6b050");
    ctr("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4", counter, plain, "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c52b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6");
    rfc3711_b2();
    counter_wraps();
    bad_key_length();
    return finish("test_aes");
}
