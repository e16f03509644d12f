/*
 * AES-128/192/256 encryption (FIPS 197), bitsliced and table-free, and counter mode (RFC 3711 4.1.1, SP 800-38D GCTR).
 *
 * State layout: two blocks in eight 32-bit planes; plane i holds bit i of every state byte, the byte at row r, column c
 * of block L (FIPS 197 input byte 4c + r) at bit 8 r + 4 L + c. So a row is an octet of each plane: MixColumns' row
 * rotation within a column is a rotation of the plane by 8 bits, and ShiftRows rotates each 4-bit group of octet r by r
 * bits. Round keys are stored in the same layout with both blocks equal, so one pass encrypts two blocks. SubBytes is
 * mn_aes_sbox_planes: no memory index or branch depends on key or data.
 *
 * Loading is a bit-matrix transpose: word 4 L + c is column c of block L read little-endian (row r in octet r), then
 * three SWAPMOVE stages transpose the 8 x 8 bit matrices of the four octets at once, which puts bit i of row r of word j
 * at plane i, bit 8 r + j, the layout above. Storing is the same transpose backwards.
 */
#include <string.h>
#include "mn_srtp_internal.h"
#if defined(MN_HAVE_ESP32_AES)
#include "port/esp32/mn_esp32_aes.h"
/* With the build option MN_ESP32_AES an AES-128 key is not expanded: rk holds its 16 octets for the accelerator,
 * marked by this rounds value (public: it follows from the key length). */
#define MN_AES_ACCELERATOR_128 0x10Au
#endif

#define SWAPMOVE(a, b, mask, n)                      \
    do {                                             \
        uint32_t t_ = (((a) >> (n)) ^ (b)) & (mask); \
        (b) ^= t_;                                   \
        (a) ^= t_ << (n);                            \
    } while (0)

static void transpose(uint32_t w[8])
{
    static const uint32_t masks[5] = {0, 0x55555555u, 0x33333333u, 0, 0x0F0F0F0Fu};
    /* stage n swaps bit i of word j + n with bit i + n of word j, for the j and i whose bit n is clear */
    for (unsigned n = 1; n <= 4; n <<= 1)
        for (unsigned j = 0; j < 8; j++)
            if ((j & n) == 0) SWAPMOVE(w[j], w[j + n], masks[n], n);
}

/* Two blocks (b1 may equal b0 when only one is needed) into planes s[0..8). */
static void load2(uint32_t s[8], const uint8_t *b0, const uint8_t *b1)
{
    for (int c = 0; c < 4; c++)
    {
        s[c] = (uint32_t)b0[4 * c] | ((uint32_t)b0[4 * c + 1] << 8) | ((uint32_t)b0[4 * c + 2] << 16) | ((uint32_t)b0[4 * c + 3] << 24);
        s[4 + c] = (uint32_t)b1[4 * c] | ((uint32_t)b1[4 * c + 1] << 8) | ((uint32_t)b1[4 * c + 2] << 16) | ((uint32_t)b1[4 * c + 3] << 24);
    }
    transpose(s);
}

static void store_columns(const uint32_t *w, uint8_t *b)
{
    for (int c = 0; c < 4; c++)
    {
        b[4 * c] = (uint8_t)w[c];
        b[4 * c + 1] = (uint8_t)(w[c] >> 8);
        b[4 * c + 2] = (uint8_t)(w[c] >> 16);
        b[4 * c + 3] = (uint8_t)(w[c] >> 24);
    }
}

/* Planes into two 16-octet blocks (b1 may be NULL: block 1 is dropped). s is destroyed. */
static void store2(uint32_t s[8], uint8_t *b0, uint8_t *b1)
{
    transpose(s);
    store_columns(s, b0);
    if (b1 != NULL) store_columns(s + 4, b1);
}

/* FIPS 197 5.1.2: row r rotates left by r columns: in octet r of the plane, each block's 4-bit group (bit c = column c)
   takes bit c + r mod 4. */
static inline uint32_t shift_rows_plane(uint32_t p)
{
    return (p & 0x000000FFu) | ((p >> 1) & 0x00007700u) | ((p << 3) & 0x00008800u) | ((p >> 2) & 0x00330000u) |
           ((p << 2) & 0x00CC0000u) | ((p >> 3) & 0x11000000u) | ((p << 1) & 0xEE000000u);
}

/* Row r of each column takes the bit of row r + k (mod 4): octet r takes octet r + k. */
static inline uint32_t rot1(uint32_t p) { return (p >> 8) | (p << 24); }
static inline uint32_t rot2(uint32_t p) { return (p >> 16) | (p << 16); }

/* FIPS 197 5.1.3: out_r = 2 (a_r ^ a_r+1) ^ a_r+1 ^ a_r+2 ^ a_r+3, doubling folding plane 7 back as 0x1B. */
static void mix_columns(uint32_t s[8])
{
    uint32_t u[8], t[8];
    for (int i = 0; i < 8; i++)
    {
        u[i] = rot1(s[i]);
        t[i] = s[i] ^ u[i];
    }
    /* a_r+1 ^ a_r+2 ^ a_r+3 = u ^ rot2(s ^ u) */
    s[0] = u[0] ^ rot2(t[0]) ^ t[7];
    s[1] = u[1] ^ rot2(t[1]) ^ t[0] ^ t[7];
    s[2] = u[2] ^ rot2(t[2]) ^ t[1];
    s[3] = u[3] ^ rot2(t[3]) ^ t[2] ^ t[7];
    s[4] = u[4] ^ rot2(t[4]) ^ t[3] ^ t[7];
    s[5] = u[5] ^ rot2(t[5]) ^ t[4];
    s[6] = u[6] ^ rot2(t[6]) ^ t[5];
    s[7] = u[7] ^ rot2(t[7]) ^ t[6];
}

static MN_NOINLINE void encrypt_planes(const mn_aes_key *k, uint32_t s[8])
{
    const uint32_t *rk = k->rk;
    unsigned rounds = k->rounds;
    for (int i = 0; i < 8; i++) s[i] ^= rk[i];
    for (unsigned r = 1; r < rounds; r++)
    {
        mn_aes_sbox_planes(s);
        for (int i = 0; i < 8; i++) s[i] = shift_rows_plane(s[i]);
        mix_columns(s);
        for (int i = 0; i < 8; i++) s[i] ^= rk[8 * r + i];
    }
    mn_aes_sbox_planes(s);
    for (int i = 0; i < 8; i++) s[i] = shift_rows_plane(s[i]) ^ rk[8 * rounds + i];
}

size_t mn_aes_key_size(void) { return sizeof(mn_aes_key); }

/* SubWord (FIPS 197 5.2) of w[0..4) through the bitsliced S-box (lane 0, bytes 0..3). */
static void sub_word(uint8_t w[4])
{
    uint8_t b[16] = {0};
    uint32_t s[8];
    memcpy(b, w, 4);
    load2(s, b, b);
    mn_aes_sbox_planes(s);
    store2(s, b, NULL);
    memcpy(w, b, 4);
    mn_wipe(b, sizeof b);
    mn_wipe(s, sizeof s);
}

int mn_aes_expand(mn_aes_key *k, const uint8_t *key, size_t key_len)
{
    uint8_t w[16 * 15], temp[4];
    uint32_t s[8];
    memset(k, 0, sizeof *k);
    if (key_len != 16 && key_len != 24 && key_len != 32) return MN_EENCODING;
#if defined(MN_HAVE_ESP32_AES)
    if (key_len == 16)
    {
        memcpy(k->rk, key, 16);
        k->rounds = MN_AES_ACCELERATOR_128;
        return MN_OK;
    }
#endif
    unsigned nk = (unsigned)key_len / 4, rounds = nk + 6, words = 4 * (rounds + 1);
    uint8_t rcon = 1;
    memcpy(w, key, key_len);
    for (unsigned i = nk; i < words; i++)
    {
        memcpy(temp, w + 4 * (i - 1), 4);
        if (i % nk == 0)
        {
            /* RotWord, SubWord, Rcon: branches on the word index only */
            uint8_t t0 = temp[0];
            temp[0] = temp[1]; temp[1] = temp[2]; temp[2] = temp[3]; temp[3] = t0;
            sub_word(temp);
            temp[0] ^= rcon;
            rcon = (uint8_t)((rcon << 1) ^ ((rcon >> 7) * 0x1B));
        }
        else if (nk > 6 && i % nk == 4)
        {
            sub_word(temp);
        }
        for (int j = 0; j < 4; j++) w[4 * i + j] = (uint8_t)(w[4 * (i - nk) + j] ^ temp[j]);
    }
    for (unsigned r = 0; r <= rounds; r++)
    {
        load2(s, w + 16 * r, w + 16 * r);
        memcpy(k->rk + 8 * r, s, sizeof s);
    }
    k->rounds = rounds;
    mn_wipe(w, sizeof w);
    mn_wipe(temp, sizeof temp);
    mn_wipe(s, sizeof s);
    return MN_OK;
}

/* out[0..n) = (in & keep8) ^ (ks & use8), octet by octet */
static void xor_masked(uint8_t *out, const uint8_t *in, const uint8_t *ks, size_t n, uint8_t keep8, uint8_t use8)
{
    for (size_t i = 0; i < n; i++) out[i] = (uint8_t)((in[i] & keep8) ^ (ks[i] & use8));
}

#if defined(MN_HAVE_ESP32_AES)
/* The accelerator's counter mode: one session for the whole keystream; every output octet is cleared by mask when the
 * key did not reach the hardware (mn_esp32_aes_begin's check). A counter of NULL encrypts the blocks of in (ECB). */
static void accelerator_blocks(const mn_aes_key *k, const uint8_t counter16[16], unsigned counter_bytes,
                               const uint8_t *in, uint8_t *out, size_t len, uint32_t keep, uint32_t use);
#endif

void mn_aes_encrypt_blocks(const mn_aes_key *k, const uint8_t *in, uint8_t *out, size_t blocks)
{
#if defined(MN_HAVE_ESP32_AES)
    if (k->rounds == MN_AES_ACCELERATOR_128)
    {
        accelerator_blocks(k, NULL, 0, in, out, 16 * blocks, 0, 0xFFFFFFFFu);
        return;
    }
#endif
    uint32_t s[8];
    for (size_t b = 0; b < blocks; b += 2)
    {
        int two = b + 1 < blocks;
        load2(s, in + 16 * b, two ? in + 16 * b + 16 : in + 16 * b);
        encrypt_planes(k, s);
        store2(s, out + 16 * b, two ? out + 16 * b + 16 : NULL);
    }
    mn_wipe(s, sizeof s);
}

/* Adds one to the big-endian integer in the last n octets of the block (mod 2^8n), without a data-dependent branch. */
static void increment(uint8_t block[16], unsigned n)
{
    uint32_t carry = 1;
    for (unsigned i = 15; i >= 16 - n; i--)
    {
        uint32_t v = block[i] + carry;
        block[i] = (uint8_t)v;
        carry = v >> 8;
        if (i == 0) break;
    }
}

void mn_aes_ctr_xor_masked(const mn_aes_key *k, const uint8_t counter16[16], unsigned counter_bytes, const uint8_t *in,
                           uint8_t *out, size_t len, uint32_t keep, uint32_t use)
{
#if defined(MN_HAVE_ESP32_AES)
    if (k->rounds == MN_AES_ACCELERATOR_128)
    {
        accelerator_blocks(k, counter16, counter_bytes, in, out, len, keep, use);
        return;
    }
#endif
    uint8_t c0[16], c1[16], ks[32];
    uint32_t s[8];
    uint8_t keep8 = (uint8_t)keep, use8 = (uint8_t)use;
    memcpy(c0, counter16, 16);
    while (len > 0)
    {
        memcpy(c1, c0, 16);
        increment(c1, counter_bytes);
        load2(s, c0, c1);
        encrypt_planes(k, s);
        store2(s, ks, ks + 16);
        size_t n = len < 32 ? len : 32;
        xor_masked(out, in, ks, n, keep8, use8);
        in += n;
        out += n;
        len -= n;
        memcpy(c0, c1, 16);
        increment(c0, counter_bytes);
    }
    mn_wipe(c0, sizeof c0);
    mn_wipe(c1, sizeof c1);
    mn_wipe(ks, sizeof ks);
    mn_wipe(s, sizeof s);
}

void mn_aes_ctr_xor(const mn_aes_key *k, const uint8_t counter16[16], unsigned counter_bytes, const uint8_t *in,
                    uint8_t *out, size_t len)
{
    mn_aes_ctr_xor_masked(k, counter16, counter_bytes, in, out, len, 0xFFFFFFFFu, 0xFFFFFFFFu);
}

#if defined(MN_HAVE_ESP32_AES)
static void accelerator_blocks(const mn_aes_key *k, const uint8_t counter16[16], unsigned counter_bytes,
                               const uint8_t *in, uint8_t *out, size_t len, uint32_t keep, uint32_t use)
{
    uint32_t block[4], ks[4];                      /* aligned: the HAL moves words */
    uint8_t counter[16];
    uint32_t ok = mn_esp32_aes_begin((const uint8_t *)k->rk);
    uint8_t keep8 = (uint8_t)(keep & ok), use8 = (uint8_t)(use & ok);
    if (counter16 != NULL) memcpy(counter, counter16, 16);
    while (len > 0)
    {
        size_t n = len < 16 ? len : 16;
        if (counter16 != NULL)
        {
            memcpy(block, counter, 16);
            increment(counter, counter_bytes);
        }
        else
        {
            memcpy(block, in, 16);                 /* ECB: whole blocks only */
        }
        mn_esp32_aes_block(block, ks);
        xor_masked(out, in, (const uint8_t *)ks, n, keep8, use8);
        in += n;
        out += n;
        len -= n;
    }
    mn_esp32_aes_end();
    mn_wipe(block, sizeof block);
    mn_wipe(ks, sizeof ks);
    mn_wipe(counter, sizeof counter);
}
#endif
